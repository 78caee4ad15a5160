// Compound statements: if/while/for/try/with, def and class with decorators, async forms.
#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

ast::Node* Parser::parse_compound() {
    Token t = tok_;
    switch (t.kind) {
        case Tok::KwIf: advance(); return parse_if(t);
        case Tok::KwWhile: return parse_while();
        case Tok::KwFor: advance(); return parse_for(t, false);
        case Tok::KwTry: return parse_try();
        case Tok::KwWith: advance(); return parse_with(t, false);
        case Tok::KwDef: advance(); return parse_funcdef(t, false, {});
        case Tok::KwClass: return parse_classdef({});
        case Tok::At: return parse_decorated();
        case Tok::KwAsync:
            advance();
            if (accept(Tok::KwDef)) return parse_funcdef(t, true, {});
            if (accept(Tok::KwFor)) return parse_for(t, true);
            if (accept(Tok::KwWith)) return parse_with(t, true);
            return fail("invalid syntax");
        default: return fail("invalid syntax");
    }
}

// if/elif/else. An elif chain is built in a loop (generated code can have hundreds of branches): each
// `elif` becomes an If that is the only statement of the previous one's orelse, as in CPython.
ast::Node* Parser::parse_if(const Token& kw) {  // after `if`
    If* first = nullptr;
    If* last = nullptr;
    Token t = kw;
    for (;;) {
        If* n = make<If>(Kind::If, t);
        if (!n || !(n->test = parse_named_expression()) || !expect(Tok::Colon) || !parse_block(&n->body))
            return nullptr;
        if (last) {
            SeqBuf orelse;
            if (!push(orelse, n)) return nullptr;
            last->orelse = orelse.finish<Node>();
        } else {
            first = n;
        }
        last = n;
        if (!at(Tok::KwElif)) break;
        t = tok_;
        advance();
    }
    if (accept(Tok::KwElse) && (!expect(Tok::Colon) || !parse_block(&last->orelse))) return nullptr;
    return first;
}

ast::Node* Parser::parse_while() {
    While* n = make<While>(Kind::While, tok_);
    advance();
    if (!n || !(n->test = parse_named_expression()) || !expect(Tok::Colon) || !parse_block(&n->body))
        return nullptr;
    if (accept(Tok::KwElse) && (!expect(Tok::Colon) || !parse_block(&n->orelse))) return nullptr;
    return n;
}

ast::Node* Parser::parse_for(const Token& start, bool is_async) {  // after `for`
    For* n = make<For>(is_async ? Kind::AsyncFor : Kind::For, start);
    if (!n || !(n->target = parse_target_list()) || !expect(Tok::KwIn)) return nullptr;
    if (!(n->iter = parse_star_expressions()) || !expect(Tok::Colon) || !parse_block(&n->body))
        return nullptr;
    if (accept(Tok::KwElse) && (!expect(Tok::Colon) || !parse_block(&n->orelse))) return nullptr;
    return n;
}

ast::Node* Parser::parse_try() {
    Try* n = make<Try>(Kind::Try, tok_);
    advance();
    if (!n || !expect(Tok::Colon) || !parse_block(&n->body)) return nullptr;
    SeqBuf handlers;
    bool star = false, bare_seen = false;
    while (at(Tok::KwExcept)) {
        ExceptHandler* h = make<ExceptHandler>(Kind::ExceptHandler, tok_);
        if (!h) return nullptr;
        advance();
        if (bare_seen) return fail_at(h, "default 'except' must be last");
        bool this_star = accept(Tok::Star);
        if (handlers.len > 0 && this_star != star) {
            return fail("cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = this_star;
        if (!at(Tok::Colon)) {
            if (!(h->type = parse_expression())) return nullptr;
            if (at(Tok::Comma)) {  // `except A, B:` is Python 2
                return fail("invalid syntax");
            }
            if (accept(Tok::KwAs) && !(h->name = name_token())) return nullptr;
        } else if (star) {
            return fail("invalid syntax");
        } else {
            bare_seen = true;
        }
        if (!expect(Tok::Colon) || !parse_block(&h->body) || !push(handlers, h)) return nullptr;
    }
    if (star) n->kind = Kind::TryStar;
    n->handlers = handlers.finish<ExceptHandler>();
    if (handlers.len > 0 && accept(Tok::KwElse)) {
        if (!expect(Tok::Colon) || !parse_block(&n->orelse)) return nullptr;
    }
    if (accept(Tok::KwFinally)) {
        if (!expect(Tok::Colon) || !parse_block(&n->finalbody)) return nullptr;
    } else if (handlers.len == 0) {
        return fail("invalid syntax");
    }
    return n;
}

bool Parser::parse_with_items(SeqBuf& items, bool parenthesized) {
    do {
        if (parenthesized && at(Tok::RParen) && items.len > 0) break;  // trailing comma
        withitem* w = make<withitem>(Kind::withitem, tok_);
        if (!w || !(w->context_expr = parse_expression())) return false;
        if (accept(Tok::KwAs)) {
            // A target stops at `,` `)` `:`: parse one star_target, not a tuple.
            Node* t = at(Tok::Star) ? nullptr : parse_binary(1);
            if (!t) return at(Tok::Star) ? (fail("invalid syntax"), false) : false;
            if (!set_context(t, ExprContext::Store)) return false;
            w->optional_vars = t;
        }
        if (!push(items, w)) return false;
    } while (accept(Tok::Comma));
    return true;
}

ast::Node* Parser::parse_with(const Token& start, bool is_async) {  // after `with`
    With* n = make<With>(is_async ? Kind::AsyncWith : Kind::With, start);
    if (!n) return nullptr;
    SeqBuf items;
    bool done = false;
    if (at(Tok::LParen)) {
        // `with (a as b, c):` vs `with (a, b) as c:` / `with (a).x:` - try the parenthesized item list
        // first and fall back to an ordinary expression (one bounded backtrack, inside brackets).
        Lexer::Mark m = lex_.mark();
        Token saved = tok_;
        advance();
        if (parse_with_items(items, true) && accept(Tok::RParen) && at(Tok::Colon)) {
            done = true;
        } else if (failed_ && !err_.msg) {
            return nullptr;  // MemoryError: do not retry
        } else {
            failed_ = false;
            err_ = Error{};
            items = SeqBuf{};
            lex_.reset(m);
            tok_ = saved;
        }
    }
    if (!done && !parse_with_items(items, false)) return nullptr;
    n->items = items.finish<withitem>();
    if (!expect(Tok::Colon) || !parse_block(&n->body)) return nullptr;
    return n;
}

ast::Node* Parser::parse_decorated() {
    SeqBuf decorators;
    while (accept(Tok::At)) {  // bounded: each iteration consumes `@`
        Node* d = parse_named_expression();
        if (!d || !push(decorators, d) || !expect(Tok::Newline)) return nullptr;
    }
    Seq<Node> decos = decorators.finish<Node>();
    Token t = tok_;
    if (accept(Tok::KwDef)) return parse_funcdef(t, false, decos);
    if (at(Tok::KwClass)) return parse_classdef(decos);
    if (accept(Tok::KwAsync) && accept(Tok::KwDef)) return parse_funcdef(t, true, decos);
    return fail("invalid syntax");
}

ast::Node* Parser::parse_funcdef(const Token& start, bool is_async, Seq<Node> decorators) {  // after def
    FunctionDef* f = make<FunctionDef>(is_async ? Kind::AsyncFunctionDef : Kind::FunctionDef, start);
    if (!f || !(f->name = name_token()) || !expect(Tok::LParen)) return nullptr;
    f->decorator_list = decorators;
    const Str* outer = scope_;
    scope_ = f->name;
    if (!(f->args = parse_params(Tok::RParen, false)) || !expect(Tok::RParen)) return nullptr;
    if (accept(Tok::Arrow) && !(f->returns = parse_expression())) return nullptr;
    bool was_in_class = in_class_;
    in_class_ = false;
    ++defs_open_;
    bool ok = expect(Tok::Colon) && parse_block(&f->body);
    --defs_open_;
    in_class_ = was_in_class;
    if (!ok) return nullptr;
    scope_ = outer;
    if (defs_open_ == 0 && hook_.function_parsed && !hook_error_ &&
        !hook_.function_parsed(f, in_class_, hook_.ctx))
        hook_error_ = take_exception();
    return f;
}

ast::Node* Parser::parse_classdef(Seq<Node> decorators) {
    ClassDef* c = make<ClassDef>(Kind::ClassDef, tok_);
    advance();
    if (!c || !(c->name = name_token())) return nullptr;
    c->decorator_list = decorators;
    if (accept(Tok::LParen)) {
        SeqBuf bases, keywords;
        if (!parse_call_args(bases, keywords, Tok::RParen, nullptr) || !expect(Tok::RParen)) return nullptr;
        c->bases = bases.finish<Node>();
        c->keywords = keywords.finish<keyword>();
    }
    const Str* outer = scope_;
    scope_ = c->name;
    bool was_in_class = in_class_;
    in_class_ = true;
    bool ok = expect(Tok::Colon) && parse_block(&c->body);
    in_class_ = was_in_class;
    if (!ok) return nullptr;
    scope_ = outer;
    return c;
}

}  // namespace core
