// The serial REPL and the board's main loop (spec 4.2-4.4 and 5): friendly, paste, raw and raw-paste
// modes, soft reset. Portable: bytes in and out through the HAL only.
#pragma once
#include "core/runtime.hpp"
#include <cstddef>
#include <cstdint>

namespace core::repl {

enum class Mode : uint8_t { Friendly, Raw };

// What a REPL session ended with.
enum class Exit : uint8_t {
    SwitchMode,  // Ctrl-A / Ctrl-B: run the other REPL (no reset)
    SoftReset,   // Ctrl-D on an empty line / raw Ctrl-D with an empty buffer
    EndOfInput,  // the serial input is gone (host: end of piped input)
};

// The banner line (friendly REPL start, Ctrl-B). Names mbpy; the format is the real firmware's.
inline constexpr const char banner[] =
    "MicroPython v1.9.2-mbpy-0.1 on 2026-11-21; micro:bit (mbpy) with nRF51822\r\n"
    "Type \"help()\" for more information.\r\n";

// Raw-paste flow-control window: half of a 256-byte receive buffer, as MicroPython's v2 REPL.
inline constexpr uint16_t raw_paste_window = 128;

Exit friendly_repl();
Exit raw_repl();

// The board's main loop: for every (soft) reset, core::init on the port's heap, start-up in friendly
// mode (startup_script, else `from microbit import *` if that module exists), then the REPL until
// the next soft reset. Returns 0 when the serial input ends (host), 1 when the heap is too small.
int board_main(void* heap, size_t heap_bytes, char* c_stack_top);

// True while board_main runs (the REPL owns the serial line): input() then reads through the line editor.
bool board_running();
// input(prompt) on the board: the line editor with echo; Ctrl-C raises KeyboardInterrupt, Ctrl-D on an
// empty line (or the end of the input) EOFError.
Value input_line(const char* prompt);

// Start-up program of the board (spec 5): main.py from the filesystem, else the appended script.
// Weak default (no filesystem yet): none. The fs layer defines it; `name` is the traceback file
// name ("__main__" on v1). *data stays valid until the script has been compiled.
bool startup_script(const char** data, size_t* len, const char** name);

// Runs source in __main__ as a file. `print_eof` gives the raw REPL's framing (\x04 after the output
// and after the error text). Ctrl-C is live while it runs. Returns false on SystemExit.
bool execute(const char* src, size_t n, const char* filename, bool single, bool print_eof);

// MicroPython's rule for "this friendly input needs another line" (a lexical check, not a parse).
bool continue_with_input(const char* input);

}  // namespace core::repl
