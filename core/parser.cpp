// Parser entry points, error reporting, and the simple statements.
#include "core/names.hpp"
#include "core/parser.hpp"

#include <cstring>
#include <new>

#include "core/parser_impl.hpp"
#include "core/gc.hpp"
#include "core/unicode.hpp"

namespace core {

using namespace ast;

bool SeqBuf::push(const void* p) {
    if (len == cap) {
        uint32_t ncap = cap ? cap * 2 : 4;
        void* n = items ? realloc_raw(items, ncap * sizeof(void*)) : alloc_raw(ncap * sizeof(void*));
        if (!n) return false;
        items = static_cast<void**>(n);
        cap = ncap;
    }
    items[len++] = const_cast<void*>(p);
    return true;
}

// The items into the arena, the growing buffer freed. With no room in the arena the buffer stays, shrunk
// (an arena chunk points at it, so it lives as long as the tree).
void** SeqBuf::settle(TreeArena& a) {
    if (len == 0) return nullptr;
    void** tree = static_cast<void**>(a.alloc(len * sizeof(void*)));
    if (!tree) {
        void* shrunk = cap > len ? gc::realloc(items, len * sizeof(void*)) : nullptr;
        return shrunk ? static_cast<void**>(shrunk) : items;
    }
    memcpy(tree, items, len * sizeof(void*));
    gc::free(items);
    items = tree;
    cap = len;
    return tree;
}

void* TreeArena::alloc(size_t bytes) {
    constexpr size_t align = alignof(Value) > alignof(void*) ? alignof(Value) : alignof(void*);
    bytes = (bytes + align - 1) & ~(align - 1);
    if (!chunk || size - used < bytes) {
        constexpr size_t link = align;  // the link to the previous chunk, padded
        size_t n = bytes + link > config::parser_chunk_bytes ? bytes + link : config::parser_chunk_bytes;
        void** c = static_cast<void**>(gc::alloc(n));
        // A heap too fragmented for a whole chunk may still have room for the node.
        if (!c && n > bytes + link) c = static_cast<void**>(gc::alloc(bytes + link));
        if (!c) return nullptr;
        c[0] = chunk;
        chunk = c;
        used = link;
        size = static_cast<uint32_t>(gc::block_bytes(c));
    }
    void* p = reinterpret_cast<char*>(chunk) + used;
    used += static_cast<uint32_t>(bytes);
    return p;  // zero: chunks come zeroed and release() zeroes what it gives back
}

void TreeArena::release(Mark m) {
    while (chunk != m.chunk) {
        void** prev = static_cast<void**>(chunk[0]);
        gc::free(chunk);
        chunk = prev;
        used = 0;
    }
    if (!chunk) {
        size = used = 0;
        return;
    }
    size = static_cast<uint32_t>(gc::block_bytes(chunk));  // (the chunk may not be the last one made)
    if (used == 0) used = size;
    memset(reinterpret_cast<char*>(chunk) + m.used, 0, used - m.used);
    used = m.used;
}

void* Parser::tree_alloc(size_t bytes) {
    void* p = arena_->alloc(bytes);
    if (!p) {
        raise_memory_error();
        fail_pending();
    }
    return p;
}

Parser::Parser(std::string_view src, int paren_depth, uint32_t line, uint32_t col, int depth,
               const SourceReader* reader)
    : depth_(depth), lex_(src, paren_depth, line, col, reader) {}

std::nullptr_t Parser::fail(const char* msg) {
    if (failed_) return nullptr;
    failed_ = true;
    err_.type = &syntax_error_type;
    err_.line = tok_.line;
    err_.col = tok_.col;
    if (tok_.kind == Tok::Error) {
        const LexError& le = lex_.error();
        err_.msg = le.msg;
        err_.line = le.line;
        err_.col = le.col;
        err_.incomplete = le.incomplete;
        if (le.indentation) err_.type = &indentation_error_type;
        if (le.msg && std::string_view(le.msg) == "too many nested parentheses"_msg) err_.incomplete = false;
    } else if (tok_.kind == Tok::Indent) {
        err_.msg = "unexpected indent"_msg;
        err_.type = &indentation_error_type;
    } else {
        // MicroPython reports an error at a NEWLINE on the line of the next token (the lexer's own
        // NEWLINE at the end of the input, of length 0, already counts).
        if (tok_.kind == Tok::Newline && tok_.len) err_.line = lex_.line_after_newline();
        err_.msg = msg;
        // The input ran out (EOF, or the DEDENTs the lexer makes there): the REPL can read more.
        err_.incomplete = tok_.kind == Tok::EndMarker || (tok_.kind == Tok::Dedent && lex_.at_end(tok_));
    }
    return nullptr;
}

std::nullptr_t Parser::fail_invalid() { return fail("invalid syntax"_msg); }

bool Parser::expect(Tok k) {
    if (accept(k)) return true;
    fail_invalid();
    return false;
}

void** Parser::seq_items(uint32_t from, uint32_t* len) {
    uint32_t n = n_vals_ - from;
    n_vals_ = from;
    *len = 0;
    if (n == 0) return nullptr;
    void** items = static_cast<void**>(tree_alloc(n * sizeof(void*)));
    if (!items) return nullptr;
    for (uint32_t i = 0; i < n; ++i) items[i] = vals_[from + i];
    *len = n;
    return items;
}

std::nullptr_t Parser::fail_at(const Node* n, const char* msg) {
    if (failed_) return nullptr;
    failed_ = true;
    err_.type = &syntax_error_type;
    err_.msg = msg;
    err_.line = n->line;
    err_.col = n->col;
    err_.compile_time = true;
    err_.scope = scope_;
    return nullptr;
}

ast::Node* Parser::make_node(size_t size, ast::Kind k, uint32_t line, uint32_t col) {
    ast::Node* n = static_cast<ast::Node*>(tree_alloc(size));
    if (!n) return nullptr;
    n->kind = k;
#if MBPY_AST_COLUMNS
    n->line = line;
    n->col = col > 0xFFFF ? 0xFFFF : static_cast<uint16_t>(col);
#else
    (void)col;
    n->line = line > 0xFFFF ? 0xFFFF : static_cast<uint16_t>(line);
#endif
    return n;
}

std::nullptr_t Parser::fail_pending() {
    if (!failed_) {
        failed_ = true;
        err_.msg = nullptr;
        err_.line = tok_.line;
        err_.col = tok_.col;
    }
    return nullptr;
}

bool Parser::enter() {
    if (failed_) return false;
    gc::note_stack_depth();
    if (++depth_ > max_depth || !check_c_stack()) {
        --depth_;
        return too_deep();
    }
    return true;
}

bool Parser::too_deep() {
    if (!pending()) raise_recursion_error();  // preallocated: no formatting at the parser's deepest point
    fail_pending();
    return false;
}

const Str* Parser::name_token() {
    if (tok_.kind != Tok::Name) return fail_invalid();
    Value v = intern(text());
    if (!v) return fail_pending();
    advance();
    return as_str(v);
}

// ---- statements ------------------------------------------------------------------------------------

ast::Node* Parser::parse_file(ParseMode mode) {
    advance();
    if (mode == ParseMode::Eval) {
        Expression* e = static_cast<Expression*>(alloc_raw(sizeof(Expression)));
        if (!e) return fail_pending();
        e->kind = Kind::Expression;
        e->line = tok_.line;
        while (at(Tok::Newline)) advance();
        e->body = parse_star_expressions();
        if (!e->body) return nullptr;
        while (at(Tok::Newline)) advance();
        if (!at(Tok::EndMarker)) return fail_invalid();
        e->tree = arena_->chunk;
        return e;
    }
    Module* m = static_cast<Module*>(alloc_raw(sizeof(Module)));
    if (!m) return fail_pending();
    m->kind = mode == ParseMode::File ? Kind::Module : Kind::Interactive;
    m->line = 1;
    uint32_t base = n_vals_;
    // Bounded: every statement consumes at least one token or fails. A REPL input may hold several
    // statements: CPython refuses that ("multiple statements found"), MicroPython accepts it, and so do we.
    while (!at(Tok::EndMarker)) {
        if (at(Tok::Newline)) {  // only possible after a `;`-free empty line in single mode
            advance();
            continue;
        }
        TreeArena::Mark start = arena_->mark();
        if (!parse_statement()) return nullptr;
        if (mode == ParseMode::File && hook_.statement_parsed) {
            for (uint32_t i = base; i < n_vals_ && !hook_error_; ++i)
                if (!hook_.statement_parsed(vals_[i], hook_.ctx)) hook_error_ = take_exception();
            // Cleared, not only popped: the collector scans the stacks' whole blocks, and a stale pointer
            // there would keep the dropped statement's tree alive.
            n_vals_ = base;
            for (uint32_t i = base; i < cap_vals_; ++i) vals_[i] = nullptr;
            for (uint32_t i = 0; i < cap_sframes_; ++i) sframes_[i] = SFrame{};
            arena_->release(start);
        }
    }
    m->body = seq_from<Node>(base);
    m->tree = arena_->chunk;
    return failed_ ? nullptr : m;
}

bool Parser::parse_simple_stmts() {
    for (;;) {
        Node* s = parse_simple_stmt();
        if (!s || !push_val(s)) return false;
        if (!accept(Tok::Semi)) break;
        if (at(Tok::Newline) || at(Tok::EndMarker)) break;
    }
    if (at(Tok::EndMarker)) return true;  // a last line without newline inside a sub-parser
    return expect(Tok::Newline);
}

ast::Node* Parser::parse_simple_stmt() {
    Token t = tok_;
    switch (t.kind) {
        case Tok::KwPass:
        case Tok::KwBreak:
        case Tok::KwContinue: {
            advance();
            Kind k = t.kind == Tok::KwPass    ? Kind::Pass
                     : t.kind == Tok::KwBreak ? Kind::Break
                                              : Kind::Continue;
            return make<Node>(k, t);
        }
        case Tok::KwReturn: {
            advance();
            Return* r = make<Return>(Kind::Return, t);
            if (!r) return nullptr;
            if (!at(Tok::Newline) && !at(Tok::Semi) && !at(Tok::EndMarker)) {
                r->value = parse_star_expressions();
                if (!r->value) return nullptr;
            }
            return r;
        }
        case Tok::KwRaise: {
            advance();
            Raise* r = make<Raise>(Kind::Raise, t);
            if (!r) return nullptr;
            if (!at(Tok::Newline) && !at(Tok::Semi) && !at(Tok::EndMarker)) {
                if (!(r->exc = parse_expression())) return nullptr;
                if (accept(Tok::KwFrom) && !(r->cause = parse_expression())) return nullptr;
            }
            return r;
        }
        case Tok::KwGlobal:
        case Tok::KwNonlocal: {
            advance();
            Global* g = make<Global>(t.kind == Tok::KwGlobal ? Kind::Global : Kind::Nonlocal, t);
            if (!g) return nullptr;
            SeqBuf names;
            do {
                const Str* n = name_token();
                if (!n || !push(names, n)) return nullptr;
            } while (accept(Tok::Comma));
            g->names = seq_of<const Str>(names);
            return g;
        }
        case Tok::KwDel: {
            advance();
            Delete* d = make<Delete>(Kind::Delete, t);
            if (!d) return nullptr;
            SeqBuf targets;
            do {
                if (at(Tok::Newline) || at(Tok::Semi) || at(Tok::EndMarker)) break;  // `del a,`
                Node* e = parse_binary();
                if (!e || !set_context(e, ExprContext::Del) || !push(targets, e)) return nullptr;
            } while (accept(Tok::Comma));
            if (targets.len == 0) return fail_invalid();
            d->targets = seq_of<Node>(targets);
            return d;
        }
        case Tok::KwAssert: {
            advance();
            Assert* a = make<Assert>(Kind::Assert, t);
            if (!a || !(a->test = parse_expression())) return nullptr;
            if (accept(Tok::Comma) && !(a->msg = parse_expression())) return nullptr;
            return a;
        }
        case Tok::KwImport: return parse_import();
        case Tok::KwFrom: return parse_from_import();
        default: return parse_expr_stmt();
    }
}

// Expression statements and every kind of assignment.
ast::Node* Parser::parse_expr_stmt() {
    Token t = tok_;
    Node* first = parse_yield_or_star_expressions();
    if (!first) return nullptr;
#if MBPY_VAR_ANNOTATIONS
    if (at(Tok::Colon)) {  // annotated assignment
        advance();
        AnnAssign* a = make<AnnAssign>(Kind::AnnAssign, first);
        if (!a) return nullptr;
        a->target = first;
        if (first->kind != Kind::Name && first->kind != Kind::Attribute && first->kind != Kind::Subscript)
            return first->kind == Kind::Tuple || first->kind == Kind::List
                       ? fail_at(first, "only single target (not tuple) can be annotated"_msg)
                       : fail_at(first, "illegal target for annotation"_msg);
        a->simple = first->kind == Kind::Name && !(first->pad_ & node_parenthesized);
        if (!set_context(first, ExprContext::Store) || !(a->annotation = parse_expression())) return nullptr;
        if (accept(Tok::Equal) && !(a->value = parse_yield_or_star_expressions())) return nullptr;
        return a;
    }
#endif
    if (tok_.kind >= Tok::Plus && tok_.kind <= Tok::RightShiftEqual &&
        (int(tok_.kind) - int(Tok::Plus)) % 2) {
        static constexpr BinaryOp ops[] = {
            BinaryOp::Add, BinaryOp::Sub,    BinaryOp::Mul,    BinaryOp::TrueDiv, BinaryOp::FloorDiv,
            BinaryOp::Mod, BinaryOp::Pow,    BinaryOp::MatMul, BinaryOp::And,     BinaryOp::Or,
            BinaryOp::Xor, BinaryOp::LShift, BinaryOp::RShift};
        BinaryOp op = ops[(int(tok_.kind) - int(Tok::Plus)) / 2];
        advance();
        if (first->kind != Kind::Name && first->kind != Kind::Attribute && first->kind != Kind::Subscript)
            return fail_at(first, "illegal expression for augmented assignment"_msg);
        AugAssign* a = make<AugAssign>(Kind::AugAssign, first);
        if (!a || !set_context(first, ExprContext::Store)) return nullptr;
        a->target = first;
        a->op = op;
        if (!(a->value = parse_yield_or_star_expressions())) return nullptr;
        return a;
    }
    if (at(Tok::Equal)) {
        SeqBuf targets;
        Node* value = first;
        while (accept(Tok::Equal)) {
            if (!set_context(value, ExprContext::Store) || !push(targets, value)) return nullptr;
            if (!(value = parse_yield_or_star_expressions())) return nullptr;
        }
        Assign* a = make<Assign>(Kind::Assign, first);
        if (!a) return nullptr;
        a->targets = seq_of<Node>(targets);
        a->value = value;
        return a;
    }
    Expr* e = make<Expr>(Kind::Expr, t);
    if (!e) return nullptr;
    e->value = first;
    return e;
}

// `a . b` may hold spaces or comments: "a.b" is made of the names (each token's text is gone once the
// next one is read from a file).
const Str* Parser::parse_dotted_name() {
    if (!at(Tok::Name)) return fail_invalid();
    StrBuilder b;
    for (;;) {
        b.append(text());
        advance();
        if (!accept(Tok::Dot)) break;
        if (!at(Tok::Name)) return fail_invalid();
        b.append_byte('.');
    }
    if (b.failed()) return fail_pending();
    Value v = intern(std::string_view(b.data(), b.size()));
    return v ? as_str(v) : fail_pending();
}

ast::Node* Parser::parse_import() {
    Token t = tok_;
    advance();
    Import* im = make<Import>(Kind::Import, t);
    if (!im) return nullptr;
    SeqBuf names;
    do {
        alias* a = make<alias>(Kind::alias, tok_);
        if (!a || !(a->name = parse_dotted_name())) return nullptr;
        if (accept(Tok::KwAs) && !(a->asname = name_token())) return nullptr;
        if (!push(names, a)) return nullptr;
    } while (accept(Tok::Comma));
    im->names = seq_of<alias>(names);
    return im;
}

ast::Node* Parser::parse_from_import() {
    Token t = tok_;
    advance();
    ImportFrom* im = make<ImportFrom>(Kind::ImportFrom, t);
    if (!im) return nullptr;
    for (;; advance()) {  // bounded by the input
        if (at(Tok::Dot))
            im->level += 1;
        else if (at(Tok::Ellipsis))
            im->level += 3;
        else
            break;
    }
    if (!at(Tok::KwImport) && !(im->module = parse_dotted_name())) return nullptr;
    if (!expect(Tok::KwImport)) return nullptr;
    SeqBuf names;
    if (at(Tok::Star)) {
        alias* a = make<alias>(Kind::alias, tok_);
        Value star = Value(&q_star);
        if (!a || !star) return fail_pending();
        a->name = as_str(star);
        advance();
        if (!push(names, a)) return nullptr;
    } else {
        bool paren = accept(Tok::LParen);
        do {
            if (paren && at(Tok::RParen) && names.len > 0) break;  // trailing comma
            alias* a = make<alias>(Kind::alias, tok_);
            if (!a || !(a->name = name_token())) return nullptr;
            if (accept(Tok::KwAs) && !(a->asname = name_token())) return nullptr;
            if (!push(names, a)) return nullptr;
        } while (accept(Tok::Comma));
        if (paren && !expect(Tok::RParen)) return nullptr;
        if (!paren && names.len && !at(Tok::Newline) && !at(Tok::Semi) && !at(Tok::EndMarker))
            return fail_invalid();
    }
    im->names = seq_of<alias>(names);
    return im;
}

// ---- entry points ----------------------------------------------------------------------------------

ast::Node* parse(std::string_view source, const Str* filename, ParseMode mode, ParseError* err,
                 ParseHook hook, const SourceReader* reader) {
    (void)filename;
    if (err) *err = ParseError{};
    if (source.size() > 0x7FFFFFF0u) {  // offsets are 32-bit
        raise(&memory_error_type, "source too large"_msg);
        return nullptr;
    }
    if (mode == ParseMode::Eval) {  // eval() ignores leading spaces and tabs, as CPython's does
        while (!source.empty() && (source[0] == ' ' || source[0] == '\t')) source.remove_prefix(1);
    }
    // str objects made from the source must be valid UTF-8 (a reader's bytes are checked as they come).
    size_t bad, bad_len;
    const char* why;
    if (!unicode::validate(source.data(), source.size(), &bad, &bad_len, &why)) {
        raise(&syntax_error_type, "invalid UTF-8 in source"_msg);
        uint32_t line = 1;  // of the bad byte (CR LF, CR and LF end a line)
        for (size_t i = 0; i < bad; ++i)
            line += source[i] == '\n' || (source[i] == '\r' && source[i + 1] != '\n');
        if (err) err->line = line;
        return nullptr;
    }
    // The parser state (lexer with its indentation stack, current token...) lives in the GC heap, not on
    // the C stack, which is scarce on the device and is needed for the recursion.
    void* mem = alloc_raw(sizeof(Parser));
    if (!mem) {
        if (err) err->line = 1;
        return nullptr;
    }
    Parser& p = *new (mem) Parser(source, 0, 1, 0, 0, reader);
    p.hook_ = hook;
    Node* root = p.parse_file(mode);
    if (!p.failed_ && root && !p.hook_error_) return root;
    if (!p.failed_ && root) {  // the source parses: the hook's error is the one to report
        state.exc = p.hook_error_;
        return nullptr;
    }
    if (p.err_.msg)
        raise(p.err_.type, "%m", p.err_.msg);
    else if (!pending())
        raise(&syntax_error_type, "invalid syntax"_msg);
    if (err) {
        err->line = p.err_.line;
        err->col = p.err_.col;
        err->incomplete = p.err_.incomplete;
        err->compile_time = p.err_.compile_time;
        err->scope = p.err_.scope;
    }
    return nullptr;
}

}  // namespace core
