// The background ticker of music and audio (and radio's reset), and what the board's modules besides
// microbit share: pin arguments, MicroPython-style argument parsing, hex text for the trace.
#pragma once
#include <cstddef>
#include <cstdint>

#include "board/objects.hpp"

namespace board {

// Called by board::reset/tick/next_deadline: music notes and audio frames that play in the background.
void sound_reset();
void sound_tick(uint32_t now_ms);
uint32_t sound_deadline(uint32_t now_ms);  // ms until sound_tick has work, UINT32_MAX when idle
void music_tick(uint32_t now_ms);          // (each module's part of the ticker)
uint32_t music_deadline(uint32_t now_ms);
void music_reset();
void audio_tick(uint32_t now_ms);
uint32_t audio_deadline(uint32_t now_ms);
void audio_reset();
void radio_reset();
// Sleeps in board time until `busy()` is false; false if Ctrl-C came first.
bool sound_wait(bool (*busy)());

// A pin argument (microbit.pinN), or -1 with TypeError("expecting a pin") pending.
int pin_arg(core::Value v);
// Takes pin `p` for `mode` (music, audio): the display, buttons and buses keep theirs and raise
// "Pin N in <mode> mode".
bool pin_take(int p, PinMode mode);
void pin_release(int p, PinMode mode);  // back to unused, if it is still in `mode`

// MicroPython's mp_arg_parse_all: `names` (null-terminated) in order, the first `n_required` required;
// positional arguments from a.pos[first]. Missing optional ones stay null in `out`.
bool parse_args(const core::Args& a, size_t first, const char* const* names, size_t n_required,
                core::Value* out);
bool opt_int(core::Value v, int dflt, int* out);     // null -> dflt
bool opt_bool(core::Value v, bool dflt, bool* out);  // null -> dflt

// Trace helper: bytes as lowercase hex (radio packets, neopixel colours).
void hex_into(char* out, const uint8_t* data, size_t n);

}  // namespace board
