// Exception objects: layout, construction, traceback entries, MicroPython-format printing.
#pragma once
#include "core/obj_containers.hpp"

namespace core {

// Instances of BaseException and of every subclass (user exception classes too) have this layout.
struct ExceptionObj : Obj {
    Dict* dict;       // attributes set on the instance (user subclasses), may be null
    Tuple* args;      // exc.args
    uintptr_t* tb;    // traceback entries: triples (const Str* file, line, const Str* function)
    uint32_t tb_len;  // number of triples
    uint32_t tb_cap;
    Value cause;    // __cause__ (raise ... from ...)
    Value context;  // __context__ (raised while handling another)
    bool suppress_context;
};

Value make_exception(const Type* type, size_t n_args, const Value* args);
Value make_exception_msg(const Type* type, const char* msg);  // one str argument
// Records one frame as the exception passes it (innermost first, as MicroPython stores them).
// Silently drops the entry when memory is short: a traceback never causes a second error.
void exception_add_traceback(Value exc, const Str* file, size_t line, const Str* function);
void exception_clear_traceback(Value exc);
// "Traceback (most recent call last):\n  File "f.py", line 3, in g\nNameError: name 'x' isn't defined\n"
void print_exception(Printer& out, Value exc);
// The value SystemExit carries (None -> 0), for the port's exit status.
Value exception_value(Value exc);

}  // namespace core
