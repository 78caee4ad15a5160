// The board's main loop (spec 5): boot, main.py or the appended script, the REPL, soft reset.
#pragma once
#include <cstddef>
#include <string_view>

#include "core/lexer.hpp"

namespace board {

// The banner line (friendly REPL start, Ctrl-B). Names mbpy; the format is the real firmware's.
inline constexpr const char banner[] =
    "MicroPython v1.9.2-mbpy-0.1 on 2026-11-21; micro:bit (mbpy) with nRF51822\r\n"
    "Type \"help()\" for more information.\r\n";

// For every (soft) reset: core::init on the port's heap, the filesystem mounted, the board reset,
// start-up in friendly mode (startup_script, else `from microbit import *`), then the REPL until the next
// soft reset. Returns 0 when the serial input ends (host), 1 when the heap is too small.
int main_loop(void* heap, size_t heap_bytes, char* c_stack_top);

// Set by a port that must know when the start-up program runs, or keep it from running (the firmware skips
// a main.py that faulted, so that a bad program cannot lock the board in a reset loop). Called just before
// it runs; false skips it (the REPL then starts with `from microbit import *`, as with no program).
extern bool (*startup_hook)();

// Start-up program of the board (spec 5): main.py from the filesystem, through *reader (which stays valid
// until the next call), else the appended script at 0x3E000 in *text (in flash). `name` is the traceback
// file name ("__main__" on v1).
bool startup_script(core::SourceReader* reader, std::string_view* text, const char** name);

}  // namespace board
