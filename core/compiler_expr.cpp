// The compiler's expressions as steps of its machine (compiler.cpp): names, displays, calls,
// comprehensions, f-strings, constant folding.
#include "core/compiler_impl.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_set.hpp"
#include "core/text.hpp"

namespace core::comp {

namespace {

constexpr uint32_t max_direct_items = 16;  // longer displays are built item by item: less stack on the device

bool is_number(Value v) {
    return v.is_small() || is_type(v, &int_type) || is_type(v, &float_type) || is_complex(v);
}

}  // namespace

// Constant folding recurses, so it looks at most this deep: a deeper constant expression is folded in
// parts and finished at run time, and the compiler's C stack stays bounded.
constexpr int max_fold_depth = 12;
// Node::pad_ bit: fold() found this expression not constant (so its ancestors do not look again).
constexpr uint8_t node_not_constant = 2;

// *cut: the answer depended on the depth limit (so it is no verdict on `e` to remember).
static Value fold_at(Node* e, int depth, bool* cut) {
    if (e->kind == Kind::Constant) return static_cast<Constant*>(e)->value;
    if ((e->kind != Kind::UnaryOp && e->kind != Kind::BinOp) || (e->pad_ & node_not_constant)) return {};
    if (depth >= max_fold_depth) return *cut = true, Value();
    bool cut_below = false;
    Value r;
    if (e->kind == Kind::UnaryOp) {
        auto* un = static_cast<ast::UnaryOp*>(e);
        Value v = un->op == UnOp::Not ? Value() : fold_at(un->operand, depth + 1, &cut_below);
        if (v && is_number(v) && v != py_bool(true) && v != py_bool(false)) {
            core::UnaryOp op = un->op == UnOp::USub   ? core::UnaryOp::Neg
                               : un->op == UnOp::UAdd ? core::UnaryOp::Pos
                                                      : core::UnaryOp::Invert;
            r = unary_op(op, v);
            if (!r) take_exception();
        }
    } else {
        auto* b = static_cast<BinOp*>(e);
        Value l = fold_at(b->left, depth + 1, &cut_below);
        Value rv = l ? fold_at(b->right, depth + 1, &cut_below) : Value();
        if (rv) {
            bool nums = is_number(l) && is_number(rv);
            bool strs = is_type(l, &str_type) && is_type(rv, &str_type) && b->op == BinaryOp::Add;
            bool ok = (nums || strs) && b->op != BinaryOp::MatMul;
            // Keep folded results small: huge constants would cost RAM at every load on the device.
            if (ok && (b->op == BinaryOp::Pow || b->op == BinaryOp::LShift))
                ok = rv.is_small() && rv.small_value() >= 0 && rv.small_value() <= 64 && l.is_small();
            if (ok) {
                r = binary_op(b->op, l, rv);
                if (!r) take_exception();
            }
        }
    }
    if (!r && cut_below) *cut = true;
    if (!r && !cut_below) e->pad_ |= node_not_constant;
    return r;
}

// A constant value for `e` when it is cheap and safe to compute now, else null (no exception left).
Value fold(Node* e) {
    bool cut = false;
    return fold_at(e, 0, &cut);
}

namespace {

bool has_starred(const Seq<Node>& s) {
    for (Node* e : s)
        if (e->kind == Kind::Starred) return true;
    return false;
}

// All-constant tuples are one constant; a constant set display is a frozenset constant merged into a new
// set, as CPython does. True when `e` was compiled so (or failed: u->failed or an exception).
bool constant_display(Compiler* c, const Seq<Node>& elts, Kind kind, bool* done) {
    Unit* u = c->u;
    *done = false;
    if (kind == Kind::Tuple && elts.len) {
        for (Node* e : elts)
            if (e->kind != Kind::Constant) return true;
        core::Tuple* t = new_tuple(elts.len);
        if (!t) return false;
        for (uint32_t i = 0; i < elts.len; ++i) t->items[i] = static_cast<Constant*>(elts[i])->value;
        emit_const(u, Value(t));
        *done = true;
        return true;
    }
    if (kind == Kind::Set && elts.len > 2) {
        // The merge sizes the table for all items at once, which decides the set's iteration order.
        core::Tuple* t = new_tuple(elts.len);
        if (!t) return false;
        bool all_const = true;
        for (uint32_t i = 0; i < elts.len && all_const; ++i) all_const = bool(t->items[i] = fold(elts[i]));
        if (pending()) return false;
        if (!all_const) return true;
        // CPython builds the frozenset from the items, then rebuilds it from its own iteration order when
        // it merges constants: do both, for the same table layout.
        Value fs = set_from_iterable(&frozenset_type, Value(t));
        if (fs)
            fs = set_from_iterable(&frozenset_type,
                                   fs.as<core::Set>()->used ? call1(Value(&tuple_type), fs) : fs);
        if (!fs) return false;
        emit_op_u(u, Op::BUILD_SET, 0, 1);
        emit_const(u, fs);
        emit_op_u(u, Op::SET_UPDATE, 1, -1);
        *done = true;
    }
    return true;
}

// List/tuple/set displays, with `*x` items and long displays built incrementally. flags 1: incremental.
bool step_display(Compiler* c, Task& t, const Seq<Node>& elts, Kind kind) {
    Unit* u = c->u;
    bool is_set = kind == Kind::Set;
    if (t.step == 0) {
        t.step = 1;
        // Without MBPY_SYNTAX_EXTRA a `*x` item is compiled as an expression: a SyntaxError.
        bool starred = MBPY_SYNTAX_EXTRA && has_starred(elts);
        if (!starred) {
            bool done;
            if (!constant_display(c, elts, kind, &done)) return false;
            if (done) return task_done(c);
        }
        if (starred || elts.len > max_direct_items) {
            t.flags = 1;
            emit_op_u(u, is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0, 1);
        }
    }
    bool incremental = t.flags & 1;
    if (incremental && t.i > 0) {
        bool star = MBPY_SYNTAX_EXTRA && elts[t.i - 1]->kind == Kind::Starred;
        emit_op_u(u,
                  is_set ? (star ? Op::SET_UPDATE : Op::SET_ADD) : (star ? Op::LIST_EXTEND : Op::LIST_APPEND),
                  1, -1);
    }
    if (t.i < elts.len) {
        Node* e = elts[t.i++];
        if (MBPY_SYNTAX_EXTRA && incremental && e->kind == Kind::Starred) e = static_cast<Starred*>(e)->value;
        return push_task(c, t_expr, e);
    }
    if (!incremental)
        emit_op_u(u,
                  is_set                ? Op::BUILD_SET
                  : kind == Kind::Tuple ? Op::BUILD_TUPLE
                                        : Op::BUILD_LIST,
                  elts.len, 1 - int(elts.len));
    else if (kind == Kind::Tuple)
        emit_op(u, Op::LIST_TO_TUPLE, 0);
    return task_done(c);
}

// Keys and values in turn (t.i counts both); `{**m}` has a null key. flags 1: built incrementally.
bool step_dict(Compiler* c, Task& t, ast::Dict* d) {
    Unit* u = c->u;
    uint32_t n = d->keys.len;
    if (t.step == 0) {
        t.step = 1;
        bool unpack = false;  // `{**m}` (MBPY_SYNTAX_EXTRA)
        for (Node* k : d->keys) unpack |= MBPY_SYNTAX_EXTRA && k == nullptr;
        if (unpack || n > max_direct_items) {
            t.flags = 1;
            emit_op_u(u, Op::BUILD_MAP, 0, 1);
        }
    }
    bool incremental = t.flags & 1;
    if (incremental && t.i > 0 && t.i % 2 == 0)  // pair t.i / 2 - 1 is on the stack
        !MBPY_SYNTAX_EXTRA || d->keys[t.i / 2 - 1] ? emit_op_u(u, Op::MAP_ADD, 1, -2)
                                                   : emit_op_u(u, Op::DICT_UPDATE, 1, -1);
    while (t.i < 2 * n) {
        uint32_t j = t.i++;
        Node* e = j % 2 ? d->values[j / 2] : d->keys[j / 2];
        if (!MBPY_SYNTAX_EXTRA || e) return push_task(c, t_expr, e);
    }
    if (!incremental) emit_op_u(u, Op::BUILD_MAP, n, 1 - 2 * int(n));
    return task_done(c);
}

void emit_cmp(Unit* u, CmpOp op) {
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
}

// a < b < c: each middle operand is evaluated once and kept (DUP_TOP, ROT_THREE) for the next test.
// t.i counts the comparators pushed; labels a: cleanup, a + 1: end.
bool step_compare(Compiler* c, Task& t, Compare* e) {
    Unit* u = c->u;
    uint32_t n = e->comparators.len;
    if (t.step == 0) {
        t.step = 1;
        if (n > 1 && (t.a = new_labels(c, 2)) == no_label) return false;
        return push_task(c, t_expr, e->left);
    }
    if (t.i > 0) {
        uint32_t k = t.i - 1;  // comparator k is on the stack
        if (n == 1) {
            emit_cmp(u, e->ops[0]);
            return task_done(c);
        }
        if (k + 1 < n) {
            emit_op(u, Op::DUP_TOP, 1);
            emit_op(u, Op::ROT_THREE, 0);
            emit_cmp(u, e->ops[k]);
            emit_jump(c, Op::JUMP_IF_FALSE_OR_POP, t.a, -1);
        } else {
            emit_cmp(u, e->ops[n - 1]);
            emit_jump(c, Op::JUMP, t.a + 1, 0);
            bind_label(c, t.a);
            adjust_depth(u, 1);  // [b result] on this path
            emit_op(u, Op::ROT_TWO, 0);
            emit_op(u, Op::POP_TOP, -1);
            bind_label(c, t.a + 1);
            return task_done(c);
        }
    }
    return push_task(c, t_expr, e->comparators[t.i++]);
}

#if MBPY_FSTRINGS
// f-strings: constants and formatted values in turn; t.step 1: the value is compiled, 2: its spec too.
bool step_joined_str(Compiler* c, Task& t) {
    Unit* u = c->u;
    Node* e = t.node;
    bool lone = e->kind == Kind::FormattedValue;  // a field outside a JoinedStr: as f"{x}"
    uint32_t n = lone ? 1 : static_cast<JoinedStr*>(e)->values.len;
    for (;;) {
        if (t.i == n) break;
        Node* v = lone ? e : static_cast<JoinedStr*>(e)->values[t.i];
        if (v->kind == Kind::Constant) {
            emit_const(u, static_cast<Constant*>(v)->value);
            ++t.i;
            continue;
        }
        auto* fv = static_cast<FormattedValue*>(v);
        if (t.step == 0) {
            t.step = 1;
            return push_task(c, t_expr, fv->value);
        }
        if (t.step == 1 && fv->format_spec) {
            t.step = 2;
            return push_task(c, t_expr, fv->format_spec);
        }
        uint32_t flags = 0;
        switch (fv->conversion) {
            case 's': flags = fmt_conv_str; break;
            case 'r': flags = fmt_conv_repr; break;
            case 'a': flags = fmt_conv_ascii; break;
            default: break;
        }
        if (fv->format_spec) flags |= fmt_have_spec;
        emit_op_u(u, Op::FORMAT_VALUE, flags, (flags & fmt_have_spec) ? -1 : 0);
        t.step = 0;
        ++t.i;
    }
    if (n == 0) {
        Value empty = make_str("");
        if (!empty) return false;
        emit_const(u, empty);
    } else if (n > 1) {
        emit_op_u(u, Op::BUILD_STRING, n, 1 - int(n));
    }
    return task_done(c);
}

#endif  // MBPY_FSTRINGS

}  // namespace

bool step_expr(Compiler* c, Task& t) {
    Unit* u = c->u;
    if (u->failed) return false;
    Node* e = t.node;
    switch (e->kind) {
        case Kind::Constant: emit_const(u, static_cast<Constant*>(e)->value); return task_done(c);
        case Kind::Name:
            return compile_name(c, static_cast<Name*>(e)->id, static_cast<Name*>(e)->ctx) && task_done(c);
        case Kind::BinOp: {
            auto* b = static_cast<BinOp*>(e);
            switch (t.step++) {
                case 0:
                    if (Value v = fold(e)) {
                        emit_const(u, v);
                        return task_done(c);
                    }
                    return push_task(c, t_expr, b->left);
                case 1: return push_task(c, t_expr, b->right);
                default: emit_op_u(u, Op::BINARY_OP, uint32_t(b->op), -1); return task_done(c);
            }
        }
        case Kind::UnaryOp: {
            auto* un = static_cast<ast::UnaryOp*>(e);
            if (t.step++ == 0) {
                if (un->op != UnOp::Not) {
                    if (Value v = fold(e)) {
                        emit_const(u, v);
                        return task_done(c);
                    }
                }
                return push_task(c, t_expr, un->operand);
            }
            switch (un->op) {
                case UnOp::Not: emit_op(u, Op::UNARY_NOT, 0); break;
                case UnOp::USub: emit_op_u(u, Op::UNARY_OP, uint32_t(core::UnaryOp::Neg), 0); break;
                case UnOp::UAdd: emit_op_u(u, Op::UNARY_OP, uint32_t(core::UnaryOp::Pos), 0); break;
                case UnOp::Invert: emit_op_u(u, Op::UNARY_OP, uint32_t(core::UnaryOp::Invert), 0); break;
            }
            return task_done(c);
        }
        case Kind::BoolOp: {
            auto* b = static_cast<BoolOp*>(e);
            if (t.step == 0) {
                t.step = 1;
                if ((t.a = new_labels(c, 1)) == no_label) return false;
            }
            Op op = b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
            if (t.i < b->values.len) {
                if (t.i > 0) emit_jump(c, op, t.a, -1);
                return push_task(c, t_expr, b->values[t.i++]);
            }
            bind_label(c, t.a);
            return task_done(c);
        }
#if MBPY_WALRUS
        case Kind::NamedExpr: {
            auto* w = static_cast<NamedExpr*>(e);
            if (t.step++ == 0) return push_task(c, t_expr, w->value);
            emit_op(u, Op::DUP_TOP, 1);
            t.op = t_store;  // the rest is the store
            t.node = w->target;
            t.step = 0;
            return true;
        }
#endif
        case Kind::Lambda: t.op = t_function; return true;
        case Kind::IfExp: {
            auto* x = static_cast<IfExp*>(e);
            switch (t.step++) {
                case 0:
                    if ((t.a = new_labels(c, 2)) == no_label) return false;
                    return push_task(c, t_jump_if, x->test, 0, 0, t.a);
                case 1: return push_task(c, t_expr, x->body);
                case 2:
                    emit_jump(c, Op::JUMP, t.a + 1, 0);
                    bind_label(c, t.a);
                    adjust_depth(u, -1);
                    return push_task(c, t_expr, x->orelse);
                default: bind_label(c, t.a + 1); return task_done(c);
            }
        }
        case Kind::Dict: return step_dict(c, t, static_cast<ast::Dict*>(e));
        case Kind::Set: return step_display(c, t, static_cast<ast::Set*>(e)->elts, Kind::Set);
        case Kind::List:
        case Kind::Tuple: {
            auto* l = static_cast<ast::List*>(e);
            if (l->ctx != ExprContext::Load) return syntax_error(e, "invalid syntax"_msg);
            return step_display(c, t, l->elts, e->kind);
        }
        case Kind::ListComp:
        case Kind::SetComp:
        case Kind::DictComp:
        case Kind::GeneratorExp: {
            switch (t.step++) {
                case 0: return push_task(c, t_function, e);
                case 1: {
                    Seq<comprehension> gens = e->kind == Kind::DictComp
                                                  ? static_cast<DictComp*>(e)->generators
                                                  : static_cast<Comprehension1*>(e)->generators;
                    return push_task(c, t_expr, gens[0]->iter);
                }
                default:
                    emit_op(u, Op::GET_ITER, 0);
                    emit_op_u(u, Op::CALL, 1, -1);
                    return task_done(c);
            }
        }
        case Kind::Await:
        case Kind::YieldFrom:
        case Kind::Yield: {
            Node* v = static_cast<Await*>(e)->value;
            if (t.step++ == 0) {
                if (v) return push_task(c, t_expr, v);
                emit_op(u, Op::LOAD_NONE, 1);  // bare yield
            }
            if (e->kind == Kind::Yield) {
                emit_op(u, Op::YIELD_VALUE, 0);
            } else {
                emit_op(u, e->kind == Kind::Await ? Op::GET_AWAITABLE : Op::GET_YIELD_FROM_ITER, 0);
                emit_op(u, Op::LOAD_NONE, 1);
                emit_op(u, Op::YIELD_FROM, -1);
            }
            return task_done(c);
        }
        case Kind::Compare: return step_compare(c, t, static_cast<Compare*>(e));
        case Kind::Call: {
            auto* call = static_cast<Call*>(e);
            if (t.step++ == 0) {
                bool simple = !has_starred(call->args);
                for (keyword* k : call->keywords) simple &= k->arg != nullptr;
                if (simple && call->func->kind == Kind::Attribute &&
                    static_cast<Attribute*>(call->func)->ctx == ExprContext::Load) {
                    t.flags = 1;  // a method call
                    return push_task(c, t_expr, static_cast<Attribute*>(call->func)->value);
                }
                return push_task(c, t_expr, call->func);
            }
            if (t.flags & 1) {
                set_line(u, e->line);
                emit_op_u(u, Op::LOAD_METHOD, name_index(u, static_cast<Attribute*>(call->func)->attr), 1);
            }
            t.op = t_call_args;  // the rest: the arguments and the call (flags 1: a method)
            t.step = 0;
            t.b = 0;
            return true;
        }
#if MBPY_FSTRINGS
        case Kind::JoinedStr:
        case Kind::FormattedValue: return step_joined_str(c, t);
#endif
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(e);
            if (t.step++ == 0) return push_task(c, t_expr, a->value);
            emit_op_u(u, Op::LOAD_ATTR, name_index(u, a->attr), 0);
            return task_done(c);
        }
        case Kind::Subscript: {
            auto* s = static_cast<Subscript*>(e);
            switch (t.step++) {
                case 0: return push_task(c, t_expr, s->value);
                case 1: return push_task(c, t_expr, s->slice);
                default: emit_op(u, Op::LOAD_SUBSCR, -1); return task_done(c);
            }
        }
        case Kind::Slice: {
            auto* s = static_cast<Slice*>(e);
            for (;;) {
                uint32_t part = t.step++;
                if (part == 3 || (part == 2 && !s->step)) {
                    emit_op_u(u, Op::BUILD_SLICE, s->step ? 3 : 2, s->step ? -2 : -1);
                    return task_done(c);
                }
                Node* p = part == 0 ? s->lower : part == 1 ? s->upper : s->step;
                if (p) return push_task(c, t_expr, p);
                emit_op(u, Op::LOAD_NONE, 1);
            }
        }
        case Kind::Starred: return syntax_error(e, "can't use starred expression here"_msg);
        default: return syntax_error(e, "invalid syntax"_msg);
    }
}

// Arguments of a call whose callable (and `t.b` extra positionals, e.g. the class body and name of
// __build_class__) are already on the stack, then the call itself. flags 1: a method call, 2: the
// general form f(*a, x, **k) (positionals as one list, keywords as one dict). t.i counts the arguments
// (positionals, then keywords) pushed.
bool step_call_args(Compiler* c, Task& t) {
    Unit* u = c->u;
    bool is_call = t.node->kind == Kind::Call;
    const Seq<Node>& args =
        is_call ? static_cast<Call*>(t.node)->args : static_cast<ClassDef*>(t.node)->bases;
    const Seq<keyword>& kws =
        is_call ? static_cast<Call*>(t.node)->keywords : static_cast<ClassDef*>(t.node)->keywords;
    uint32_t n_before = t.b;
    if (t.step == 0) {
        t.step = 1;
        bool general = has_starred(args);
        for (keyword* k : kws) general |= k->arg == nullptr;
        if (general) {
            t.flags |= 2;
            emit_op_u(u, Op::BUILD_LIST, n_before, 1 - int(n_before));
        }
    }
    bool general = t.flags & 2;
    if (general && t.i > 0) {  // argument t.i - 1 is on the stack
        uint32_t j = t.i - 1;
        if (j < args.len) {
            emit_op_u(u, args[j]->kind == Kind::Starred ? Op::LIST_EXTEND : Op::LIST_APPEND, 1, -1);
        } else {
            // keywords are merged (not added), so a name that also comes from **m is a duplicate error
            if (kws[j - args.len]->arg) emit_op_u(u, Op::BUILD_MAP, 1, -1);
            emit_op_u(u, Op::DICT_MERGE, 1, -1);
        }
    }
    if (t.i < args.len + kws.len) {
        uint32_t j = t.i++;
        if (j < args.len) {
            Node* a = args[j];
            return push_task(c, t_expr,
                             general && a->kind == Kind::Starred ? static_cast<Starred*>(a)->value : a);
        }
        keyword* k = kws[j - args.len];
        if (general && j == args.len) emit_op_u(u, Op::BUILD_MAP, 0, 1);
        if (k->arg) emit_const(u, Value(k->arg));
        return push_task(c, t_expr, k->value);
    }
    bool method = t.flags & 1;
    if (general) {
        bool has_kw = kws.len;
        emit_op_u(u, Op::CALL_EX, has_kw ? 1 : 0, has_kw ? -2 : -1);
    } else {
        uint32_t n_pos = n_before + args.len, n_kw = kws.len;
        int pops = int(n_pos + 2 * n_kw) + (method ? 1 : 0);
        if (n_kw)
            emit_op_uu(u, method ? Op::CALL_METHOD_KW : Op::CALL_KW, n_pos, n_kw, -pops);
        else
            emit_op_u(u, method ? Op::CALL_METHOD : Op::CALL, n_pos, -pops);
    }
    return task_done(c);
}

bool compile_name(Compiler* c, const Str* name, ExprContext ctx) {
    Unit* u = c->u;
    Scope* s = u->scope;
    if (name == &q_dunder_debug && ctx == ExprContext::Load) {
        emit_op(u, state.opt_level ? Op::LOAD_FALSE : Op::LOAD_TRUE, 1);
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

// Stores (del: deletes) to a target; a tuple or list target unpacks, then stores each element (t.i).
bool step_store(Compiler* c, Task& t, bool del) {
    Unit* u = c->u;
    Node* n = t.node;
    switch (n->kind) {
        case Kind::Name:
            return compile_name(c, static_cast<Name*>(n)->id, del ? ExprContext::Del : ExprContext::Store) &&
                   task_done(c);
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(n);
            if (t.step++ == 0) return push_task(c, t_expr, a->value);
            emit_op_u(u, del ? Op::DELETE_ATTR : Op::STORE_ATTR, name_index(u, a->attr), del ? -1 : -2);
            return task_done(c);
        }
        case Kind::Subscript: {
            auto* s = static_cast<Subscript*>(n);
            switch (t.step++) {
                case 0: return push_task(c, t_expr, s->value);
                case 1: return push_task(c, t_expr, s->slice);
                default:
                    emit_op(u, del ? Op::DELETE_SUBSCR : Op::STORE_SUBSCR, del ? -2 : -3);
                    return task_done(c);
            }
        }
        case Kind::Tuple:
        case Kind::List: {
            const Seq<Node>& elts = static_cast<ast::List*>(n)->elts;
            if (t.step++ == 0 && !del) {
                int star = -1;
                for (uint32_t i = 0; i < elts.len; ++i)
                    if (elts[i]->kind == Kind::Starred) {
                        if (star >= 0)
                            return syntax_error(n, "multiple starred expressions in assignment"_msg);
                        star = int(i);
                    }
                if (star >= 0)
                    emit_op_uu(u, Op::UNPACK_EX, uint32_t(star), elts.len - 1 - uint32_t(star),
                               int(elts.len) - 1);
                else
                    emit_op_u(u, Op::UNPACK_SEQUENCE, elts.len, int(elts.len) - 1);
            }
            if (t.i == elts.len) return task_done(c);
            Node* e = elts[t.i++];
            if (!del && e->kind == Kind::Starred) e = static_cast<Starred*>(e)->value;
            return push_task(c, del ? t_delete : t_store, e);
        }
        case Kind::Starred:
            if (!del) return syntax_error(n, "starred assignment target must be in a list or tuple"_msg);
            [[fallthrough]];
        default:
            return syntax_error(n, del ? "can't delete expression"_msg : "can't assign to expression"_msg);
    }
}

// Jumps to label t.b when truth(node) == (flags & 1), without materialising booleans for not/and/or.
bool step_jump_if(Compiler* c, Task& t) {
    Node* e = t.node;
    bool cond = t.flags & 1;
    if (e->kind == Kind::UnaryOp && static_cast<ast::UnaryOp*>(e)->op == UnOp::Not) {
        t.node = static_cast<ast::UnaryOp*>(e)->operand;  // the same task goes on with the operand
        t.flags ^= 1;
        return true;
    }
    if (e->kind == Kind::BoolOp) {
        auto* b = static_cast<BoolOp*>(e);
        bool is_and = b->op == BoolOpKind::And;
        uint32_t n = b->values.len;
        if (is_and != cond) {
            // and/false or or/true: any operand deciding it jumps straight to the target
            if (t.i < n) return push_task(c, t_jump_if, b->values[t.i++], cond, 0, t.b);
            return task_done(c);
        }
        if (t.step == 0) {  // label a: past the test
            t.step = 1;
            if ((t.a = new_labels(c, 1)) == no_label) return false;
        }
        if (t.i + 1 < n) return push_task(c, t_jump_if, b->values[t.i++], !cond, 0, t.a);
        if (t.i + 1 == n) return push_task(c, t_jump_if, b->values[t.i++], cond, 0, t.b);
        bind_label(c, t.a);
        return task_done(c);
    }
    if (e->kind == Kind::Constant) {
        int truth_value = truth(static_cast<Constant*>(e)->value);
        if (truth_value < 0) return false;
        if (bool(truth_value) == cond) emit_jump(c, Op::JUMP, t.b, 0);
        return task_done(c);
    }
    if (t.step++ == 0) return push_task(c, t_expr, e);
    emit_jump(c, cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, t.b, -1);
    return task_done(c);
}

// Generator t.i of a comprehension (its own code object: local 0 is the outermost iterator); labels a:
// the loop's top, a + 1: its exit; t.b counts the conditions.
bool step_gen_loop(Compiler* c, Task& t) {
    Unit* u = c->u;
    Node* node = t.node;
    const Seq<comprehension>& gens = node->kind == Kind::DictComp
                                         ? static_cast<DictComp*>(node)->generators
                                         : static_cast<Comprehension1*>(node)->generators;
    comprehension* g = gens[t.i];
    switch (t.step++) {
        case 0:
            if ((t.a = new_labels(c, 2)) == no_label) return false;
            if (t.i > 0) return push_task(c, t_expr, g->iter);
            t.step = 2;
            [[fallthrough]];
        case 1:
            if (t.i > 0) emit_op(u, Op::GET_ITER, 0);
            bind_label(c, t.a);
            emit_jump(c, Op::FOR_ITER, t.a + 1, 1);
            return push_task(c, t_store, g->target);
        case 2:
            if (t.b < g->ifs.len) {
                t.step = 2;
                return push_task(c, t_jump_if, g->ifs[t.b++], 0, 0, t.a);
            }
            if (t.i + 1 < gens.len) {
                t.step = 4;
                return push_task(c, t_gen_loop, node, 0, t.i + 1);
            }
            if (node->kind == Kind::DictComp) {
                t.step = 5;
                return push_task(c, t_expr, static_cast<DictComp*>(node)->key);
            }
            return push_task(c, t_expr, static_cast<Comprehension1*>(node)->elt);
        case 5:  // DictComp: the key is on the stack
            t.step = 3;
            return push_task(c, t_expr, static_cast<DictComp*>(node)->value);
        case 3: {
            uint32_t n = gens.len + 1;
            switch (node->kind) {
                case Kind::ListComp: emit_op_u(u, Op::LIST_APPEND, n, -1); break;
                case Kind::SetComp: emit_op_u(u, Op::SET_ADD, n, -1); break;
                case Kind::DictComp: emit_op_u(u, Op::MAP_ADD, n, -2); break;
                default:
                    emit_op(u, Op::YIELD_VALUE, 0);
                    emit_op(u, Op::POP_TOP, -1);
                    break;
            }
            [[fallthrough]];
        }
        default:
            emit_jump(c, Op::JUMP, t.a, 0);
            bind_label(c, t.a + 1);
            adjust_depth(u, -1);
            return task_done(c);
    }
}

}  // namespace core::comp
