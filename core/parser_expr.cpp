// Expressions without C recursion: precedence climbing over an explicit operator stack, and every open
// bracket, argument list, comprehension or target list a frame on an explicit stack, all in the GC heap.
// The C stack stays the same however deep the expression nests (docs/parser.md).
#include "core/gc.hpp"
#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

namespace {

// Operator stack entries. The markers stand for a construct whose operand is being parsed: they bound
// the operators that later tokens may reduce, and are reduced only when their construct ends.
enum XOpKind : uint8_t {
    x_lambda,    // a Lambda node (on the operand stack) waits for its body
    x_ifcond,    // `body if` waits for the condition (a disjunction) and `else`
    x_ifelse,    // `body if cond else` waits for the alternative
    x_walrus,    // `name :=` waits for the value
    x_star,      // `*` waits for the Starred's value
    x_dstar_kw,  // `**` in a call waits for the value of a keyword without a name
    x_first_op,  // operators from here on
    x_or = x_first_op,
    x_and,
    x_not,
    x_cmp,
    x_bin,
    x_unary,
    x_pow,
    x_await,
};

// Grammar levels of an item: what may follow an operand before the item ends.
enum Level : uint8_t {
    lv_binary,  // or_expr: binary operators only (targets, the operand of `*`)
    lv_disj,    // disjunction: also comparisons, not, and, or
    lv_expr,    // expression: also `x if c else y`, and lambda at its start
    lv_named,   // named_expression: also `name := value`
};

// What an operand may start with (Parser::oflags_).
enum : uint8_t { of_prefix = 1, of_not = 2, of_lambda = 4 };

enum FrameKind : uint8_t {
    fk_single,      // one expression at a level (an entry)
    fk_star_exprs,  // star_expressions: a tuple when there is a comma
    fk_yield,       // yield [from] value
    fk_targets,     // a for-loop or comprehension target list
    fk_paren,       // ( ... )       these five leave their node as an operand of the item around them
    fk_list,        // [ ... ]
    fk_brace,       // { ... }
    fk_call,        // f( ... )
    fk_subscript,   // a[ ... ]
    fk_class_args,  // class C( ... ): an entry, a Call without func
    fk_comp,        // for ... in ... if ...: the generators of a comprehension
};

inline bool is_bracket(uint8_t k) { return k >= fk_paren && k <= fk_subscript; }

// States of the frames (XFrame::state): what the item being parsed is.
enum : uint8_t {
    st_item,    // an element (or the sole item)
    st_first,   // the first element of a display
    st_genexp,  // the comprehension after the first element
    st_yield,   // (yield ...)
    st_key,     // dict: a key
    st_value,   // dict: a value; call: a keyword's value
    st_dstar,   // dict: the operand of `**`
    st_first_value,
    st_first_dstar,
    st_slice_lower,
    st_slice_upper,
    st_slice_step,
    st_target,  // comprehension: the target list, the iterable, a condition
    st_iter,
    st_cond,
    st_yield_from,
    st_yield_value,
};

// Frame flags (XFrame::flags).
enum : uint8_t {
    ff_comma = 1,       // star_expressions, targets, subscripts: a comma was seen (a tuple)
    ff_dict = 2,        // brace: a dict display
    ff_seen_kw = 4,     // call: a keyword argument was seen
    ff_seen_dstar = 8,  // call: `**` was seen
    ff_set_first = 16,  // brace: the first item was a set element
};

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
#if MBPY_SYNTAX_EXTRA
        case Tok::At:
#endif
            return 6;
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
#if MBPY_SYNTAX_EXTRA
        case Tok::At: return BinaryOp::MatMul;
#endif
        default: return BinaryOp::Pow;
    }
}

// Operator precedence on the stack: or 1, and 2, not 3, comparisons 4, | ^ & << + * 5-10, unary 11,
// ** 12, await 13; markers 0 (nothing reduces them but the end of their construct).
int prec_of(const XOp& e) {
    switch (e.op) {
        case x_or: return 1;
        case x_and: return 2;
        case x_not: return 3;
        case x_cmp: return 4;
        case x_bin: return 4 + binary_prec(Tok(e.arg));
        case x_unary: return 11;
        case x_pow: return 12;
        case x_await: return 13;
        default: return 0;
    }
}

uint8_t level_flags(uint8_t level) {
    return level == lv_binary ? of_prefix
           : level == lv_disj ? of_prefix | of_not
                              : of_prefix | of_not | of_lambda;
}

template <class T>
bool grow(T*& items, uint32_t& cap, uint32_t need) {
    if (need <= cap) return true;
    uint32_t ncap = cap ? cap * 2 : 16;
    while (ncap < need) ncap *= 2;
    void* n = items ? realloc_raw(items, ncap * sizeof(T)) : alloc_raw(ncap * sizeof(T));
    if (!n) return false;
    items = static_cast<T*>(n);
    cap = ncap;
    return true;
}

}  // namespace

ast::Node* Parser::make_tuple(SeqBuf& elts, const Node* first, ExprContext ctx) {
    ast::List* t = make<ast::List>(Kind::Tuple, first);
    if (!t) return nullptr;
    t->elts = seq_of<Node>(elts);
    t->ctx = ctx;
    return t;
}

// A List, Tuple or Set at (line, col) whose elements are the operands from `from` (popped); null when
// failed. One body for the displays, target lists and subscripts that end with one.
ast::Node* Parser::elts_node(Kind k, uint32_t line, uint32_t col, uint32_t from) {
    ast::List* l = make<ast::List>(k, line, col);
    if (!l) return nullptr;
    l->elts = seq_from<Node>(from);
    return failed_ ? nullptr : l;
}

// A ListComp, SetComp or GeneratorExp at (line, col): its element is the operand at `from`, its
// generators the operands above it (all popped); null when failed.
ast::Node* Parser::comp1_node(Kind k, uint32_t line, uint32_t col, uint32_t from) {
    Comprehension1* c = make<Comprehension1>(k, line, col);
    if (!c) return nullptr;
    c->elt = vals_[from];
    c->generators = seq_from<comprehension>(from + 1);
    --n_vals_;
    return failed_ ? nullptr : c;
}

// ---- the stacks ------------------------------------------------------------------------------------

bool Parser::push_val(Node* n) {
    if (n_vals_ == cap_vals_ && !grow(vals_, cap_vals_, n_vals_ + 1)) return fail_pending(), false;
    vals_[n_vals_++] = n;
    return true;
}

bool Parser::push_op(uint8_t op, uint8_t arg, const Token& t) {
    // Prefix operators and markers nest: they count against the nesting budget, binary operators
    // (at most one per precedence level at a time) do not.
    if (op < x_first_op || op == x_not || op == x_unary || op == x_await) {
        if (++depth_ > max_depth) return too_deep();
    }
    if (n_xops_ == cap_xops_ && !grow(xops_, cap_xops_, n_xops_ + 1)) return fail_pending(), false;
    xops_[n_xops_++] = XOp{op, arg, uint16_t(t.col > 0xFFFF ? 0xFFFF : t.col), t.line};
    return true;
}

// The level of what is being parsed: set by the innermost open marker of the current item, else by the
// frame.
uint8_t Parser::cur_level() const {
    const XFrame& f = frames_[n_frames_ - 1];
    for (uint32_t i = n_xops_; i > f.ops; --i) {
        switch (xops_[i - 1].op) {
            case x_ifcond: return lv_disj;
            case x_lambda:
            case x_ifelse:
            case x_walrus: return lv_expr;
            case x_star:
            case x_dstar_kw: return f.level;
            default: break;
        }
    }
    return f.level;
}

// Reduces the top operator (with the operators of the same kind below it, for and/or/comparisons).
bool Parser::reduce_one() {
    XOp e = xops_[n_xops_ - 1];
    switch (e.op) {
        case x_or:
        case x_and:
        case x_cmp: {
            uint32_t k = 1;
            uint32_t floor = top_frame().ops;
            while (n_xops_ - k > floor && xops_[n_xops_ - k - 1].op == e.op) ++k;
            uint32_t first = n_vals_ - k - 1;
            Node* left = vals_[first];
            if (e.op == x_cmp) {
                Compare* c = make<Compare>(Kind::Compare, left);
                if (!c) return false;
                c->left = left;
                c->ops = static_cast<CmpOp*>(tree_alloc(k));
                if (!c->ops) return false;
                for (uint32_t i = 0; i < k; ++i) c->ops[i] = CmpOp(xops_[n_xops_ - k + i].arg);
                c->comparators = seq_from<Node>(first + 1);
                if (failed_) return false;
                vals_[first] = c;
            } else {
                BoolOp* b = make<BoolOp>(Kind::BoolOp, left);
                if (!b) return false;
                b->op = e.op == x_and ? BoolOpKind::And : BoolOpKind::Or;
                b->values = seq_from<Node>(first);
                if (failed_) return false;
                vals_[n_vals_++] = b;
            }
            n_xops_ -= k;
            return true;
        }
        case x_bin:
        case x_pow: {
            Node* right = vals_[--n_vals_];
            Node* left = vals_[n_vals_ - 1];
            BinOp* b = make<BinOp>(Kind::BinOp, left);
            if (!b) return false;
            b->left = left;
            b->op = e.op == x_pow ? BinaryOp::Pow : binary_of(Tok(e.arg));
            b->right = right;
            vals_[n_vals_ - 1] = b;
            --n_xops_;
            return true;
        }
        case x_ifcond: return fail_invalid(), false;  // the `else` never came
        default: break;
    }
    // Prefix operators and markers: one operand, a node at the operator's position.
    --n_xops_;
    --depth_;
    Node* operand = vals_[n_vals_ - 1];
    Node* r;
    switch (e.op) {
        case x_not:
        case x_unary: {
            ast::UnaryOp* u = make<ast::UnaryOp>(Kind::UnaryOp, e.line, e.col);
            if (!u) return false;
            u->op = e.op == x_not ? UnOp::Not : UnOp(e.arg);
            u->operand = operand;
            r = u;
            break;
        }
        case x_await:
        case x_star:
        case x_dstar_kw: {
            if (e.op == x_dstar_kw) {
                keyword* k = make<keyword>(Kind::keyword, e.line, e.col);
                if (!k) return false;
                k->value = operand;
                r = k;
            } else if (e.op == x_star) {
                Starred* s = make<Starred>(Kind::Starred, e.line, e.col);
                if (!s) return false;
                s->value = operand;
                r = s;
            } else {
                Await* a = make<Await>(Kind::Await, e.line, e.col);
                if (!a) return false;
                a->value = operand;
                r = a;
            }
            break;
        }
        case x_lambda: {
            --n_vals_;
            static_cast<Lambda*>(vals_[n_vals_ - 1])->body = operand;
            return true;
        }
#if MBPY_WALRUS
        case x_walrus: {
            Node* target = vals_[n_vals_ - 2];
            NamedExpr* n = make<NamedExpr>(Kind::NamedExpr, target);
            if (!n) return false;
            n->target = target;
            n->value = operand;
            --n_vals_;
            r = n;
            break;
        }
#endif
        default: {  // x_ifelse: body, test, orelse
            Node* body = vals_[n_vals_ - 3];
            IfExp* x = make<IfExp>(Kind::IfExp, body);
            if (!x) return false;
            x->body = body;
            x->test = vals_[n_vals_ - 2];
            x->orelse = operand;
            n_vals_ -= 2;
            r = x;
            break;
        }
    }
    vals_[n_vals_ - 1] = r;
    return true;
}

// Reduces the current item's operators of precedence >= min_prec, stopping at a marker or at an
// operator of kind `stop` (and, or and comparisons gather their operands instead of nesting).
bool Parser::reduce_above(int min_prec, uint8_t stop) {
    uint32_t floor = top_frame().ops;
    while (n_xops_ > floor) {
        const XOp& e = xops_[n_xops_ - 1];
        if (e.op == stop) return true;
        int p = prec_of(e);
        if (p < min_prec) return true;
        if (!reduce_one()) return false;
    }
    return true;
}

// ---- the machine -----------------------------------------------------------------------------------

// Runs the machine from an entry frame until that frame is complete. Nested only through lambda
// parameters' defaults (parse_params) and f-string fields (their own parser), never per nesting level.
ast::Node* Parser::parse_expr(uint8_t entry, uint8_t level) {
    if (failed_) return nullptr;
    gc::note_stack_depth();
    if (!check_c_stack()) return fail_pending();
    uint32_t f0 = n_frames_, v0 = n_vals_, o0 = n_xops_, e0 = entry_frame_;
    int d0 = depth_;
    uint8_t oflags0 = oflags_;
    entry_frame_ = f0;
    if (entry == fk_yield && !at(Tok::KwYield)) entry = fk_star_exprs;
    Next nx = open_frame(entry, st_item, tok_);
    if (nx != nx_error) {
        if (entry == fk_yield || entry == fk_class_args)
            nx = item_done(nullptr);  // the frame looks at its first token itself
        else if (entry == fk_star_exprs || entry == fk_targets)
            nx = begin_star_item(false);
        else
            nx = begin_item(level);
    }
    Node* result = nullptr;
    for (;;) {
        switch (nx) {
            case nx_operand: nx = operand_step(); continue;
            case nx_operator: nx = operator_step(); continue;
            case nx_deliver: nx = item_done(vals_[--n_vals_]); continue;
            case nx_done: result = vals_[--n_vals_]; break;
            case nx_error: break;
        }
        break;
    }
    if (failed_) result = nullptr;
    n_frames_ = f0;
    n_vals_ = v0;
    n_xops_ = o0;
    depth_ = d0;
    entry_frame_ = e0;
    oflags_ = oflags0;
    return result;
}

Parser::Next Parser::open_frame(uint8_t kind, uint8_t state, const Token& t) {
    if (++depth_ > max_depth) return too_deep(), nx_error;
    if (n_frames_ == cap_frames_ && !grow(frames_, cap_frames_, n_frames_ + 1))
        return fail_pending(), nx_error;
    frames_[n_frames_++] =
        XFrame{kind,    state, lv_expr, 0, uint16_t(n_xops_), uint16_t(t.col > 0xFFFF ? 0xFFFF : t.col),
               n_vals_, t.line};
    return nx_operand;
}

Parser::Next Parser::begin_item(uint8_t level) {
    XFrame& f = top_frame();
    f.level = level;
    f.ops = uint16_t(n_xops_);
    oflags_ = level_flags(level);
    return nx_operand;
}

// star_expression (`named` false: `*` or_expr | expression) or star_named_expression (`named` true).
Parser::Next Parser::begin_star_item(bool named) {
    XFrame& f = top_frame();
    f.ops = uint16_t(n_xops_);
    if (at(Tok::Star)) {
        f.level = lv_binary;
        if (!push_op(x_star, 0, tok_)) return nx_error;
        advance();
        oflags_ = of_prefix;
        return nx_operand;
    }
    if (f.kind == fk_targets) return begin_item(lv_binary);
    return begin_item(named ? lv_named : lv_expr);
}

// The top frame is complete with `result`: it becomes an operand of the item around it (brackets), goes
// to the frame below (the other kinds), or ends the machine.
Parser::Next Parser::finish(Node* result) {
    if (!result) return nx_error;
    uint8_t kind = top_frame().kind;
    --n_frames_;
    --depth_;
    if (!push_val(result)) return nx_error;
    if (n_frames_ == entry_frame_) return nx_done;
    return is_bracket(kind) ? nx_operator : nx_deliver;
}

Parser::Next Parser::operand_step() {
    switch (tok_.kind) {
        case Tok::Minus:
        case Tok::Plus:
        case Tok::Tilde: {
            if (!(oflags_ & of_prefix)) break;
            UnOp op = at(Tok::Minus) ? UnOp::USub : at(Tok::Plus) ? UnOp::UAdd : UnOp::Invert;
            if (!push_op(x_unary, uint8_t(op), tok_)) return nx_error;
            advance();
            oflags_ = of_prefix;
            return nx_operand;
        }
        case Tok::KwNot:
            if (!(oflags_ & of_not)) break;
            if (!push_op(x_not, 0, tok_)) return nx_error;
            advance();
            oflags_ = of_prefix | of_not;
            return nx_operand;
        case Tok::KwAwait:
            if (!MBPY_ASYNC) return fail("async not supported"_msg), nx_error;
            if (!(oflags_ & of_prefix)) break;
            if (!push_op(x_await, 0, tok_)) return nx_error;
            advance();
            oflags_ = 0;  // a primary must follow
            return nx_operand;
        case Tok::KwLambda:
            if (!(oflags_ & of_lambda)) break;
            return open_lambda();
        case Tok::LParen:
        case Tok::LBracket:
        case Tok::LBrace: return open_brackets();
        default: break;
    }
    Node* a = parse_atom();
    if (!a || !push_val(a)) return nx_error;
    return nx_operator;
}

Parser::Next Parser::operator_step() {
    Tok k = tok_.kind;
    switch (k) {
        case Tok::Dot: {  // trailers bind tightest: they apply to the operand just parsed
            advance();
            Node* e = vals_[n_vals_ - 1];
            Attribute* a = make<Attribute>(Kind::Attribute, e);
            if (!a || !(a->attr = name_token())) return nx_error;
            a->value = e;
            vals_[n_vals_ - 1] = a;
            return nx_operator;
        }
        case Tok::LParen: return open_call();
        case Tok::LBracket: return open_subscript();
        case Tok::DoubleStar:  // right-associative; binds tighter than a unary operator on its left
            if (!reduce_above(13, 0xFF) || !push_op(x_pow, 0, tok_)) return nx_error;
            advance();
            oflags_ = of_prefix;
            return nx_operand;
        default: break;
    }
    if (int p = binary_prec(k)) {
        if (!reduce_above(4 + p, 0xFF) || !push_op(x_bin, uint8_t(k), tok_)) return nx_error;
        advance();
        oflags_ = of_prefix;
        return nx_operand;
    }
    uint8_t level = cur_level();
    if (level >= lv_disj) {
        CmpOp op;
        switch (k) {
            case Tok::EqEqual: op = CmpOp::Eq; break;
            case Tok::NotEqual: op = CmpOp::NotEq; break;
            case Tok::Less: op = CmpOp::Lt; break;
            case Tok::LessEqual: op = CmpOp::LtE; break;
            case Tok::Greater: op = CmpOp::Gt; break;
            case Tok::GreaterEqual: op = CmpOp::GtE; break;
            case Tok::KwIn: op = CmpOp::In; break;
            case Tok::KwIs: op = CmpOp::Is; break;
            case Tok::KwNot: op = CmpOp::NotIn; break;
            case Tok::KwAnd:
            case Tok::KwOr: {
                uint8_t x = k == Tok::KwAnd ? x_and : x_or;
                if (!reduce_above(x == x_and ? 2 : 1, x) || !push_op(x, 0, tok_)) return nx_error;
                advance();
                oflags_ = of_prefix | of_not;
                return nx_operand;
            }
            default: goto not_comparison;
        }
        Token t = tok_;
        advance();
        if (op == CmpOp::NotIn && !expect(Tok::KwIn)) return nx_error;
        if (op == CmpOp::Is && accept(Tok::KwNot)) op = CmpOp::IsNot;
        if (!reduce_above(4, x_cmp) || !push_op(x_cmp, uint8_t(op), t)) return nx_error;
        oflags_ = of_prefix;
        return nx_operand;
    }
not_comparison:
    if (k == Tok::KwIf && level >= lv_expr) {  // `body if cond else orelse`
        if (!reduce_above(1, 0xFF) || !push_op(x_ifcond, 0, tok_)) return nx_error;
        advance();
        oflags_ = of_prefix | of_not;
        return nx_operand;
    }
    if (k == Tok::KwElse && level == lv_disj) {
        uint32_t i = n_xops_;
        while (i > top_frame().ops && xops_[i - 1].op >= x_first_op) --i;
        if (i > top_frame().ops && xops_[i - 1].op == x_ifcond) {
            if (!reduce_above(1, 0xFF)) return nx_error;
            xops_[n_xops_ - 1].op = x_ifelse;
            advance();
            oflags_ = of_prefix | of_not | of_lambda;
            return nx_operand;
        }
    }
    if (!MBPY_WALRUS && k == Tok::ColonEqual)
        return fail("assignment expressions not supported"_msg), nx_error;
    if (k == Tok::ColonEqual && top_frame().level == lv_named) {  // named_expression
        if (!reduce_above(0, 0xFF)) return nx_error;              // the expression before `:=` is complete
        Node* e = vals_[n_vals_ - 1];
        if (e->kind != Kind::Name || (e->pad_ & node_parenthesized)) return fail_invalid(), nx_error;
        static_cast<Name*>(e)->ctx = ExprContext::Store;
        if (!push_op(x_walrus, 0, tok_)) return nx_error;
        advance();
        oflags_ = of_prefix | of_not | of_lambda;
        return nx_operand;
    }
    return item_end();
}

// The current item ends at this token: reduce it to one node and hand it to its frame.
Parser::Next Parser::item_end() {
    uint32_t floor = top_frame().ops;
    while (n_xops_ > floor)
        if (!reduce_one()) return nx_error;
    return item_done(vals_[--n_vals_]);
}

Parser::Next Parser::open_lambda() {
    Token t = tok_;
    advance();
    Lambda* l = make<Lambda>(Kind::Lambda, t);
    if (!l || !(l->args = parse_params(Tok::Colon, true)) || !expect(Tok::Colon)) return nx_error;
    if (!push_val(l) || !push_op(x_lambda, 0, t)) return nx_error;
    oflags_ = of_prefix | of_not | of_lambda;
    return nx_operand;
}

// ( [ { as an atom.
Parser::Next Parser::open_brackets() {
    Token t = tok_;
    uint8_t kind = at(Tok::LParen) ? fk_paren : at(Tok::LBracket) ? fk_list : fk_brace;
    advance();
    if (open_frame(kind, st_first, t) == nx_error) return nx_error;
    if (kind == fk_paren) {
        if (accept(Tok::RParen)) {  // ()
            ast::List* e = make<ast::List>(Kind::Tuple, t);
            if (e) e->pad_ |= node_parenthesized;
            return finish(e);
        }
        if (at(Tok::KwYield)) {
            top_frame().state = st_yield;
            return open_frame(fk_yield, st_item, tok_) == nx_error ? nx_error : item_done(nullptr);
        }
        return begin_star_item(true);
    }
    if (kind == fk_list) {
        if (at(Tok::RBracket)) return list_item(nullptr);
        return begin_star_item(true);
    }
    if (at(Tok::RBrace)) return brace_item(nullptr);
#if MBPY_SYNTAX_EXTRA
    if (accept(Tok::DoubleStar)) {
        top_frame().state = st_first_dstar;
        return begin_item(lv_binary);
    }
    return begin_star_item(true);
#else
    return begin_item(lv_named);
#endif
}

Parser::Next Parser::open_call() {
    Token t = tok_;
    advance();  // (
    // The callee (on the operand stack) is the frame's first operand; the arguments follow it.
    if (open_frame(fk_call, st_item, t) == nx_error) return nx_error;
    --top_frame().base;
    return call_item(nullptr);
}

Parser::Next Parser::open_subscript() {
    Token t = tok_;
    advance();  // [
    if (open_frame(fk_subscript, st_item, t) == nx_error) return nx_error;
    --top_frame().base;
    return slice_begin();
}

// A comprehension's clauses after its element(s); `state` is what the owner frame waits for.
Parser::Next Parser::open_comp(uint8_t state) {
    top_frame().state = state;
    if (open_frame(fk_comp, st_target, tok_) == nx_error) return nx_error;
    return comp_clause();
}

// `[async] for targets in`: the comprehension node goes on the operand stack, its ifs after it.
Parser::Next Parser::comp_clause() {
    comprehension* c = make<comprehension>(Kind::comprehension, tok_);
    if (!c) return nx_error;
    if (!MBPY_ASYNC && at(Tok::KwAsync)) return fail("async not supported"_msg), nx_error;
    if (accept(Tok::KwAsync)) c->is_async = true;
    if (!expect(Tok::KwFor) || !push_val(c)) return nx_error;
    top_frame().state = st_target;
    if (open_frame(fk_targets, st_item, tok_) == nx_error) return nx_error;
    return begin_star_item(false);
}

// ---- the frames' items -----------------------------------------------------------------------------

Parser::Next Parser::item_done(Node* n) {
    XFrame& f = top_frame();
    switch (f.kind) {
        case fk_single: return finish(n);
        case fk_class_args:
        case fk_call: return call_item(n);
        case fk_paren: return paren_item(n);
        case fk_list: return list_item(n);
        case fk_brace: return brace_item(n);
        case fk_subscript: return slice_item(n);
        case fk_comp: return comp_item(n);
        case fk_star_exprs: {
            if (!push_val(n)) return nx_error;
            if (at(Tok::Comma)) {
                f.flags |= ff_comma;
                advance();
                if (!ends_expression_list(tok_.kind)) return begin_star_item(false);
            }
            if (!(f.flags & ff_comma)) return finish(vals_[--n_vals_]);
            Node* first = vals_[f.base];
            return finish(elts_node(Kind::Tuple, first->line, first->col, f.base));
        }
        case fk_targets: {
            if (!push_val(n)) return nx_error;
            if (at(Tok::Comma)) f.flags |= ff_comma;
            if (accept(Tok::Comma) && !at(Tok::KwIn)) return begin_star_item(false);
            Node* first = vals_[f.base];
            Node* target = n_vals_ - f.base > 1 || (f.flags & ff_comma)
                               ? elts_node(Kind::Tuple, first->line, first->col, f.base)
                               : vals_[--n_vals_];
            if (!target || !set_context(target, ExprContext::Store)) return nx_error;
            return finish(target);
        }
        default: {                     // fk_yield
            if (f.state == st_item) {  // at `yield`, n unused
                advance();
                if (accept(Tok::KwFrom)) {
                    f.state = st_yield_from;
                    return begin_item(lv_expr);
                }
                if (!ends_expression_list(tok_.kind) && !at(Tok::Comma)) {
                    f.state = st_yield_value;
                    if (open_frame(fk_star_exprs, st_item, tok_) == nx_error) return nx_error;
                    return begin_star_item(false);
                }
                n = nullptr;
            }
            Await* y = make<Await>(f.state == st_yield_from ? Kind::YieldFrom : Kind::Yield, f.line, f.col);
            if (!y) return nx_error;
            y->value = n;
            return finish(y);
        }
    }
}

// ( ) | (yield) | (expr) | (a, b) | (x for x in y)
Parser::Next Parser::paren_item(Node* n) {
    XFrame& f = top_frame();
    if (f.state == st_yield) {
        if (!expect(Tok::RParen)) return nx_error;
        n->pad_ |= node_parenthesized;
        return finish(n);
    }
    if (f.state == st_genexp) {
        if (!expect(Tok::RParen)) return nx_error;
        return finish(comp1_node(Kind::GeneratorExp, f.line, f.col, f.base));
    }
    if (f.state == st_first) {
        if (at(Tok::KwFor) || at(Tok::KwAsync)) return push_val(n) ? open_comp(st_genexp) : nx_error;
        if (!at(Tok::Comma)) {
            if (!expect(Tok::RParen)) return nx_error;
            n->pad_ |= node_parenthesized;
            return finish(n);
        }
        f.state = st_item;
    }
    if (!push_val(n)) return nx_error;
    if (accept(Tok::Comma) && !at(Tok::RParen)) return begin_star_item(true);
    if (!expect(Tok::RParen)) return nx_error;
    Node* t = elts_node(Kind::Tuple, f.line, f.col, f.base);
    if (t) t->pad_ |= node_parenthesized;
    return finish(t);
}

// [a, *b] | [x for x in y]; n is null at an empty display.
Parser::Next Parser::list_item(Node* n) {
    XFrame& f = top_frame();
    if (f.state == st_genexp) {
        if (!expect(Tok::RBracket)) return nx_error;
        return finish(comp1_node(Kind::ListComp, f.line, f.col, f.base));
    }
    if (n) {
        if (!push_val(n)) return nx_error;
        if (f.state == st_first && (at(Tok::KwFor) || at(Tok::KwAsync))) return open_comp(st_genexp);
        f.state = st_item;
        if (accept(Tok::Comma) && !at(Tok::RBracket)) return begin_star_item(true);
    }
    if (!expect(Tok::RBracket)) return nx_error;
    return finish(elts_node(Kind::List, f.line, f.col, f.base));
}

// {} {a: b, **c} {a, *b} {k: v for ...} {x for ...}: a dict keeps (key, value) pairs on the operand
// stack (a null key for `**m`), a set its elements; n is null at `{}`.
Parser::Next Parser::brace_item(Node* n) {
    XFrame& f = top_frame();
    switch (f.state) {
        case st_first:
            if (!n) goto close;  // {}
            if ((!MBPY_SYNTAX_EXTRA || n->kind != Kind::Starred) && accept(Tok::Colon)) {
                if (!push_val(n)) return nx_error;
                f.state = st_first_value;
                return begin_item(lv_expr);
            }
            f.flags |= ff_set_first;
            if (!push_val(n)) return nx_error;
            if ((at(Tok::KwFor) || at(Tok::KwAsync))) {
                if (MBPY_SYNTAX_EXTRA && n->kind == Kind::Starred) return fail_invalid(), nx_error;
                return open_comp(st_genexp);
            }
            goto next;
#if MBPY_SYNTAX_EXTRA
        case st_first_dstar:
            if (!push_val(nullptr)) return nx_error;
            [[fallthrough]];
#endif
        case st_first_value:
            if (!push_val(n)) return nx_error;
            f.flags |= ff_dict;
            if (at(Tok::KwFor) || at(Tok::KwAsync)) {
                if (MBPY_SYNTAX_EXTRA && !vals_[n_vals_ - 2])
                    return fail_invalid(), nx_error;  // {**m for ...}
                return open_comp(st_genexp);
            }
            goto next;
        case st_genexp: {
            if (!expect(Tok::RBrace)) return nx_error;
            if (f.flags & ff_set_first) return finish(comp1_node(Kind::SetComp, f.line, f.col, f.base));
            DictComp* c = make<DictComp>(Kind::DictComp, f.line, f.col);
            if (!c) return nx_error;
            c->key = vals_[f.base];
            c->value = vals_[f.base + 1];
            c->generators = seq_from<comprehension>(f.base + 2);
            n_vals_ = f.base;
            return failed_ ? nx_error : finish(c);
        }
        case st_key:
            if (!push_val(n) || !expect(Tok::Colon)) return nx_error;
            f.state = st_value;
            return begin_item(lv_expr);
#if MBPY_SYNTAX_EXTRA
        case st_dstar:
            if (!push_val(nullptr)) return nx_error;
            [[fallthrough]];
#endif
        default:  // st_value, st_item (a set element)
            if (!push_val(n)) return nx_error;
        next:
            if (accept(Tok::Comma) && !at(Tok::RBrace)) {
                if (f.flags & ff_set_first) {
                    f.state = st_item;
                    return MBPY_SYNTAX_EXTRA ? begin_star_item(true) : begin_item(lv_named);
                }
#if MBPY_SYNTAX_EXTRA
                if (accept(Tok::DoubleStar)) {
                    f.state = st_dstar;
                    return begin_item(lv_binary);
                }
#endif
                f.state = st_key;
                return begin_item(lv_expr);
            }
            break;
    }
close:
    if (!expect(Tok::RBrace)) return nx_error;
    if (f.flags & ff_set_first) return finish(elts_node(Kind::Set, f.line, f.col, f.base));
    ast::Dict* d = make<ast::Dict>(Kind::Dict, f.line, f.col);
    if (!d) return nx_error;
    uint32_t pairs = (n_vals_ - f.base) / 2;
    if (pairs) {
        void** keys = static_cast<void**>(tree_alloc(pairs * sizeof(void*)));
        void** values = keys ? static_cast<void**>(tree_alloc(pairs * sizeof(void*))) : nullptr;
        if (!values) return nx_error;
        for (uint32_t i = 0; i < pairs; ++i) {
            keys[i] = vals_[f.base + 2 * i];
            values[i] = vals_[f.base + 2 * i + 1];
        }
        d->keys.items = reinterpret_cast<Node**>(keys);
        d->values.items = reinterpret_cast<Node**>(values);
        d->keys.len = d->values.len = pairs;
    }
    n_vals_ = f.base;
    return finish(d);
}

// Call arguments up to `)`, or a class statement's (fk_class_args, an entry without callee, no genexp):
// n is the argument just parsed, null at the start.
Parser::Next Parser::call_item(Node* n) {
    XFrame& f = top_frame();
    uint32_t args = f.base + (f.kind == fk_call ? 1 : 0);
    if (n || f.state == st_genexp) {
        switch (f.state) {
            case st_dstar:  // `**m`, a keyword without a name (x_dstar_kw made it)
                f.flags |= ff_seen_dstar;
                if (!push_val(n)) return nx_error;
                break;
            case st_first:  // `*a` (x_star made the Starred)
                if (f.flags & ff_seen_dstar)
                    return fail_at(n, "iterable argument unpacking follows keyword argument unpacking"_msg),
                           nx_error;
                if (!push_val(n)) return nx_error;
                break;
            case st_value: {  // name=value: the name is on the operand stack
                Node* name = vals_[n_vals_ - 1];
                keyword* k = make<keyword>(Kind::keyword, name);
                if (!k) return nx_error;
                k->arg = static_cast<Name*>(name)->id;
                k->value = n;
                vals_[n_vals_ - 1] = k;
                f.flags |= ff_seen_kw;
                break;
            }
            case st_genexp: {  // f(x for x in y): the element, then the generators, are on top
                uint32_t i = n_vals_;
                while (vals_[i - 1]->kind == Kind::comprehension) --i;
                Node* elt = vals_[i - 1];
                Node* g = comp1_node(Kind::GeneratorExp, elt->line, elt->col, i - 1);
                if (!g) return nx_error;
                vals_[n_vals_++] = g;
                if (n_vals_ - 1 > args || !at(Tok::RParen)) return fail_at(g, "invalid syntax"_msg), nx_error;
                goto close;
            }
            default:  // st_item: a named expression
                if (at(Tok::Equal)) {
                    if (n->kind != Kind::Name || (n->pad_ & node_parenthesized))
                        return fail_invalid(), nx_error;
                    advance();
                    if (!push_val(n)) return nx_error;
                    f.state = st_value;
                    return begin_item(lv_expr);
                }
                if (at(Tok::KwFor) || at(Tok::KwAsync)) {
                    if (f.kind == fk_class_args) return fail_invalid(), nx_error;
                    return push_val(n) ? open_comp(st_genexp) : nx_error;
                }
                if (f.flags & ff_seen_dstar)
                    return fail_at(n, "positional argument follows keyword argument unpacking"_msg), nx_error;
                if (f.flags & ff_seen_kw)
                    return fail_at(n, "non-keyword arg after keyword arg"_msg), nx_error;
                if (!push_val(n)) return nx_error;
                break;
        }
        if (!accept(Tok::Comma)) goto close;
    }
    if (!at(Tok::RParen)) {
        f.ops = uint16_t(n_xops_);
        if (at(Tok::DoubleStar) || at(Tok::Star)) {
            bool dstar = at(Tok::DoubleStar);
            f.state = dstar ? st_dstar : st_first;
            f.level = lv_expr;
            if (!push_op(dstar ? x_dstar_kw : x_star, 0, tok_)) return nx_error;
            advance();
            oflags_ = level_flags(lv_expr);
            return nx_operand;
        }
        top_frame().state = st_item;
        return begin_item(lv_named);
    }
close:
    if (!expect(Tok::RParen)) return nx_error;
    XFrame& g = top_frame();
    Node* func = g.kind == fk_call ? vals_[g.base] : nullptr;
    Call* c = func ? make<Call>(Kind::Call, func) : make<Call>(Kind::Call, g.line, g.col);
    if (!c) return nx_error;
    c->func = func;
    // Positional arguments and keywords, each in their order.
    uint32_t n_kw = 0, n_args = 0;
    for (uint32_t i = args; i < n_vals_; ++i) (vals_[i]->kind == Kind::keyword ? n_kw : n_args) += 1;
    if (n_args) {
        c->args.items = static_cast<Node**>(tree_alloc(n_args * sizeof(Node*)));
        if (!c->args.items) return nx_error;
    }
    if (n_kw) {
        c->keywords.items = static_cast<keyword**>(tree_alloc(n_kw * sizeof(keyword*)));
        if (!c->keywords.items) return nx_error;
    }
    for (uint32_t i = args; i < n_vals_; ++i) {
        if (vals_[i]->kind == Kind::keyword)
            c->keywords.items[c->keywords.len++] = static_cast<keyword*>(vals_[i]);
        else
            c->args.items[c->args.len++] = vals_[i];
    }
    n_vals_ = g.base;
    return finish(c);
}

// A subscript's items: `lo:hi:step` (each part optional), `*x`, or an expression; a tuple of them with
// commas. The value subscripted is the frame's first operand; the frame's position is the item's start.
Parser::Next Parser::slice_begin() {
    XFrame& f = top_frame();
    f.line = tok_.line;
    f.col = uint16_t(tok_.col > 0xFFFF ? 0xFFFF : tok_.col);
    if (MBPY_SYNTAX_EXTRA && at(Tok::Star)) {  // a[*b] (PEP 646)
        f.state = st_item;
        return begin_star_item(false);
    }
    if (!at(Tok::Colon)) {
        f.state = st_slice_lower;
        return begin_item(lv_named);
    }
    f.state = st_first;  // no lower bound
    return slice_item(nullptr);
}

Parser::Next Parser::slice_item(Node* n) {
    XFrame& f = top_frame();
    switch (f.state) {
        case st_item:
        case st_slice_lower:
            if (f.state == st_item || !at(Tok::Colon)) break;  // a plain item
            [[fallthrough]];
        case st_first: {  // at the `:` after the lower bound n (null: none)
            advance();
            ast::Slice* sl = make<ast::Slice>(Kind::Slice, f.line, f.col);
            if (!sl || !push_val(sl)) return nx_error;
            sl->lower = n;
            if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RBracket)) {
                f.state = st_slice_upper;
                return begin_item(lv_expr);
            }
            n = nullptr;
            [[fallthrough]];
        }
        case st_slice_upper:
            static_cast<ast::Slice*>(vals_[n_vals_ - 1])->upper = n;
            if (accept(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RBracket)) {
                f.state = st_slice_step;
                return begin_item(lv_expr);
            }
            n = vals_[--n_vals_];
            break;
        default:  // st_slice_step
            static_cast<ast::Slice*>(vals_[n_vals_ - 1])->step = n;
            n = vals_[--n_vals_];
            break;
    }
    // n is a complete item.
    bool first = n_vals_ == f.base + 1;
    if (first && !at(Tok::Comma) && (!MBPY_SYNTAX_EXTRA || n->kind != Kind::Starred)) {
        if (!expect(Tok::RBracket)) return nx_error;
    } else {
        if (!push_val(n)) return nx_error;
        if (accept(Tok::Comma) && !at(Tok::RBracket)) return slice_begin();
        if (!expect(Tok::RBracket)) return nx_error;
        Node* t0 = vals_[f.base + 1];
        if (!(n = elts_node(Kind::Tuple, t0->line, t0->col, f.base + 1))) return nx_error;
    }
    Node* value = vals_[f.base];
    Subscript* s = make<Subscript>(Kind::Subscript, value);
    if (!s) return nx_error;
    s->value = value;
    s->slice = n;
    n_vals_ = f.base;
    return finish(s);
}

// A comprehension's clauses: the comprehension node of the clause being parsed is on the operand
// stack, its conditions after it.
Parser::Next Parser::comp_item(Node* n) {
    XFrame& f = top_frame();
    uint32_t i = n_vals_;
    if (f.state == st_cond) {
        if (!push_val(n)) return nx_error;
        i = n_vals_;
    }
    while (vals_[i - 1]->kind != Kind::comprehension) --i;
    comprehension* c = static_cast<comprehension*>(vals_[i - 1]);
    if (f.state == st_target) {
        c->target = n;
        if (!expect(Tok::KwIn)) return nx_error;
        f.state = st_iter;
        return begin_item(lv_disj);
    }
    if (f.state == st_iter) c->iter = n;
    if (accept(Tok::KwIf)) {
        f.state = st_cond;
        return begin_item(lv_disj);
    }
    c->ifs = seq_from<Node>(i);
    if (failed_) return nx_error;
    if (at(Tok::KwFor) || at(Tok::KwAsync)) return comp_clause();
    // The generators stay on the operand stack for the frame below (in its st_genexp).
    --n_frames_;
    --depth_;
    return item_done(nullptr);
}

// ---- entry points ----------------------------------------------------------------------------------

ast::Node* Parser::parse_star_expressions() { return parse_expr(fk_star_exprs, lv_expr); }
ast::Node* Parser::parse_yield_or_star_expressions() { return parse_expr(fk_yield, lv_expr); }
ast::Node* Parser::parse_yield() { return parse_expr(fk_yield, lv_expr); }
ast::Node* Parser::parse_named_expression() { return parse_expr(fk_single, lv_named); }
ast::Node* Parser::parse_expression() { return parse_expr(fk_single, lv_expr); }
ast::Node* Parser::parse_binary() { return parse_expr(fk_single, lv_binary); }
ast::Node* Parser::parse_target_list() { return parse_expr(fk_targets, lv_binary); }
ast::Call* Parser::parse_class_args() { return static_cast<Call*>(parse_expr(fk_class_args, lv_named)); }

}  // namespace core
