// The float type: arithmetic with Python's rules, exact comparisons with ints, hash, repr, methods.
#include <cmath>

#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/obj_containers.hpp"
#include "core/text.hpp"

namespace core {

Value make_float(Float d) {
    static_assert(sizeof(FloatObj) <= config::gc_block_bytes, "a float is one GC block");
    auto* f = static_cast<FloatObj*>(gc::alloc_leaf_block());  // nothing to scan: the collector skips it
    if (!f) return raise_memory_error();
    f->type = &float_type;
    f->value = d;
    return Value(f);
}

static Value float_zero_division() {
    // MicroPython words every float division by zero "divide by zero" (see bigint_ops.cpp).
    return raise(&zero_division_error_type, "divide by zero"_msg);
}

PowError float_pow(Float a, Float b, Float* out) {
    if (a == 0 && b < 0 && float_isfinite(b)) return PowError::ZeroToNegative;  // 0.0 ** -inf is inf
    if (a < 0 && float_isfinite(a) && float_isfinite(b) && b != std::floor(b))
        return PowError::NegativeToFraction;
    *out = std::pow(a, b);
    return float_isinf(*out) && float_isfinite(a) && float_isfinite(b) ? PowError::Overflow : PowError::None;
}

Value float_binary(BinaryOp op, Float a, Float b) {
    Float q, r;
    switch (op) {
        case BinaryOp::Lt: return py_bool(a < b);
        case BinaryOp::Gt: return py_bool(a > b);
        case BinaryOp::Le: return py_bool(a <= b);
        case BinaryOp::Ge: return py_bool(a >= b);
        case BinaryOp::Eq: return py_bool(a == b);
        case BinaryOp::Ne: return py_bool(a != b);
        case BinaryOp::Add: return make_float(a + b);
        case BinaryOp::Sub: return make_float(a - b);
        case BinaryOp::Mul: return make_float(a * b);
        case BinaryOp::TrueDiv:
            if (b == 0) return float_zero_division();
            return make_float(a / b);
        case BinaryOp::FloorDiv:
        case BinaryOp::Mod:
        case BinaryOp::DivMod: {
            if (!float_divmod(a, b, &q, &r)) return float_zero_division();
            if (op == BinaryOp::FloorDiv) return make_float(q);
            if (op == BinaryOp::Mod) return make_float(r);
            Value items[2] = {make_float(q), make_float(r)};
            if (!items[0] || !items[1]) return {};
            return make_tuple(2, items);
        }
        case BinaryOp::Pow: {
            Float p;
            switch (float_pow(a, b, &p)) {
                case PowError::None: return make_float(p);
                case PowError::ZeroToNegative:
                    return raise(&zero_division_error_type, "0.0 cannot be raised to a negative power"_msg);
                case PowError::NegativeToFraction:
#if MBPY_COMPLEX
                {  // complex, as in CPython 3
                    Float len = std::pow(-a, b), phase = Float(num_pi) * b;
                    return make_complex(len * std::cos(phase), len * std::sin(phase));
                }
#else
                    return raise_value_error("math domain error"_msg);
#endif
                default: return raise_overflow_error("(34, 'Numerical result out of range')"_msg);
            }
        }
        default: return not_implemented();
    }
}

// 1: *out set; 0: not a real number; -1: exception (int too big for a float).
static int real_operand(Value v, Float* out) {
    if (is_float(v)) {
        *out = float_value(v);
        return 1;
    }
    Value i = int_of(v);
    if (!i) return 0;
    return int_to_float(i, out) ? 1 : -1;
}

static Value float_binary_slot(BinaryOp op, Value lhs, Value rhs) {
    op = number_plain_op(op, &lhs, &rhs);
    if (op <= BinaryOp::Ne) {
        // Comparisons with ints are exact (2**53 + 1 > float(2**53)), never via a rounded conversion.
        Value li = is_float(lhs) ? Value() : int_of(lhs), ri = is_float(rhs) ? Value() : int_of(rhs);
        if ((li || is_float(lhs)) && (ri || is_float(rhs)) && (li || ri)) {
            Float d = li ? float_value(rhs) : float_value(lhs);
            if (float_isnan(d)) return py_bool(op == BinaryOp::Ne);
            int c = li ? int_compare_float(li, d) : -int_compare_float(ri, d);
            switch (op) {
                case BinaryOp::Lt: return py_bool(c < 0);
                case BinaryOp::Gt: return py_bool(c > 0);
                case BinaryOp::Le: return py_bool(c <= 0);
                case BinaryOp::Ge: return py_bool(c >= 0);
                case BinaryOp::Eq: return py_bool(c == 0);
                default: return py_bool(c != 0);
            }
        }
    }
    Float a, b;
    int ka = real_operand(lhs, &a);
    if (ka <= 0) return ka < 0 ? Value() : not_implemented();
    int kb = real_operand(rhs, &b);
    if (kb <= 0) return kb < 0 ? Value() : not_implemented();
    return float_binary(op, a, b);
}

static Value float_unary(UnaryOp op, Value self) {
    Float d = float_value(self);
    switch (op) {
        case UnaryOp::Bool: return py_bool(d != 0);
        case UnaryOp::Hash: return Value::small(float_hash(d));
        case UnaryOp::Pos: return self;
        case UnaryOp::Neg: return make_float(-d);
        case UnaryOp::Abs: return make_float(std::fabs(d));
        default: return not_implemented();
    }
}

static bool float_print(Printer& out, Value self, PrintKind) {
    char buf[40];
    out.write(buf, float_repr_chars(buf, float_value(self)));
    return true;
}

static Value float_make_new(const Type*, const Args& args) {
    if (args.n_kw) return raise_type_error("function doesn't take keyword arguments"_msg);
    if (args.n_pos > 1) return raise_type_error("function takes at most 1 argument"_msg);
    if (args.n_pos == 0) return make_float(0.0);
    Value x = args.pos[0];
    if (is_float(x)) return x;
    Float d;
    bool bytes_like = is_type(x, &bytearray_type) || is_memoryview(x);
    if (is_type(x, &str_type) || is_type(x, &bytes_type) || bytes_like) {
        if (!check_c_stack_room(464)) return {};  // the exact scan's frames: 456 B on the board
        if (!float_parse(bytes_like ? buffer_text(x) : as_str(x)->view(), &d)) {
            // MicroPython's wording (CPython: "could not convert string to float: ...").
            return raise_value_error("invalid syntax for number"_msg);
        }
        return make_float(d);
    }
    Value i = int_of(x);
    if (i) {
        if (!int_to_float(i, &d)) return {};
        return make_float(d);
    }
#if MBPY_NUMBER_PROTOCOLS
    if (x.is_obj() && (x.obj()->type->flags & type_flag_user)) {
        const Str* names[2] = {&q_dunder_float, &q_dunder_index};
        for (const Str* n : names) {
            Value m[2];
            if (load_method(x, n, m) && m[0]) {
                Value r = m[1] ? call1(m[0], m[1]) : call0(m[0]);
                if (!r) return {};
                if (!to_float(r, &d)) return {};
                return make_float(d);
            }
            if (pending()) return {};
        }
    }
#endif
    return raise_type_error("can't convert %T to float"_msg, x);
}

// ---- methods -------------------------------------------------------------------------------------------

static Float self_value(const Args& a) { return float_value(a.pos[0]); }

#if MBPY_FLOAT_METHODS
static Value float_is_integer(const Args& a) {
    Float d = self_value(a);
    return py_bool(float_isfinite(d) && d == std::floor(d));
}

#endif

#if MBPY_NUMBER_ATTRS
static Value float_conjugate(const Args& a) { return a.pos[0]; }
#endif

#if MBPY_FLOAT_METHODS
static Value float_as_integer_ratio(const Args& a) {
    Float d = self_value(a);
    if (float_isinf(d)) return raise_overflow_error("cannot convert Infinity to integer ratio"_msg);
    if (float_isnan(d)) return raise_value_error("cannot convert NaN to integer ratio"_msg);
    int e;
    Float m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2;
        --e;
    }
    Value num = int_from_float(m), den = Value::small(1);
    if (!num) return {};
    Value sh = Value::small(e < 0 ? -e : e);
    if (e > 0) num = int_binary(BinaryOp::LShift, num, sh);
    if (e < 0) den = int_binary(BinaryOp::LShift, den, sh);
    if (!num || !den) return {};
    Value items[2] = {num, den};
    return make_tuple(2, items);
}
#endif

// x.__round__(ndigits=None): an int without ndigits (half to even), else a float.
static Value float_round_method(const Args& a) {
    Float d = self_value(a);
    if (a.n_pos < 2 || a.pos[1] == none()) {
        Float r = float_round_even(d);
        return int_from_float(r);
    }
    intptr_t nd;
    if (!to_index(a.pos[1], &nd)) return {};
    Float out;
    if (!float_round(d, nd, &out)) return {};
    return make_float(out);
}

#if MBPY_NUMBER_ATTRS
static Value float_trunc_method(const Args& a) { return int_from_float(self_value(a)); }
static Value float_floor_method(const Args& a) { return int_from_float(std::floor(self_value(a))); }
static Value float_ceil_method(const Args& a) { return int_from_float(std::ceil(self_value(a))); }
#endif

#if MBPY_FLOAT_METHODS
static int snprintf_exp(char* out, int e) {
    char tmp[12];
    int n = 0;
    out[n++] = 'p';
    out[n++] = e < 0 ? '-' : '+';
    unsigned u = unsigned(e < 0 ? -e : e);
    int k = 0;
    do tmp[k++] = char('0' + u % 10), u /= 10;
    while (u);
    while (k) out[n++] = tmp[--k];
    return n;
}

// float.hex(): CPython's layout "0x1.c000000000000p+2" (13 hex digits, subnormals as 0x0.xxxp-1022).
static Value float_hex(const Args& a) {
    Float x = self_value(a);
    char buf[40];
    if (!float_isfinite(x)) return make_str({buf, float_repr_chars(buf, x)});
    size_t n = 0;
    if (std::signbit(x)) buf[n++] = '-';
    x = std::fabs(x);
    if (x == 0) return make_str(std::string_view(buf, n).empty() ? "0x0.0p+0" : "-0x0.0p+0");
    int e;
    Float m = std::frexp(x, &e);
    int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);  // DBL_MIN_EXP is -1021
    m = std::ldexp(m, shift);
    e -= shift;
    static const char* const hx = "0123456789abcdef";
    buf[n++] = '0', buf[n++] = 'x', buf[n++] = hx[int(m)];
    m -= int(m);
    buf[n++] = '.';
    for (int i = 0; i < 13; ++i) {
        m *= 16;
        buf[n++] = hx[int(m)];
        m -= int(m);
    }
    n += size_t(snprintf_exp(buf + n, e));
    return make_str({buf, n});
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = char(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// float.fromhex(s): [sign] ["0x"] hexdigits ["." hexdigits] ["p" [sign] decimal], or inf/nan.
static Value float_fromhex(const Args& a) {
    Value sv = a.pos[0];
    if (!is_str(sv)) return raise_type_error("fromhex() argument must be str"_msg);
    std::string_view s = as_str(sv)->view();
    auto bad = [] { return raise_value_error("invalid hexadecimal floating-point string"_msg); };
    while (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || (s.back() >= '\t' && s.back() <= '\r'))) s.remove_suffix(1);
    Float special;
    bool neg = !s.empty() && s[0] == '-';
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (!s.empty() && hex_digit(s[0]) < 0 && s[0] != '.' && float_parse(s, &special)) {
        return make_float(neg ? -special : special);
    }
    if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') s.remove_prefix(2);
    uint64_t mant = 0;
    long exp = 0;
    bool any = false, sticky = false, dot = false;
    size_t i = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '.' && !dot) {
            dot = true;
            continue;
        }
        int d = hex_digit(s[i]);
        if (d < 0) break;
        any = true;
        if (mant >> 56) {  // keep 60 significant bits; the rest only matter as a sticky bit
            sticky |= d != 0;
            if (!dot) exp += 4;
        } else {
            mant = mant * 16 + uint64_t(d);
            if (dot) exp -= 4;
        }
    }
    if (!any) return bad();
    if (i < s.size() && (s[i] | 0x20) == 'p') {
        ++i;
        bool eneg = i < s.size() && s[i] == '-';
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        if (i >= s.size()) return bad();
        long pe = 0;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
            pe = pe < 100000 ? pe * 10 + (s[i] - '0') : pe;
        exp += eneg ? -pe : pe;
    }
    if (i != s.size()) return bad();
    if (exp > 100000) exp = 100000;
    if (exp < -100000) exp = -100000;
    Float r = std::ldexp(float_from_u64(mant | (sticky ? 1 : 0)), int(exp));
    if (float_isinf(r))
        return raise_overflow_error("hexadecimal value too large to represent as a float"_msg);
    return make_float(neg ? -r : r);
}
#endif

#if MBPY_NUMBER_ATTRS
static constexpr NativeFunction f_conjugate = native(q_conjugate, float_conjugate, 1, 1);
static constexpr NativeFunction f_round = native(q_dunder_round, float_round_method, 1, 2);
static constexpr NativeFunction f_trunc = native(q_dunder_trunc, float_trunc_method, 1, 1);
static constexpr NativeFunction f_floor = native(q_dunder_floor, float_floor_method, 1, 1);
static constexpr NativeFunction f_ceil = native(q_dunder_ceil, float_ceil_method, 1, 1);
static Value float_self(const Args& a) { return a.pos[0]; }
static Value float_int(const Args& a) { return int_from_float(self_value(a)); }
static Value float_abs(const Args& a) { return make_float(std::fabs(self_value(a))); }
static constexpr NativeFunction f_float_m = native(q_dunder_float, float_self, 1, 1);
static constexpr NativeFunction f_int_m = native(q_dunder_int, float_int, 1, 1);
static constexpr NativeFunction f_abs = native(q_dunder_abs, float_abs, 1, 1);
#endif
#if MBPY_FLOAT_METHODS
static constexpr NativeFunction f_is_integer = native(q_is_integer, float_is_integer, 1, 1);
static constexpr NativeFunction f_ratio = native(q_as_integer_ratio, float_as_integer_ratio, 1, 1);
static constexpr NativeFunction f_fromhex = native(q_fromhex, float_fromhex, 1, 1);
static const MethodWrapper sm_fromhex = {{&staticmethod_type}, Value(&f_fromhex)};  // no self
static constexpr NativeFunction f_hex = native(q_hex, float_hex, 1, 1);
#endif
#if MBPY_NUMBER_ATTRS || MBPY_FLOAT_METHODS
// clang-format off
static const AttrEntry float_entries[] = {
#if MBPY_NUMBER_ATTRS
    {&q_conjugate, &f_conjugate},   {&q_dunder_round, &f_round},
    {&q_dunder_trunc, &f_trunc},    {&q_dunder_floor, &f_floor},
    {&q_dunder_ceil, &f_ceil},      {&q_dunder_float, &f_float_m},
    {&q_dunder_int, &f_int_m},      {&q_dunder_abs, &f_abs},
#endif
#if MBPY_FLOAT_METHODS
    {&q_is_integer, &f_is_integer}, {&q_as_integer_ratio, &f_ratio}, {&q_fromhex, &sm_fromhex}, {&q_hex, &f_hex},
#endif
};
// clang-format on
static const AttrTable float_locals = {float_entries, sizeof(float_entries) / sizeof(float_entries[0])};
#else
static const AttrTable float_locals = {nullptr, 0};
#endif

#if MBPY_NUMBER_ATTRS
static Lookup float_attr(Value self, const Str* name, Value* out) {
    if (str_equal(name, &q_real)) {
        *out = self;
    } else if (str_equal(name, &q_imag)) {
        *out = make_float(0.0);
        if (!*out) return Lookup::Error;
    } else {
        return Lookup::Missing;
    }
    return Lookup::Found;
}
#else
static constexpr Lookup (*float_attr)(Value, const Str*, Value*) = nullptr;
#endif

Value number_round(Value x, Value ndigits) {
    if (is_float(x)) {
        Value args[2] = {x, ndigits ? ndigits : none()};
        return float_round_method(Args{args, 2, nullptr, 0});
    }
    Value i = int_of(x);
    if (!i) return raise_type_error("can't convert %T to int"_msg, x);
    if (!ndigits || ndigits == none()) return i;
    intptr_t nd;
    if (!to_index(ndigits, &nd)) return {};
    if (nd >= 0) return i;
    // Round to a multiple of 10**-nd, half to even.
    Value p = int_binary(BinaryOp::Pow, Value::small(10), make_int(-nd));
    Value qr = p ? int_binary(BinaryOp::DivMod, i, p) : Value();
    if (!qr) return {};
    Value q = qr.as<Tuple>()->items[0], r = qr.as<Tuple>()->items[1];
    Value twice = int_binary(BinaryOp::Add, r, r);
    if (!twice) return {};
    int c = int_binary(BinaryOp::Gt, twice, p) == py_bool(true)
                ? 1
                : (int_binary(BinaryOp::Eq, twice, p) == py_bool(true) ? 0 : -1);
    Value odd = int_binary(BinaryOp::And, q, Value::small(1));
    if (c > 0 || (c == 0 && odd == Value::small(1))) q = int_binary(BinaryOp::Add, q, Value::small(1));
    return q ? int_binary(BinaryOp::Mul, q, p) : Value();
}

const Type float_type = builtin_type({.name = &q_float,
                                      .flags = type_flag_base_ok,
                                      .make_new = float_make_new,
                                      .print = float_print,
                                      .unary_op = float_unary,
                                      .binary_op = float_binary_slot,
                                      .attr_get = float_attr,
                                      .locals = &float_locals,
                                      .base = &object_type});

}  // namespace core
