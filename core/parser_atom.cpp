// Atoms and displays: names, literals, (tuples/genexps), [lists], {dicts/sets}, subscripts, lambda, params.
#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

ast::Node* Parser::parse_atom() {
    Token t = tok_;
    switch (t.kind) {
        case Tok::Name: {
            Name* n = make<Name>(Kind::Name, t);
            if (!n || !(n->id = name_token())) return nullptr;
            return n;
        }
        case Tok::KwTrue:
        case Tok::KwFalse:
        case Tok::KwNone:
        case Tok::Ellipsis: {
            advance();
            Constant* c = make<Constant>(Kind::Constant, t);
            if (!c) return nullptr;
            c->value = t.kind == Tok::KwNone     ? none()
                       : t.kind == Tok::Ellipsis ? ellipsis()
                                                 : py_bool(t.kind == Tok::KwTrue);
            return c;
        }
        case Tok::Number: return parse_number();
        case Tok::String: return parse_strings();
        case Tok::LParen: return parse_paren();
        case Tok::LBracket: return parse_list_display();
        case Tok::LBrace: return parse_brace_display();
        default: return fail("invalid syntax");
    }
}

// ( ) | (yield) | (expr) | (a, b) | (x for x in y) | (x := 1)
ast::Node* Parser::parse_paren() {
    Token t = tok_;
    advance();
    if (!enter()) return nullptr;
    Node* r = nullptr;
    if (accept(Tok::RParen)) {
        ast::List* e = make<ast::List>(Kind::Tuple, t);  // ()
        if (e) e->pad_ |= node_parenthesized;
        r = e;
    } else if (at(Tok::KwYield)) {
        r = parse_yield();
        if (r && !expect(Tok::RParen)) r = nullptr;
        if (r) r->pad_ |= node_parenthesized;
    } else {
        Node* first = at(Tok::Star) ? parse_star_expression() : parse_named_expression();
        if (first && (at(Tok::KwFor) || at(Tok::KwAsync))) {
            Comprehension1* g = make<Comprehension1>(Kind::GeneratorExp, t);
            SeqBuf gens;
            if (g && parse_comp_for(gens) && expect(Tok::RParen)) {
                g->elt = first;
                g->generators = gens.finish<comprehension>();
                r = g;
            }
        } else if (first && at(Tok::Comma)) {
            SeqBuf elts;
            bool ok = push(elts, first);
            while (ok && accept(Tok::Comma) && !at(Tok::RParen)) {
                Node* e = at(Tok::Star) ? parse_star_expression() : parse_named_expression();
                ok = e && push(elts, e);
            }
            if (ok && expect(Tok::RParen) && (r = make_tuple(elts, first, ExprContext::Load))) {
                r->line = t.line;
                r->col = uint16_t(t.col);
                r->pad_ |= node_parenthesized;
            }
        } else if (first && expect(Tok::RParen)) {
            first->pad_ |= node_parenthesized;
            r = first;
        }
    }
    leave();
    return r;
}

ast::Node* Parser::parse_list_display() {
    Token t = tok_;
    advance();
    if (!enter()) return nullptr;
    Node* r = nullptr;
    SeqBuf elts;
    bool ok = true;
    if (!at(Tok::RBracket)) {
        Node* first = at(Tok::Star) ? parse_star_expression() : parse_named_expression();
        ok = first != nullptr;
        if (ok && (at(Tok::KwFor) || at(Tok::KwAsync))) {
            Comprehension1* c = make<Comprehension1>(Kind::ListComp, t);
            SeqBuf gens;
            if (c && parse_comp_for(gens) && expect(Tok::RBracket)) {
                c->elt = first;
                c->generators = gens.finish<comprehension>();
                r = c;
            }
            leave();
            return r;
        }
        ok = ok && push(elts, first);
        while (ok && accept(Tok::Comma) && !at(Tok::RBracket)) {
            Node* e = at(Tok::Star) ? parse_star_expression() : parse_named_expression();
            ok = e && push(elts, e);
        }
    }
    if (ok && expect(Tok::RBracket)) {
        ast::List* l = make<ast::List>(Kind::List, t);
        if (l) l->elts = elts.finish<Node>();
        r = l;
    }
    leave();
    return r;
}

// {} {a: b, **c} {a, *b} {k: v for ...} {x for ...}
ast::Node* Parser::parse_brace_display() {
    Token t = tok_;
    advance();
    if (!enter()) return nullptr;
    Node* r = nullptr;
    SeqBuf keys, values;
    bool ok = true, is_dict = true;
    if (!at(Tok::RBrace)) {
        Node* first_key = nullptr;
        Node* first = nullptr;
        if (accept(Tok::DoubleStar)) {
            first = parse_binary(1);
            ok = first != nullptr;
        } else {
            first = at(Tok::Star) ? parse_star_expression() : parse_named_expression();
            ok = first != nullptr;
            if (ok && first->kind != Kind::Starred && accept(Tok::Colon)) {
                first_key = first;
                first = parse_expression();
                ok = first != nullptr;
            } else if (ok) {
                is_dict = false;
            }
        }
        if (ok && (at(Tok::KwFor) || at(Tok::KwAsync))) {
            if (is_dict && first_key) {
                DictComp* c = make<DictComp>(Kind::DictComp, t);
                SeqBuf gens;
                if (c && parse_comp_for(gens) && expect(Tok::RBrace)) {
                    c->key = first_key;
                    c->value = first;
                    c->generators = gens.finish<comprehension>();
                    r = c;
                }
            } else if (!is_dict && first->kind != Kind::Starred) {
                Comprehension1* c = make<Comprehension1>(Kind::SetComp, t);
                SeqBuf gens;
                if (c && parse_comp_for(gens) && expect(Tok::RBrace)) {
                    c->elt = first;
                    c->generators = gens.finish<comprehension>();
                    r = c;
                }
            } else {
                fail("invalid syntax");
            }
            leave();
            return r;
        }
        ok = ok && push(keys, first_key) && push(values, first);
        while (ok && accept(Tok::Comma) && !at(Tok::RBrace)) {
            if (is_dict) {
                Node* k = nullptr;
                Node* v;
                if (accept(Tok::DoubleStar)) {
                    v = parse_binary(1);
                } else {
                    k = parse_expression();
                    v = k && expect(Tok::Colon) ? parse_expression() : nullptr;
                }
                ok = v && push(keys, k) && push(values, v);
            } else {
                Node* e = at(Tok::Star) ? parse_star_expression() : parse_named_expression();
                ok = e && push(values, e);
            }
        }
    }
    if (ok && expect(Tok::RBrace)) {
        if (is_dict) {
            ast::Dict* d = make<ast::Dict>(Kind::Dict, t);
            if (d) {
                d->keys = keys.finish<Node>();
                d->values = values.finish<Node>();
            }
            r = d;
        } else {
            ast::Set* s = make<ast::Set>(Kind::Set, t);
            if (s) s->elts = values.finish<Node>();
            r = s;
        }
    }
    leave();
    return r;
}

// One subscript item: a slice `lo:hi:step` (any part optional), a starred expression, or an expression.
ast::Node* Parser::parse_slice_item() {
    Token t = tok_;
    if (at(Tok::Star)) return parse_star_expression();
    Node* lower = nullptr;
    if (!at(Tok::Colon)) {
        lower = parse_named_expression();
        if (!lower || !at(Tok::Colon)) return lower;
    }
    advance();  // :
    ast::Slice* s = make<ast::Slice>(Kind::Slice, t);
    if (!s) return nullptr;
    s->lower = lower;
    if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RBracket) && !(s->upper = parse_expression()))
        return nullptr;
    if (accept(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RBracket) && !(s->step = parse_expression()))
        return nullptr;
    return s;
}

ast::Node* Parser::parse_subscript() {
    if (!enter()) return nullptr;
    Node* first = parse_slice_item();
    Node* r = first;
    if (first && (at(Tok::Comma) || first->kind == Kind::Starred)) {  // a[*b] is a[(*b,)]
        SeqBuf elts;
        bool ok = push(elts, first);
        while (ok && accept(Tok::Comma) && !at(Tok::RBracket)) {
            Node* e = parse_slice_item();
            ok = e && push(elts, e);
        }
        r = ok ? make_tuple(elts, first, ExprContext::Load) : nullptr;
    }
    leave();
    return r;
}

ast::Node* Parser::parse_lambda() {
    Token t = tok_;
    advance();
    Lambda* l = make<Lambda>(Kind::Lambda, t);
    if (!l || !(l->args = parse_params(Tok::Colon, true)) || !expect(Tok::Colon)) return nullptr;
    if (!(l->body = parse_expression())) return nullptr;
    return l;
}

ast::arg* Parser::parse_param(bool lambda, bool allow_annotation) {
    arg* a = make<arg>(Kind::arg, tok_);
    if (!a || !(a->name = name_token())) return nullptr;
    if (!lambda && allow_annotation && accept(Tok::Colon) && !(a->annotation = parse_expression()))
        return nullptr;
    return a;
}

// Parameters of a def (up to `)`) or a lambda (up to `:`), with CPython's ordering rules.
ast::arguments* Parser::parse_params(Tok close, bool lambda) {
    arguments* args = make<arguments>(Kind::arguments, tok_);
    if (!args) return nullptr;
    SeqBuf posonly, pos, kwonly, kw_defaults, defaults;
    bool star_seen = false, slash_seen = false, bare_star = false;
    while (!at(close)) {
        if (args->kwarg) return fail("invalid syntax");  // nothing may follow **kwargs
        Token t = tok_;
        if (accept(Tok::Slash)) {
            if (slash_seen || star_seen || pos.len == 0) return fail("invalid syntax");
            slash_seen = true;
            for (uint32_t i = 0; i < pos.len; ++i)
                if (!push(posonly, pos.items[i])) return nullptr;
            pos = SeqBuf{};
        } else if (accept(Tok::DoubleStar)) {
            if (!(args->kwarg = parse_param(lambda, true))) return nullptr;
        } else if (accept(Tok::Star)) {
            if (star_seen) return fail("invalid syntax");
            star_seen = true;
            if (at(Tok::Comma) || at(close)) {
                bare_star = true;
            } else if (!(args->vararg = parse_param(lambda, true))) {
                return nullptr;
            }
        } else {
            arg* a = parse_param(lambda, true);
            if (!a) return nullptr;
            Node* def = nullptr;
            if (accept(Tok::Equal) && !(def = parse_expression())) return nullptr;
            if (star_seen) {
                if (!push(kwonly, a) || !push(kw_defaults, def)) return nullptr;
            } else {
                if (def) {
                    if (!push(defaults, def)) return nullptr;
                } else if (defaults.len > 0) {
                    return fail_at(a, "non-default argument follows default argument");
                }
                if (!push(pos, a)) return nullptr;
            }
        }
        (void)t;
        if (!accept(Tok::Comma)) break;
    }
    if (bare_star && kwonly.len == 0) return fail("named arguments must follow bare *");
    args->posonlyargs = posonly.finish<arg>();
    args->args = pos.finish<arg>();
    args->kwonlyargs = kwonly.finish<arg>();
    args->kw_defaults = kw_defaults.finish<Node>();
    args->defaults = defaults.finish<Node>();
    return args;
}

}  // namespace core
