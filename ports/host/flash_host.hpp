// The simulated board's non-volatile memory (flash file, hex loading) and its start-up sequence.
#pragma once
#include <string>

namespace host {

// Sets up the 256 KB flash (+ the 1 KB UICR page). `flash_path`: keep it in that file (created blank if
// missing; every flash operation is written through to it). Null: in memory only, a fresh blank board.
// `hex_path`: "re-flash" the board from that .hex (erases every file, as DAPLink does). False + *err.
bool flash_setup(const char* flash_path, const char* hex_path, std::string* err);
void flash_finish();  // flushes the flash file to disk (also done at exit)

// What the board does at power-on without a program: main.py from the filesystem, else the appended
// script at 0x3E000 (spec 5), else nothing; then the REPL when `interactive` and one is installed.
// Returns the exit status. Call after core::init.
int boot_board(bool interactive);
// The REPL, installed by the REPL's file (returns the exit status); null: no REPL in this build.
extern int (*repl_hook)();

}  // namespace host
