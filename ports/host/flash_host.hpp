// The simulated board's non-volatile memory (flash file, hex loading) and its start-up sequence.
#pragma once
#include <string>

namespace host {

// Sets up the 256 KB flash (+ the 1 KB UICR page). `flash_path`: keep it in that file (created blank if
// missing; every flash operation is written through to it). Null: in memory only, a fresh blank board.
// `hex_path`: "re-flash" the board from that .hex (erases every file, as DAPLink does). False + *err.
bool flash_setup(const char* flash_path, const char* hex_path, std::string* err);
void flash_finish();  // flushes the flash file to disk (also done at exit)

// What the board does at power-on when run without a program and without a terminal: main.py from
// the filesystem, else the appended script at 0x3E000 (spec 5), else nothing. Returns the exit status.
// Call after core::init and core::flash_fs_init. (With a terminal the REPL's board loop runs instead.)
int boot_board(bool interactive);

}  // namespace host
