// The int type: constructors, conversions to C integers, slots (ops, hash, repr) and methods.
#include <cmath>
#include <cstring>

#include "core/bigint_value.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"

namespace core {

using big::Limb;

// ---- constructors and conversions --------------------------------------------------------------------

Value make_int(intptr_t i) { return Value::fits_small(i) ? Value::small(i) : make_int_ll(i); }

Value make_int_ll(long long i) {
    if (Value::fits_small(i)) return Value::small(intptr_t(i));
    unsigned long long m = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;
    Value r = make_int_ull(m);
    if (!r || i >= 0) return r;
    return int_from_mag(r.as<BigInt>()->limb, r.as<BigInt>()->len, true);
}

Value make_int_ull(unsigned long long u) {
    if (u <= (unsigned long long)Value::small_max) return Value::small(intptr_t(u));
    BigInt* b = new_bigint(big::u64_limbs);
    if (!b) return {};
    return bigint_finish(b, big::from_u64(b->limb, u), false);
}

bool is_int(Value v) {
    if (v.is_small()) return true;
    if (!v.is_obj()) return false;
    const Type* t = v.obj()->type;
    return t == &int_type || t == &bool_type;
}

Value int_of(Value v) {
    if (v.is_small() || is_bigint(v)) return v;
    if (v == py_bool(true)) return Value::small(1);
    if (v == py_bool(false)) return Value::small(0);
    if (v.is_obj()) {
        const Type* t = v.obj()->type;
        if ((t->flags & type_flag_user) && is_subtype(t, &int_type)) {
            Value n = native_of(v);
            if (n && n != v) return int_of(n);
        }
    }
    return {};
}

bool to_intptr(Value v, intptr_t* out) {
    if (v.is_small()) {
        *out = v.small_value();
        return true;
    }
    Value i = int_of(v);
    if (!i) {
        raise_type_error("can't convert %T to int"_msg, v);
        return false;
    }
    if (i.is_small()) {
        *out = i.small_value();
        return true;
    }
    IntView iv(i);
    uint64_t m = big::to_u64(iv.d, iv.n);
    uint64_t limit = iv.neg ? uint64_t(INTPTR_MAX) + 1 : uint64_t(INTPTR_MAX);
    if (iv.n > big::u64_limbs || m > limit) {
        raise_overflow_error("overflow converting long int to machine word"_msg);
        return false;
    }
    *out = iv.neg ? intptr_t(0 - m) : intptr_t(m);
    return true;
}

bool to_index(Value v, intptr_t* out) {
    if (v.is_small()) {
        *out = v.small_value();
        return true;
    }
    if (int_of(v)) return to_intptr(v, out);
#if MBPY_NUMBER_PROTOCOLS
    if (v.is_obj() && (v.obj()->type->flags & type_flag_user)) {
        Value m[2];
        if (load_method(v, &q_dunder_index, m) && m[0]) {
            Value r = m[1] ? call1(m[0], m[1]) : call0(m[0]);
            if (!r) return false;
            if (!int_of(r)) {
                raise_type_error("__index__ returned non-int (type %T)"_msg, r);
                return false;
            }
            return to_intptr(r, out);
        }
        if (pending()) take_exception();
    }
#endif
    raise_type_error("can't convert %T to int"_msg, v);
    return false;
}

bool as_float_nothrow(Value v, Float* out) {
    if (v.is_small()) {
        *out = Float(v.small_value());
        return true;
    }
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    Value i = int_of(v);
    if (!i) return false;
    if (!int_to_float(i, out)) {
        take_exception();
        *out = int_sign(i) < 0 ? -float_inf : float_inf;
    }
    return true;
}

bool to_float(Value v, Float* out) {
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    Value i = int_of(v);
    if (i) return int_to_float(i, out);
    raise_type_error("can't convert %T to float"_msg, v);
    return false;
}

// ---- slots -----------------------------------------------------------------------------------------------

static bool int_print(Printer& out, Value self, PrintKind) {
    if (self.is_small()) {
        out.printf("%ld", long(self.small_value()));
        return true;
    }
    StrBuilder sb;
    if (!int_format(sb, self, 10, false, false)) return false;
    out.write(sb.data(), sb.size());
    return true;
}

static Value int_unary(UnaryOp op, Value self) {
    Value i = int_of(self);
    switch (op) {
        case UnaryOp::Bool: return py_bool(int_sign(i) != 0);
        case UnaryOp::Hash:
            if (i.is_small() && i.small_value() >= -(intptr_t(1) << 28) &&
                i.small_value() < (intptr_t(1) << 28)) {
                return Value::small(i.small_value() == -1 ? -2 : i.small_value());
            }
            return Value::small(int_hash(i));
        case UnaryOp::Pos: return i;
        case UnaryOp::Neg: return int_binary(BinaryOp::Sub, Value::small(0), i);
        case UnaryOp::Abs: return int_sign(i) < 0 ? int_binary(BinaryOp::Sub, Value::small(0), i) : i;
        case UnaryOp::Invert: return int_binary(BinaryOp::Sub, Value::small(-1), i);
        default: return not_implemented();
    }
}

static Value int_binary_slot(BinaryOp op, Value lhs, Value rhs) {
    op = number_plain_op(op, &lhs, &rhs);
    Value a = int_of(lhs), b = int_of(rhs);
    if (a && b) return int_binary(op, a, b);
    // Mixed with float/complex: those types' reflected slots promote (and compare exactly). divmod() has
    // no reflected slot, so it is forwarded to float here.
    // int.__add__(1.5) is NotImplemented as in CPython, so only divmod() is forwarded here.
    if (op != BinaryOp::DivMod) return not_implemented();
    if (is_float(lhs) || is_float(rhs)) return float_type.binary_op(op, lhs, rhs);
    return not_implemented();
}

#if MBPY_NUMBER_ATTRS
static Lookup int_attr(Value self, const Str* name, Value* out) {
    if (str_equal(name, &q_real) || str_equal(name, &q_numerator)) {
        *out = int_of(self);
    } else if (str_equal(name, &q_imag)) {
        *out = Value::small(0);
    } else if (str_equal(name, &q_denominator)) {
        *out = Value::small(1);
    } else {
        return Lookup::Missing;
    }
    return Lookup::Found;
}
#else
static constexpr Lookup (*int_attr)(Value, const Str*, Value*) = nullptr;
#endif

static Value int_make_new(const Type*, const Args& args) {
    if (args.n_pos > 2) return raise_type_error("function takes at most 2 arguments"_msg);
    static const char* const allowed[] = {"base", nullptr};
    if (!check_kwargs(args, allowed)) return {};
    Value base_v = args.n_pos > 1 ? args.pos[1] : kwarg(args, "base");
    if (args.n_pos == 0) {
        if (base_v) return raise_type_error("int() missing string argument"_msg);
        return Value::small(0);
    }
    Value x = args.pos[0];
    if (base_v) {
        intptr_t base;
        if (!to_index(base_v, &base)) return {};
        if (base != 0 && (base < 2 || base > 36))
            return raise_value_error("int() arg 2 must be >= 2 and <= 36"_msg);
        if (is_type(x, &bytearray_type)) return int_from_string(buffer_text(x), int(base));
        if (!is_type(x, &str_type) && !is_type(x, &bytes_type)) {
            return raise_type_error("int() can't convert non-string with explicit base"_msg);
        }
        return int_from_string(as_str(x)->view(), int(base));
    }
    Value i = int_of(x);
    if (i) return i;
    if (is_float(x)) return int_from_float(float_value(x));
    if (is_type(x, &str_type) || is_type(x, &bytes_type)) return int_from_string(as_str(x)->view(), 10);
    if (is_type(x, &bytearray_type) || is_memoryview(x)) return int_from_string(buffer_text(x), 10);
#if MBPY_NUMBER_PROTOCOLS
    if (x.is_obj() && (x.obj()->type->flags & type_flag_user)) {
        Value m[2];
        const Str* names[2] = {&q_dunder_int, &q_dunder_index};
        for (const Str* n : names) {
            if (load_method(x, n, m) && m[0]) {
                Value r = m[1] ? call1(m[0], m[1]) : call0(m[0]);
                if (!r) return {};
                Value ri = int_of(r);
                if (!ri) return raise_type_error("__int__ returned non-int (type %T)"_msg, r);
                return ri;
            }
            if (pending()) return {};
        }
    }
#endif
    return raise_type_error("can't convert %T to int"_msg, x);
}

// ---- methods -------------------------------------------------------------------------------------------

#if MBPY_NUMBER_ATTRS
static Value int_bit_length(const Args& a) {
    IntView v(int_of(a.pos[0]));
    return make_int(intptr_t(big::bit_length(v.d, v.n)));
}

static Value int_conjugate(const Args& a) { return int_of(a.pos[0]); }
#endif

// Reads (byteorder, signed) from positional slot `pos_i` and keywords. order: true for little-endian.
static bool byte_args(const Args& a, size_t pos_i, bool* little, bool* is_signed) {
    static const char* const allowed[] = {"length", "byteorder", "signed", "bytes", nullptr};
    if (!check_kwargs(a, allowed)) return false;
    Value order = a.n_pos > pos_i ? a.pos[pos_i] : kwarg(a, "byteorder");
    *little = false;
    if (order) {
        if (!is_str(order)) {
            raise_type_error("byteorder must be str"_msg);
            return false;
        }
        std::string_view o = as_str(order)->view();
        if (o != "big" && o != "little") {
            raise_value_error("byteorder must be either 'little' or 'big'"_msg);
            return false;
        }
        *little = o == "little";
    }
    Value s = kwarg(a, "signed");
    *is_signed = false;
    if (s) {
        int t = truth(s);
        if (t < 0) return false;
        *is_signed = t;
    }
    return true;
}

static Value int_to_bytes(const Args& a) {
    Value self = int_of(a.pos[0]);
    Value len_v = a.n_pos > 1 ? a.pos[1] : kwarg(a, "length");
    intptr_t length = 1;  // Python 3.11: length defaults to 1
    if (len_v && !to_index(len_v, &length)) return {};
    if (length < 0) return raise_value_error("length argument must be non-negative"_msg);
    bool little, is_signed;
    if (!byte_args(a, 2, &little, &is_signed)) return {};
    if (!is_signed && int_sign(self) < 0)
        return raise_overflow_error("can't convert negative int to unsigned"_msg);
    // Two's complement of self over `length` bytes: self mod 256**length, then check it fits.
    IntView v(self);
    size_t bits = big::bit_length(v.d, v.n);
    bool fits = v.zero() || (is_signed ? (v.neg ? (bits < size_t(length) * 8 ||
                                                   (bits == size_t(length) * 8 && big::bit_length(v.d, v.n) &&
                                                    [&] {  // exactly -2**(8*length-1)
                                                        for (size_t k = 0; k + 1 < v.n; ++k)
                                                            if (v.d[k]) return false;
                                                        return (v.d[v.n - 1] & (v.d[v.n - 1] - 1)) == 0;
                                                    }()))
                                                : bits < size_t(length) * 8)
                                       : bits <= size_t(length) * 8);
    if (is_signed && length == 0 && v.neg && v.n == 1 && v.d[0] == 1) fits = true;  // CPython: -1 -> b''
    if (!fits) return raise_overflow_error("int too big to convert"_msg);
    char* buf = static_cast<char*>(alloc_raw(size_t(length) + 1));
    if (!buf) return {};
    uint32_t carry = 1;
    for (intptr_t k = 0; k < length; ++k) {
        size_t limb = size_t(k) / sizeof(Limb);
        uint32_t byte = limb < v.n ? uint32_t(v.d[limb] >> (8 * (k % sizeof(Limb)))) & 0xFF : 0;
        if (v.neg) {
            carry += (~byte) & 0xFF;
            byte = carry & 0xFF;
            carry >>= 8;
        }
        buf[little ? k : length - 1 - k] = char(byte);
    }
    return make_bytes({buf, size_t(length)});
}

static Value int_from_bytes(const Args& a) {
    size_t first = 0;  // a static method: no self
    Value data = a.n_pos > first ? a.pos[first] : kwarg(a, "bytes");
    if (!data || !is_type(data, &bytes_type)) return raise_type_error("from_bytes() expects bytes"_msg);
    bool little, is_signed;
    if (!byte_args(a, first + 1, &little, &is_signed)) return {};
    std::string_view b = as_str(data)->view();
    size_t nl = b.size() / sizeof(Limb) + 1;
    BigInt* r = new_bigint(nl);
    if (!r) return {};
    memset(r->limb, 0, nl * sizeof(Limb));
    for (size_t k = 0; k < b.size(); ++k) {
        uint8_t byte = uint8_t(b[little ? k : b.size() - 1 - k]);
        r->limb[k / sizeof(Limb)] |= Limb(byte) << (8 * (k % sizeof(Limb)));
    }
    bool neg = is_signed && !b.empty() && (uint8_t(b[little ? b.size() - 1 : 0]) & 0x80);
    if (neg) {  // value - 256**len: magnitude is the two's complement of the bytes
        big::Wide carry = 1;
        size_t nbytes_limbs = (b.size() + sizeof(Limb) - 1) / sizeof(Limb);
        for (size_t k = 0; k < nbytes_limbs; ++k) {
            Limb mask = (k + 1) * sizeof(Limb) <= b.size()
                            ? ~Limb(0)
                            : Limb((Limb(1) << (8 * (b.size() % sizeof(Limb)))) - 1);
            carry += (~r->limb[k]) & mask;
            r->limb[k] = Limb(carry) & mask;
            carry >>= big::limb_bits;
            if (mask != ~Limb(0)) carry = 0;
        }
    }
    return bigint_finish(r, nl, neg);
}

#if MBPY_NUMBER_ATTRS
static Value int_self(const Args& a) { return int_of(a.pos[0]); }
static Value int_float(const Args& a) {
    Float d;
    if (!int_to_float(int_of(a.pos[0]), &d)) return {};
    return make_float(d);
}
static Value int_abs_method(const Args& a) { return unary_op(UnaryOp::Abs, int_of(a.pos[0])); }
static Value int_round(const Args& a) { return number_round(a.pos[0], a.n_pos > 1 ? a.pos[1] : Value()); }

static constexpr NativeFunction f_index = native(q_dunder_index, int_self, 1, 1);
static constexpr NativeFunction f_int = native(q_dunder_int, int_self, 1, 1);
static constexpr NativeFunction f_trunc = native(q_dunder_trunc, int_self, 1, 1);
static constexpr NativeFunction f_floor = native(q_dunder_floor, int_self, 1, 1);
static constexpr NativeFunction f_ceil = native(q_dunder_ceil, int_self, 1, 1);
static constexpr NativeFunction f_float = native(q_dunder_float, int_float, 1, 1);
static constexpr NativeFunction f_abs = native(q_dunder_abs, int_abs_method, 1, 1);
static constexpr NativeFunction f_round = native(q_dunder_round, int_round, 1, 2);
static constexpr NativeFunction f_bit_length = native(q_bit_length, int_bit_length, 1, 1);
static constexpr NativeFunction f_conjugate = native(q_conjugate, int_conjugate, 1, 1);
#endif
static constexpr NativeFunction f_to_bytes = native(q_to_bytes, int_to_bytes, 1, 3, true);
static constexpr NativeFunction f_from_bytes = native(q_from_bytes, int_from_bytes, 0, 2, true);
static const MethodWrapper sm_from_bytes = {{&staticmethod_type}, Value(&f_from_bytes)};
static const AttrEntry int_entries[] = {
    {&q_to_bytes, &f_to_bytes},     {&q_from_bytes, &sm_from_bytes},
#if MBPY_NUMBER_ATTRS
    {&q_bit_length, &f_bit_length}, {&q_conjugate, &f_conjugate},    {&q_dunder_index, &f_index},
    {&q_dunder_int, &f_int},        {&q_dunder_trunc, &f_trunc},     {&q_dunder_floor, &f_floor},
    {&q_dunder_ceil, &f_ceil},      {&q_dunder_float, &f_float},     {&q_dunder_abs, &f_abs},
    {&q_dunder_round, &f_round},
#endif
};
static const AttrTable int_locals = {int_entries, sizeof(int_entries) / sizeof(int_entries[0])};

const Type int_type = builtin_type({.name = &q_int,
                                    .flags = type_flag_base_ok,
                                    .make_new = int_make_new,
                                    .print = int_print,
                                    .unary_op = int_unary,
                                    .binary_op = int_binary_slot,
                                    .attr_get = int_attr,
                                    .locals = &int_locals,
                                    .base = &object_type});

}  // namespace core
