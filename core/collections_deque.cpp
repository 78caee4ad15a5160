// collections.deque: a ring buffer with an optional maxlen.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"

#if MBPY_COLLECTIONS_DEQUE
namespace core {

// ==== deque: a ring buffer with an optional maxlen
// ========================================================
struct Deque : Obj {
    Value* items;
    size_t cap, head, len;
    intptr_t maxlen;  // -1: unbounded
};

static Value& dq_at(Deque* d, size_t i) { return d->items[(d->head + i) % d->cap]; }

static bool dq_grow(Deque* d) {
    if (d->len < d->cap) return true;
    size_t cap = d->cap ? d->cap * 2 : 8;
    auto* items = static_cast<Value*>(alloc_raw(cap * sizeof(Value)));
    if (!items) return false;
    for (size_t i = 0; i < d->len; ++i) items[i] = dq_at(d, i);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return true;
}

static Value dq_pop_impl(Deque* d, bool left) {
    if (d->len == 0) return raise_index_error("pop from an empty deque"_msg);
    Value v;
    if (left) {
        v = dq_at(d, 0);
        dq_at(d, 0) = Value();
        d->head = (d->head + 1) % d->cap;
    } else {
        v = dq_at(d, d->len - 1);
        dq_at(d, d->len - 1) = Value();
    }
    --d->len;
    return v;
}

static bool dq_push(Deque* d, Value v, bool left) {
    if (d->maxlen == 0) return true;
    if (d->maxlen > 0 && d->len == size_t(d->maxlen)) dq_pop_impl(d, !left);
    if (!dq_grow(d)) return false;
    if (left) {
        d->head = (d->head + d->cap - 1) % d->cap;
        d->items[d->head] = v;
    } else {
        dq_at(d, d->len) = v;
    }
    ++d->len;
    return true;
}

static bool dq_extend(Deque* d, Value src, bool left) {
    Value it = get_iter(src);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (!dq_push(d, x, left)) return false;
    }
}

static Value dq_make_new(const Type* type, const Args& a) {
    static const char* const allowed[] = {"iterable", "maxlen", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    if (a.n_pos > 3) return raise_type_error("deque() takes at most 2 arguments"_msg);
    Deque* d = alloc<Deque>(type);
    if (!d) return {};
    d->maxlen = -1;
    Value ml = a.n_pos > 1 ? a.pos[1] : kwarg(a, "maxlen");
    if (ml && ml != none()) {
        if (!to_intptr(ml, &d->maxlen)) return {};
        if (d->maxlen < 0) return raise_value_error("maxlen must be non-negative"_msg);
    }
    Value src = a.n_pos ? a.pos[0] : kwarg(a, "iterable");
    if (src && !dq_extend(d, src, false)) return {};
    return Value(d);
}

static Deque* dq(const Args& a) { return native_of(a.pos[0]).as<Deque>(); }
static Value dq_append(const Args& a) { return dq_push(dq(a), a.pos[1], false) ? none() : Value(); }
static Value dq_appendleft(const Args& a) { return dq_push(dq(a), a.pos[1], true) ? none() : Value(); }
static Value dq_pop(const Args& a) { return dq_pop_impl(dq(a), false); }
static Value dq_popleft(const Args& a) { return dq_pop_impl(dq(a), true); }
static Value dq_extend_m(const Args& a) { return dq_extend(dq(a), a.pos[1], false) ? none() : Value(); }
static Value dq_extendleft(const Args& a) { return dq_extend(dq(a), a.pos[1], true) ? none() : Value(); }
static Value dq_clear(const Args& a) {
    Deque* d = dq(a);
    d->items = nullptr;
    d->cap = d->head = d->len = 0;
    return none();
}
static Value dq_rotate(const Args& a) {
    Deque* d = dq(a);
    intptr_t n = 1;
    if (a.n_pos > 1 && !to_intptr(a.pos[1], &n)) return {};
    if (d->len == 0) return none();
    intptr_t len = intptr_t(d->len);
    n %= len;
    if (n < 0) n += len;
    // Rotating right by n moves the last n items to the front.
    for (intptr_t i = 0; i < n; ++i) {
        Value v = dq_pop_impl(d, false);
        dq_push(d, v, true);
    }
    return none();
}
static Value dq_count(const Args& a) {
    Deque* d = dq(a);
    intptr_t c = 0;
    for (size_t i = 0; i < d->len; ++i) {
        int e = equal(dq_at(d, i), a.pos[1]);
        if (e < 0) return {};
        c += e;
    }
    return make_int(c);
}
static Value dq_remove(const Args& a) {
    Deque* d = dq(a);
    for (size_t i = 0; i < d->len; ++i) {
        int e = equal(dq_at(d, i), a.pos[1]);
        if (e < 0) return {};
        if (e) {
            for (size_t j = i; j + 1 < d->len; ++j) dq_at(d, j) = dq_at(d, j + 1);
            dq_at(d, d->len - 1) = Value();
            --d->len;
            return none();
        }
    }
    return raise_value_error("%r is not in deque"_msg, a.pos[1]);
}
static Value dq_reverse(const Args& a) {
    Deque* d = dq(a);
    for (size_t i = 0, j = d->len; i + 1 < j; ++i, --j) {
        Value t = dq_at(d, i);
        dq_at(d, i) = dq_at(d, j - 1);
        dq_at(d, j - 1) = t;
    }
    return none();
}
static Value dq_copy(const Args& a) {
    Deque* d = dq(a);
    Deque* c = alloc<Deque>(&deque_type);
    if (!c) return {};
    c->maxlen = d->maxlen;
    for (size_t i = 0; i < d->len; ++i) {
        if (!dq_push(c, dq_at(d, i), false)) return {};
    }
    return Value(c);
}

static Value dq_unary(UnaryOp op, Value self) {
    Deque* d = self.as<Deque>();
    if (op == UnaryOp::Len) return make_int(intptr_t(d->len));
    if (op == UnaryOp::Bool) return py_bool(d->len != 0);
    return not_implemented();
}

static Value dq_binary(BinaryOp op, Value l, Value r) {
    Deque* d = l.as<Deque>();
    if (op == BinaryOp::Contains) {
        for (size_t i = 0; i < d->len; ++i) {
            int e = equal(dq_at(d, i), r);
            if (e) return e < 0 ? Value() : py_bool(true);
        }
        return py_bool(false);
    }
    if (op == BinaryOp::Eq || op == BinaryOp::Ne) {
        if (!is_type(r, &deque_type)) return not_implemented();
        Deque* e = r.as<Deque>();
        bool same = d->len == e->len;
        for (size_t i = 0; same && i < d->len; ++i) {
            int q = equal(dq_at(d, i), dq_at(e, i));
            if (q < 0) return {};
            same = q;
        }
        return py_bool(op == BinaryOp::Eq ? same : !same);
    }
    if (op == BinaryOp::InplaceAdd) return dq_extend(d, r, false) ? l : Value();
    return not_implemented();
}

static Value dq_subscr(Value self, Value index, Value value) {
    Deque* d = self.as<Deque>();
    size_t i;
    if (!seq_index(index, d->len, &i, "deque")) return {};
    if (!value) return dq_at(d, i);
    if (value == subscr_delete()) {
        for (size_t j = i; j + 1 < d->len; ++j) dq_at(d, j) = dq_at(d, j + 1);
        dq_at(d, d->len - 1) = Value();
        --d->len;
        return none();
    }
    dq_at(d, i) = value;
    return none();
}

static bool dq_print(Printer& out, Value self, PrintKind) {
    Deque* d = self.as<Deque>();
    if (!check_c_stack()) return false;
    out.write("deque([");
    for (size_t i = 0; i < d->len; ++i) {
        if (i) out.write(", ");
        if (!print_value(out, dq_at(d, i), PrintKind::Repr)) return false;
    }
    out.put(']');
    if (d->maxlen >= 0) out.printf(", maxlen=%ld", long(d->maxlen));
    out.put(')');
    return true;
}

static Lookup dq_attr(Value self, const Str* name, Value* out) {
    if (!str_equal(name, &q_maxlen)) return Lookup::Missing;
    intptr_t m = self.as<Deque>()->maxlen;
    *out = m < 0 ? none() : make_int(m);
    return Lookup::Found;
}

// Iterator: index into the deque (mutation during iteration is the caller's problem, as in MicroPython).
struct DequeIter : Obj {
    Value deque;
    size_t index;
};
static Value dq_iter_next(Value self) {
    DequeIter* it = self.as<DequeIter>();
    Deque* d = it->deque.as<Deque>();
    if (it->index >= d->len) return stop_marker();
    return dq_at(d, it->index++);
}
static Value dq_iter_self(Value self) { return self; }
static const Type deque_iter_type = builtin_type({.name = &q_under_deque_iterator,
                                                  .flags = type_flag_iter_is_self,
                                                  .getiter = dq_iter_self,
                                                  .iternext = dq_iter_next});
static Value dq_getiter(Value self) {
    DequeIter* it = alloc<DequeIter>(&deque_iter_type);
    if (!it) return {};
    it->deque = self;
    return Value(it);
}

static Value dq_index(const Args& a) {
    Deque* d = dq(a);
    for (size_t i = 0; i < d->len; ++i) {
        int e = equal(dq_at(d, i), a.pos[1]);
        if (e < 0) return {};
        if (e) return make_int(intptr_t(i));
    }
    return raise_value_error("%r is not in deque"_msg, a.pos[1]);
}
static Value dq_insert(const Args& a) {
    Deque* d = dq(a);
    intptr_t i;
    if (!to_intptr(a.pos[1], &i)) return {};
    if (d->maxlen >= 0 && d->len == size_t(d->maxlen))
        return raise_index_error("deque already at its maximum size"_msg);
    intptr_t n = intptr_t(d->len);
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (!dq_push(d, a.pos[2], false)) return {};
    for (intptr_t j = n; j > i; --j) dq_at(d, size_t(j)) = dq_at(d, size_t(j - 1));
    dq_at(d, size_t(i)) = a.pos[2];
    return none();
}

static constexpr NativeFunction f_append = native(q_append, dq_append, 2, 2);
static constexpr NativeFunction f_appendleft = native(q_appendleft, dq_appendleft, 2, 2);
static constexpr NativeFunction f_pop = native(q_pop, dq_pop, 1, 1);
static constexpr NativeFunction f_popleft = native(q_popleft, dq_popleft, 1, 1);
static constexpr NativeFunction f_extend = native(q_extend, dq_extend_m, 2, 2);
static constexpr NativeFunction f_extendleft = native(q_extendleft, dq_extendleft, 2, 2);
static constexpr NativeFunction f_clear = native(q_clear, dq_clear, 1, 1);
static constexpr NativeFunction f_rotate = native(q_rotate, dq_rotate, 1, 2);
static constexpr NativeFunction f_count = native(q_count, dq_count, 2, 2);
static constexpr NativeFunction f_remove = native(q_remove, dq_remove, 2, 2);
static constexpr NativeFunction f_reverse = native(q_reverse, dq_reverse, 1, 1);
static constexpr NativeFunction f_copy = native(q_copy, dq_copy, 1, 1);
static constexpr NativeFunction f_index = native(q_index, dq_index, 2, 2);
static constexpr NativeFunction f_insert = native(q_insert, dq_insert, 3, 3);
static const AttrEntry deque_entries[] = {
    {&q_append, &f_append},   {&q_appendleft, &f_appendleft}, {&q_pop, &f_pop},
    {&q_popleft, &f_popleft}, {&q_extend, &f_extend},         {&q_extendleft, &f_extendleft},
    {&q_clear, &f_clear},     {&q_rotate, &f_rotate},         {&q_count, &f_count},
    {&q_remove, &f_remove},   {&q_reverse, &f_reverse},       {&q_copy, &f_copy},
    {&q_index, &f_index},     {&q_insert, &f_insert},
};
static const AttrTable deque_locals = {deque_entries, sizeof(deque_entries) / sizeof(deque_entries[0])};
const Type deque_type = builtin_type({.name = &q_deque,
                                      .make_new = dq_make_new,
                                      .print = dq_print,
                                      .unary_op = dq_unary,
                                      .binary_op = dq_binary,
                                      .attr_get = dq_attr,
                                      .subscr = dq_subscr,
                                      .getiter = dq_getiter,
                                      .locals = &deque_locals,
                                      .base = &object_type});

}  // namespace core
#endif  // MBPY_COLLECTIONS_DEQUE
