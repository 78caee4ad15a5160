// The array module (uarray): typed arrays of numbers (b B h H i I l L q Q f d) in native layout. Without
// MBPY_ARRAY_EXTRA what the original's has: append, extend, indexing, slices, +, +=, ==, len, iteration.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"

namespace core {

struct Array : Obj {
    char code;
    uint8_t itemsize;
    size_t len, cap;  // in items
    uint8_t* data;
};
extern const Type array_type;

static bool valid_code(char c) { return c && strchr("bBhHiIlLqQfd", c) != nullptr; }

static Array* new_array(char code) {
    Array* a = alloc<Array>(&array_type);
    if (!a) return nullptr;
    a->code = code;
    a->itemsize = uint8_t(binary_item_size(code, true));
    return a;
}

static bool reserve(Array* a, size_t extra) {
    if (a->len + extra <= a->cap) return true;
    size_t cap = a->cap ? a->cap * 2 : 4;
    while (cap < a->len + extra) cap *= 2;
    void* p = a->data ? realloc_raw(a->data, cap * a->itemsize) : alloc_raw(cap * a->itemsize);
    if (!p) return false;
    a->data = static_cast<uint8_t*>(p);
    a->cap = cap;
    return true;
}

// Packs v as one item of a into dst, with CPython's errors (struct's would say struct.error).
static bool arr_pack(const Array* a, Value v, uint8_t* dst) {
    bool real = a->code == 'f' || a->code == 'd';
    if (!real && (!is_int(v) || is_float(v))) {
        return raise_type_error("'%T' object cannot be interpreted as an integer"_msg, v), false;
    }
    Float dummy;
    if (real && !as_float_nothrow(v, &dummy)) {
        return raise_type_error("must be real number, not %T"_msg, v), false;
    }
    if (!binary_pack_one(a->code, v, dst, a->itemsize, true)) {
        if (real || !exc_matches(state.exc, &value_error_type)) return false;
        // CPython's array reports a value out of range as OverflowError.
        take_exception();
        const char* kind = "Python int too large to convert to C long";
        switch (a->code) {
            case 'b': kind = "signed char"; break;
            case 'B': kind = "unsigned byte integer"; break;
            case 'h': kind = "signed short integer"; break;
            case 'H': kind = "unsigned short"; break;
            case 'i': kind = "signed integer"; break;
            case 'I': kind = "unsigned int"; break;
            default: return raise_overflow_error("%s"_msg, kind), false;
        }
        bool neg = int_sign(int_of(v)) < 0;
        return raise_overflow_error("%s is %s"_msg, kind, neg ? "less than minimum" : "greater than maximum"),
               false;
    }
    return true;
}

static bool arr_append(Array* a, Value v) {
    uint8_t tmp[8];
    if (!arr_pack(a, v, tmp) || !reserve(a, 1)) return false;  // checked before growing
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    ++a->len;
    return true;
}

static Value arr_get(Array* a, size_t i) {
    return binary_unpack_one(a->code, a->data + i * a->itemsize, a->itemsize, true);
}

static bool arr_frombytes(Array* a, std::string_view b) {
    if (b.size() % a->itemsize)
        return raise_value_error("bytes length not a multiple of item size"_msg), false;
    size_t n = b.size() / a->itemsize;
    if (n == 0) return true;
    if (!reserve(a, n)) return false;
    memcpy(a->data + a->len * a->itemsize, b.data(), b.size());
    a->len += n;
    return true;
}

// extend() takes only an array of the same kind; array(code, other_array) converts its values (by_value).
static bool arr_extend(Array* a, Value src, bool by_value = false) {
    Value s = native_of(src);
    if (is_type(s, &array_type) && (s.as<Array>()->code == a->code || !by_value)) {
        Array* o = s.as<Array>();
        if (o->code != a->code) return raise_type_error("can only extend with array of same kind"_msg), false;
        return arr_frombytes(a, {reinterpret_cast<const char*>(o->data), o->len * o->itemsize});
    }
    Value it = get_iter(src);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (!arr_append(a, x)) return false;
    }
}

static Value array_make_new(const Type*, const Args& args) {
    if (args.n_kw) return raise_type_error("array() takes no keyword arguments"_msg);
    if (args.n_pos < 1 || args.n_pos > 2) return raise_type_error("array() takes at most 2 arguments"_msg);
    if (!is_str(args.pos[0]) || args.pos[0].as<Str>()->char_count() != 1) {
        return raise_type_error("array() argument 1 must be a unicode character, not %T"_msg, args.pos[0]);
    }
    char code = args.pos[0].as<Str>()->data[0];
    if (!valid_code(code)) {
        return raise_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"_msg);
    }
    Array* a = new_array(code);
    if (!a) return {};
    if (args.n_pos > 1) {
        std::string_view b;
        if (get_buffer(args.pos[1], &b) && !is_type(native_of(args.pos[1]), &array_type)) {
            if (!arr_frombytes(a, b)) return {};
        } else if (!arr_extend(a, args.pos[1], true)) {
            return {};
        }
    }
    return Value(a);
}

bool array_data(Value v, std::string_view* out, char* code) {
    if (!is_type(v, &array_type)) return false;
    const Array* a = v.as<Array>();
    if (out) *out = {reinterpret_cast<const char*>(a->data), a->len * a->itemsize};
    if (code) *code = a->code;
    return true;
}

static Array* self_arr(const Args& a) { return native_of(a.pos[0]).as<Array>(); }
static Value m_append(const Args& a) { return arr_append(self_arr(a), a.pos[1]) ? none() : Value(); }
static Value m_extend(const Args& a) { return arr_extend(self_arr(a), a.pos[1]) ? none() : Value(); }
#if MBPY_ARRAY_EXTRA
static Value m_tobytes(const Args& a) {
    Array* r = self_arr(a);
    return make_bytes({reinterpret_cast<const char*>(r->data), r->len * r->itemsize});
}
static Value m_frombytes(const Args& a) {
    std::string_view b;
    if (!get_buffer(a.pos[1], &b))
        return raise_type_error("a bytes-like object is required, not '%T'"_msg, a.pos[1]);
    return arr_frombytes(self_arr(a), b) ? none() : Value();
}
static Value m_tolist(const Args& a) {
    Array* r = self_arr(a);
    List* l = new_list(r->len);
    if (!l) return {};
    for (size_t i = 0; i < r->len; ++i) {
        l->items[i] = arr_get(r, i);
        if (!l->items[i]) return {};
    }
    return Value(l);
}
static Value m_pop(const Args& a) {
    Array* r = self_arr(a);
    intptr_t i = -1;
    if (a.n_pos > 1 && !to_intptr(a.pos[1], &i)) return {};
    if (r->len == 0) return raise_index_error("pop from empty array"_msg);
    if (i < 0) i += intptr_t(r->len);
    if (i < 0 || size_t(i) >= r->len) return raise_index_error("pop index out of range"_msg);
    Value v = arr_get(r, size_t(i));
    memmove(r->data + i * r->itemsize, r->data + (i + 1) * r->itemsize,
            (r->len - size_t(i) - 1) * r->itemsize);
    --r->len;
    return v;
}
#endif

static bool array_print(Printer& out, Value self, PrintKind) {
    Array* a = self.as<Array>();
    out.printf("array('%c'", a->code);
    if (a->len) {
        out.write(", [");
        for (size_t i = 0; i < a->len; ++i) {
            if (i) out.write(", ");
            Value v = arr_get(a, i);
            if (!v || !print_value(out, v, PrintKind::Repr)) return false;
        }
        out.put(']');
    }
    out.put(')');
    return true;
}

static Value array_unary(UnaryOp op, Value self) {
    Array* a = self.as<Array>();
    if (op == UnaryOp::Len) return make_int(intptr_t(a->len));
    if (op == UnaryOp::Bool) return py_bool(a->len != 0);
    return not_implemented();
}

static Value array_binary(BinaryOp op, Value l, Value r) {
    Array* a = l.as<Array>();
    switch (op) {
#if MBPY_ARRAY_EXTRA  // the original's array has no `in`
        case BinaryOp::Contains:
            for (size_t i = 0; i < a->len; ++i) {
                Value v = arr_get(a, i);
                int e = v ? equal(v, r) : -1;
                if (e) return e < 0 ? Value() : py_bool(true);
            }
            return py_bool(false);
#endif
        case BinaryOp::Eq:
        case BinaryOp::Ne: {
            Value o = native_of(r);
            if (!is_type(o, &array_type)) return op == BinaryOp::Eq ? py_bool(false) : py_bool(true);
            Array* b = o.as<Array>();
            bool same = a->len == b->len;
            for (size_t i = 0; same && i < a->len; ++i) {
                Value x = arr_get(a, i), y = arr_get(b, i);
                int e = x && y ? equal(x, y) : -1;
                if (e < 0) return {};
                same = e;
            }
            return py_bool(op == BinaryOp::Eq ? same : !same);
        }
        case BinaryOp::Add: {
            Value o = native_of(r);
            if (!is_type(o, &array_type)) return not_implemented();
            Array* c = new_array(a->code);
            if (!c || !arr_extend(c, l) || !arr_extend(c, o)) return {};
            return Value(c);
        }
        case BinaryOp::InplaceAdd: return arr_extend(a, r) ? l : Value();
        default: return not_implemented();
    }
}

static Value array_subscr(Value self, Value index, Value value) {
    Array* a = self.as<Array>();
    if (is_type(index, &slice_type)) {
        SliceRange s;
        if (!slice_resolve(index, intptr_t(a->len), &s)) return {};
        if (!value) {
            Array* c = new_array(a->code);
            if (!c || !reserve(c, size_t(s.count))) return {};
            for (intptr_t k = 0; k < s.count; ++k) {
                memcpy(c->data + size_t(k) * a->itemsize,
                       a->data + size_t(s.start + k * s.step) * a->itemsize, a->itemsize);
            }
            c->len = size_t(s.count);
            return Value(c);
        }
#if MBPY_ARRAY_EXTRA
        Value src = native_of(value);
        if (value == subscr_delete() || !is_type(src, &array_type) || src.as<Array>()->code != a->code)
            return raise_type_error("can only assign an array of the same kind to an array slice"_msg);
        if (s.step != 1) return raise(&not_implemented_error_type, "array slices with a step"_msg);
        Array* b = src.as<Array>();
        if (b == a && !((b = new_array(a->code)) && arr_extend(b, self))) return {};  // a[i:j] = a
        size_t n = b->len, old = size_t(s.count), start = size_t(s.start), sz = a->itemsize;
        if (n > old && !reserve(a, n - old)) return {};
        size_t tail = a->len - start - old;  // items after the slice (none in an empty array: data is null)
        if (tail) memmove(a->data + (start + n) * sz, a->data + (start + old) * sz, tail * sz);
        if (n) memcpy(a->data + start * sz, b->data, n * sz);
        a->len = a->len + n - old;
        return none();
#else
        return raise_type_error("'array' object does not support slice assignment"_msg);
#endif
    }
    size_t i;
    if (!seq_index(index, a->len, &i, "array")) return {};
    if (!value) return arr_get(a, i);
    if (value == subscr_delete()) return raise_type_error("'array' object doesn't support item deletion"_msg);
    return arr_pack(a, value, a->data + i * a->itemsize) ? none() : Value();
}

struct ArrayIter : Obj {
    Value array;
    size_t index;
};
static Value array_iter_next(Value self) {
    ArrayIter* it = self.as<ArrayIter>();
    Array* a = it->array.as<Array>();
    if (it->index >= a->len) return stop_marker();
    return arr_get(a, it->index++);
}
static Value iter_self(Value self) { return self; }
static const Type array_iter_type = builtin_type({.name = &q_array_iterator,
                                                  .flags = type_flag_iter_is_self,
                                                  .getiter = iter_self,
                                                  .iternext = array_iter_next});
static Value array_getiter(Value self) {
    ArrayIter* it = alloc<ArrayIter>(&array_iter_type);
    if (!it) return {};
    it->array = self;
    return Value(it);
}

#if MBPY_ARRAY_EXTRA
static Lookup array_attr(Value self, const Str* name, Value* out) {
    Array* a = self.as<Array>();
    if (str_equal(name, &q_itemsize)) return *out = Value::small(a->itemsize), Lookup::Found;
    if (str_equal(name, &q_typecode)) {
        *out = make_str({&a->code, 1});
        return *out ? Lookup::Found : Lookup::Error;
    }
    return Lookup::Missing;
}
#endif

static constexpr NativeFunction f_append = native(q_append, m_append, 2, 2);
static constexpr NativeFunction f_extend = native(q_extend, m_extend, 2, 2);
#if MBPY_ARRAY_EXTRA
static constexpr NativeFunction f_tobytes = native(q_tobytes, m_tobytes, 1, 1);
static constexpr NativeFunction f_frombytes = native(q_frombytes, m_frombytes, 2, 2);
static constexpr NativeFunction f_tolist = native(q_tolist, m_tolist, 1, 1);
static constexpr NativeFunction f_pop = native(q_pop, m_pop, 1, 2);
#endif

static const AttrEntry array_locals_entries[] = {
    {&q_append, &f_append},   {&q_extend, &f_extend},
#if MBPY_ARRAY_EXTRA
    {&q_tobytes, &f_tobytes}, {&q_frombytes, &f_frombytes}, {&q_tolist, &f_tolist}, {&q_pop, &f_pop},
#endif
};
static const AttrTable array_locals = {array_locals_entries,
                                       sizeof(array_locals_entries) / sizeof(array_locals_entries[0])};

const Type array_type = builtin_type({
    .name = &q_array, .flags = type_flag_base_ok, .make_new = array_make_new, .print = array_print,
    .unary_op = array_unary, .binary_op = array_binary,
#if MBPY_ARRAY_EXTRA
    .attr_get = array_attr,
#endif
    .subscr = array_subscr, .getiter = array_getiter, .locals = &array_locals, .base = &object_type
});

static const AttrEntry array_entries[] = {{&q_array, &array_type}};
const AttrTable array_module_table = {array_entries, 1};

}  // namespace core
