// The range type (lazy arithmetic sequence) and its iterator.
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"
#include "core/vm_support.hpp"

namespace core {

// Bounds are machine words. A range whose bounds don't fit (range(10**20)) is "big": step == 0 (never a
// real step) and start holds a Tuple* (start, stop, step) of int Values, so the object keeps its size.
struct Range : Obj {
    intptr_t start, stop, step;
};

// ---- big ranges: the same arithmetic on int Values ---------------------------------------------------
// The original has none (range(2**31) is OverflowError there): MBPY_RANGE_EXTRA.

#if MBPY_RANGE_EXTRA
static bool is_big(const Range* r) { return r->step == 0; }
static const Value* big_parts(const Range* r) { return reinterpret_cast<const Tuple*>(r->start)->items; }

static Value arith(BinaryOp o, Value a, Value b) { return binary_op(o, a, b); }
static int less(Value a, Value b) {
    Value r = binary_op(BinaryOp::Lt, a, b);
    return r ? truth(r) : -1;
}

// len as an int Value: (stop - start - 1) // step + 1 when non-empty (negative steps mirrored).
static Value big_len(const Range* r) {
    const Value* p = big_parts(r);
    int pos = less(Value::small(0), p[2]);
    if (pos < 0) return {};
    Value lo = pos ? p[0] : p[1], hi = pos ? p[1] : p[0];
    int nonempty = less(lo, hi);
    if (nonempty <= 0) return nonempty < 0 ? Value() : Value::small(0);
    Value step = pos ? p[2] : unary_op(UnaryOp::Neg, p[2]);
    Value d = step ? arith(BinaryOp::Sub, hi, lo) : Value();
    d = d ? arith(BinaryOp::Sub, d, Value::small(1)) : d;
    d = d ? arith(BinaryOp::FloorDiv, d, step) : d;
    return d ? arith(BinaryOp::Add, d, Value::small(1)) : d;
}

static Value big_item(const Range* r, Value i) {
    const Value* p = big_parts(r);
    Value off = arith(BinaryOp::Mul, i, p[2]);
    return off ? arith(BinaryOp::Add, p[0], off) : off;
}

// x in r: start <= x < stop (mirrored for negative steps) and (x - start) % step == 0.
static int big_has(const Range* r, Value x) {
    const Value* p = big_parts(r);
    int pos = less(Value::small(0), p[2]);
    if (pos < 0) return -1;
    int below = pos ? less(x, p[0]) : less(p[0], x);
    int inside = pos ? less(x, p[1]) : less(p[1], x);
    if (below < 0 || inside < 0) return -1;
    if (below || !inside) return 0;
    Value d = arith(BinaryOp::Sub, x, p[0]);
    d = d ? arith(BinaryOp::Mod, d, p[2]) : d;
    return d ? equal(d, Value::small(0)) : -1;
}

#endif

static intptr_t range_len(const Range* r) {
    if (r->step > 0) return r->start < r->stop ? (r->stop - r->start - 1) / r->step + 1 : 0;
    return r->start > r->stop ? (r->start - r->stop - 1) / (-r->step) + 1 : 0;
}

#if MBPY_RANGE_EXTRA
static Value big_range_new(const Args& a) {
    Value parts[3] = {Value::small(0), a.pos[0], Value::small(1)};
    if (a.n_pos > 1) parts[0] = a.pos[0], parts[1] = a.pos[1];
    if (a.n_pos > 2) parts[2] = a.pos[2];
    int zero = equal(parts[2], Value::small(0));
    if (zero) return zero < 0 ? Value() : raise_value_error("range() arg 3 must not be zero"_msg);
    Value t = make_tuple(3, parts);
    if (!t) return {};
    Range* r = alloc<Range>(&range_type);
    if (!r) return {};
    r->start = reinterpret_cast<intptr_t>(t.as<Tuple>()), r->stop = 0, r->step = 0;
    return Value(r);
}
#else
static Value big_range_new(const Args&) {
    return raise_overflow_error("overflow converting long int to machine word"_msg);
}
#endif

static Value range_make_new(const Type*, const Args& a) {
    if (a.n_kw) return raise_type_error("range() takes no keyword arguments"_msg);
    if (a.n_pos < 1 || a.n_pos > 3)
        return raise_type_error("range expected 1 to 3 arguments, got %d"_msg, int(a.n_pos));
    intptr_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < a.n_pos; ++i) {
        if (!is_int(a.pos[i]) && !(type_of(a.pos[i])->flags & type_flag_user)) {
            return raise_type_error("'%T' object cannot be interpreted as an integer"_msg, a.pos[i]);
        }
        if (!to_index(a.pos[i], &v[a.n_pos == 1 ? 1 : i])) {
            if (!MBPY_RANGE_EXTRA || !exc_matches(state.exc, &overflow_error_type) || !is_int(a.pos[i]))
                return {};
            take_exception();
            return big_range_new(a);
        }
    }
    if (v[2] == 0) return raise_value_error("range() arg 3 must not be zero"_msg);
    intptr_t span;
    if (__builtin_sub_overflow(v[1], v[0], &span) || v[2] == INTPTR_MIN) return big_range_new(a);
    Range* r = alloc<Range>(&range_type);
    if (!r) return {};
    r->start = v[0], r->stop = v[1], r->step = v[2];
    return Value(r);
}

static bool range_print(Printer& out, Value self, PrintKind) {
    Range* r = self.as<Range>();
#if MBPY_RANGE_EXTRA
    if (is_big(r)) {
        const Value* p = big_parts(r);
        out.write("range(");
        for (int i = 0; i < 3; ++i) {
            if (i == 2 && equal(p[2], Value::small(1)) == 1) break;
            if (i) out.write(", ");
            if (!print_value(out, p[i], PrintKind::Repr)) return false;
        }
        out.put(')');
        return true;
    }
#endif
    if (r->step == 1)
        out.printf("range(%ld, %ld)", long(r->start), long(r->stop));
    else
        out.printf("range(%ld, %ld, %ld)", long(r->start), long(r->stop), long(r->step));
    return true;
}

static Value range_unary_op(UnaryOp uop, Value self) {
    Range* r = self.as<Range>();
#if MBPY_RANGE_EXTRA
    if (is_big(r)) {
        if (uop != UnaryOp::Bool && uop != UnaryOp::Len) return not_implemented();
        Value n = big_len(r);
        if (!n) return {};
        if (uop == UnaryOp::Bool) return py_bool(!n.is_small() || n.small_value() != 0);
        // The Len slot answers a small int; CPython also refuses len() beyond sys.maxsize.
        if (!n.is_small()) return raise_overflow_error("Python int too large to convert to C ssize_t"_msg);
        return n;
    }
#endif
    switch (uop) {
        case UnaryOp::Bool: return py_bool(range_len(r) != 0);
        case UnaryOp::Len: return make_int(range_len(r));
#if MBPY_RANGE_EXTRA  // the original's range is unhashable
        case UnaryOp::Hash: {
            Value t[3] = {make_int(range_len(r)), make_int(r->start), make_int(r->step)};
            Value tu = make_tuple(3, t);
            return tu ? unary_op(UnaryOp::Hash, tu) : Value();
        }
#endif
        default: return not_implemented();
    }
}

static bool range_has(const Range* r, Value x, bool* out) {
    if (!is_int(x)) return false;
    intptr_t v;
    if (!to_intptr(x, &v)) {
        take_exception();
        *out = false;
        return true;
    }
    intptr_t n = range_len(r);
    *out = n > 0 && (r->step > 0 ? v >= r->start && v < r->stop : v <= r->start && v > r->stop) &&
           (v - r->start) % r->step == 0;
    return true;
}

static Value range_binary_op(BinaryOp op, Value lhs, Value rhs) {
    Range* r = lhs.as<Range>();
#if MBPY_RANGE_EXTRA
    if (is_big(r) || (is_type(rhs, &range_type) && is_big(rhs.as<Range>()))) {
        if (op == BinaryOp::Contains && is_big(r) && is_int(rhs)) {
            int in = big_has(r, rhs);
            return in < 0 ? Value() : py_bool(in);
        }
        if (op == BinaryOp::Contains) return not_implemented();
        return (op == BinaryOp::Eq || op == BinaryOp::Ne) && is_type(rhs, &range_type) && lhs == rhs
                   ? py_bool(op == BinaryOp::Eq)
                   : not_implemented();
    }
#endif
    if (op == BinaryOp::Contains) {
        bool in;
        if (range_has(r, rhs, &in)) return py_bool(in);
        return not_implemented();  // non-int: compare item by item
    }
#if MBPY_RANGE_EXTRA  // the original compares ranges by identity
    if ((op == BinaryOp::Eq || op == BinaryOp::Ne) && is_type(rhs, &range_type)) {
        Range* s = rhs.as<Range>();
        intptr_t n = range_len(r), m = range_len(s);
        bool eq = n == m && (n == 0 || (r->start == s->start && (n == 1 || r->step == s->step)));
        return py_bool(op == BinaryOp::Eq ? eq : !eq);
    }
#endif
    return not_implemented();
}

static Value range_subscr(Value self, Value index, Value value) {
    Range* r = self.as<Range>();
    if (value) return raise_type_error("'range' object doesn't support item assignment"_msg);
#if MBPY_RANGE_EXTRA
    if (is_big(r)) {
        if (!is_int(index)) return raise_type_error("range indices must be integers, not %T"_msg, index);
        Value n = big_len(r);
        if (!n) return {};
        Value i = index;
        int neg = less(i, Value::small(0));
        if (neg < 0) return {};
        if (neg && !(i = binary_op(BinaryOp::Add, i, n))) return {};
        int lo = less(i, Value::small(0)), hi = lo ? 0 : less(i, n);
        if (lo < 0 || hi < 0) return {};
        if (lo || !hi) return raise_index_error("range object index out of range"_msg);
        return big_item(r, i);
    }
#endif
    intptr_t n = range_len(r);
    if (is_type(index, &slice_type)) {
        SliceRange s;
        if (!slice_resolve(index, n, &s)) return {};
        Range* out = alloc<Range>(&range_type);
        if (!out) return {};
        out->start = r->start + s.start * r->step;
        out->step = r->step * s.step;
        out->stop = r->start + s.stop * r->step;  // as CPython: the resolved stop, not start + count * step
        return Value(out);
    }
    size_t i;
    if (!seq_index(index, static_cast<size_t>(n), &i, "range")) {
        if (exc_matches(state.exc, &index_error_type)) {
            take_exception();
            return raise_index_error("range object index out of range"_msg);
        }
        return {};
    }
    return make_int(r->start + static_cast<intptr_t>(i) * r->step);
}

static Value range_iter_next(Value self) {
    RangeIter* it = self.as<RangeIter>();
    if (it->step > 0 ? it->cur >= it->stop : it->cur <= it->stop) return stop_marker();
    intptr_t v = it->cur;
    it->cur += it->step;
    return make_int(v);
}

const Type range_iter_type =
    builtin_type({.name = &q_range_iterator, .flags = type_flag_iter_is_self, .iternext = range_iter_next});

#if MBPY_RANGE_EXTRA
// Iterator of a big range: the next value and the remaining count, as int Values.
struct BigRangeIter : Obj {
    Value cur, left, step;
};
static Value big_iter_next(Value self) {
    BigRangeIter* it = self.as<BigRangeIter>();
    if (it->left.is_small() && it->left.small_value() <= 0) return stop_marker();
    Value v = it->cur;
    Value next = arith(BinaryOp::Add, v, it->step);
    Value left = next ? arith(BinaryOp::Sub, it->left, Value::small(1)) : next;
    if (!left) return {};
    it->cur = next, it->left = left;
    return v;
}
static const Type big_range_iter_type =
    builtin_type({.name = &q_range_iterator, .flags = type_flag_iter_is_self, .iternext = big_iter_next});
#endif

static Value range_getiter(Value self) {
    Range* r = self.as<Range>();
#if MBPY_RANGE_EXTRA
    if (is_big(r)) {
        Value n = big_len(r);
        if (!n) return {};
        BigRangeIter* it = alloc<BigRangeIter>(&big_range_iter_type);
        if (!it) return {};
        it->cur = big_parts(r)[0], it->left = n, it->step = big_parts(r)[2];
        return Value(it);
    }
#endif
    RangeIter* it = alloc<RangeIter>(&range_iter_type);
    if (!it) return {};
    it->cur = r->start;
    it->stop = r->stop;
    it->step = r->step;
    return Value(it);
}

Value range_packed_iter(Value self) {
    const Range* r = self.as<Range>();
    if (r->step != 1 || r->start < 0 || r->stop < 0 || uintptr_t(r->start) > range_pack_mask ||
        uintptr_t(r->stop) > range_pack_mask)
        return {};
    return Value::small(intptr_t((uintptr_t(r->stop) << range_pack_bits) | uintptr_t(r->start)));
}

static Lookup range_attr_get(Value self, const Str* name, Value* out) {
    Range* r = self.as<Range>();
    std::string_view n = name->view();
#if MBPY_RANGE_EXTRA
    if (is_big(r)) {
        int k = n == "start" ? 0 : n == "stop" ? 1 : n == "step" ? 2 : -1;
        if (k < 0) return Lookup::Missing;
        *out = big_parts(r)[k];
        return Lookup::Found;
    }
#endif
    if (n == "start")
        *out = make_int(r->start);
    else if (n == "stop")
        *out = make_int(r->stop);
    else if (n == "step")
        *out = make_int(r->step);
    else
        return Lookup::Missing;
    return *out ? Lookup::Found : Lookup::Error;
}

#if MBPY_RANGE_EXTRA  // CPython's: the original's range has no methods
static Value m_index(const Args& a) {
    Range* r = a.pos[0].as<Range>();
    if (is_big(r) && is_int(a.pos[1])) {
        int in = big_has(r, a.pos[1]);
        if (in < 0) return {};
        if (!in) return raise_value_error("%r is not in range"_msg, a.pos[1]);
        Value d = arith(BinaryOp::Sub, a.pos[1], big_parts(r)[0]);
        return d ? arith(BinaryOp::FloorDiv, d, big_parts(r)[2]) : d;
    }
    bool in;
    if (range_has(r, a.pos[1], &in) && in) {
        intptr_t v;
        to_intptr(a.pos[1], &v);
        return make_int((v - r->start) / r->step);
    }
    if (pending()) return {};
    return raise_value_error("%r is not in range"_msg, a.pos[1]);
}
static Value m_count(const Args& a) {
    Range* r = a.pos[0].as<Range>();
    if (is_big(r)) {
        if (!is_int(a.pos[1])) return raise_type_error("count of a non-int in a big range"_msg);
        int in = big_has(r, a.pos[1]);
        return in < 0 ? Value() : Value::small(in);
    }
    bool in = false;
    if (range_has(a.pos[0].as<Range>(), a.pos[1], &in)) return Value::small(in);
    Value it = range_getiter(a.pos[0]);
    intptr_t c = 0;
    for (Value x; it && (x = range_iter_next(it)) != stop_marker();) {
        int eq = equal(x, a.pos[1]);
        if (eq < 0) return {};
        c += eq;
    }
    return make_int(c);
}
static const NativeFunction index_fn = native(q_index, m_index, 2, 2);
static const NativeFunction count_fn = native(q_count, m_count, 2, 2);
static const AttrEntry range_entries[] = {{&q_index, &index_fn}, {&q_count, &count_fn}};
static const AttrTable range_locals = {range_entries, 2};
#endif

const Type range_type = builtin_type({
    .name = &q_range, .make_new = range_make_new, .print = range_print, .unary_op = range_unary_op,
    .binary_op = range_binary_op, .attr_get = range_attr_get, .subscr = range_subscr,
    .getiter = range_getiter,
#if MBPY_RANGE_EXTRA
    .locals = &range_locals,
#endif
    .base = &object_type
});

}  // namespace core
