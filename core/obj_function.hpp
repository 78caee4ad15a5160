// Function objects, closures' cells, bound methods and generators: the callable side of the engine.
#pragma once
#include "core/code.hpp"

namespace core {

// A Python function: code + the globals it was defined in + defaults + closure.
struct Function : Obj {
    Code* code;
    Dict* globals;
    Tuple* defaults;   // positional defaults (for the last len(defaults) positional parameters), or null
    Dict* kwdefaults;  // kw-only defaults, or null
    Tuple* closure;    // cells for the code's free variables, or null
    Dict* dict;        // function attributes (f.x = 1), made on first store
    Value name;        // __name__ (assignable)
};

struct Cell : Obj {
    Value contents;  // null: empty
};

struct BoundMethod : Obj {
    Value function;
    Value self;
};

struct Frame;
struct Generator : Obj {
    Frame* frame;  // null once finished
    Value name;
    bool running;  // "generator already executing" guard
    bool started;
};

Value make_function(Code* code, Dict* globals, Tuple* defaults, Dict* kwdefaults, Tuple* closure);
Value make_cell(Value contents);

// Fills locals[0..code->n_locals) of a new frame from a call's arguments (`self` first when not null),
// raising TypeError in MicroPython's words on a mismatch.
bool bind_args(Function* f, Value self, const Args& args, Value* locals);

// Generators (obj_generator.cpp). resume() runs the generator until it yields (returns the value and
// sets *yielded), returns (the value, *yielded false) or raises (null).
Value generator_resume(Generator* g, Value send, Value throw_exc, bool* yielded);
Value make_generator(Frame* frame);
// next(g): the next value, stop_marker() at a plain end, or null with StopIteration(value) pending.
Value generator_next(Value g);
// Coroutines (async def) are generators under another name, as in MicroPython.
extern const Type coroutine_type;
inline bool is_generator(Value v) {
    return v.is_obj() &&
           (v.obj()->type == &generator_type || (MBPY_ASYNC && v.obj()->type == &coroutine_type));
}

}  // namespace core
