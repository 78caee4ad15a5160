// set and frozenset: a Dict whose values are unused (same table code, same insertion order).
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"

namespace core {

static Dict* as_set(Value v) { return native_of(v).as<Dict>(); }
static bool is_set_like(Value v) {
    Value n = native_of(v);
    return is_type(n, &set_type) || is_type(n, &frozenset_type);
}

static Dict* new_set(const Type* type) {
    Dict* d = new_dict(0);
    if (d) d->type = type;
    return d;
}

static bool set_add_all(Dict* s, Value iterable) {
    Value src = native_of(iterable);
    if (is_set_like(src) || is_type(src, &dict_type)) {
        Value k;
        for (size_t i = 0; dict_next(src.as<Dict>(), &i, &k, nullptr);) {
            if (!dict_store(s, k, none())) return false;
        }
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (!dict_store(s, x, none())) return false;
    }
}

Value set_from_iterable(const Type* type, Value iterable) {
    Dict* s = new_set(type);
    if (!s || !set_add_all(s, iterable)) return {};
    return Value(s);
}

static Value set_make_new(const Type* type, const Args& a) {
    if (a.n_kw) return raise(&type_error_type, "%q() takes no keyword arguments", type->name);
    if (a.n_pos > 1) return raise(&type_error_type, "%q expected at most 1 argument, got %d", type->name, int(a.n_pos));
    Dict* s = new_set(type);
    if (!s) return {};
    if (a.n_pos && !set_add_all(s, a.pos[0])) return {};
    return Value(s);
}

static bool set_print(Printer& out, Value self, PrintKind) {
    Dict* s = self.as<Dict>();
    bool frozen = type_of(self) == &frozenset_type;
    if (s->used == 0) {
        out.write(frozen ? "frozenset()" : "set()");
        return true;
    }
    if (frozen) out.write("frozenset(");
    out.put('{');
    Value k;
    bool first = true;
    for (size_t i = 0; dict_next(s, &i, &k, nullptr);) {
        if (!first) out.write(", ");
        first = false;
        if (!print_value(out, k, PrintKind::Repr)) return false;
    }
    out.put('}');
    if (frozen) out.put(')');
    return true;
}

static int contains(Dict* s, Value k) {
    Value out;
    Lookup l = dict_lookup(s, k, &out);
    if (l == Lookup::Error) {
        // `[1] in {1}`: an unhashable probe is simply absent... CPython raises TypeError; so do we.
        return -1;
    }
    return l == Lookup::Found;
}

// Is every element of a in b?
static int subset(Dict* a, Dict* b) {
    if (a->used > b->used) return 0;
    Value k;
    for (size_t i = 0; dict_next(a, &i, &k, nullptr);) {
        int c = contains(b, k);
        if (c <= 0) return c;
    }
    return 1;
}

enum class SetOp { Union, Inter, Diff, SymDiff };

static Dict* set_combine(const Type* type, Dict* a, Dict* b, SetOp op) {
    Dict* r = new_set(type);
    if (!r) return nullptr;
    Value k;
    for (size_t i = 0; dict_next(a, &i, &k, nullptr);) {
        int in_b = op == SetOp::Union ? 0 : contains(b, k);
        if (in_b < 0) return nullptr;
        bool keep = op == SetOp::Union || (op == SetOp::Inter ? in_b : !in_b);
        if (keep && !dict_store(r, k, none())) return nullptr;
    }
    if (op == SetOp::Union || op == SetOp::SymDiff) {
        for (size_t i = 0; dict_next(b, &i, &k, nullptr);) {
            int in_a = op == SetOp::Union ? 0 : contains(a, k);
            if (in_a < 0) return nullptr;
            if (!in_a && !dict_store(r, k, none())) return nullptr;
        }
    }
    return r;
}

static Value set_unary_op(UnaryOp op, Value self) {
    Dict* s = self.as<Dict>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(s->used != 0);
        case UnaryOp::Len: return make_int_ull(s->used);
        case UnaryOp::Hash: {
            if (type_of(self) != &frozenset_type) return raise(&type_error_type, "unhashable type: 'set'");
            uintptr_t h = 1927868237u;  // order-independent, as CPython's frozenset hash
            Value k;
            for (size_t i = 0; dict_next(s, &i, &k, nullptr);) {
                intptr_t kh;
                if (!hash(k, &kh)) return {};
                uintptr_t x = static_cast<uintptr_t>(kh);
                h ^= (x ^ (x << 16) ^ 89869747u) * 3644798167u;
            }
            return Value::small(static_cast<intptr_t>(h) & Value::small_max);
        }
        default: return not_implemented();
    }
}

static Value set_binary_op(BinaryOp op, Value lhs, Value rhs) {
    Dict* a = lhs.as<Dict>();
    if (op == BinaryOp::Contains) {
        int c = contains(a, rhs);
        if (c < 0) {
            // A set can be looked up by an equal frozenset; other unhashables are errors.
            if (is_type(rhs, &set_type)) {
                take_exception();
                Value f = set_from_iterable(&frozenset_type, rhs);
                if (!f) return {};
                c = contains(a, f);
                if (c < 0) return {};
                return py_bool(c);
            }
            return {};
        }
        return py_bool(c);
    }
    if (!is_set_like(rhs)) return not_implemented();
    Dict* b = as_set(rhs);
    bool inplace = op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow;
    BinaryOp base = inplace ? BinaryOp(int(op) - binary_inplace_offset) : op;
    const Type* rt = type_of(lhs);
    switch (base) {
        case BinaryOp::Or: case BinaryOp::And: case BinaryOp::Sub: case BinaryOp::Xor: {
            SetOp so = base == BinaryOp::Or ? SetOp::Union : base == BinaryOp::And ? SetOp::Inter
                     : base == BinaryOp::Sub ? SetOp::Diff : SetOp::SymDiff;
            Dict* r = set_combine(rt, a, b, so);
            if (!r) return {};
            if (inplace && rt == &set_type) {
                *a = *r;  // update in place: the same set object gets the new table
                return lhs;
            }
            return Value(r);
        }
        case BinaryOp::Eq: case BinaryOp::Ne: {
            int s = a->used == b->used ? subset(a, b) : 0;
            if (s < 0) return {};
            return py_bool(op == BinaryOp::Eq ? s : !s);
        }
        case BinaryOp::Le: case BinaryOp::Lt: {
            int s = subset(a, b);
            if (s < 0) return {};
            return py_bool(s && (op == BinaryOp::Le || a->used < b->used));
        }
        case BinaryOp::Ge: case BinaryOp::Gt: {
            int s = subset(b, a);
            if (s < 0) return {};
            return py_bool(s && (op == BinaryOp::Ge || a->used > b->used));
        }
        default: return not_implemented();
    }
}

struct SetIter : Obj {
    Value set;
    size_t pos;
};
static Value set_iter_next(Value self) {
    SetIter* it = self.as<SetIter>();
    Value k;
    if (!dict_next(it->set.as<Dict>(), &it->pos, &k, nullptr)) return stop_marker();
    return k;
}
static constexpr Str q_set_iterator = const_str("set_iterator");
static const Type set_iter_type = {{&type_type}, &q_set_iterator, type_flag_iter_is_self, nullptr, nullptr,
                                   nullptr,      nullptr,         nullptr,                nullptr, nullptr,
                                   nullptr,      nullptr,         set_iter_next};
static Value set_getiter(Value self) {
    SetIter* it = alloc<SetIter>(&set_iter_type);
    if (!it) return {};
    it->set = self;
    return Value(it);
}

// ---- methods ------------------------------------------------------------------------------------------

static Value m_add(const Args& a) { return dict_store(as_set(a.pos[0]), a.pos[1], none()) ? none() : Value(); }
static Value m_discard(const Args& a) {
    return dict_remove(as_set(a.pos[0]), a.pos[1], nullptr) == Lookup::Error ? Value() : none();
}
static Value m_remove(const Args& a) {
    Lookup l = dict_remove(as_set(a.pos[0]), a.pos[1], nullptr);
    if (l == Lookup::Error) return {};
    if (l == Lookup::Missing) return raise_value(make_exception(&key_error_type, 1, &a.pos[1]));
    return none();
}
static Value m_pop(const Args& a) {
    Dict* s = as_set(a.pos[0]);
    Value k;
    size_t i = 0;
    if (!dict_next(s, &i, &k, nullptr)) return raise(&key_error_type, "pop from an empty set");
    if (dict_remove(s, k, nullptr) == Lookup::Error) return {};
    return k;
}
static Value m_clear(const Args& a) {
    dict_clear(as_set(a.pos[0]));
    return none();
}
static Value m_copy(const Args& a) {
    Dict* c = dict_copy(as_set(a.pos[0]));
    if (!c) return {};
    c->type = type_of(native_of(a.pos[0]));
    return Value(c);
}
// The n-ary methods: s.union(*others) etc. Each other may be any iterable.
static Value combine_many(const Args& a, SetOp op, bool update) {
    Dict* self = as_set(a.pos[0]);
    Dict* acc = self;
    for (size_t i = 1; i < a.n_pos; ++i) {
        Value other = is_set_like(a.pos[i]) ? native_of(a.pos[i]) : set_from_iterable(&set_type, a.pos[i]);
        if (!other) return {};
        acc = set_combine(self->type, acc, other.as<Dict>(), op);
        if (!acc) return {};
    }
    if (update) {
        if (acc != self) *self = *acc;
        return none();
    }
    if (acc == self) {
        acc = dict_copy(self);
        if (!acc) return {};
        acc->type = self->type;
    }
    return Value(acc);
}
static Value m_union(const Args& a) { return combine_many(a, SetOp::Union, false); }
static Value m_update(const Args& a) { return combine_many(a, SetOp::Union, true); }
static Value m_intersection(const Args& a) { return combine_many(a, SetOp::Inter, false); }
static Value m_intersection_update(const Args& a) { return combine_many(a, SetOp::Inter, true); }
static Value m_difference(const Args& a) { return combine_many(a, SetOp::Diff, false); }
static Value m_difference_update(const Args& a) { return combine_many(a, SetOp::Diff, true); }
static Value m_symmetric_difference(const Args& a) { return combine_many(a, SetOp::SymDiff, false); }
static Value m_symmetric_difference_update(const Args& a) { return combine_many(a, SetOp::SymDiff, true); }
static Value relation(const Args& a, bool self_in_other) {
    Value other = is_set_like(a.pos[1]) ? native_of(a.pos[1]) : set_from_iterable(&set_type, a.pos[1]);
    if (!other) return {};
    Dict* s = as_set(a.pos[0]);
    int r = self_in_other ? subset(s, other.as<Dict>()) : subset(other.as<Dict>(), s);
    return r < 0 ? Value() : py_bool(r);
}
static Value m_issubset(const Args& a) { return relation(a, true); }
static Value m_issuperset(const Args& a) { return relation(a, false); }
static Value m_isdisjoint(const Args& a) {
    Dict* s = as_set(a.pos[0]);
    Value it = get_iter(a.pos[1]);
    if (!it) return {};
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) return py_bool(true);
        int c = contains(s, x);
        if (c < 0) return {};
        if (c) return py_bool(false);
    }
}

#define SET_METHOD(name, min, max)                    \
    static constexpr Str q_##name = const_str(#name); \
    static const NativeFunction name##_fn = {{&native_function_type}, m_##name, #name, min, max, false};
SET_METHOD(add, 2, 2)
SET_METHOD(discard, 2, 2)
SET_METHOD(remove, 2, 2)
SET_METHOD(pop, 1, 1)
SET_METHOD(clear, 1, 1)
SET_METHOD(copy, 1, 1)
SET_METHOD(union, 1, var_pos)
SET_METHOD(update, 1, var_pos)
SET_METHOD(intersection, 1, var_pos)
SET_METHOD(intersection_update, 1, var_pos)
SET_METHOD(difference, 1, var_pos)
SET_METHOD(difference_update, 1, var_pos)
SET_METHOD(symmetric_difference, 2, 2)
SET_METHOD(symmetric_difference_update, 2, 2)
SET_METHOD(issubset, 2, 2)
SET_METHOD(issuperset, 2, 2)
SET_METHOD(isdisjoint, 2, 2)

static const AttrEntry set_entries[] = {
    {&q_add, &add_fn}, {&q_discard, &discard_fn}, {&q_remove, &remove_fn}, {&q_pop, &pop_fn}, {&q_clear, &clear_fn},
    {&q_update, &update_fn}, {&q_intersection_update, &intersection_update_fn},
    {&q_difference_update, &difference_update_fn}, {&q_symmetric_difference_update, &symmetric_difference_update_fn},
    // shared with frozenset (frozenset_locals starts here)
    {&q_copy, &copy_fn}, {&q_union, &union_fn}, {&q_intersection, &intersection_fn},
    {&q_difference, &difference_fn}, {&q_symmetric_difference, &symmetric_difference_fn},
    {&q_issubset, &issubset_fn}, {&q_issuperset, &issuperset_fn}, {&q_isdisjoint, &isdisjoint_fn},
};
static const AttrTable set_locals = {set_entries, sizeof(set_entries) / sizeof(set_entries[0])};
static const AttrTable frozenset_locals = {set_entries + 9, sizeof(set_entries) / sizeof(set_entries[0]) - 9};

static constexpr Str q_set = const_str("set"), q_frozenset = const_str("frozenset");
const Type set_type = {{&type_type},  &q_set,        type_flag_base_ok, set_make_new, set_print, nullptr,
                       set_unary_op,  set_binary_op, nullptr,           nullptr,      nullptr,   set_getiter,
                       nullptr,       &set_locals,   &object_type};
const Type frozenset_type = {{&type_type},  &q_frozenset,  type_flag_base_ok, set_make_new, set_print, nullptr,
                             set_unary_op,  set_binary_op, nullptr,           nullptr,      nullptr,   set_getiter,
                             nullptr,       &frozenset_locals, &object_type};

}  // namespace core
