// Atoms (names, constants, numbers, strings: the leaves of expressions) and parameter lists.
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
        default: return fail_invalid();
    }
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
        if (args->kwarg) return fail_invalid();  // nothing may follow **kwargs
        Token t = tok_;
        if (MBPY_SYNTAX_EXTRA && accept(Tok::Slash)) {
            if (slash_seen || star_seen || pos.len == 0) return fail_invalid();
            slash_seen = true;
            for (uint32_t i = 0; i < pos.len; ++i)
                if (!push(posonly, pos.items[i])) return nullptr;
            pos = SeqBuf{};
        } else if (accept(Tok::DoubleStar)) {
            if (!(args->kwarg = parse_param(lambda, true))) return nullptr;
        } else if (accept(Tok::Star)) {
            if (star_seen) return fail_invalid();
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
                    return fail_at(a, "non-default argument follows default argument"_msg);
                }
                if (!push(pos, a)) return nullptr;
            }
        }
        (void)t;
        if (!accept(Tok::Comma)) break;
    }
    if (bare_star && kwonly.len == 0) return fail("named arguments must follow bare *"_msg);
    args->posonlyargs = seq_of<arg>(posonly);
    args->args = seq_of<arg>(pos);
    args->kwonlyargs = seq_of<arg>(kwonly);
    args->kw_defaults = seq_of<Node>(kw_defaults);
    args->defaults = seq_of<Node>(defaults);
    return args;
}

}  // namespace core
