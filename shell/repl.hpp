// The serial REPL (spec 4.2-4.4): friendly, paste, raw and raw-paste modes. Portable: bytes in and out
// through the HAL only; what surrounds it (start-up, soft reset) is the board's main loop.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/value.hpp"

namespace shell {

enum class Mode : uint8_t { Friendly, Raw };

// What a REPL session ended with.
enum class Exit : uint8_t {
    SwitchMode,  // Ctrl-A / Ctrl-B: run the other REPL (no reset)
    SoftReset,   // Ctrl-D on an empty line / raw Ctrl-D with an empty buffer
    EndOfInput,  // the serial input is gone (host: end of piped input)
};

// Raw-paste flow-control window: half of a 256-byte receive buffer, as MicroPython's v2 REPL.
inline constexpr uint16_t raw_paste_window = 128;

// After every core::init (power-up and soft reset): forgets the history, registers the REPL's GC roots.
void init();

// `banner` is printed at the start and on Ctrl-B (the board's welcome line).
Exit friendly_repl(const char* banner);
Exit raw_repl();

// input(prompt) while the REPL owns the serial line: the line editor with echo; Ctrl-C raises
// KeyboardInterrupt, Ctrl-D on an empty line (or the end of the input) EOFError.
core::Value input_line(const char* prompt);

// Runs source in __main__ as a file. `print_eof` gives the raw REPL's framing (\x04 after the output
// and after the error text). Ctrl-C is live while it runs. Returns false on SystemExit.
bool execute(const char* src, size_t n, const char* filename, bool single, bool print_eof);

// MicroPython's rule for "this friendly input needs another line" (a lexical check, not a parse).
bool continue_with_input(const char* input);

}  // namespace shell
