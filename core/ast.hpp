// The abstract syntax tree the parser produces and the compiler consumes (mirrors CPython 3.11's `ast`).
//
// How to read a tree (for the compiler writer):
// - Every node starts with `Node` (kind, line, col). Switch on `node->kind`, then static_cast to the
//   struct named in the table below (no RTTI). Struct and field names are those of Python's `ast` module
//   (https://docs.python.org/3.11/library/ast.html); `python3 -c "import ast; print(ast.dump(...))"`
//   shows the same shapes. Python `None` for an optional field is nullptr here.
// - Several kinds share one struct: FunctionDef/AsyncFunctionDef -> FunctionDef, For/AsyncFor -> For,
//   With/AsyncWith -> With, Try/TryStar -> Try, ListComp/SetComp/GeneratorExp -> Comprehension1.
// - Lists are Seq<T>: `for (Node* s : mod->body)`. Statement and expression lists are Seq<Node>.
// - Identifiers are interned `const Str*` (core::intern), so names compare by pointer.
// - Constant.value is a ready core::Value: None/True/False/Ellipsis, int (small or big), float, complex,
//   str, bytes. A sequence of adjacent string literals is already concatenated into one Constant (or one
//   JoinedStr if any part is an f-string), as CPython does.
// - Operators: BinOp.op and AugAssign.op are core::BinaryOp values (Add, Sub, Mul, MatMul, TrueDiv,
//   FloorDiv, Mod, Pow, LShift, RShift, Or, Xor, And: the plain op; AugAssign adds
//   core::binary_inplace_offset itself if it wants the inplace op). Compare uses CmpOp, UnaryOp uses UnOp.
// - line is 1-based, col is the 0-based byte offset in the line (CPython's lineno / col_offset).
//   Statements carry the line of their first token; decorated defs carry the line of `def`/`class`
//   (as CPython 3.8+).
//
// Memory: the nodes and Seq arrays are bump-allocated from chunks of the GC heap (core/parser_impl.hpp,
// TreeArena) that the root (Module or Expression, a GC block of its own) keeps alive: holding the root on
// the C stack keeps the whole tree alive, and dropping it frees it at the next collection. A pointer into
// the tree keeps nothing alive by itself. Nodes are not Python objects (no type).
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/object.hpp"
#include "core/value.hpp"

namespace core {
struct Code;
}
namespace core::ast {

enum class Kind : uint8_t {
    // mod
    Module,
    Interactive,
    Expression,
    // stmt
    FunctionDef,
    AsyncFunctionDef,
    ClassDef,
    Return,
    Delete,
    Assign,
    AugAssign,
    AnnAssign,
    For,
    AsyncFor,
    While,
    If,
    With,
    AsyncWith,
    Raise,
    Try,
    TryStar,
    Assert,
    Import,
    ImportFrom,
    Global,
    Nonlocal,
    Expr,
    Pass,
    Break,
    Continue,
    // expr
    BoolOp,
    NamedExpr,
    BinOp,
    UnaryOp,
    Lambda,
    IfExp,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    Await,
    Yield,
    YieldFrom,
    Compare,
    Call,
    FormattedValue,
    JoinedStr,
    Constant,
    Attribute,
    Subscript,
    Starred,
    Name,
    List,
    Tuple,
    Slice,
    // helpers
    comprehension,
    ExceptHandler,
    arguments,
    arg,
    keyword,
    alias,
    withitem,
    Count
};
inline constexpr bool is_stmt(Kind k) { return k >= Kind::FunctionDef && k <= Kind::Continue; }
inline constexpr bool is_expr(Kind k) { return k >= Kind::BoolOp && k <= Kind::Slice; }
const char* kind_name(Kind k);  // "FunctionDef", ... (for dumps and error messages)

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class UnOp : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// A read-only array of node (or Str) pointers. `items` is its own GC block (or nullptr when len == 0).
template <class T>
struct Seq {
    T** items = nullptr;
    uint32_t len = 0;
    T* operator[](size_t i) const { return items[i]; }
    T** begin() const { return items; }
    T** end() const { return items + len; }
    bool empty() const { return len == 0; }
};

struct Node;
// The body (or orelse) of a module-level if/while/for that the parser hands to the compiler a statement at
// a time (ParseHook, parser.hpp): empty, with this marker as its items, so the tree of a long main loop
// never has to be in the heap at once.
inline Node* streamed_items[1];
inline constexpr Seq<Node> streamed_block() { return {streamed_items, 0}; }
inline bool is_streamed(const void* items) { return items == streamed_items; }

struct Node {
    Kind kind;
    // Load/Store/Del of Name, Attribute, Subscript, Starred, List and Tuple (unused by the others). It
    // sits in the header's spare byte: a Name, the commonest node, is 8 bytes on the board.
    ExprContext ctx : 2 = ExprContext::Load;
    uint8_t pad_ : 6 = 0;  // free for the parser's own flags
#if MBPY_AST_COLUMNS
    uint16_t col = 0;  // saturates at 65535
    uint32_t line = 0;
#else
    uint16_t line = 0;                  // saturates at 65535
    static constexpr uint16_t col = 0;  // no columns (MBPY_AST_COLUMNS)
#endif
};

struct arguments;
struct arg;
struct keyword;
struct alias;
struct withitem;
struct comprehension;
struct ExceptHandler;

// ---- mod ---------------------------------------------------------------------------------------------
// The root, a GC block of its own, holds the chunks the rest of the tree lives in (`tree`).
struct Module : Node {  // Module (file mode) and Interactive (single mode): body is statements
    Seq<Node> body;
    const void* tree;
};
struct Expression : Node {  // eval mode
    Node* body;
    const void* tree;
};

// ---- statements ---------------------------------------------------------------------------------------
struct FunctionDef : Node {  // FunctionDef, AsyncFunctionDef
    const Str* name;
    arguments* args;
    Seq<Node> body;  // empty once `code` is set
    Seq<Node> decorator_list;
    Node* returns;  // annotation or nullptr
    // The compiled body, when the parser handed the def to the compiler as soon as it was parsed (a def
    // inside no other def: see ParseHook); its body is dropped then. Null otherwise.
    Code* code;
};
struct ClassDef : Node {
    const Str* name;
    Seq<Node> bases;
    Seq<keyword> keywords;
    Seq<Node> body;
    Seq<Node> decorator_list;
};
struct Return : Node {
    Node* value;  // nullptr for bare `return`
};
struct Delete : Node {
    Seq<Node> targets;  // ctx Del
};
struct Assign : Node {  // a = b = value: targets [a, b]
    Seq<Node> targets;
    Node* value;
};
struct AugAssign : Node {
    Node* target;
    BinaryOp op;  // the plain operator (Add for +=)
    Node* value;
};
struct AnnAssign : Node {
    Node* target;
    Node* annotation;
    Node* value;  // nullptr for `x: int`
    bool simple;  // target is a plain Name not in parentheses
};
struct For : Node {  // For, AsyncFor
    Node* target;
    Node* iter;
    Seq<Node> body;
    Seq<Node> orelse;
};
struct While : Node {
    Node* test;
    Seq<Node> body;
    Seq<Node> orelse;
};
struct If : Node {  // elif is a nested If as the only statement of orelse, as in CPython
    Node* test;
    Seq<Node> body;
    Seq<Node> orelse;
};
struct With : Node {  // With, AsyncWith
    Seq<withitem> items;
    Seq<Node> body;
};
struct Raise : Node {
    Node* exc;    // nullptr for bare `raise`
    Node* cause;  // `from` part or nullptr
};
struct Try : Node {  // Try, TryStar (except*)
    Seq<Node> body;
    Seq<ExceptHandler> handlers;
    Seq<Node> orelse;
    Seq<Node> finalbody;
};
struct Assert : Node {
    Node* test;
    Node* msg;
};
struct Import : Node {
    Seq<alias> names;
};
struct ImportFrom : Node {
    const Str* module;  // nullptr for `from . import x`
    Seq<alias> names;   // `*` is one alias named "*"
    uint32_t level;     // number of leading dots
};
struct Global : Node {  // Global, Nonlocal
    Seq<const Str> names;
};
using Nonlocal = Global;
struct Expr : Node {  // expression statement
    Node* value;
};
// Pass, Break, Continue are a bare Node.

// ---- expressions ---------------------------------------------------------------------------------------
struct BoolOp : Node {  // a and b and c: one BoolOp with values [a, b, c]
    BoolOpKind op;
    Seq<Node> values;
};
struct NamedExpr : Node {
    Node* target;  // a Name, ctx Store
    Node* value;
};
struct BinOp : Node {
    Node* left;
    BinaryOp op;
    Node* right;
};
struct UnaryOp : Node {
    UnOp op;
    Node* operand;
};
struct Lambda : Node {
    arguments* args;
    Node* body;
};
struct IfExp : Node {
    Node* test;
    Node* body;
    Node* orelse;
};
struct Dict : Node {  // {**m} has a nullptr key and m as the value
    Seq<Node> keys;
    Seq<Node> values;
};
struct Set : Node {
    Seq<Node> elts;
};
struct Comprehension1 : Node {  // ListComp, SetComp, GeneratorExp
    Node* elt;
    Seq<comprehension> generators;
};
struct DictComp : Node {
    Node* key;
    Node* value;
    Seq<comprehension> generators;
};
struct Await : Node {  // Await, Yield (value may be nullptr), YieldFrom
    Node* value;
};
using Yield = Await;
using YieldFrom = Await;
struct Compare : Node {  // a < b < c: left a, ops [Lt, Lt], comparators [b, c]
    Node* left;
    CmpOp* ops;  // GC block of comparators.len entries
    Seq<Node> comparators;
};
struct Call : Node {  // f(*a, **k): args [Starred(a)], keywords [keyword(arg=nullptr, k)]
    Node* func;
    Seq<Node> args;
    Seq<keyword> keywords;
};
struct FormattedValue : Node {
    Node* value;
    int32_t conversion;  // -1 none, 's', 'r', 'a' (as CPython)
    Node* format_spec;   // a JoinedStr or nullptr
};
struct JoinedStr : Node {  // values are Constant(str) and FormattedValue
    Seq<Node> values;
};
struct Constant : Node {
    Value value;
};
struct Attribute : Node {
    Node* value;
    const Str* attr;
};
struct Subscript : Node {  // a[1:2, 3]: slice is Tuple([Slice(1, 2), Constant(3)])
    Node* value;
    Node* slice;
};
struct Starred : Node {
    Node* value;
};
struct Name : Node {
    const Str* id;
};
struct List : Node {  // List, Tuple
    Seq<Node> elts;
};
using Tuple = List;
struct Slice : Node {
    Node* lower;
    Node* upper;
    Node* step;
};

// ---- helper nodes ------------------------------------------------------------------------------------
struct comprehension : Node {  // for target in iter if ifs[0] if ifs[1]
    Node* target;
    Node* iter;
    Seq<Node> ifs;
    bool is_async;
};
struct ExceptHandler : Node {
    Node* type;       // nullptr for bare `except:`
    const Str* name;  // `as name` or nullptr
    Seq<Node> body;
};
// def f(a, /, b, c=1, *d, e, f=2, **g): posonlyargs [a], args [b, c], defaults [1] (align to the END of
// posonlyargs+args), vararg d, kwonlyargs [e, f], kw_defaults [nullptr, 2] (one per kwonly), kwarg g.
struct arguments : Node {
    Seq<arg> posonlyargs;
    Seq<arg> args;
    arg* vararg;
    Seq<arg> kwonlyargs;
    Seq<Node> kw_defaults;
    arg* kwarg;
    Seq<Node> defaults;
};
struct arg : Node {
    const Str* name;  // Python's field is `arg`
    Node* annotation;
};
struct keyword : Node {
    const Str* arg;  // nullptr for **value
    Node* value;
};
struct alias : Node {  // import a.b.c as d: name "a.b.c" (one Str with dots), asname "d"
    const Str* name;
    const Str* asname;
};
struct withitem : Node {
    Node* context_expr;
    Node* optional_vars;  // target or nullptr
};

}  // namespace core::ast
