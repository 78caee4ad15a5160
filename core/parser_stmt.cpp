// Statements: one loop over the compound statements whose blocks are open (if/while/for/try/with, def
// and class with decorators, async forms), each a frame on a stack in the GC heap, so blocks nest
// without C recursion. A block's statements wait on the operand stack until it ends.
#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

namespace {

// What the statement loop does next.
constexpr uint8_t sb_error = 0;
constexpr uint8_t sb_stmt = 1;  // parse the next statement of the innermost block (an indented one)
constexpr uint8_t sb_end = 2;   // the innermost block is complete (a one-line block)
constexpr uint8_t sb_done = 3;  // the statement parse_statement began is complete

// SFrame::state: which block of the statement is being parsed.
enum : uint8_t { ss_body, ss_handler, ss_else, ss_finally };  // (a try's clauses in their order)

// SFrame::flags
enum : uint8_t {
    sf_star = 1,      // try: except* handlers
    sf_bare = 2,      // try: a bare `except:` was seen
    sf_in_class = 4,  // def, class: in_class_ around it
    sf_stream = 8,    // if, while, for: handed to the compiler a statement at a time (ParseHook)
};

}  // namespace

bool Parser::parse_statement() {
    uint8_t ev = sb_stmt;
    bool top = true;
    for (;;) {
        switch (ev) {
            case sb_error: return false;
            case sb_done: return true;
            case sb_end: ev = end_block(); continue;
            default: break;
        }
        // sb_stmt: a statement of the innermost indented block, or the statement asked for.
        if (!top && (sframes_[n_sframes_ - 1].flags & sf_stream)) stream_statements();
        if (!top && (at(Tok::Dedent) || at(Tok::EndMarker))) {
            ev = expect(Tok::Dedent) ? end_block() : sb_error;
            continue;
        }
        switch (tok_.kind) {
            case Tok::KwIf:
            case Tok::KwWhile:
            case Tok::KwFor:
            case Tok::KwTry:
            case Tok::KwWith:
            case Tok::KwDef:
            case Tok::KwClass:
            case Tok::At:
            case Tok::KwAsync: ev = open_compound(); break;
            default:
                if (!parse_simple_stmts()) return false;
                if (top) return true;
                ev = sb_stmt;
                break;
        }
        top = false;
    }
}

// A compound statement's frame; its header is parsed next, then begin_block().
uint8_t Parser::push_sframe(Node* n) {
    if (!n) return sb_error;
    if (++depth_ > max_depth) return too_deep(), sb_error;
    if (n_sframes_ == cap_sframes_) {
        uint32_t cap = cap_sframes_ ? cap_sframes_ * 2 : 8;
        void* p = sframes_ ? realloc_raw(sframes_, cap * sizeof(SFrame)) : alloc_raw(cap * sizeof(SFrame));
        if (!p) return fail_pending(), sb_error;
        sframes_ = static_cast<SFrame*>(p);
        cap_sframes_ = cap;
    }
    SFrame& f = sframes_[n_sframes_++];
    f.node = n;
    f.first = n;
    f.base = n_vals_;
    f.state = ss_body;
    f.flags = 0;
    f.elifs = 0;
    return sb_stmt;
}

// block: NEWLINE INDENT statement+ DEDENT | simple_stmts on the same line
uint8_t Parser::begin_block() {
    sframes_[n_sframes_ - 1].base = n_vals_;
    if (accept(Tok::Newline)) return expect(Tok::Indent) ? sb_stmt : sb_error;
    return parse_simple_stmts() ? sb_end : sb_error;
}

// The innermost statement is complete: it becomes a statement of the block around it. A streamed one is
// in the compiler's hands already: its last block ends, then the else block of each elif's If around it.
uint8_t Parser::complete(Node* n) {
    bool streamed = sframes_[n_sframes_ - 1].flags & sf_stream;
    for (uint32_t k = 0; streamed && k <= sframes_[n_sframes_ - 1].elifs; ++k) stream_end();
    --n_sframes_;
    --depth_;
    if (streamed) {
        if (n_sframes_ == 0) return sb_done;  // parse() drops the tree
        arena_->release(sframes_[n_sframes_ - 1].streamed);
        return sb_stmt;
    }
    if (!push_val(n)) return sb_error;
    return n_sframes_ == 0 ? sb_done : sb_stmt;
}

// A module-level if/while/for, or one in a streamed block, goes to the compiler once its header is
// parsed; its blocks follow a statement at a time (ParseHook).
void Parser::stream_open(Node* n) {
    SFrame& f = sframes_[n_sframes_ - 1];
    if (!hook_.block_ended || (n_sframes_ > 1 && !(sframes_[n_sframes_ - 2].flags & sf_stream))) return;
    f.flags |= sf_stream;
    f.streamed = arena_->mark();
    (n->kind == Kind::If      ? static_cast<If*>(n)->body
     : n->kind == Kind::While ? static_cast<While*>(n)->body
                              : static_cast<For*>(n)->body) = streamed_block();
    if (!hook_error_ && !hook_.statement_parsed(n, hook_.ctx)) hook_error_ = take_exception();
}

void Parser::stream_statements() {
    SFrame& f = sframes_[n_sframes_ - 1];
    if (n_vals_ == f.base) return;
    for (uint32_t i = f.base; i < n_vals_; ++i)
        if (!hook_error_ && !hook_.statement_parsed(vals_[i], hook_.ctx)) hook_error_ = take_exception();
    // Cleared, not only popped (as in parse()): a stale pointer would keep the dropped trees alive.
    n_vals_ = f.base;
    for (uint32_t i = f.base; i < cap_vals_; ++i) vals_[i] = nullptr;
    for (uint32_t i = n_sframes_; i < cap_sframes_; ++i) sframes_[i] = SFrame{};
    arena_->release(f.streamed);
}

void Parser::stream_end() {
    stream_statements();
    if (!hook_error_ && !hook_.block_ended(hook_.ctx)) hook_error_ = take_exception();
}

uint8_t Parser::open_compound() {
    // A compound statement's header and one-line body reach deeper than a simple statement: 728 B of
    // frames below this one (scripts/device-stack --path open_compound --cut collect float_parse),
    // counted where it is reached, not in every compile's room (parse_and_compile).
    if (!check_c_stack_room(736)) return fail_pending(), sb_error;
    Token t = tok_;
    switch (t.kind) {
        case Tok::KwIf: {
            advance();
            If* n = make<If>(Kind::If, t);
            if (push_sframe(n) == sb_error || !(n->test = parse_named_expression()) || !expect(Tok::Colon))
                return sb_error;
            stream_open(n);
            return begin_block();
        }
        case Tok::KwWhile: {
            While* n = make<While>(Kind::While, t);
            advance();
            if (push_sframe(n) == sb_error || !(n->test = parse_named_expression()) || !expect(Tok::Colon))
                return sb_error;
            stream_open(n);
            return begin_block();
        }
        case Tok::KwTry: {
            Try* n = make<Try>(Kind::Try, t);
            advance();
            if (push_sframe(n) == sb_error || !expect(Tok::Colon)) return sb_error;
            return begin_block();
        }
        case Tok::KwFor:
        case Tok::KwAsync: {
            advance();
            bool is_async = t.kind == Tok::KwAsync;
            if (is_async && !MBPY_ASYNC) return fail("async not supported"_msg), sb_error;
            if (is_async) {
                if (accept(Tok::KwDef)) return open_def(t, true, {});
                if (accept(Tok::KwWith)) return open_with(t, true);
                if (!accept(Tok::KwFor)) return fail_invalid(), sb_error;
            }
            For* n = make<For>(is_async ? Kind::AsyncFor : Kind::For, t);
            if (push_sframe(n) == sb_error || !(n->target = parse_target_list()) || !expect(Tok::KwIn))
                return sb_error;
            if (!(n->iter = parse_star_expressions()) || !expect(Tok::Colon)) return sb_error;
            if (!is_async) stream_open(n);
            return begin_block();
        }
        case Tok::KwWith: advance(); return open_with(t, false);
        case Tok::KwDef: advance(); return open_def(t, false, {});
        case Tok::KwClass: return open_class({});
        default: {  // @decorators, then a def or a class
            uint32_t base = n_vals_;
            while (accept(Tok::At)) {  // bounded: each iteration consumes `@`
                Node* d = parse_named_expression();
                if (!d || !push_val(d) || !expect(Tok::Newline)) return sb_error;
            }
            Seq<Node> decos = seq_from<Node>(base);
            if (failed_) return sb_error;
            Token s = tok_;
            if (accept(Tok::KwDef)) return open_def(s, false, decos);
            if (at(Tok::KwClass)) return open_class(decos);
            if (!MBPY_ASYNC && at(Tok::KwAsync)) return fail("async not supported"_msg), sb_error;
            if (accept(Tok::KwAsync) && accept(Tok::KwDef)) return open_def(s, true, decos);
            return fail_invalid(), sb_error;
        }
    }
}

bool Parser::parse_with_items(SeqBuf& items, bool parenthesized) {
    do {
        if (MBPY_SYNTAX_EXTRA && parenthesized && at(Tok::RParen) && items.len > 0) break;  // trailing comma
        withitem* w = make<withitem>(Kind::withitem, tok_);
        if (!w || !(w->context_expr = parse_expression())) return false;
        if (accept(Tok::KwAs)) {
            // A target stops at `,` `)` `:`: parse one star_target, not a tuple.
            Node* t = at(Tok::Star) ? nullptr : parse_binary();
            if (!t) return at(Tok::Star) ? (fail_invalid(), false) : false;
            if (!set_context(t, ExprContext::Store)) return false;
            w->optional_vars = t;
        }
        if (!push(items, w)) return false;
    } while (accept(Tok::Comma));
    return true;
}

uint8_t Parser::open_with(const Token& start, bool is_async) {  // after `with`
    With* n = make<With>(is_async ? Kind::AsyncWith : Kind::With, start);
    if (push_sframe(n) == sb_error) return sb_error;
    SeqBuf items;
    bool done = false;
    if (MBPY_SYNTAX_EXTRA && at(Tok::LParen)) {
        // `with (a as b, c):` vs `with (a, b) as c:` / `with (a).x:` - try the parenthesized item list
        // first and fall back to an ordinary expression (one bounded backtrack, inside brackets).
        Lexer::Mark m = lex_.mark();
        Token saved = tok_;
        advance();
        if (parse_with_items(items, true) && accept(Tok::RParen) && at(Tok::Colon)) {
            done = true;
        } else if (failed_ && !err_.msg) {
            return sb_error;  // MemoryError: do not retry
        } else {
            failed_ = false;
            err_ = Error{};
            items = SeqBuf{};
            lex_.reset(m);
            tok_ = saved;
        }
    }
    if (!done && !parse_with_items(items, false)) return sb_error;
    n->items = seq_of<withitem>(items);
    return expect(Tok::Colon) ? begin_block() : sb_error;
}

uint8_t Parser::open_def(const Token& start, bool is_async, Seq<Node> decorators) {  // after def
    FunctionDef* f = make<FunctionDef>(is_async ? Kind::AsyncFunctionDef : Kind::FunctionDef, start);
    if (!f || !(f->name = name_token()) || !expect(Tok::LParen)) return sb_error;
    f->decorator_list = decorators;
    if (push_sframe(f) == sb_error) return sb_error;
    SFrame& fr = sframes_[n_sframes_ - 1];
    fr.outer = scope_;
    fr.flags = in_class_ ? sf_in_class : 0;
    scope_ = f->name;
    if (!(f->args = parse_params(Tok::RParen, false)) || !expect(Tok::RParen)) return sb_error;
    if (accept(Tok::Arrow) && !(f->returns = parse_expression())) return sb_error;
    in_class_ = false;
    if (defs_open_++ == 0) def_mark_ = arena_->mark();
    return expect(Tok::Colon) ? begin_block() : sb_error;
}

uint8_t Parser::open_class(Seq<Node> decorators) {
    ClassDef* c = make<ClassDef>(Kind::ClassDef, tok_);
    advance();
    if (!c || !(c->name = name_token())) return sb_error;
    c->decorator_list = decorators;
    if (accept(Tok::LParen)) {
        Call* args = parse_class_args();  // through the `)`
        if (!args) return sb_error;
        c->bases = args->args;
        c->keywords = args->keywords;
    }
    if (push_sframe(c) == sb_error) return sb_error;
    SFrame& fr = sframes_[n_sframes_ - 1];
    fr.outer = scope_;
    fr.flags = in_class_ ? sf_in_class : 0;
    scope_ = c->name;
    in_class_ = true;
    return expect(Tok::Colon) ? begin_block() : sb_error;
}

// The innermost block ended: its statements go to their place, then the statement's next clause (elif,
// else, except, finally) or its end.
uint8_t Parser::end_block() {
    // As open_compound: an `else:`, `except:` or `finally:` clause follows, 720 B below this frame.
    if (!check_c_stack_room(728)) return fail_pending(), sb_error;
    SFrame& f = sframes_[n_sframes_ - 1];
    // A streamed block's statements went to the compiler: its Seq is the marker already.
    bool streamed = f.flags & sf_stream;
    Seq<Node> body = streamed ? streamed_block() : seq_from<Node>(f.base);
    if (failed_) return sb_error;
    Node* n = f.node;
    switch (n->kind) {
        case Kind::If: {
            If* i = static_cast<If*>(n);
            if (f.state == ss_else) {
                i->orelse = body;
                return complete(f.first);
            }
            i->body = body;
            if (at(Tok::KwElif)) {  // an elif is an If alone in the previous one's orelse, as in CPython
                Token t = tok_;
                advance();
                if (streamed) {  // the body ends; the elif's If comes as the else block's statement
                    i->orelse = body;
                    stream_end();
                    ++f.elifs;
                }
                If* e = make<If>(Kind::If, t);
                if (!e) return sb_error;
                if (!streamed) {
                    Node** one = static_cast<Node**>(tree_alloc(sizeof(Node*)));
                    if (!one) return sb_error;
                    one[0] = e;
                    i->orelse = {one, 1};
                }
                f.node = e;
                if (!(e->test = parse_named_expression()) || !expect(Tok::Colon)) return sb_error;
                if (streamed) stream_open(e);
                return begin_block();
            }
            if (!accept(Tok::KwElse)) return complete(f.first);
            if (streamed) {
                i->orelse = body;
                stream_end();
            }
            f.state = ss_else;
            return expect(Tok::Colon) ? begin_block() : sb_error;
        }
        case Kind::While:
        case Kind::For:
        case Kind::AsyncFor: {
            bool is_while = n->kind == Kind::While;
            Seq<Node>& orelse = is_while ? static_cast<While*>(n)->orelse : static_cast<For*>(n)->orelse;
            if (f.state == ss_else) {
                orelse = body;
                return complete(n);
            }
            (is_while ? static_cast<While*>(n)->body : static_cast<For*>(n)->body) = body;
            if (!accept(Tok::KwElse)) return complete(n);
            if (streamed) {
                orelse = body;
                stream_end();
            }
            f.state = ss_else;
            return expect(Tok::Colon) ? begin_block() : sb_error;
        }
        case Kind::Try:
        case Kind::TryStar: {
            Try* t = static_cast<Try*>(n);
            switch (f.state) {
                case ss_body:
                    t->body = body;
                    f.handlers = n_vals_;
                    break;
                case ss_handler:  // the handler is on the operand stack, under its body
                    static_cast<ExceptHandler*>(vals_[n_vals_ - 1])->body = body;
                    break;
                case ss_else: t->orelse = body; break;
                default:
                    t->finalbody = body;
                    t->handlers = seq_from<ExceptHandler>(f.handlers);
                    return failed_ ? sb_error : complete(t);
            }
            return try_clauses();
        }
        case Kind::With:
        case Kind::AsyncWith: static_cast<With*>(n)->body = body; return complete(n);
        case Kind::ClassDef: {
            static_cast<ClassDef*>(n)->body = body;
            in_class_ = f.flags & sf_in_class;
            scope_ = f.outer;
            return complete(n);
        }
        default: {  // def
            FunctionDef* d = static_cast<FunctionDef*>(n);
            d->body = body;
            --defs_open_;
            in_class_ = f.flags & sf_in_class;
            scope_ = f.outer;
            // A def inside no other def goes to the hook (the compiler compiles it now and drops its body).
            if (defs_open_ == 0 && hook_.function_parsed && !hook_error_) {
                if (!hook_.function_parsed(d, in_class_, hook_.ctx)) hook_error_ = take_exception();
                // Compiled: the body, all that the arena took since the def's header, is dropped.
                if (d->code && d->body.empty()) arena_->release(def_mark_);
            }
            return complete(d);
        }
    }
}

// After a try's body or a clause of it: the next `except` handler, `else`, `finally`, or the end.
uint8_t Parser::try_clauses() {
    SFrame& f = sframes_[n_sframes_ - 1];
    Try* t = static_cast<Try*>(f.node);
    uint32_t n_handlers = n_vals_ - f.handlers;
    if (f.state <= ss_handler && at(Tok::KwExcept)) {
        ExceptHandler* h = make<ExceptHandler>(Kind::ExceptHandler, tok_);
        if (!h) return sb_error;
        advance();
        if (f.flags & sf_bare) return fail_at(h, "default 'except' must be last"_msg), sb_error;
        bool this_star = MBPY_SYNTAX_EXTRA && accept(Tok::Star);  // except* (PEP 654)
        if (n_handlers > 0 && this_star != bool(f.flags & sf_star))
            return fail("cannot have both 'except' and 'except*' on the same 'try'"_msg), sb_error;
        if (this_star) f.flags |= sf_star;
        if (!at(Tok::Colon)) {
            if (!(h->type = parse_expression())) return sb_error;
            if (at(Tok::Comma)) return fail_invalid(), sb_error;  // `except A, B:` is Python 2
            if (accept(Tok::KwAs) && !(h->name = name_token())) return sb_error;
        } else if (this_star) {
            return fail_invalid(), sb_error;
        } else {
            f.flags |= sf_bare;
        }
        if (!expect(Tok::Colon) || !push_val(h)) return sb_error;
        f.state = ss_handler;
        return begin_block();
    }
    if (f.state <= ss_handler) {
        if (f.flags & sf_star) t->kind = Kind::TryStar;
        if (n_handlers > 0 && accept(Tok::KwElse)) {
            f.state = ss_else;
            return expect(Tok::Colon) ? begin_block() : sb_error;
        }
    }
    if (accept(Tok::KwFinally)) {
        f.state = ss_finally;
        return expect(Tok::Colon) ? begin_block() : sb_error;
    }
    if (n_handlers == 0) return fail_invalid(), sb_error;
    t->handlers = seq_from<ExceptHandler>(f.handlers);
    return failed_ ? sb_error : complete(t);
}

}  // namespace core
