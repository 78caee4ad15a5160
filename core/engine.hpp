// Entry points a port calls to run Python code (the host port uses run_main).
#pragma once
#include <string_view>

#include "core/lexer.hpp"
#include "core/runtime.hpp"

namespace core {

// Compiles and runs `source` as the module __main__ (its __file__ = filename). Returns the process exit
// status: 0 on a normal end, 1 after printing an uncaught exception's traceback to stderr in MicroPython's
// format, or the code carried by SystemExit (printing a non-int code to stderr, as CPython does).
// With a reader, the source is read from it instead (core/lexer.hpp).
int run_main(std::string_view source, const char* filename, const SourceReader* reader = nullptr);

// The REPL: runs one complete input in "single" mode in __main__ (expression statements print their
// repr and set `_`). Uncaught exceptions are printed (to stdout, as the device's REPL does).
// Returns -1 normally, or the exit status when the input raised SystemExit.
int run_repl_input(std::string_view source);

// exec/eval of source in __main__'s namespace (for ports and tests). Null with the exception pending.
Value exec_source(std::string_view source, const char* filename, const SourceReader* reader = nullptr);
Value eval_source(std::string_view source);

// The __main__ module (made on first use; a soft reset of the runtime starts a new one).
Value main_module();

// Prints `exc` in MicroPython's format, or returns the SystemExit status (-1 when not SystemExit).
int report_exception(Value exc, bool to_stdout);

// Module source on the flash filesystem: set by the board/fs layer, searched before
// hal::find_module_source. As that function, but the source comes through *reader, which stays valid
// until the next call (the module is compiled from the file, never in the heap whole).
extern bool (*find_module_source_hook)(const char* name, size_t name_len, bool package_init,
                                       SourceReader* reader, const char** path);

}  // namespace core
