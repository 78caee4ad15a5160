// Expressions: precedence levels, displays, comprehensions, calls, subscripts, lambda.
#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

namespace {

bool ends_expression_list(Tok k) {
    switch (k) {
        case Tok::Newline:
        case Tok::EndMarker:
        case Tok::Semi:
        case Tok::Equal:
        case Tok::RParen:
        case Tok::RBracket:
        case Tok::RBrace:
        case Tok::Colon:
        case Tok::KwIn:
        case Tok::KwFor:
        case Tok::KwAsync:
        case Tok::KwIf:
        case Tok::KwElse:
        case Tok::KwFrom: return true;
        default:
            return (k >= Tok::Plus && k <= Tok::RightShiftEqual && (int(k) - int(Tok::Plus)) % 2) ||
                   k == Tok::Error || k == Tok::Indent || k == Tok::Dedent;
    }
}

// Binary operator precedence (higher binds tighter); 0 = not a binary operator.
int binary_prec(Tok k) {
    switch (k) {
        case Tok::VBar: return 1;
        case Tok::Circumflex: return 2;
        case Tok::Amper: return 3;
        case Tok::LeftShift:
        case Tok::RightShift: return 4;
        case Tok::Plus:
        case Tok::Minus: return 5;
        case Tok::Star:
        case Tok::Slash:
        case Tok::DoubleSlash:
        case Tok::Percent:
        case Tok::At: return 6;
        default: return 0;
    }
}

BinaryOp binary_of(Tok k) {
    switch (k) {
        case Tok::VBar: return BinaryOp::Or;
        case Tok::Circumflex: return BinaryOp::Xor;
        case Tok::Amper: return BinaryOp::And;
        case Tok::LeftShift: return BinaryOp::LShift;
        case Tok::RightShift: return BinaryOp::RShift;
        case Tok::Plus: return BinaryOp::Add;
        case Tok::Minus: return BinaryOp::Sub;
        case Tok::Star: return BinaryOp::Mul;
        case Tok::Slash: return BinaryOp::TrueDiv;
        case Tok::DoubleSlash: return BinaryOp::FloorDiv;
        case Tok::Percent: return BinaryOp::Mod;
        case Tok::At: return BinaryOp::MatMul;
        default: return BinaryOp::Pow;
    }
}

}  // namespace

ast::Node* Parser::make_tuple(SeqBuf& elts, const Node* first, ExprContext ctx) {
    ast::List* t = make<ast::List>(Kind::Tuple, first);
    if (!t) return nullptr;
    t->elts = elts.finish<Node>();
    t->ctx = ctx;
    return t;
}

ast::Node* Parser::parse_star_expression() {
    if (!at(Tok::Star)) return parse_expression();
    Token t = tok_;
    advance();
    Starred* s = make<Starred>(Kind::Starred, t);
    if (!s || !(s->value = parse_binary(1))) return nullptr;
    return s;
}

// star_expressions: one expression, or a tuple when a comma follows (a trailing comma makes a tuple).
ast::Node* Parser::parse_star_expressions() {
    Node* first = parse_star_expression();
    if (!first || !at(Tok::Comma)) return first;
    SeqBuf elts;
    if (!push(elts, first)) return nullptr;
    while (accept(Tok::Comma)) {
        if (ends_expression_list(tok_.kind)) break;
        Node* e = parse_star_expression();
        if (!e || !push(elts, e)) return nullptr;
    }
    return make_tuple(elts, first, ExprContext::Load);
}

ast::Node* Parser::parse_yield() {
    Token t = tok_;
    advance();
    if (accept(Tok::KwFrom)) {
        Await* y = make<Await>(Kind::YieldFrom, t);
        if (!y || !(y->value = parse_expression())) return nullptr;
        return y;
    }
    Await* y = make<Await>(Kind::Yield, t);
    if (!y) return nullptr;
    if (!ends_expression_list(tok_.kind) && !at(Tok::Comma) && !(y->value = parse_star_expressions()))
        return nullptr;
    return y;
}

ast::Node* Parser::parse_yield_or_star_expressions() {
    return at(Tok::KwYield) ? parse_yield() : parse_star_expressions();
}

ast::Node* Parser::parse_named_expression() {
    Node* e = parse_expression();
    if (!e || !at(Tok::ColonEqual)) return e;
    if (e->kind != Kind::Name || (e->pad_ & node_parenthesized)) return fail("invalid syntax");
    advance();
    NamedExpr* n = make<NamedExpr>(Kind::NamedExpr, e);
    if (!n) return nullptr;
    static_cast<Name*>(e)->ctx = ExprContext::Store;
    n->target = e;
    if (!(n->value = parse_expression())) return nullptr;
    return n;
}

ast::Node* Parser::parse_expression() {
    if (!enter()) return nullptr;
    Node* r;
    if (at(Tok::KwLambda)) {
        r = parse_lambda();
    } else {
        r = parse_disjunction();
        if (r && at(Tok::KwIf)) {
            advance();
            IfExp* e = make<IfExp>(Kind::IfExp, r);
            if (e) e->body = r;
            r = e && (e->test = parse_disjunction()) && expect(Tok::KwElse) &&
                        (e->orelse = parse_expression())
                    ? e
                    : nullptr;
        }
    }
    leave();
    return r;
}

ast::Node* Parser::parse_expression_nocond() { return parse_disjunction(); }

ast::Node* Parser::parse_disjunction() {
    Node* first = parse_conjunction();
    if (!first || !at(Tok::KwOr)) return first;
    SeqBuf values;
    if (!push(values, first)) return nullptr;
    while (accept(Tok::KwOr)) {
        Node* e = parse_conjunction();
        if (!e || !push(values, e)) return nullptr;
    }
    BoolOp* b = make<BoolOp>(Kind::BoolOp, first);
    if (!b) return nullptr;
    b->op = BoolOpKind::Or;
    b->values = values.finish<Node>();
    return b;
}

ast::Node* Parser::parse_conjunction() {
    Node* first = parse_inversion();
    if (!first || !at(Tok::KwAnd)) return first;
    SeqBuf values;
    if (!push(values, first)) return nullptr;
    while (accept(Tok::KwAnd)) {
        Node* e = parse_inversion();
        if (!e || !push(values, e)) return nullptr;
    }
    BoolOp* b = make<BoolOp>(Kind::BoolOp, first);
    if (!b) return nullptr;
    b->op = BoolOpKind::And;
    b->values = values.finish<Node>();
    return b;
}

ast::Node* Parser::parse_inversion() {
    if (!at(Tok::KwNot)) return parse_comparison();
    Token t = tok_;
    advance();
    if (!enter()) return nullptr;
    ast::UnaryOp* u = make<ast::UnaryOp>(Kind::UnaryOp, t);
    Node* r = u && (u->operand = parse_inversion()) ? u : nullptr;
    if (u) u->op = UnOp::Not;
    leave();
    return r;
}

ast::Node* Parser::parse_comparison() {
    Node* left = parse_binary(1);
    if (!left) return nullptr;
    SeqBuf ops, comparators;
    for (;;) {  // each iteration consumes an operator
        CmpOp op;
        switch (tok_.kind) {
            case Tok::EqEqual: op = CmpOp::Eq; break;
            case Tok::NotEqual: op = CmpOp::NotEq; break;
            case Tok::Less: op = CmpOp::Lt; break;
            case Tok::LessEqual: op = CmpOp::LtE; break;
            case Tok::Greater: op = CmpOp::Gt; break;
            case Tok::GreaterEqual: op = CmpOp::GtE; break;
            case Tok::KwIn: op = CmpOp::In; break;
            case Tok::KwIs: op = CmpOp::Is; break;
            case Tok::KwNot: op = CmpOp::NotIn; break;
            default: goto done;
        }
        advance();
        if (op == CmpOp::NotIn && !expect(Tok::KwIn)) return nullptr;
        if (op == CmpOp::Is && accept(Tok::KwNot)) op = CmpOp::IsNot;
        Node* right = parse_binary(1);
        // ops are stored as small integers in the buffer, then copied to a byte array below.
        if (!right || !push(comparators, right) || !push(ops, reinterpret_cast<void*>(uintptr_t(op) + 1)))
            return nullptr;
    }
done:
    if (comparators.len == 0) return left;
    Compare* c = make<Compare>(Kind::Compare, left);
    if (!c) return nullptr;
    c->left = left;
    c->ops = static_cast<CmpOp*>(alloc_raw(ops.len));
    if (!c->ops) return fail_pending();
    for (uint32_t i = 0; i < ops.len; ++i) c->ops[i] = CmpOp(reinterpret_cast<uintptr_t>(ops.items[i]) - 1);
    c->comparators = comparators.finish<Node>();
    return c;
}

// Precedence climbing over | ^ & << >> + - * / // % @ (all left-associative).
ast::Node* Parser::parse_binary(int min_prec) {
    Node* left = parse_factor();
    for (;;) {
        int prec = binary_prec(tok_.kind);
        if (!left || prec == 0 || prec < min_prec) return left;
        BinaryOp op = binary_of(tok_.kind);
        advance();
        Node* right = parse_binary(prec + 1);
        if (!right) return nullptr;
        BinOp* b = make<BinOp>(Kind::BinOp, left);
        if (!b) return nullptr;
        b->left = left;
        b->op = op;
        b->right = right;
        left = b;
    }
}

ast::Node* Parser::parse_factor() {
    UnOp op;
    switch (tok_.kind) {
        case Tok::Plus: op = UnOp::UAdd; break;
        case Tok::Minus: op = UnOp::USub; break;
        case Tok::Tilde: op = UnOp::Invert; break;
        default: return parse_power();
    }
    Token t = tok_;
    advance();
    if (!enter()) return nullptr;
    ast::UnaryOp* u = make<ast::UnaryOp>(Kind::UnaryOp, t);
    Node* r = u && (u->operand = parse_factor()) ? u : nullptr;
    if (u) u->op = op;
    leave();
    return r;
}

ast::Node* Parser::parse_power() {
    Node* base;
    if (at(Tok::KwAwait)) {
        Token t = tok_;
        advance();
        Await* a = make<Await>(Kind::Await, t);
        if (!a || !(a->value = parse_primary())) return nullptr;
        base = a;
    } else {
        base = parse_primary();
    }
    if (!base || !at(Tok::DoubleStar)) return base;
    advance();
    if (!enter()) return nullptr;
    BinOp* b = make<BinOp>(Kind::BinOp, base);
    Node* r = b && (b->right = parse_factor()) ? b : nullptr;  // right-associative, binds unary on the right
    if (b) {
        b->left = base;
        b->op = BinaryOp::Pow;
    }
    leave();
    return r;
}

ast::Node* Parser::parse_primary() {
    Node* e = parse_atom();
    for (;;) {  // each iteration consumes a trailer
        if (!e) return nullptr;
        if (at(Tok::Dot)) {
            advance();
            Attribute* a = make<Attribute>(Kind::Attribute, e);
            if (!a || !(a->attr = name_token())) return nullptr;
            a->value = e;
            e = a;
        } else if (at(Tok::LParen)) {
            e = parse_call(e);
        } else if (at(Tok::LBracket)) {
            advance();
            Subscript* s = make<Subscript>(Kind::Subscript, e);
            if (!s || !(s->slice = parse_subscript()) || !expect(Tok::RBracket)) return nullptr;
            s->value = e;
            e = s;
        } else {
            return e;
        }
    }
}

ast::Node* Parser::parse_call(Node* func) {
    advance();  // (
    Call* c = make<Call>(Kind::Call, func);
    if (!c) return nullptr;
    c->func = func;
    SeqBuf args, keywords;
    if (!parse_call_args(args, keywords, Tok::RParen, &func) || !expect(Tok::RParen)) return nullptr;
    c->args = args.finish<Node>();
    c->keywords = keywords.finish<keyword>();
    return c;
}

// Arguments of a call or a class statement, up to (not including) `close`. With genexp_elt, a sole
// argument followed by `for` becomes a generator expression.
bool Parser::parse_call_args(SeqBuf& args, SeqBuf& keywords, Tok close, Node** genexp_elt) {
    bool seen_kw = false, seen_dstar = false;
    while (!at(close)) {
        Token t = tok_;
        if (accept(Tok::DoubleStar)) {
            keyword* k = make<keyword>(Kind::keyword, t);
            if (!k || !(k->value = parse_expression()) || !push(keywords, k)) return false;
            seen_dstar = true;
        } else if (at(Tok::Star)) {
            advance();
            Starred* s = make<Starred>(Kind::Starred, t);
            if (!s || !(s->value = parse_expression())) return false;
            if (seen_dstar)
                return fail_at(s, "iterable argument unpacking follows keyword argument unpacking"), false;
            if (!push(args, s)) return false;
        } else {
            Node* e = parse_named_expression();
            if (!e) return false;
            if (at(Tok::Equal)) {
                if (e->kind != Kind::Name || (e->pad_ & node_parenthesized))
                    return fail("invalid syntax"), false;
                advance();
                keyword* k = make<keyword>(Kind::keyword, e);
                if (!k || !(k->value = parse_expression()) || !push(keywords, k)) return false;
                k->arg = static_cast<Name*>(e)->id;
                seen_kw = true;
            } else if (at(Tok::KwFor) || at(Tok::KwAsync)) {
                if (!genexp_elt) return fail("invalid syntax"), false;
                Comprehension1* g = make<Comprehension1>(Kind::GeneratorExp, e);
                SeqBuf gens;
                if (!g || !parse_comp_for(gens)) return false;
                g->elt = e;
                g->generators = gens.finish<comprehension>();
                if (args.len || keywords.len || !at(close)) return fail_at(g, "invalid syntax"), false;
                return push(args, g);
            } else {
                if (seen_dstar)
                    return fail_at(e, "positional argument follows keyword argument unpacking"), false;
                if (seen_kw) return fail_at(e, "non-keyword arg after keyword arg"), false;
                if (!push(args, e)) return false;
            }
        }
        if (!accept(Tok::Comma)) break;
    }
    return true;
}

// One or more `for target in iter (if cond)*` clauses of a comprehension.
bool Parser::parse_comp_for(SeqBuf& gens) {
    while (at(Tok::KwFor) || at(Tok::KwAsync)) {
        comprehension* c = make<comprehension>(Kind::comprehension, tok_);
        if (!c) return false;
        if (accept(Tok::KwAsync)) c->is_async = true;
        if (!expect(Tok::KwFor) || !(c->target = parse_target_list()) || !expect(Tok::KwIn)) return false;
        if (!(c->iter = parse_disjunction())) return false;
        SeqBuf ifs;
        while (accept(Tok::KwIf)) {
            Node* cond = parse_disjunction();
            if (!cond || !push(ifs, cond)) return false;
        }
        c->ifs = ifs.finish<Node>();
        if (!push(gens, c)) return false;
    }
    return true;
}

// for-loop / comprehension targets: star_targets without consuming `in`.
ast::Node* Parser::parse_target_list() {
    SeqBuf elts;
    Node* first = nullptr;
    bool comma = false;
    do {
        if (first && at(Tok::KwIn)) break;  // trailing comma: `for x, in y`
        Token t = tok_;
        Node* e;
        if (accept(Tok::Star)) {
            Starred* s = make<Starred>(Kind::Starred, t);
            if (!s || !(s->value = parse_binary(1))) return nullptr;
            e = s;
        } else {
            e = parse_binary(1);
        }
        if (!e || !push(elts, e)) return nullptr;
        if (!first) first = e;
        comma = at(Tok::Comma);
    } while (accept(Tok::Comma));
    Node* target = (elts.len == 1 && !comma) ? first : make_tuple(elts, first, ExprContext::Load);
    if (!target || !set_context(target, ExprContext::Store)) return nullptr;
    return target;
}

}  // namespace core
