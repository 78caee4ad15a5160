// SAM, the speech synthesiser of the micro:bit firmware: the English-to-phoneme reciter (exact) and a
// small phoneme renderer (an approximation of SAM's formant synthesis, enough to hear and to time).
#pragma once
#include <cstddef>
#include <cstdint>

namespace board::sam {

// The reciter's rule bytes and character classes (board/sam_rules.cpp).
extern const uint8_t rules[];
extern const size_t rules_size;
extern const uint8_t char_flags[128];
extern const uint16_t (&letter_sections)[26];  // where the rules of 'A' ... 'Z' start (0: none)

// The firmware's reciter works on a 256-byte buffer: input of up to 255 bytes, output index in 8 bits.
inline constexpr size_t buffer_size = 256;
// English text (up to 255 bytes, stops at '[') to phonemes, NUL-terminated in `out` (buffer_size bytes).
// False when no rule matches (the firmware's reciter gives up the same way).
bool translate(const char* text, size_t n, char* out);

// One phoneme of a parsed phoneme string.
struct Phoneme {
    uint8_t index;   // into the phoneme table (sam_synth.cpp)
    uint8_t stress;  // 0..8
    uint8_t pitch;   // sing mode: the pitch set by "#NNN" before it; 0 = the voice's pitch
};
// Parses SAM phonemes ("/HEHLOW", stress digits 1-8, and in sing mode "#NNN" pitch marks). Returns the
// count, or -1 for a phoneme it does not know ("Phoneme not understood").
int parse(const char* text, size_t n, bool sing, Phoneme* out, size_t cap);
// Renders phonemes as 8-bit samples at `rate` Hz through `sink` (in pieces); returns the milliseconds
// of speech. pitch/speed/mouth/throat as speech.say takes them.
using Sink = void (*)(void* ctx, const uint8_t* samples, size_t n);
uint32_t render(const Phoneme* ph, size_t n, int pitch, int speed, int mouth, int throat, uint32_t rate,
                Sink sink, void* ctx);

}  // namespace board::sam
