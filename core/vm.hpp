// The virtual machine: heap frames, the interpreter loop, and running code objects.
#pragma once
#include "core/obj_function.hpp"

namespace core {

// A try block of a frame: where to go on an exception and the stack depth to restore. A block whose
// handler is `block_handler` marks a running except/finally handler: unwinding through it restores
// the frame's handled exception from the value saved at `level`.
struct Block {
    uint16_t handler;
    uint16_t level;
};
inline constexpr uint16_t block_handler = 0xFFFF;

enum FrameFlags : uint8_t {
    frame_generator = 1 << 0,  // owned by a generator: never freed on return
    frame_yielded = 1 << 1,    // the last run ended in a yield (not a return)
    frame_finished = 1 << 2,   // returned or raised: cannot be resumed
    frame_init = 1 << 3,       // runs __init__ for the VM's inline constructor: the caller keeps the instance
    frame_binop = 1 << 4,      // runs a Python operator method for BINARY_OP: the caller keeps both operands
    frame_has_locals = 1 << 5,  // a class body's or exec's own locals dict follows the operand stack
    // A generator's frame resumed in place by the loop (not by generator_resume), and by which instruction:
    // where its yield or return goes in the frame below, whose top of stack is the generator meanwhile.
    frame_resumed_for = 1 << 6,   // FOR_ITER: a yield pushes the value, a return ends the loop
    frame_resumed_from = 1 << 7,  // YIELD_FROM: a yield is yielded on, a return is the expression's value
    frame_resumed = frame_resumed_for | frame_resumed_from,
};

extern const Type frame_type;

// One activation. Allocated in the GC heap as a single block:
//   slots[0 .. n_locals)          fast locals (parameters first)
//   slots[.. + n_cells)           Cell objects created at entry
//   slots[.. + stack_size)        operand stack
//   slots[..]                     the locals dict, only with frame_has_locals
//   then max_blocks Blocks
// Only class bodies and exec/eval with their own locals have a locals dict (a module body's is its
// globals, a function's none), so it is not in the header: every call's frame is a word smaller.
// The free variables' cells are read from the function's closure tuple, not copied into the frame: a
// recursive closure (nqueens' place) would otherwise spend a word per free variable in every frame.
struct Frame : Obj {
    Frame* back;  // caller (while running)
    Code* code;
    Dict* globals;
    Value handling;  // exception handled by a running except/finally in this frame, or null
    Tuple* closure;  // cells of the free variables (cell n_cells + i is closure->items[i]); null: none
    uint16_t ip;     // offset of the next instruction, while not running this frame (code is < 64 KB)
    uint16_t sp;     // stack depth, while not running this frame
    uint8_t n_blocks;
    uint8_t flags;
    uint16_t capacity;  // 16-byte blocks of its GC block, for the frame cache (vm.cpp); 0: not cached
    Value slots[];
    Value* stack() { return slots + code->n_locals + code->n_cells; }
    Block* blocks() {
        return reinterpret_cast<Block*>(stack() + code->stack_size + (flags & frame_has_locals ? 1 : 0));
    }
    // The name ops' dict when it is not the globals (class body, exec with locals); else null.
    Dict* locals() { return flags & frame_has_locals ? stack()[code->stack_size].as<Dict>() : nullptr; }
    // Cell i of the code's cells then free variables (LOAD_DEREF's operand).
    Value cell(uint32_t i) const {
        return i < code->n_cells ? slots[code->n_locals + i]
               : closure         ? closure->items[i - code->n_cells]
                                 : Value();
    }
};

// A new frame for `code`; cells are created empty (bind_args + frame_init_cells fill them). `locals` is
// the name ops' dict (class bodies, exec); the globals or null means module level.
Frame* frame_new(Code* code, Dict* globals, Dict* locals);
Frame* frame_new(Code* code, Dict* globals);  // a function's frame
// Creates the frame's cells (after the parameters are bound) and copies the closure's cells.
bool frame_init_cells(Frame* f, Tuple* closure);

// Runs `f` (linking it under the current frame) until it returns (value), yields (value, with
// frame_yielded set) or raises (null). With `throw_exc`, the exception is raised at the resume point.
Value vm_run(Frame* f, Value throw_exc = Value());

#if MBPY_VM_PAUSE_OUTSIDE
// Whether the port may pause here (config.hpp, MBPY_VM_PAUSE_OUTSIDE): no run of the VM's loop is on the
// stack, nor (MBPY_GC_SAFE_POINTS) native code that called back into Python or into another native.
bool vm_may_pause();
#endif

// Start-up (called by runtime_init_modules): registers the VM's GC roots.
void vm_init();
void vm_drop_frame_cache();  // called by the GC before it marks

// Runs a module/exec/eval body with these namespaces.
Value run_code(Code* code, Dict* globals, Dict* locals);

// The exception being handled by the innermost running handler (for bare `raise` and __context__).
Value current_handled_exception();
// The innermost running Python frame, or null.
inline Frame* current_frame() { return state.current_frame.as<Frame>(); }

}  // namespace core
