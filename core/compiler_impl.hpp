// Internals shared by the compiler's files: scopes (compiler_scope.cpp), the emitter
// (compiler_emit.cpp), statements (compiler.cpp) and expressions (compiler_expr.cpp).
#pragma once
#include "core/compiler.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"

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
// The scope of a def inside no other def, analysed on its own (innermost enclosing scope a class or not).
Scope* analyze_def(FunctionDef* f, bool in_class);
Symbol* find_symbol(Scope* s, const Str* name);
int index_of(const Str* const* list, uint32_t n, const Str* name);

// ---- emitter -------------------------------------------------------------------------------------------
inline constexpr uint32_t no_label = 0xFFFF;
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
    Label* brk;       // loops: break target
    Label* cont;      // loops: continue target
    Node* finally_;   // FinallyTry: the Try node whose finalbody runs on the way out
    const Str* name;  // Handler: `except E as name`
};
inline constexpr int max_fblocks =
    20;  // CPython's static nesting limit ("too many statically nested blocks")

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
    FBlock fblocks[max_fblocks];
    int n_fblocks;
    int max_runtime_blocks;
    bool failed;
};

struct Compiler {
    Unit* u;
    const Str* filename;
    CompileMode mode;
    bool interactive_top;  // compiling the top level of a Single-mode input
};

// Emitting (compiler_emit.cpp). Every emitter function marks u->failed on MemoryError.
void emit_byte(Unit* u, uint8_t b);
void emit_op(Unit* u, Op op, int effect);
void emit_op_u(Unit* u, Op op, uint32_t arg, int effect);
void emit_op_uu(Unit* u, Op op, uint32_t a, uint32_t b, int effect);
void emit_jump(Unit* u, Op op, Label& l, int effect);
void bind_label(Unit* u, Label& l);
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

// Statements and expressions.
bool compile_stmts(Compiler* c, const Seq<Node>& body);
bool compile_stmt(Compiler* c, Node* s);
bool compile_expr(Compiler* c, Node* e);
// The value of a constant expression (numbers and strings folded at compile time), or null.
Value fold(Node* e);
bool compile_store(Compiler* c, Node* target);
bool compile_delete(Compiler* c, Node* target);
bool compile_name(Compiler* c, const Str* name, ExprContext ctx);
bool compile_jump_if(Compiler* c, Node* e, bool cond, Label& l);
bool compile_function(Compiler* c, Node* node, Scope* scope);  // leaves the function object on the stack
bool compile_comprehension(Compiler* c, Node* e);
// Emits the arguments of a call whose callable (and `n_before` extra positionals, e.g. the class body
// and name of __build_class__) are already on the stack, then the call itself.
bool compile_call_args(Compiler* c, Call* e, int n_before, bool method);
bool push_fblock(Compiler* c, BlockKind kind, Label* brk, Label* cont, Node* fin, const Str* name);
void pop_fblock(Compiler* c);

}  // namespace core::comp
