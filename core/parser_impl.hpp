// Internal to the parser: the recursive-descent Parser class shared by parser*.cpp.
#pragma once
#include "core/ast.hpp"
#include "core/lexer.hpp"
#include "core/parser.hpp"
#include "core/runtime.hpp"

namespace core {

// The tree's memory: chunks of the GC heap, each starting with a pointer to the chunk before it, that
// nodes and their arrays are bump-allocated from, and given back a statement (or a compiled def) at a time.
// A node of its own GC block cost 16 B at least (a Name is 12) and the blocks fragment the heap the
// compiler needs; the chunks come and go together. The parser holds the newest chunk and the root node the
// whole chain (ast::Module::tree), so nothing in the tree needs to point at the start of a block.
struct TreeArena {
    void** chunk = nullptr;       // the newest chunk: chunk[0] links to the one before
    uint32_t used = 0, size = 0;  // bytes of it in use (the link included) and its size
    struct Mark {
        void** chunk;
        uint32_t used;
    };
    void* alloc(size_t bytes);  // zeroed, aligned for any node; nullptr when the heap is full (no exception)
    Mark mark() const { return {chunk, used}; }
    void release(Mark m);  // frees everything allocated since `m`
};

// A growing array of node pointers in the GC heap; finish() moves it into the tree's arena.
struct SeqBuf {
    void** items = nullptr;
    uint32_t len = 0, cap = 0;
    bool push(const void* p);  // false: MemoryError pending
    void** settle(TreeArena& a);
    template <class T>
    ast::Seq<T> finish(TreeArena& a) {
        ast::Seq<T> s;
        s.items = static_cast<T**>(static_cast<void*>(settle(a)));
        s.len = len;
        return s;
    }
};

// The expression parser keeps what is open on explicit stacks in the GC heap instead of in C frames
// (parser_expr.cpp), so nesting costs heap, not the device's C stack. An operator or a construct that is
// still open on the operator stack: prefix operators keep their token's position for the node.
struct XOp {
    uint8_t op;   // XOp kind (parser_expr.cpp)
    uint8_t arg;  // the token of a binary operator, the CmpOp, the UnOp
    uint16_t col;
    uint32_t line;
};
// A compound statement whose block is being parsed (parser_stmt.cpp); the block's statements are on the
// operand stack from `base`.
struct SFrame {
    ast::Node* node;  // the statement (an if's innermost elif)
    union {
        ast::Node* first;   // if: the outermost If
        const Str* outer;   // def, class: the scope around
        uint32_t handlers;  // try: where its handlers start on the operand stack
    };
    uint32_t base;
    uint8_t state;
    uint8_t flags;
    uint8_t elifs;             // streamed if: the elifs so far, each a block to end at the end
    TreeArena::Mark streamed;  // streamed: where the tree of the block's current statement begins
};

// An open construct (brackets, a call's arguments, a comprehension's clauses, a target list...): its
// operands are on the operand stack from `base`, and its current item's operators from `ops`.
struct XFrame {
    uint8_t kind;   // FrameKind (parser_expr.cpp)
    uint8_t state;  // what the current item is, per kind
    uint8_t level;  // the grammar level the current item is parsed at
    uint8_t flags;  // per kind
    uint16_t ops;   // operator stack height when the current item began
    uint16_t col;   // the opening token
    uint32_t base;
    uint32_t line;
};

class Parser {
   public:
    // Nesting budget for recursive rules (each bracket level costs two: the bracket and the expression
    // inside), shared with the sub-parsers of f-string expressions. The lexer already caps brackets at
    // 200 like CPython; this bounds unary/`not` chains and blocks, and core::check_c_stack() bounds the
    // real C stack use (the tighter limit on the device).
    static constexpr int max_depth = config::parser_max_depth;

    Parser(std::string_view src, int paren_depth, uint32_t line, uint32_t col, int depth,
           const SourceReader* reader = nullptr);

    ast::Node* parse_file(ParseMode mode);

    // ---- error state (first error wins; raised as an exception by core::parse) ----
    struct Error {
        const char* msg = nullptr;  // nullptr with failed_: an exception (MemoryError...) is already pending
        const Type* type = nullptr;
        uint32_t line = 0, col = 0;
        bool incomplete = false;
        bool compile_time = false;
        const Str* scope = nullptr;
    };
    Error err_;
    bool failed_ = false;

    std::nullptr_t fail(const char* msg);                         // at the current token
    std::nullptr_t fail_invalid();                                // fail("invalid syntax")
    std::nullptr_t fail_at(const ast::Node* n, const char* msg);  // a compile-time error at a node
    std::nullptr_t fail_pending();                                // core::state.exc is set
    bool enter();  // depth guard; false (with an error) when nesting is too deep
    void leave() { --depth_; }
    bool too_deep();  // false, with the error enter() gives

    // ---- tokens ----
    Token tok_;
    const Str* scope_ = nullptr;  // innermost def/class name, for compile-time error tracebacks
    int depth_;
    // Defs being parsed around the current token, and whether the innermost def/class is a class: a def
    // parsed with none around it goes to the hook.
    int defs_open_ = 0;
    bool in_class_ = false;
    ParseHook hook_;
    Value hook_error_;  // the exception the hook failed with; the hook is not called again after it

    void advance() { tok_ = lex_.next(); }
    bool at(Tok k) const { return tok_.kind == k; }
    bool accept(Tok k) {
        if (tok_.kind != k) return false;
        advance();
        return true;
    }
    bool expect(Tok k);  // accept(k), else "invalid syntax" (out of line: ~40 sites)
    std::string_view text() const { return lex_.text(tok_); }
    const Str* name_token();  // interned identifier of the current NAME token (advances), or nullptr

    // A node of `size` bytes with its kind and position, or nullptr (failed). One body for every node
    // type: inlined into each of the parser's ~70 make<T> sites it cost the firmware 26 B a copy.
    ast::Node* make_node(size_t size, ast::Kind k, uint32_t line, uint32_t col);
    TreeArena own_arena_;
    TreeArena* arena_ = &own_arena_;  // an f-string's sub-parser shares its parser's
    void* tree_alloc(size_t bytes);   // zeroed memory in the arena, or nullptr (failed, MemoryError pending)
    TreeArena::Mark def_mark_{};      // where the body of the def inside no other def began
    template <class T>
    ast::Seq<T> seq_of(SeqBuf& b) {
        return b.finish<T>(*arena_);
    }
    template <class T>
    T* make(ast::Kind k, uint32_t line, uint32_t col) {
        return static_cast<T*>(make_node(sizeof(T), k, line, col));
    }
    template <class T>
    T* make(ast::Kind k, const Token& t) {
        return make<T>(k, t.line, t.col);
    }
    template <class T>
    T* make(ast::Kind k, const ast::Node* at) {
        return make<T>(k, at->line, at->col);
    }
    bool push(SeqBuf& b, const void* p) { return b.push(p) || (fail_pending(), false); }

    // ---- statements (parser.cpp, parser_stmt.cpp) ----
    // A statement, with every block nested in it, onto the operand stack: compound statements whose
    // block is being parsed are frames on a stack in the GC heap, not C frames (parser_stmt.cpp).
    bool parse_statement();
    bool parse_simple_stmts();  // one line of them, onto the operand stack
    ast::Node* parse_simple_stmt();
    ast::Node* parse_expr_stmt();
    bool parse_with_items(SeqBuf& items, bool parenthesized);

    SFrame* sframes_ = nullptr;
    uint32_t n_sframes_ = 0, cap_sframes_ = 0;
    [[gnu::noinline]] uint8_t open_compound();
    [[gnu::noinline]] uint8_t open_def(const Token& start, bool is_async, ast::Seq<ast::Node> decorators);
    [[gnu::noinline]] uint8_t open_class(ast::Seq<ast::Node> decorators);
    [[gnu::noinline]] uint8_t open_with(const Token& start, bool is_async);
    [[gnu::noinline]] uint8_t push_sframe(ast::Node* n);
    [[gnu::noinline]] uint8_t begin_block();
    [[gnu::noinline]] uint8_t end_block();
    [[gnu::noinline]] uint8_t try_clauses();
    uint8_t complete(ast::Node* n);
    void stream_open(ast::Node* n);  // after an if/while/for header (ParseHook)
    void stream_statements();        // the innermost streamed block's statements parsed so far
    void stream_end();               // the innermost streamed block's end
    ast::Node* parse_import();
    ast::Node* parse_from_import();
    const Str* parse_dotted_name();

    // ---- expressions (parser_expr.cpp): entry points of the expression machine ----
    ast::Node* parse_star_expressions();  // a, *b, c  -> Tuple when there is a comma
    ast::Node* parse_yield_or_star_expressions();
    ast::Node* parse_yield();  // at `yield`
    ast::Node* parse_named_expression();
    ast::Node* parse_expression();   // includes lambda and conditional expressions
    ast::Node* parse_binary();       // or_expr: the operand of `*` in targets, del targets
    ast::Node* parse_target_list();  // for-loop targets, without consuming `in`
    // The bases and keywords of a class statement, up to (not including) the `)`, as a Call without func.
    ast::Call* parse_class_args();
    ast::Node* parse_expr(uint8_t entry, uint8_t level);

    // The machine's state: operands (finished nodes), pending operators and open constructs.
    ast::Node** vals_ = nullptr;
    XOp* xops_ = nullptr;
    XFrame* frames_ = nullptr;
    uint32_t n_vals_ = 0, cap_vals_ = 0;
    uint32_t n_xops_ = 0, cap_xops_ = 0;
    uint32_t n_frames_ = 0, cap_frames_ = 0;
    uint32_t entry_frame_ = 0;  // the frame the running parse_expr started with
    uint8_t oflags_ = 0;        // what the next operand may start with (prefix operators, not, lambda)

    enum Next : uint8_t { nx_error, nx_operand, nx_operator, nx_deliver, nx_done };
    // Each step is its own function (not inlined into parse_expr): the loop's frame stays small, and
    // only the step running adds its own.
    [[gnu::noinline]] Next operand_step();
    [[gnu::noinline]] Next operator_step();
    [[gnu::noinline]] Next item_end();
    [[gnu::noinline]] Next item_done(ast::Node* n);
    [[gnu::noinline]] Next finish(ast::Node* result);
    [[gnu::noinline]] Next begin_item(uint8_t level);
    [[gnu::noinline]] Next begin_star_item(bool named);
    [[gnu::noinline]] Next open_frame(uint8_t kind, uint8_t state, const Token& t);
    [[gnu::noinline]] Next open_lambda();
    [[gnu::noinline]] Next open_brackets();
    [[gnu::noinline]] Next open_call();
    [[gnu::noinline]] Next open_subscript();
    [[gnu::noinline]] Next open_comp(uint8_t state);
    [[gnu::noinline]] Next comp_clause();
    [[gnu::noinline]] Next paren_item(ast::Node* n);
    [[gnu::noinline]] Next list_item(ast::Node* n);
    [[gnu::noinline]] Next brace_item(ast::Node* n);
    [[gnu::noinline]] Next call_item(ast::Node* n);
    [[gnu::noinline]] Next slice_begin();
    [[gnu::noinline]] Next slice_item(ast::Node* n);
    [[gnu::noinline]] Next comp_item(ast::Node* n);
    bool push_val(ast::Node* n);
    bool push_op(uint8_t op, uint8_t arg, const Token& t);
    bool reduce_above(int min_prec, uint8_t stop);
    bool reduce_one();
    uint8_t cur_level() const;
    XFrame& top_frame() { return frames_[n_frames_ - 1]; }
    // The operands from `from` up as a Seq (popped); one body for every element type.
    void** seq_items(uint32_t from, uint32_t* len);
    template <class T>
    ast::Seq<T> seq_from(uint32_t from) {
        ast::Seq<T> s;
        s.items = static_cast<T**>(static_cast<void*>(seq_items(from, &s.len)));
        return s;
    }

    ast::Node* parse_atom();  // names, constants, numbers, strings
    ast::arguments* parse_params(Tok close, bool lambda);
    ast::arg* parse_param(bool lambda, bool allow_annotation);
    ast::Node* make_tuple(SeqBuf& elts, const ast::Node* first, ast::ExprContext ctx);
    [[gnu::noinline]] ast::Node* elts_node(ast::Kind k, uint32_t line, uint32_t col, uint32_t from);
    [[gnu::noinline]] ast::Node* comp1_node(ast::Kind k, uint32_t line, uint32_t col, uint32_t from);

    // ---- literals (parser_string.cpp) ----
    [[gnu::noinline]] ast::Node* parse_number();  // (literals are leaves: their frames stay out of the steps)
    [[gnu::noinline]] ast::Node* parse_strings();

    // ---- targets (parser_target.cpp) ----
    // Checks an expression used as a store/del target and sets ctx, with MicroPython's messages.
    bool set_context(ast::Node* n, ast::ExprContext ctx);

    // Last: its indentation stack and window state are big, and the fields before it are the parser's
    // most used ones, within the short offsets of the device's loads and stores.
    Lexer lex_;
};

// \N{NAME} escapes (config::unicode_names): the names are in parser_names.cpp.
#if MBPY_UNICODE_NAMES
bool unicode_name_lookup(std::string_view name, uint32_t* code);  // case-insensitive
#else
inline bool unicode_name_lookup(std::string_view, uint32_t*) { return false; }
#endif

// Internal flag kept in Node::pad_ by the parser: the expression was written in parentheses.
inline constexpr uint8_t node_parenthesized = 1;

}  // namespace core
