// The set and frozenset types: constructor, operators and methods, combining tables as CPython does
// (which side is iterated decides the order of the result).
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_set.hpp"

namespace core {

static Set* as_set(Value v) { return native_of(v).as<Set>(); }
static bool is_set_like(Value v) {
    Value n = native_of(v);
    return is_type(n, &set_type) || is_type(n, &frozenset_type);
}
// The native type (set or frozenset) results of operations on `v` get.
static const Type* base_type(Value v) { return type_of(native_of(v)); }

static Value set_make_new(const Type* type, const Args& a) {
    if (a.n_kw) return raise_type_error("%q() takes no keyword arguments"_msg, type->name);
    if (a.n_pos > 1)
        return raise_type_error("%q expected at most 1 argument, got %d"_msg, type->name, int(a.n_pos));
    const Type* native = is_subtype(type, &frozenset_type) ? &frozenset_type : &set_type;
    Set* s = new_set(native);
    if (!s) return {};
    if (a.n_pos && !set_update(s, a.pos[0])) return {};
    return Value(s);
}

static bool set_print(Printer& out, Value self, PrintKind) {
    Set* s = self.as<Set>();
    bool frozen = type_of(self) == &frozenset_type;
    if (s->used == 0) {
        out.write(frozen ? "frozenset()" : "set()");
        return true;
    }
    if (frozen) out.write("frozenset(");
    out.put('{');
    Value k;
    bool first = true;
    for (size_t i = 0; set_next(s, &i, &k);) {
        if (!first) out.write(", ");
        first = false;
        if (!print_value(out, k, PrintKind::Repr)) return false;
    }
    out.put('}');
    if (frozen) out.put(')');
    return true;
}

// Is every element of a in b?
static int subset(const Set* a, const Set* b) {
    if (a->used > b->used) return 0;
    Value k;
    for (size_t i = 0; set_next(a, &i, &k);) {
        int c = set_contains(b, k);
        if (c <= 0) return c;
    }
    return 1;
}

// A set view of any iterable (sets themselves are used as they are).
static Set* as_set_operand(Value v) {
    if (is_set_like(v)) return as_set(v);
    Value s = set_from_iterable(&set_type, v);
    return s ? s.as<Set>() : nullptr;
}

// set_intersection: iterates the smaller set, so the result follows that set's order.
static Set* intersection(const Type* type, Set* a, Value other_v) {
    Set* r = new_set(type);
    if (!r) return nullptr;
    if (is_set_like(other_v)) {
        Set* b = as_set(other_v);
        if (b->used > a->used) {
            Set* t = a;
            a = b;
            b = t;
        }
        Value k;
        for (size_t i = 0; set_next(b, &i, &k);) {
            int c = set_contains(a, k);
            if (c < 0 || (c && !set_add(r, k))) return nullptr;
        }
        return r;
    }
    Value it = get_iter(other_v);
    if (!it) return nullptr;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return nullptr;
        if (x == stop_marker()) return r;
        int c = set_contains(a, x);
        if (c < 0 || (c && !set_add(r, x))) return nullptr;
    }
}

static bool difference_update(Set* s, Value other_v) {
    if (is_set_like(other_v)) {
        Value k;
        for (size_t i = 0; set_next(as_set(other_v), &i, &k);) {
            if (set_discard(s, k) < 0) return false;
        }
        return true;
    }
    Value it = get_iter(other_v);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (set_discard(s, x) < 0) return false;
    }
}

// set_difference: small `other` -> copy and remove; else keep the elements of `a` not in `other`.
static Set* difference(const Type* type, Set* a, Value other_v) {
    if (!is_set_like(other_v) || (a->used >> 2) > as_set(other_v)->used) {
        Set* r = set_copy(a, type);
        if (!r || !difference_update(r, other_v)) return nullptr;
        return r;
    }
    Set* b = as_set(other_v);
    Set* r = new_set(type);
    if (!r) return nullptr;
    Value k;
    for (size_t i = 0; set_next(a, &i, &k);) {
        int c = set_contains(b, k);
        if (c < 0 || (!c && !set_add(r, k))) return nullptr;
    }
    return r;
}

static bool symmetric_difference_update(Set* s, Value other_v) {
    Set* b = as_set_operand(other_v);
    if (!b) return false;
    if (b == s) {
        set_clear(s);
        return true;
    }
    Value k;
    for (size_t i = 0; set_next(b, &i, &k);) {
        int r = set_discard(s, k);
        if (r < 0 || (r == 0 && !set_add(s, k))) return false;
    }
    return true;
}

static Set* symmetric_difference(const Type* type, Set* a, Value other_v) {
    Value o = set_from_iterable(type, other_v);
    if (!o || !symmetric_difference_update(o.as<Set>(), Value(a))) return nullptr;
    return o.as<Set>();
}

static Value set_unary_op(UnaryOp op, Value self) {
    Set* s = self.as<Set>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(s->used != 0);
        case UnaryOp::Len: return make_int_ull(s->used);
        case UnaryOp::Hash: {
            if (type_of(self) != &frozenset_type) return raise_type_error("unhashable type: 'set'"_msg);
            // CPython's frozenset hash (order-independent shuffle of the element hashes).
            uint64_t h = 0;
            Value k;
            for (size_t i = 0; set_next(s, &i, &k);) {
                intptr_t kh;
                if (!hash(k, &kh)) return {};
                uint64_t x = static_cast<uint64_t>(kh);
                h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull;
            }
            h ^= (s->used + 1) * 1927868237ull;
            h ^= (h >> 11) ^ (h >> 25);
            h = h * 69069ull + 907133923ull;
            intptr_t r = static_cast<intptr_t>(h);
            return make_int(r == -1 ? 590923713 : r);
        }
        default: return not_implemented();
    }
}

static Value set_binary_op(BinaryOp op, Value lhs, Value rhs) {
    Set* a = lhs.as<Set>();
    if (op == BinaryOp::Contains) {
        int c = set_contains(a, rhs);
        if (c < 0 && is_type(rhs, &set_type)) {
            // A set is looked up as the equal frozenset.
            take_exception();
            Value f = set_from_iterable(&frozenset_type, rhs);
            if (!f) return {};
            c = set_contains(a, f);
        }
        return c < 0 ? Value() : py_bool(c);
    }
    if (!is_set_like(rhs)) return not_implemented();
    Set* b = as_set(rhs);
    bool inplace = op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow;
    BinaryOp base = inplace ? BinaryOp(int(op) - binary_inplace_offset) : op;
    const Type* rt = type_of(lhs);
    if (inplace && rt == &set_type) {
        bool ok;
        switch (base) {
            case BinaryOp::Or: ok = set_merge(a, b); break;
            case BinaryOp::Sub: ok = difference_update(a, rhs); break;
            case BinaryOp::Xor: ok = symmetric_difference_update(a, rhs); break;
            case BinaryOp::And: {
                Set* r = intersection(rt, a, rhs);
                ok = r != nullptr;
                if (r) *a = *r;
                break;
            }
            default: return not_implemented();
        }
        return ok ? lhs : Value();
    }
    Set* r = nullptr;
    switch (base) {
        case BinaryOp::Or:
            r = set_copy(a, rt);
            if (r && !set_merge(r, b)) r = nullptr;
            break;
        case BinaryOp::And: r = intersection(rt, a, rhs); break;
        case BinaryOp::Sub: r = difference(rt, a, rhs); break;
        case BinaryOp::Xor: r = symmetric_difference(rt, a, rhs); break;
        case BinaryOp::Eq:
        case BinaryOp::Ne: {
            int s = a->used == b->used ? subset(a, b) : 0;
            if (s < 0) return {};
            return py_bool(op == BinaryOp::Eq ? s : !s);
        }
        case BinaryOp::Le:
        case BinaryOp::Lt: {
            int s = subset(a, b);
            if (s < 0) return {};
            return py_bool(s && (op == BinaryOp::Le || a->used < b->used));
        }
        case BinaryOp::Ge:
        case BinaryOp::Gt: {
            int s = subset(b, a);
            if (s < 0) return {};
            return py_bool(s && (op == BinaryOp::Ge || a->used > b->used));
        }
        default: return not_implemented();
    }
    return r ? Value(r) : Value();
}

struct SetIter : Obj {
    Value set;
    size_t pos;
    size_t used;  // size when iteration began
};
static Value set_iter_next(Value self) {
    SetIter* it = self.as<SetIter>();
    Set* s = it->set.as<Set>();
    if (s->used != it->used) return raise_runtime_error("Set changed size during iteration"_msg);
    Value k;
    if (!set_next(s, &it->pos, &k)) return stop_marker();
    return k;
}
static const Type set_iter_type =
    builtin_type({.name = &q_set_iterator, .flags = type_flag_iter_is_self, .iternext = set_iter_next});
static Value set_getiter(Value self) {
    SetIter* it = alloc<SetIter>(&set_iter_type);
    if (!it) return {};
    it->set = self;
    it->used = self.as<Set>()->used;
    return Value(it);
}

// ---- methods ------------------------------------------------------------------------------------------

static Value m_add(const Args& a) { return set_add(as_set(a.pos[0]), a.pos[1]) ? none() : Value(); }
static Value m_discard(const Args& a) {
    return set_discard(as_set(a.pos[0]), a.pos[1]) < 0 ? Value() : none();
}
static Value m_remove(const Args& a) {
    int r = set_discard(as_set(a.pos[0]), a.pos[1]);
    if (r < 0) return {};
    if (r == 0) return raise_value(make_exception(&key_error_type, 1, &a.pos[1]));
    return none();
}
static Value m_pop(const Args& a) {
    Value k;
    if (!set_pop(as_set(a.pos[0]), &k)) return raise(&key_error_type, "pop from an empty set"_msg);
    return k;
}
static Value m_clear(const Args& a) {
    set_clear(as_set(a.pos[0]));
    return none();
}
static Value m_copy(const Args& a) {
    Set* c = set_copy(as_set(a.pos[0]), base_type(a.pos[0]));
    return c ? Value(c) : Value();
}
static Value m_union(const Args& a) {
    Set* r = set_copy(as_set(a.pos[0]), base_type(a.pos[0]));
    for (size_t i = 1; r && i < a.n_pos; ++i) {
        if (!set_update(r, a.pos[i])) r = nullptr;
    }
    return r ? Value(r) : Value();
}
static Value m_update(const Args& a) {
    for (size_t i = 1; i < a.n_pos; ++i) {
        if (!set_update(as_set(a.pos[0]), a.pos[i])) return {};
    }
    return none();
}
static Value m_intersection(const Args& a) {
    Set* r = set_copy(as_set(a.pos[0]), base_type(a.pos[0]));
    for (size_t i = 1; r && i < a.n_pos; ++i) r = intersection(base_type(a.pos[0]), r, a.pos[i]);
    return r ? Value(r) : Value();
}
static Value m_intersection_update(const Args& a) {
    Value r = m_intersection(a);
    if (!r) return {};
    *as_set(a.pos[0]) = *r.as<Set>();
    return none();
}
static Value m_difference(const Args& a) {
    Set* s = as_set(a.pos[0]);
    if (a.n_pos == 1) return Value(set_copy(s, base_type(a.pos[0])));
    Set* r = difference(base_type(a.pos[0]), s, a.pos[1]);
    for (size_t i = 2; r && i < a.n_pos; ++i) {
        if (!difference_update(r, a.pos[i])) r = nullptr;
    }
    return r ? Value(r) : Value();
}
static Value m_difference_update(const Args& a) {
    for (size_t i = 1; i < a.n_pos; ++i) {
        if (!difference_update(as_set(a.pos[0]), a.pos[i])) return {};
    }
    return none();
}
static Value m_symmetric_difference(const Args& a) {
    Set* r = symmetric_difference(base_type(a.pos[0]), as_set(a.pos[0]), a.pos[1]);
    return r ? Value(r) : Value();
}
static Value m_symmetric_difference_update(const Args& a) {
    return symmetric_difference_update(as_set(a.pos[0]), a.pos[1]) ? none() : Value();
}
static Value relation(const Args& a, bool self_in_other) {
    Set* o = as_set_operand(a.pos[1]);
    if (!o) return {};
    Set* s = as_set(a.pos[0]);
    int r = self_in_other ? subset(s, o) : subset(o, s);
    return r < 0 ? Value() : py_bool(r);
}
static Value m_issubset(const Args& a) { return relation(a, true); }
static Value m_issuperset(const Args& a) { return relation(a, false); }
static Value m_isdisjoint(const Args& a) {
    Set* s = as_set(a.pos[0]);
    Value it = get_iter(a.pos[1]);
    if (!it) return {};
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) return py_bool(true);
        int c = set_contains(s, x);
        if (c < 0) return {};
        if (c) return py_bool(false);
    }
}

static const NativeFunction add_fn = native(q_add, m_add, 2, 2);
static const NativeFunction discard_fn = native(q_discard, m_discard, 2, 2);
static const NativeFunction remove_fn = native(q_remove, m_remove, 2, 2);
static const NativeFunction pop_fn = native(q_pop, m_pop, 1, 1);
static const NativeFunction clear_fn = native(q_clear, m_clear, 1, 1);
static const NativeFunction copy_fn = native(q_copy, m_copy, 1, 1);
static const NativeFunction union_fn = native(q_union, m_union, 1, var_pos);
static const NativeFunction update_fn = native(q_update, m_update, 1, var_pos);
static const NativeFunction intersection_fn = native(q_intersection, m_intersection, 1, var_pos);
static const NativeFunction intersection_update_fn =
    native(q_intersection_update, m_intersection_update, 1, var_pos);
static const NativeFunction difference_fn = native(q_difference, m_difference, 1, var_pos);
static const NativeFunction difference_update_fn =
    native(q_difference_update, m_difference_update, 1, var_pos);
static const NativeFunction symmetric_difference_fn =
    native(q_symmetric_difference, m_symmetric_difference, 2, 2);
static const NativeFunction symmetric_difference_update_fn =
    native(q_symmetric_difference_update, m_symmetric_difference_update, 2, 2);
static const NativeFunction issubset_fn = native(q_issubset, m_issubset, 2, 2);
static const NativeFunction issuperset_fn = native(q_issuperset, m_issuperset, 2, 2);
static const NativeFunction isdisjoint_fn = native(q_isdisjoint, m_isdisjoint, 2, 2);

// The mutating methods first; frozenset's table is the tail that starts at `copy`.
static const AttrEntry set_entries[] = {
    {&q_add, &add_fn},
    {&q_discard, &discard_fn},
    {&q_remove, &remove_fn},
    {&q_pop, &pop_fn},
    {&q_clear, &clear_fn},
    {&q_update, &update_fn},
    {&q_intersection_update, &intersection_update_fn},
    {&q_difference_update, &difference_update_fn},
    {&q_symmetric_difference_update, &symmetric_difference_update_fn},
    {&q_copy, &copy_fn},
    {&q_union, &union_fn},
    {&q_intersection, &intersection_fn},
    {&q_difference, &difference_fn},
    {&q_symmetric_difference, &symmetric_difference_fn},
    {&q_issubset, &issubset_fn},
    {&q_issuperset, &issuperset_fn},
    {&q_isdisjoint, &isdisjoint_fn},
};
constexpr size_t kSetEntries = sizeof(set_entries) / sizeof(set_entries[0]);
constexpr size_t kFirstShared = 9;
static const AttrTable set_locals = {set_entries, kSetEntries};
static const AttrTable frozenset_locals = {set_entries + kFirstShared, kSetEntries - kFirstShared};

const Type set_type = builtin_type({.name = &q_set,
                                    .flags = type_flag_base_ok,
                                    .make_new = set_make_new,
                                    .print = set_print,
                                    .unary_op = set_unary_op,
                                    .binary_op = set_binary_op,
                                    .getiter = set_getiter,
                                    .locals = &set_locals,
                                    .base = &object_type});
const Type frozenset_type = builtin_type({.name = &q_frozenset,
                                          .flags = type_flag_base_ok,
                                          .make_new = set_make_new,
                                          .print = set_print,
                                          .unary_op = set_unary_op,
                                          .binary_op = set_binary_op,
                                          .getiter = set_getiter,
                                          .locals = &frozenset_locals,
                                          .base = &object_type});

}  // namespace core
