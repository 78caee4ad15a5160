// The compiler's expressions: names, displays, calls, comprehensions, f-strings, constant folding.
#include "core/compiler_impl.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/obj_set.hpp"
#include "core/text.hpp"

namespace core::comp {

namespace {

constexpr uint32_t max_direct_items = 16;  // longer displays are built item by item: less stack on the device

bool is_number(Value v) {
    return v.is_small() || is_type(v, &int_type) || is_type(v, &float_type) || is_type(v, &complex_type);
}

}  // namespace

// A constant value for `e` when it is cheap and safe to compute now, else null (no exception left).
Value fold(Node* e) {
    if (e->kind == Kind::Constant) return static_cast<Constant*>(e)->value;
    if (e->kind == Kind::UnaryOp) {
        auto* un = static_cast<ast::UnaryOp*>(e);
        if (un->op == UnOp::Not) return {};
        Value v = fold(un->operand);
        if (!v || !is_number(v) || v == py_bool(true) || v == py_bool(false)) return {};
        core::UnaryOp op = un->op == UnOp::USub   ? core::UnaryOp::Neg
                           : un->op == UnOp::UAdd ? core::UnaryOp::Pos
                                                  : core::UnaryOp::Invert;
        Value r = unary_op(op, v);
        if (!r) take_exception();
        return r;
    }
    if (e->kind == Kind::BinOp) {
        auto* b = static_cast<BinOp*>(e);
        Value l = fold(b->left);
        if (!l) return {};
        Value r = fold(b->right);
        if (!r) return {};
        bool nums = is_number(l) && is_number(r);
        bool strs = is_type(l, &str_type) && is_type(r, &str_type) && b->op == BinaryOp::Add;
        if (!nums && !strs) return {};
        if (b->op == BinaryOp::Pow || b->op == BinaryOp::LShift) {
            // Keep folded results small: huge constants would cost RAM at every load on the device.
            if (!r.is_small() || r.small_value() < 0 || r.small_value() > 64 || !l.is_small()) return {};
        }
        if (b->op == BinaryOp::MatMul) return {};
        Value v = binary_op(b->op, l, r);
        if (!v) take_exception();
        return v;
    }
    return {};
}

namespace {

bool compile_exprs(Compiler* c, const Seq<Node>& s) {
    for (Node* e : s)
        if (!compile_expr(c, e)) return false;
    return true;
}

bool has_starred(const Seq<Node>& s) {
    for (Node* e : s)
        if (e->kind == Kind::Starred) return true;
    return false;
}

// List/tuple/set displays, with `*x` items and long displays built incrementally.
bool compile_display(Compiler* c, const Seq<Node>& elts, Kind kind) {
    Unit* u = c->u;
    bool starred = has_starred(elts);
    if (kind == Kind::Tuple && !starred && elts.len) {
        // All-constant tuples are one constant.
        bool all_const = true;
        for (Node* e : elts) all_const &= e->kind == Kind::Constant;
        if (all_const) {
            core::Tuple* t = new_tuple(elts.len);
            if (!t) return false;
            for (uint32_t i = 0; i < elts.len; ++i) t->items[i] = static_cast<Constant*>(elts[i])->value;
            emit_const(u, Value(t));
            return true;
        }
    }
    if (kind == Kind::Set && !starred && elts.len > 2) {
        // As CPython: a constant set display is a frozenset constant merged into a new set. The merge
        // sizes the table for all items at once, which decides the set's iteration order.
        core::Tuple* t = new_tuple(elts.len);
        if (!t) return false;
        bool all_const = true;
        for (uint32_t i = 0; i < elts.len && all_const; ++i) all_const = bool(t->items[i] = fold(elts[i]));
        if (pending()) return false;
        if (all_const) {
            // CPython builds the frozenset from the items, then rebuilds it from its own iteration order
            // when it merges constants: do both, for the same table layout.
            Value fs = set_from_iterable(&frozenset_type, Value(t));
            if (fs)
                fs = set_from_iterable(&frozenset_type,
                                       fs.as<core::Set>()->used ? call1(Value(&tuple_type), fs) : fs);
            if (!fs) return false;
            emit_op_u(u, Op::BUILD_SET, 0, 1);
            emit_const(u, fs);
            emit_op_u(u, Op::SET_UPDATE, 1, -1);
            return true;
        }
    }
    Op build = kind == Kind::Set ? Op::BUILD_SET : kind == Kind::Tuple ? Op::BUILD_TUPLE : Op::BUILD_LIST;
    if (!starred && elts.len <= max_direct_items) {
        if (!compile_exprs(c, elts)) return false;
        emit_op_u(u, build, elts.len, 1 - int(elts.len));
        return true;
    }
    bool is_set = kind == Kind::Set;
    emit_op_u(u, is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0, 1);
    for (Node* e : elts) {
        if (e->kind == Kind::Starred) {
            if (!compile_expr(c, static_cast<Starred*>(e)->value)) return false;
            emit_op_u(u, is_set ? Op::SET_UPDATE : Op::LIST_EXTEND, 1, -1);
        } else {
            if (!compile_expr(c, e)) return false;
            emit_op_u(u, is_set ? Op::SET_ADD : Op::LIST_APPEND, 1, -1);
        }
    }
    if (kind == Kind::Tuple) emit_op(u, Op::LIST_TO_TUPLE, 0);
    return true;
}

bool compile_dict(Compiler* c, ast::Dict* d) {
    Unit* u = c->u;
    bool unpack = false;
    for (Node* k : d->keys) unpack |= k == nullptr;
    if (!unpack && d->keys.len <= max_direct_items) {
        for (uint32_t i = 0; i < d->keys.len; ++i)
            if (!compile_expr(c, d->keys[i]) || !compile_expr(c, d->values[i])) return false;
        emit_op_u(u, Op::BUILD_MAP, d->keys.len, 1 - 2 * int(d->keys.len));
        return true;
    }
    emit_op_u(u, Op::BUILD_MAP, 0, 1);
    for (uint32_t i = 0; i < d->keys.len; ++i) {
        if (d->keys[i]) {
            if (!compile_expr(c, d->keys[i]) || !compile_expr(c, d->values[i])) return false;
            emit_op_u(u, Op::MAP_ADD, 1, -2);
        } else {
            if (!compile_expr(c, d->values[i])) return false;
            emit_op_u(u, Op::DICT_UPDATE, 1, -1);
        }
    }
    return true;
}

bool compile_compare(Compiler* c, Compare* e) {
    Unit* u = c->u;
    auto emit_cmp = [&](CmpOp op) {
        switch (op) {
            case CmpOp::Eq: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Eq), -1); break;
            case CmpOp::NotEq: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Ne), -1); break;
            case CmpOp::Lt: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Lt), -1); break;
            case CmpOp::LtE: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Le), -1); break;
            case CmpOp::Gt: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Gt), -1); break;
            case CmpOp::GtE: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Ge), -1); break;
            case CmpOp::Is: emit_op_u(u, Op::IS_OP, 0, -1); break;
            case CmpOp::IsNot: emit_op_u(u, Op::IS_OP, 1, -1); break;
            case CmpOp::In: emit_op_u(u, Op::BINARY_OP, uint32_t(BinaryOp::Contains), -1); break;
            case CmpOp::NotIn: emit_op(u, Op::NOT_IN, -1); break;
        }
    };
    if (!compile_expr(c, e->left)) return false;
    uint32_t n = e->comparators.len;
    if (n == 1) {
        if (!compile_expr(c, e->comparators[0])) return false;
        emit_cmp(e->ops[0]);
        return true;
    }
    // a < b < c: each middle operand is evaluated once and kept (DUP_TOP, ROT_THREE) for the next test.
    Label l_cleanup, l_end;
    for (uint32_t i = 0; i + 1 < n; ++i) {
        if (!compile_expr(c, e->comparators[i])) return false;
        emit_op(u, Op::DUP_TOP, 1);
        emit_op(u, Op::ROT_THREE, 0);
        emit_cmp(e->ops[i]);
        emit_jump(u, Op::JUMP_IF_FALSE_OR_POP, l_cleanup, -1);
    }
    if (!compile_expr(c, e->comparators[n - 1])) return false;
    emit_cmp(e->ops[n - 1]);
    emit_jump(u, Op::JUMP, l_end, 0);
    bind_label(u, l_cleanup);
    adjust_depth(u, 1);  // [b result] on this path
    emit_op(u, Op::ROT_TWO, 0);
    emit_op(u, Op::POP_TOP, -1);
    bind_label(u, l_end);
    return true;
}

bool compile_joined_str(Compiler* c, JoinedStr* e) {
    Unit* u = c->u;
    uint32_t n = 0;
    bool only_formatted = true;
    for (Node* v : e->values) {
        if (v->kind == Kind::Constant) {
            emit_const(u, static_cast<Constant*>(v)->value);
            only_formatted = false;
        } else {
            auto* fv = static_cast<FormattedValue*>(v);
            if (!compile_expr(c, fv->value)) return false;
            uint32_t flags = 0;
            switch (fv->conversion) {
                case 's': flags = fmt_conv_str; break;
                case 'r': flags = fmt_conv_repr; break;
                case 'a': flags = fmt_conv_ascii; break;
                default: break;
            }
            if (fv->format_spec) {
                if (!compile_expr(c, fv->format_spec)) return false;
                flags |= fmt_have_spec;
            }
            emit_op_u(u, Op::FORMAT_VALUE, flags, (flags & fmt_have_spec) ? -1 : 0);
        }
        ++n;
    }
    if (n == 0) {
        Value empty = make_str("");
        if (!empty) return false;
        emit_const(u, empty);
    } else if (n > 1 || !only_formatted) {
        if (n > 1) emit_op_u(u, Op::BUILD_STRING, n, 1 - int(n));
    }
    return true;
}

bool compile_slice_part(Compiler* c, Node* e) {
    if (e) return compile_expr(c, e);
    emit_op(c->u, Op::LOAD_NONE, 1);
    return true;
}

bool compile_unpack_targets(Compiler* c, const Seq<Node>& elts, Node* at) {
    Unit* u = c->u;
    int star = -1;
    for (uint32_t i = 0; i < elts.len; ++i)
        if (elts[i]->kind == Kind::Starred) {
            if (star >= 0) return syntax_error(at, "multiple starred expressions in assignment");
            star = int(i);
        }
    if (star >= 0)
        emit_op_uu(u, Op::UNPACK_EX, uint32_t(star), elts.len - 1 - uint32_t(star), int(elts.len) - 1);
    else
        emit_op_u(u, Op::UNPACK_SEQUENCE, elts.len, int(elts.len) - 1);
    for (Node* t : elts) {
        if (t->kind == Kind::Starred) t = static_cast<Starred*>(t)->value;
        if (!compile_store(c, t)) return false;
    }
    return true;
}

bool compile_gen_loop(Compiler* c, Node* node, const Seq<comprehension>& gens, uint32_t i, Node* elt,
                      Node* val) {
    Unit* u = c->u;
    comprehension* g = gens[i];
    Label l_top, l_exit;
    if (i > 0) {
        if (!compile_expr(c, g->iter)) return false;
        emit_op(u, Op::GET_ITER, 0);
    }
    bind_label(u, l_top);
    emit_jump(u, Op::FOR_ITER, l_exit, 1);
    if (!compile_store(c, g->target)) return false;
    for (Node* cond : g->ifs)
        if (!compile_jump_if(c, cond, false, l_top)) return false;
    if (i + 1 < gens.len) {
        if (!compile_gen_loop(c, node, gens, i + 1, elt, val)) return false;
    } else {
        uint32_t n = gens.len + 1;
        switch (node->kind) {
            case Kind::ListComp:
                if (!compile_expr(c, elt)) return false;
                emit_op_u(u, Op::LIST_APPEND, n, -1);
                break;
            case Kind::SetComp:
                if (!compile_expr(c, elt)) return false;
                emit_op_u(u, Op::SET_ADD, n, -1);
                break;
            case Kind::DictComp:
                if (!compile_expr(c, elt) || !compile_expr(c, val)) return false;
                emit_op_u(u, Op::MAP_ADD, n, -2);
                break;
            default:
                if (!compile_expr(c, elt)) return false;
                emit_op(u, Op::YIELD_VALUE, 0);
                emit_op(u, Op::POP_TOP, -1);
                break;
        }
    }
    emit_jump(u, Op::JUMP, l_top, 0);
    bind_label(u, l_exit);
    adjust_depth(u, -1);
    return true;
}

}  // namespace

// The body of a comprehension's own code object: its argument (local 0) is the outermost iterator.
bool compile_comprehension(Compiler* c, Node* node) {
    Unit* u = c->u;
    set_line(u, node->line);
    Seq<comprehension> gens;
    Node *elt, *val = nullptr;
    if (node->kind == Kind::DictComp) {
        auto* d = static_cast<DictComp*>(node);
        gens = d->generators;
        elt = d->key;
        val = d->value;
    } else {
        auto* l = static_cast<Comprehension1*>(node);
        gens = l->generators;
        elt = l->elt;
    }
    switch (node->kind) {
        case Kind::ListComp: emit_op_u(u, Op::BUILD_LIST, 0, 1); break;
        case Kind::SetComp: emit_op_u(u, Op::BUILD_SET, 0, 1); break;
        case Kind::DictComp: emit_op_u(u, Op::BUILD_MAP, 0, 1); break;
        default: break;
    }
    emit_op_u(u, Op::LOAD_FAST, 0, 1);
    if (!compile_gen_loop(c, node, gens, 0, elt, val)) return false;
    if (node->kind == Kind::GeneratorExp) emit_op(u, Op::LOAD_NONE, 1);
    emit_op(u, Op::RETURN_VALUE, -1);
    return true;
}

bool compile_call_args(Compiler* c, Call* e, int n_before, bool method) {
    Unit* u = c->u;
    bool general = has_starred(e->args);
    for (keyword* k : e->keywords) general |= k->arg == nullptr;
    if (!general) {
        if (!compile_exprs(c, e->args)) return false;
        for (keyword* k : e->keywords) {
            emit_const(u, Value(k->arg));
            if (!compile_expr(c, k->value)) return false;
        }
        uint32_t n_pos = uint32_t(n_before) + e->args.len, n_kw = e->keywords.len;
        int pops = int(n_pos + 2 * n_kw) + (method ? 1 : 0);
        if (n_kw)
            emit_op_uu(u, method ? Op::CALL_METHOD_KW : Op::CALL_KW, n_pos, n_kw, -pops);
        else
            emit_op_u(u, method ? Op::CALL_METHOD : Op::CALL, n_pos, -pops);
        return true;
    }
    // f(*a, x, **k): positionals as one list, keywords as one dict.
    emit_op_u(u, Op::BUILD_LIST, uint32_t(n_before), 1 - n_before);
    for (Node* a : e->args) {
        if (a->kind == Kind::Starred) {
            if (!compile_expr(c, static_cast<Starred*>(a)->value)) return false;
            emit_op_u(u, Op::LIST_EXTEND, 1, -1);
        } else {
            if (!compile_expr(c, a)) return false;
            emit_op_u(u, Op::LIST_APPEND, 1, -1);
        }
    }
    bool has_kw = !e->keywords.empty();
    if (has_kw) {
        emit_op_u(u, Op::BUILD_MAP, 0, 1);
        for (keyword* k : e->keywords) {
            if (k->arg) {
                // merged (not added) so a name that also comes from **m is a duplicate error
                emit_const(u, Value(k->arg));
                if (!compile_expr(c, k->value)) return false;
                emit_op_u(u, Op::BUILD_MAP, 1, -1);
                emit_op_u(u, Op::DICT_MERGE, 1, -1);
            } else {
                if (!compile_expr(c, k->value)) return false;
                emit_op_u(u, Op::DICT_MERGE, 1, -1);
            }
        }
    }
    emit_op_u(u, Op::CALL_EX, has_kw ? 1 : 0, has_kw ? -2 : -1);
    return true;
}

bool compile_name(Compiler* c, const Str* name, ExprContext ctx) {
    Unit* u = c->u;
    Scope* s = u->scope;
    if (name == &q_dunder_debug && ctx == ExprContext::Load) {
        emit_op(u, Op::LOAD_TRUE, 1);
        return true;
    }
    Symbol* sym = find_symbol(s, name);
    enum { Fast, Deref, Global, NameOp, ClassDeref } how = NameOp;
    uint32_t idx = 0;
    if (s->kind == ScopeKind::Module) {
        how = NameOp;
    } else if (s->kind == ScopeKind::Class) {
        if (sym && (sym->flags & sym_global)) {
            how = Global;
        } else if (sym && (sym->flags & sym_free)) {
            int i = index_of(s->frees, s->n_frees, name);
            idx = uint32_t(i) + s->n_cells;
            how = (sym->flags & sym_nonlocal) || ctx != ExprContext::Load ? Deref : ClassDeref;
        }
    } else {
        int i = index_of(s->cells, s->n_cells, name);
        if (i >= 0) {
            how = Deref;
            idx = uint32_t(i);
        } else if ((i = index_of(s->frees, s->n_frees, name)) >= 0) {
            how = Deref;
            idx = uint32_t(i) + s->n_cells;
        } else if (!sym || (sym->flags & (sym_global | sym_implicit_global))) {
            how = Global;
        } else if ((i = index_of(s->locals, s->n_locals, name)) >= 0) {
            how = Fast;
            idx = uint32_t(i);
        } else {
            how = Global;
        }
    }
    switch (how) {
        case Fast:
            if (ctx == ExprContext::Load)
                emit_op_u(u, Op::LOAD_FAST, idx, 1);
            else if (ctx == ExprContext::Store)
                emit_op_u(u, Op::STORE_FAST, idx, -1);
            else
                emit_op_u(u, Op::DELETE_FAST, idx, 0);
            break;
        case Deref:
            if (ctx == ExprContext::Load)
                emit_op_u(u, Op::LOAD_DEREF, idx, 1);
            else if (ctx == ExprContext::Store)
                emit_op_u(u, Op::STORE_DEREF, idx, -1);
            else
                emit_op_u(u, Op::DELETE_DEREF, idx, 0);
            break;
        case ClassDeref: emit_op_uu(u, Op::LOAD_CLASSDEREF, idx, name_index(u, name), 1); break;
        case Global: {
            uint32_t n = name_index(u, name);
            if (ctx == ExprContext::Load)
                emit_op_u(u, Op::LOAD_GLOBAL, n, 1);
            else if (ctx == ExprContext::Store)
                emit_op_u(u, Op::STORE_GLOBAL, n, -1);
            else
                emit_op_u(u, Op::DELETE_GLOBAL, n, 0);
            break;
        }
        case NameOp: {
            uint32_t n = name_index(u, name);
            if (ctx == ExprContext::Load)
                emit_op_u(u, Op::LOAD_NAME, n, 1);
            else if (ctx == ExprContext::Store)
                emit_op_u(u, Op::STORE_NAME, n, -1);
            else
                emit_op_u(u, Op::DELETE_NAME, n, 0);
            break;
        }
    }
    return !u->failed;
}

bool compile_store(Compiler* c, Node* t) {
    Unit* u = c->u;
    switch (t->kind) {
        case Kind::Name: return compile_name(c, static_cast<Name*>(t)->id, ExprContext::Store);
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(t);
            if (!compile_expr(c, a->value)) return false;
            emit_op_u(u, Op::STORE_ATTR, name_index(u, a->attr), -2);
            return true;
        }
        case Kind::Subscript: {
            auto* s = static_cast<Subscript*>(t);
            if (!compile_expr(c, s->value) || !compile_expr(c, s->slice)) return false;
            emit_op(u, Op::STORE_SUBSCR, -3);
            return true;
        }
        case Kind::Tuple:
        case Kind::List: return compile_unpack_targets(c, static_cast<ast::List*>(t)->elts, t);
        case Kind::Starred: return syntax_error(t, "starred assignment target must be in a list or tuple");
        default: return syntax_error(t, "can't assign to expression");
    }
}

bool compile_delete(Compiler* c, Node* t) {
    Unit* u = c->u;
    switch (t->kind) {
        case Kind::Name: return compile_name(c, static_cast<Name*>(t)->id, ExprContext::Del);
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(t);
            if (!compile_expr(c, a->value)) return false;
            emit_op_u(u, Op::DELETE_ATTR, name_index(u, a->attr), -1);
            return true;
        }
        case Kind::Subscript: {
            auto* s = static_cast<Subscript*>(t);
            if (!compile_expr(c, s->value) || !compile_expr(c, s->slice)) return false;
            emit_op(u, Op::DELETE_SUBSCR, -2);
            return true;
        }
        case Kind::Tuple:
        case Kind::List:
            for (Node* e : static_cast<ast::List*>(t)->elts)
                if (!compile_delete(c, e)) return false;
            return true;
        default: return syntax_error(t, "can't delete expression");
    }
}

// Jumps to `l` when truth(e) == cond, without materialising booleans for not/and/or.
bool compile_jump_if(Compiler* c, Node* e, bool cond, Label& l) {
    Unit* u = c->u;
    if (e->kind == Kind::UnaryOp && static_cast<ast::UnaryOp*>(e)->op == UnOp::Not)
        return compile_jump_if(c, static_cast<ast::UnaryOp*>(e)->operand, !cond, l);
    if (e->kind == Kind::BoolOp) {
        auto* b = static_cast<BoolOp*>(e);
        bool is_and = b->op == BoolOpKind::And;
        uint32_t n = b->values.len;
        if (is_and != cond) {
            // and/false or or/true: any operand deciding it jumps straight to l
            for (Node* v : b->values)
                if (!compile_jump_if(c, v, cond, l)) return false;
            return true;
        }
        Label skip;
        for (uint32_t i = 0; i + 1 < n; ++i)
            if (!compile_jump_if(c, b->values[i], !cond, skip)) return false;
        if (!compile_jump_if(c, b->values[n - 1], cond, l)) return false;
        bind_label(u, skip);
        return true;
    }
    if (e->kind == Kind::Constant) {
        int t = truth(static_cast<Constant*>(e)->value);
        if (t < 0) return false;
        if (bool(t) == cond) emit_jump(u, Op::JUMP, l, 0);
        return true;
    }
    if (!compile_expr(c, e)) return false;
    emit_jump(u, cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, l, -1);
    return true;
}

bool compile_expr(Compiler* c, Node* e) {
    Unit* u = c->u;
    if (u->failed) return false;
    gc::note_stack_depth();
    if (!check_c_stack()) return false;
    switch (e->kind) {
        case Kind::Constant: emit_const(u, static_cast<Constant*>(e)->value); return true;
        case Kind::Name: return compile_name(c, static_cast<Name*>(e)->id, static_cast<Name*>(e)->ctx);
        case Kind::BinOp: {
            Value v = fold(e);
            if (v) {
                emit_const(u, v);
                return true;
            }
            auto* b = static_cast<BinOp*>(e);
            if (!compile_expr(c, b->left) || !compile_expr(c, b->right)) return false;
            emit_op_u(u, Op::BINARY_OP, uint32_t(b->op), -1);
            return true;
        }
        case Kind::UnaryOp: {
            auto* un = static_cast<ast::UnaryOp*>(e);
            if (un->op != UnOp::Not) {
                Value v = fold(e);
                if (v) {
                    emit_const(u, v);
                    return true;
                }
            }
            if (!compile_expr(c, un->operand)) return false;
            switch (un->op) {
                case UnOp::Not: emit_op(u, Op::UNARY_NOT, 0); break;
                case UnOp::USub: emit_op_u(u, Op::UNARY_OP, uint32_t(core::UnaryOp::Neg), 0); break;
                case UnOp::UAdd: emit_op_u(u, Op::UNARY_OP, uint32_t(core::UnaryOp::Pos), 0); break;
                case UnOp::Invert: emit_op_u(u, Op::UNARY_OP, uint32_t(core::UnaryOp::Invert), 0); break;
            }
            return true;
        }
        case Kind::BoolOp: {
            auto* b = static_cast<BoolOp*>(e);
            Label l_end;
            Op op = b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
            for (uint32_t i = 0; i < b->values.len; ++i) {
                if (!compile_expr(c, b->values[i])) return false;
                if (i + 1 < b->values.len) emit_jump(u, op, l_end, -1);
            }
            bind_label(u, l_end);
            return true;
        }
        case Kind::NamedExpr: {
            auto* w = static_cast<NamedExpr*>(e);
            if (!compile_expr(c, w->value)) return false;
            emit_op(u, Op::DUP_TOP, 1);
            return compile_store(c, w->target);
        }
        case Kind::Lambda: return compile_function(c, e, child_scope(u->scope, e));
        case Kind::IfExp: {
            auto* i = static_cast<IfExp*>(e);
            Label l_else, l_end;
            if (!compile_jump_if(c, i->test, false, l_else)) return false;
            if (!compile_expr(c, i->body)) return false;
            emit_jump(u, Op::JUMP, l_end, 0);
            bind_label(u, l_else);
            adjust_depth(u, -1);
            if (!compile_expr(c, i->orelse)) return false;
            bind_label(u, l_end);
            return true;
        }
        case Kind::Dict: return compile_dict(c, static_cast<ast::Dict*>(e));
        case Kind::Set: return compile_display(c, static_cast<ast::Set*>(e)->elts, Kind::Set);
        case Kind::List:
        case Kind::Tuple: {
            auto* l = static_cast<ast::List*>(e);
            if (l->ctx != ExprContext::Load) return syntax_error(e, "invalid syntax");
            return compile_display(c, l->elts, e->kind);
        }
        case Kind::ListComp:
        case Kind::SetComp:
        case Kind::DictComp:
        case Kind::GeneratorExp: {
            if (!compile_function(c, e, child_scope(u->scope, e))) return false;
            Seq<comprehension> gens = e->kind == Kind::DictComp ? static_cast<DictComp*>(e)->generators
                                                                : static_cast<Comprehension1*>(e)->generators;
            if (!compile_expr(c, gens[0]->iter)) return false;
            emit_op(u, Op::GET_ITER, 0);
            emit_op_u(u, Op::CALL, 1, -1);
            return true;
        }
        case Kind::Await:
            if (!compile_expr(c, static_cast<Await*>(e)->value)) return false;
            emit_op(u, Op::GET_AWAITABLE, 0);
            emit_op(u, Op::LOAD_NONE, 1);
            emit_op(u, Op::YIELD_FROM, -1);
            return true;
        case Kind::Yield: {
            Node* v = static_cast<Yield*>(e)->value;
            if (v) {
                if (!compile_expr(c, v)) return false;
            } else {
                emit_op(u, Op::LOAD_NONE, 1);
            }
            emit_op(u, Op::YIELD_VALUE, 0);
            return true;
        }
        case Kind::YieldFrom:
            if (!compile_expr(c, static_cast<YieldFrom*>(e)->value)) return false;
            emit_op(u, Op::GET_YIELD_FROM_ITER, 0);
            emit_op(u, Op::LOAD_NONE, 1);
            emit_op(u, Op::YIELD_FROM, -1);
            return true;
        case Kind::Compare: return compile_compare(c, static_cast<Compare*>(e));
        case Kind::Call: {
            auto* call = static_cast<Call*>(e);
            bool simple = !has_starred(call->args);
            for (keyword* k : call->keywords) simple &= k->arg != nullptr;
            if (simple && call->func->kind == Kind::Attribute &&
                static_cast<Attribute*>(call->func)->ctx == ExprContext::Load) {
                auto* a = static_cast<Attribute*>(call->func);
                if (!compile_expr(c, a->value)) return false;
                set_line(u, e->line);
                emit_op_u(u, Op::LOAD_METHOD, name_index(u, a->attr), 1);
                if (!compile_call_args(c, call, 0, true)) return false;
            } else {
                if (!compile_expr(c, call->func)) return false;
                if (!compile_call_args(c, call, 0, false)) return false;
            }
            return true;
        }
        case Kind::JoinedStr: return compile_joined_str(c, static_cast<JoinedStr*>(e));
        case Kind::FormattedValue: {
            // A lone field (only inside a JoinedStr normally): treat as f"{x}".
            Seq<Node> one;
            Node* items[1] = {e};
            one.items = items;
            one.len = 1;
            JoinedStr j{};
            j.kind = Kind::JoinedStr;
            j.values = one;
            return compile_joined_str(c, &j);
        }
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(e);
            if (!compile_expr(c, a->value)) return false;
            emit_op_u(u, Op::LOAD_ATTR, name_index(u, a->attr), 0);
            return true;
        }
        case Kind::Subscript: {
            auto* s = static_cast<Subscript*>(e);
            if (!compile_expr(c, s->value) || !compile_expr(c, s->slice)) return false;
            emit_op(u, Op::LOAD_SUBSCR, -1);
            return true;
        }
        case Kind::Slice: {
            auto* s = static_cast<Slice*>(e);
            if (!compile_slice_part(c, s->lower) || !compile_slice_part(c, s->upper)) return false;
            if (s->step) {
                if (!compile_expr(c, s->step)) return false;
                emit_op_u(u, Op::BUILD_SLICE, 3, -2);
            } else {
                emit_op_u(u, Op::BUILD_SLICE, 2, -1);
            }
            return true;
        }
        case Kind::Starred: return syntax_error(e, "can't use starred expression here");
        default: return syntax_error(e, "invalid syntax");
    }
}

}  // namespace core::comp
