// Internal to the parser: the recursive-descent Parser class shared by parser*.cpp.
#pragma once
#include "core/ast.hpp"
#include "core/lexer.hpp"
#include "core/parser.hpp"
#include "core/runtime.hpp"

namespace core {

// A growing array of node pointers in the GC heap; finish() hands it to a Seq.
struct SeqBuf {
    void** items = nullptr;
    uint32_t len = 0, cap = 0;
    bool push(const void* p);  // false: MemoryError pending
    template <class T>
    ast::Seq<T> finish() {
        // Give back the unused tail (the tree may live while a whole module compiles on a 16 KB device).
        if (cap > len && len > 0) {
            void* shrunk = realloc_raw(items, len * sizeof(void*));
            if (shrunk) items = static_cast<void**>(shrunk);
        }
        ast::Seq<T> s;
        s.items = static_cast<T**>(static_cast<void*>(items));
        s.len = len;
        return s;
    }
};

class Parser {
   public:
    // Nesting budget for recursive rules (each bracket level costs two: the bracket and the expression
    // inside), shared with the sub-parsers of f-string expressions. The lexer already caps brackets at
    // 200 like CPython; this bounds unary/`not` chains and blocks, and core::check_c_stack() bounds the
    // real C stack use (the tighter limit on the device).
    static constexpr int max_depth = config::parser_max_depth;

    Parser(std::string_view src, int paren_depth, uint32_t line, uint32_t col, int depth);

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
    std::nullptr_t fail_at(const ast::Node* n, const char* msg);  // a compile-time error at a node
    std::nullptr_t fail_pending();                                // core::state.exc is set
    uint32_t line_after_newline() const;
    bool enter();  // depth guard; false (with an error) when nesting is too deep
    void leave() { --depth_; }

    // ---- tokens ----
    Lexer lex_;
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
    bool expect(Tok k) {
        if (accept(k)) return true;
        fail("invalid syntax");
        return false;
    }
    std::string_view text() const { return lex_.text(tok_); }
    const Str* name_token();  // interned identifier of the current NAME token (advances), or nullptr

    template <class T>
    T* make(ast::Kind k, uint32_t line, uint32_t col) {
        T* n = static_cast<T*>(alloc_raw(sizeof(T)));
        if (!n) return fail_pending();
        n->kind = k;
        n->line = line;
        n->col = col > 0xFFFF ? 0xFFFF : static_cast<uint16_t>(col);
        return n;
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
    bool parse_statement(SeqBuf& out);
    bool parse_simple_stmts(SeqBuf& out);
    ast::Node* parse_simple_stmt();
    ast::Node* parse_expr_stmt();
    bool parse_block(ast::Seq<ast::Node>* out);
    ast::Node* parse_compound();
    ast::Node* parse_if(const Token& kw);
    ast::Node* parse_while();
    ast::Node* parse_for(const Token& start, bool is_async);
    ast::Node* parse_try();
    ast::Node* parse_with(const Token& start, bool is_async);
    bool parse_with_items(SeqBuf& items, bool parenthesized);
    ast::Node* parse_funcdef(const Token& start, bool is_async, ast::Seq<ast::Node> decorators);
    ast::Node* parse_classdef(ast::Seq<ast::Node> decorators);
    ast::Node* parse_decorated();
    ast::Node* parse_import();
    ast::Node* parse_from_import();
    const Str* parse_dotted_name();

    // ---- expressions (parser_expr.cpp) ----
    ast::Node* parse_star_expressions();  // a, *b, c  -> Tuple when there is a comma
    ast::Node* parse_star_expression();
    ast::Node* parse_yield_or_star_expressions();
    ast::Node* parse_yield();
    ast::Node* parse_named_expression();
    ast::Node* parse_expression();  // includes lambda and conditional expressions
    ast::Node* parse_expression_nocond();
    ast::Node* parse_disjunction();
    ast::Node* parse_conjunction();
    ast::Node* parse_inversion();
    ast::Node* parse_comparison();
    ast::Node* parse_binary(int min_prec);
    ast::Node* parse_factor();
    ast::Node* parse_power();
    ast::Node* parse_primary();
    ast::Node* parse_atom();
    ast::Node* parse_paren();
    ast::Node* parse_list_display();
    ast::Node* parse_brace_display();
    ast::Node* parse_subscript();
    ast::Node* parse_slice_item();
    ast::Node* parse_call(ast::Node* func);
    bool parse_call_args(SeqBuf& args, SeqBuf& keywords, Tok close, ast::Node** genexp_elt);
    bool parse_comp_for(SeqBuf& gens);
    ast::Node* parse_target_list();  // for-loop and comprehension targets
    ast::arguments* parse_params(Tok close, bool lambda);
    ast::arg* parse_param(bool lambda, bool allow_annotation);
    ast::Node* parse_lambda();
    ast::Node* make_tuple(SeqBuf& elts, const ast::Node* first, ast::ExprContext ctx);

    // ---- literals (parser_string.cpp) ----
    ast::Node* parse_number();
    ast::Node* parse_strings();

    // ---- targets (parser_target.cpp) ----
    // Checks an expression used as a store/del target and sets ctx, with MicroPython's messages.
    bool set_context(ast::Node* n, ast::ExprContext ctx);
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
