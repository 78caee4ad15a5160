// Entry points a port calls to run Python code (owner: engine helper; the lead's host port uses run_main).
#pragma once
#include <string_view>

#include "core/runtime.hpp"

namespace core {

// Compiles and runs `source` as the module __main__ (its __file__ = filename). Returns the process exit
// status: 0 on a normal end, 1 after printing an uncaught exception's traceback to stderr in MicroPython's
// format, or the code carried by SystemExit (printing a non-int code to stderr, as CPython does).
int run_main(std::string_view source, const char* filename);

}  // namespace core
