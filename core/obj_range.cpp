// The range type (lazy arithmetic sequence) and its iterator.
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"

namespace core {

// Bounds are machine words: ranges beyond them raise OverflowError (MicroPython does the same).
struct Range : Obj {
    intptr_t start, stop, step;
};
struct RangeIter : Obj {
    intptr_t cur, stop, step;
};

static intptr_t range_len(const Range* r) {
    if (r->step > 0) return r->start < r->stop ? (r->stop - r->start - 1) / r->step + 1 : 0;
    return r->start > r->stop ? (r->start - r->stop - 1) / (-r->step) + 1 : 0;
}

static Value range_make_new(const Type*, const Args& a) {
    if (a.n_kw) return raise(&type_error_type, "range() takes no keyword arguments");
    if (a.n_pos < 1 || a.n_pos > 3)
        return raise(&type_error_type, "range expected 1 to 3 arguments, got %d", int(a.n_pos));
    intptr_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < a.n_pos; ++i) {
        if (!is_int(a.pos[i]) && !(type_of(a.pos[i])->flags & type_flag_user)) {
            return raise(&type_error_type, "'%s' object cannot be interpreted as an integer",
                         type_name(a.pos[i]));
        }
        if (!to_index(a.pos[i], &v[a.n_pos == 1 ? 1 : i])) return {};
    }
    if (v[2] == 0) return raise(&value_error_type, "range() arg 3 must not be zero");
    Range* r = alloc<Range>(&range_type);
    if (!r) return {};
    r->start = v[0], r->stop = v[1], r->step = v[2];
    return Value(r);
}

static bool range_print(Printer& out, Value self, PrintKind) {
    Range* r = self.as<Range>();
    if (r->step == 1)
        out.printf("range(%ld, %ld)", long(r->start), long(r->stop));
    else
        out.printf("range(%ld, %ld, %ld)", long(r->start), long(r->stop), long(r->step));
    return true;
}

static Value range_unary_op(UnaryOp op, Value self) {
    Range* r = self.as<Range>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(range_len(r) != 0);
        case UnaryOp::Len: return make_int(range_len(r));
        case UnaryOp::Hash: {
            Value t[3] = {make_int(range_len(r)), make_int(r->start), make_int(r->step)};
            Value tu = make_tuple(3, t);
            return tu ? unary_op(UnaryOp::Hash, tu) : Value();
        }
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
    if (op == BinaryOp::Contains) {
        bool in;
        if (range_has(r, rhs, &in)) return py_bool(in);
        return not_implemented();  // non-int: compare item by item
    }
    if ((op == BinaryOp::Eq || op == BinaryOp::Ne) && is_type(rhs, &range_type)) {
        Range* s = rhs.as<Range>();
        intptr_t n = range_len(r), m = range_len(s);
        bool eq = n == m && (n == 0 || (r->start == s->start && (n == 1 || r->step == s->step)));
        return py_bool(op == BinaryOp::Eq ? eq : !eq);
    }
    return not_implemented();
}

static Value range_subscr(Value self, Value index, Value value) {
    Range* r = self.as<Range>();
    if (value) return raise(&type_error_type, "'range' object doesn't support item assignment");
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
            return raise(&index_error_type, "range object index out of range");
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

static constexpr Str q_range_iterator = const_str("range_iterator");
static const Type range_iter_type = {{&type_type},   &q_range_iterator, type_flag_iter_is_self,
                                     nullptr,        nullptr,           nullptr,
                                     nullptr,        nullptr,           nullptr,
                                     nullptr,        nullptr,           nullptr,
                                     range_iter_next};

static Value range_getiter(Value self) {
    Range* r = self.as<Range>();
    RangeIter* it = alloc<RangeIter>(&range_iter_type);
    if (!it) return {};
    it->cur = r->start;
    it->stop = r->stop;
    it->step = r->step;
    return Value(it);
}

static Lookup range_attr_get(Value self, const Str* name, Value* out) {
    Range* r = self.as<Range>();
    std::string_view n = name->view();
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

static Value m_index(const Args& a) {
    Range* r = a.pos[0].as<Range>();
    bool in;
    if (range_has(r, a.pos[1], &in) && in) {
        intptr_t v;
        to_intptr(a.pos[1], &v);
        return make_int((v - r->start) / r->step);
    }
    if (pending()) return {};
    return raise(&value_error_type, "%r is not in range", a.pos[1]);
}
static Value m_count(const Args& a) {
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
static constexpr Str q_index = const_str("index"), q_count = const_str("count"), q_range = const_str("range");
static const NativeFunction index_fn = {{&native_function_type}, m_index, "index", 2, 2, false};
static const NativeFunction count_fn = {{&native_function_type}, m_count, "count", 2, 2, false};
static const AttrEntry range_entries[] = {{&q_index, &index_fn}, {&q_count, &count_fn}};
static const AttrTable range_locals = {range_entries, 2};

const Type range_type = {{&type_type}, &q_range,       type_flag_none,  range_make_new, range_print,
                         nullptr,      range_unary_op, range_binary_op, range_attr_get, nullptr,
                         range_subscr, range_getiter,  nullptr,         &range_locals,  &object_type};

}  // namespace core
