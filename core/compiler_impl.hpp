// Internals shared by the compiler's files: scopes (compiler_scope.cpp), the emitter
// (compiler_emit.cpp), statements (compiler.cpp) and expressions (compiler_expr.cpp).
#pragma once
#include "core/compiler.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"
#include "core/runtime.hpp"

namespace core::comp {

using namespace core::ast;

// ---- scopes ----------------------------------------------------------------------------------------
enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };

enum SymFlags : uint8_t {
    sym_use = 1 << 0,
    sym_bound = 1 << 1,  // assigned, deleted, imported, def/class name, for target
    sym_param = 1 << 2,
    sym_global = 1 << 3,  // `global` declaration
    sym_nonlocal = 1 << 4,
    sym_cell = 1 << 5,  // (after analysis) captured by an inner scope
    sym_free = 1 << 6,  // (after analysis) a variable of an enclosing function
    sym_implicit_global = 1 << 7,
};

struct Symbol {
    const Str* name;
    uint8_t flags;
};

struct Scope {
    Node* node;  // FunctionDef, Lambda, ClassDef, ListComp..., Module
    Scope* parent;
    Scope** children;
    uint32_t n_children, cap_children;
    Symbol* syms;
    uint32_t n_syms, cap_syms;
    const Str** params;  // parameters in frame order
    uint32_t n_params;
    const Str** cells;  // after analysis
    uint32_t n_cells, cap_cells;
    const Str** frees;
    uint32_t n_frees, cap_frees;
    const Str** locals;  // varnames: params then other fast locals
    uint32_t n_locals, cap_locals;
    ScopeKind kind;
    bool generator, coroutine, needs_class_cell, uses_super;
    const Str* name;
};

// Builds the scope tree of `root` and resolves every name. Null with SyntaxError pending on error.
Scope* analyze_scopes(Node* root);
Scope* child_scope(Scope* parent, Node* node);
// A module compiled a statement at a time (File mode): its scope, made once, keeps the module's symbols
// ("assigned to before global declaration" spans statements); each statement's defs, lambdas and
// comprehensions are its children until the next statement is analysed.
Scope* module_scope(Node* root);
Scope* analyze_module_stmt(Scope* top, Node* stmt);
// The scope of a def inside no other def, analysed on its own (innermost enclosing scope a class or not).
Scope* analyze_def(FunctionDef* f, bool in_class);
Symbol* find_symbol(Scope* s, const Str* name);
int index_of(const Str* const* list, uint32_t n, const Str* name);

// ---- emitter -------------------------------------------------------------------------------------------
inline constexpr uint32_t no_label = 0xFFFF;

// Room for `need` items in a compiler array: the capacity doubles from `first`, or, when a fragmented heap
// has no run for the doubled size, grows to `need` plus `slack` (realloc_grow). False with MemoryError raised
// when not even that fits.
template <class T>
bool grow_array(T*& items, uint32_t& cap, uint32_t need, uint32_t first, uint32_t slack = 4) {
    if (need <= cap) return true;
    uint32_t ncap = cap ? cap * 2 : first;
    while (ncap < need) ncap *= 2;
    size_t got;
    void* p =
        realloc_grow(items, ncap * sizeof(T), (need + slack < ncap ? need + slack : ncap) * sizeof(T), &got);
    if (!p) return false;
    items = static_cast<T*>(p);
    cap = uint32_t(got / sizeof(T));
    return true;
}
struct Label {
    uint32_t target = no_label;
    uint32_t chain = no_label;  // forward jump sites, linked through their operand bytes
};

enum class BlockKind : uint8_t {
    While,
    For,
    AsyncFor,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    Handler,
    With,
    AsyncWith,
    PopValue,  // a return value kept on the stack while an inlined finally body runs
};
struct FBlock {
    BlockKind kind;
    uint32_t brk;     // loops: break target (a label index)
    uint32_t cont;    // loops: continue target
    Node* finally_;   // FinallyTry: the Try node whose finalbody runs on the way out
    const Str* name;  // Handler: `except E as name`
};
// Statically nested blocks (loops, try, with, handlers) in one function. CPython stops at 20; MicroPython
// has no limit but its C stack (31 nested for loops on the v1), and here blocks cost heap, not C stack:
// the lexer's 100 indentation levels come first. Deeper gets CPython's "too many statically nested blocks".
inline constexpr int max_fblocks = 100;

// One code object being compiled. Units nest (a def's body inside the module's...): each keeps the one
// around it and what it changed, and lives in the GC heap while the compiler's machine runs.
struct Unit {
    Scope* scope;
    uint8_t* code;
    uint32_t len, cap;
    core::List* consts;
    core::List* names;
    uint8_t* lines;
    uint32_t lines_len, lines_cap;
    uint32_t last_line, last_line_offset, first_line;
    int depth, max_depth;
    uint32_t fblock_base;  // this unit's blocks start here in Compiler::fblocks
    int max_runtime_blocks;
    bool failed;
    bool saved_interactive;  // the Compiler's interactive_top around this unit
    Unit* outer;
    const Str* saved_scope;  // error_scope around this unit
};

// The compiler walks the tree without recursion: each construct being compiled is a Task on an explicit
// stack in the GC heap, resumed at its `step` each time the task pushed above it is done. The C stack is
// the same however deep the source nests.
struct Task {
    Node* node;
    uint32_t i;      // per op: an index into the node's children
    uint32_t a, b;   // per op: label indices, saved depths, counts
    uint32_t lmark;  // the label stack's height when the task began: its labels go when it ends
    uint8_t op;      // TaskOp (compiler.cpp)
    uint8_t step;
    uint16_t flags;
};

struct Compiler {
    Unit* u;
    const Str* filename;
    CompileMode mode;
    bool interactive_top;  // compiling the top level of a Single-mode input
    bool waiting;          // the module's tasks wait for a streamed block's next statement (ParseHook)
    Code* last_code;       // the code object the last finished body made
    Scope* body_scope;     // the scope of the body about to be compiled (t_body)
    Task* tasks;
    uint32_t n_tasks, cap_tasks;
    Label* labels;
    uint32_t n_labels, cap_labels;
    FBlock* fblocks;  // every unit's blocks, the innermost unit's on top
    uint32_t n_fblocks, cap_fblocks;
    FBlock* saved;  // blocks set aside while a finally body is compiled inline (unwind)
    uint32_t n_saved, cap_saved;
};

inline Label& label(Compiler* c, uint32_t i) { return c->labels[i]; }
inline int unit_fblocks(Compiler* c) { return int(c->n_fblocks - c->u->fblock_base); }
inline FBlock& fblock(Compiler* c, int i) { return c->fblocks[c->u->fblock_base + uint32_t(i)]; }

// Emitting (compiler_emit.cpp). Every emitter function marks u->failed on MemoryError.
void emit_byte(Unit* u, uint8_t b);
void emit_op(Unit* u, Op op, int effect);
void emit_op_u(Unit* u, Op op, uint32_t arg, int effect);
void emit_op_uu(Unit* u, Op op, uint32_t a, uint32_t b, int effect);
void emit_jump(Compiler* c, Op op, uint32_t label, int effect);  // to c->labels[label]
void bind_label(Compiler* c, uint32_t label);                    // c->labels[label] is here
void emit_const(Unit* u, Value v);
void emit_small_int(Unit* u, intptr_t i);
uint32_t const_index(Unit* u, Value v);
uint32_t name_index(Unit* u, const Str* name);
void set_line(Unit* u, uint32_t line);
void adjust_depth(Unit* u, int delta);
int op_effect(Op op);
bool unit_init(Unit* u, Scope* scope, uint32_t first_line);
Code* unit_finish(Compiler* c, Unit* u, const Str* name, uint16_t flags, uint8_t n_pos, uint8_t n_posonly,
                  uint8_t n_kwonly);
bool syntax_error(Node* n, const char* msg, const Str* name = nullptr);
extern const Str* error_filename;
extern const Str* error_scope;

// The machine (compiler.cpp): runs the tasks above `base` to their end; false with an exception pending.
bool run_tasks(Compiler* c, uint32_t base);
bool push_task(Compiler* c, uint8_t op, Node* n, uint16_t flags = 0, uint32_t i = 0, uint32_t b = 0);
bool task_done(Compiler* c);                   // pops the top task (and its labels)
uint32_t new_labels(Compiler* c, uint32_t n);  // the index of the first of n fresh labels, or no_label
bool compile_free(Compiler* c);                // gives the machine's stacks back to the heap

enum TaskOp : uint8_t {
    t_expr,        // compile_expr
    t_jump_if,     // jump to label b when truth(node) == flags
    t_store,       // compile_store
    t_delete,      // compile_delete
    t_stmt,        // one statement
    t_stmts,       // node: the items of a Seq<Node>, a: its length
    t_function,    // defaults, body, closure, MAKE_FUNCTION of a def/lambda/class/comprehension
    t_body,        // the body of a def/lambda/class/comprehension as a new unit -> Compiler::last_code
    t_call_args,   // arguments and the call (node: a Call, or a ClassDef for __build_class__)
    t_gen_loop,    // generator i of a comprehension
    t_unwind,      // leaving blocks b..i early (break, continue, return)
    t_try_except,  // try/except of a Try
    t_with_item,   // with-item i of a With
};
// The steps of each: compiler.cpp (statements, functions) and compiler_expr.cpp (expressions).
[[gnu::noinline]] bool step_expr(Compiler* c, Task& t);
[[gnu::noinline]] bool step_jump_if(Compiler* c, Task& t);
[[gnu::noinline]] bool step_store(Compiler* c, Task& t, bool del);
[[gnu::noinline]] bool step_call_args(Compiler* c, Task& t);
[[gnu::noinline]] bool step_gen_loop(Compiler* c, Task& t);

// A constant value for `e` when it is cheap and safe to compute now, else null (no exception left).
Value fold(Node* e);
bool compile_name(Compiler* c, const Str* name, ExprContext ctx);
bool push_fblock(Compiler* c, BlockKind kind, uint32_t brk, uint32_t cont, Node* fin, const Str* name);
void pop_fblock(Compiler* c);

}  // namespace core::comp
