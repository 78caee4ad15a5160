// The math module: MicroPython's set (the micro:bit firmware's), its special functions and CPython's
// integer helpers where the build has room for them (MBPY_MATH_SPECIAL, MBPY_MATH_EXTRA), with CPython's
// errors. All in Float: the device calls the single-precision libm (sinf, powf ...).
#include <cmath>

#include "core/bigint_value.hpp"
#include "core/names.hpp"

namespace core {

static Value domain_error() { return raise_value_error("math domain error"_msg); }
static Value range_error() { return raise_overflow_error("math range error"_msg); }

// Argument as Float; huge ints become +-inf (log and friends handle those separately).
static bool arg(Value v, Float* out) { return to_float(v, out); }

// CPython's math_1: nan from a non-nan argument is a domain error; inf from a finite one is a range
// error for functions that can overflow, else a domain error.
static Value math_1(const Args& a, Float (*f)(Float), bool can_overflow) {
    Float x;
    if (!arg(a.pos[0], &x)) return {};
    Float r = f(x);
    if (float_isnan(r) && !float_isnan(x)) return domain_error();
    if (float_isinf(r) && float_isfinite(x)) return can_overflow ? range_error() : domain_error();
    return make_float(r);
}

#define MATH_FN1(name, expr, overflow)                                                   \
    static Float name##_impl(Float x) { return expr; }                                   \
    static Value math_##name(const Args& a) { return math_1(a, name##_impl, overflow); } \
    static constexpr NativeFunction f_##name = native(q_##name, math_##name, 1, 1);

MATH_FN1(sqrt, x < 0 ? float_nan : std::sqrt(x), false)
MATH_FN1(exp, std::exp(x), true)
MATH_FN1(cos, std::cos(x), false)
MATH_FN1(sin, std::sin(x), false)
MATH_FN1(tan, std::tan(x), false)
MATH_FN1(acos, std::acos(x), false)
MATH_FN1(asin, std::asin(x), false)
MATH_FN1(atan, std::atan(x), false)
MATH_FN1(fabs, std::fabs(x), false)
// No range error: CPython's degrees(1e308) is inf.
static Value math_degrees(const Args& a) {
    Float x;
    return arg(a.pos[0], &x) ? make_float(Float(180.0 / num_pi) * x) : Value();
}
static constexpr NativeFunction f_degrees = native(q_degrees, math_degrees, 1, 1);
MATH_FN1(radians, Float(num_pi / 180.0) * x, false)
#if MBPY_MATH_SPECIAL
MATH_FN1(expm1, std::expm1(x), true)
MATH_FN1(log2, x <= 0 ? float_nan : std::log2(x), false)
MATH_FN1(log10, x <= 0 ? float_nan : std::log10(x), false)
MATH_FN1(log1p, x <= -1 ? float_nan : std::log1p(x), false)
MATH_FN1(cosh, std::cosh(x), true)
MATH_FN1(sinh, std::sinh(x), true)
MATH_FN1(tanh, std::tanh(x), false)
MATH_FN1(acosh, x < 1 ? float_nan : std::acosh(x), false)
MATH_FN1(asinh, std::asinh(x), false)
MATH_FN1(atanh, (x <= -1 || x >= 1) ? float_nan : std::atanh(x), false)
MATH_FN1(erf, std::erf(x), false)
MATH_FN1(erfc, std::erfc(x), false)
MATH_FN1(gamma, (x <= 0 && x == std::floor(x)) || x == -float_inf ? float_nan : std::tgamma(x), true)
// poles: domain errors (-inf is none: lgamma(-inf) is inf)
MATH_FN1(lgamma, (x <= 0 && x == std::floor(x) && x != -float_inf) ? float_nan : std::lgamma(x), true)
#endif

// log of an int too big for a double: log(n >> k) + k*log(2).
static bool log_of(Value v, Float* out) {
    Value i = is_float(v) ? Value() : int_of(v);
    if (i && !i.is_small()) {
        if (int_sign(i) <= 0) return domain_error(), false;
        IntView iv(i);
        size_t bits = big::bit_length(iv.d, iv.n);
        if (bits > 1000) {
            Value top = int_binary(BinaryOp::RShift, i, make_int(intptr_t(bits - 60)));
            Float t;
            if (!top || !int_to_float(top, &t)) return false;
            *out = std::log(t) + Float(bits - 60) * Float(num_ln2);
            return true;
        }
    }
    Float x;
    if (!arg(v, &x)) return false;
    if (x <= 0 || float_isnan(x)) {
        if (float_isnan(x)) return *out = x, true;
        return domain_error(), false;
    }
    *out = std::log(x);
    return true;
}

static Value math_log(const Args& a) {
    Float x, b;
    if (!log_of(a.pos[0], &x)) return {};
    if (a.n_pos > 1) {
        if (!log_of(a.pos[1], &b)) return {};
        if (b == 0) return raise(&zero_division_error_type, "divide by zero"_msg);
        x /= b;
    }
    return make_float(x);
}

static Value two_floats(const Args& a, Float* x, Float* y) {
    if (!arg(a.pos[0], x) || !arg(a.pos[1], y)) return {};
    return none();
}

static Value math_pow(const Args& a) {
    Float x, y;
    if (!two_floats(a, &x, &y)) return {};
    Float r;
    PowError e = float_pow(x, y, &r);
    if (e == PowError::Overflow) return range_error();
    return e == PowError::None ? make_float(r) : domain_error();
}

static Value math_atan2(const Args& a) {
    Float y, x;
    if (!two_floats(a, &y, &x)) return {};
    return make_float(std::atan2(y, x));
}

static Value math_copysign(const Args& a) {
    Float x, y;
    if (!two_floats(a, &x, &y)) return {};
    return make_float(std::copysign(x, y));
}

static Value math_fmod(const Args& a) {
    Float x, y;
    if (!two_floats(a, &x, &y)) return {};
    if ((float_isinf(x) && !float_isnan(y)) || (y == 0 && !float_isnan(x))) return domain_error();
    return make_float(std::fmod(x, y));
}

static Value math_ldexp(const Args& a) {
    Float x;
    intptr_t e;
    if (!arg(a.pos[0], &x) || !to_index(a.pos[1], &e)) return {};
    if (e > 100000) e = 100000;  // beyond any double's range: saturate instead of overflowing int
    if (e < -100000) e = -100000;
    Float r = std::ldexp(x, int(e));
    if (float_isinf(r) && float_isfinite(x)) return range_error();
    return make_float(r);
}

static Value pair(Value a, Value b) {
    if (!a || !b) return {};
    Value items[2] = {a, b};
    return make_tuple(2, items);
}

static Value math_frexp(const Args& a) {
    Float x;
    if (!arg(a.pos[0], &x)) return {};
    int e = 0;
    Float m = float_isfinite(x) ? std::frexp(x, &e) : x;
    return pair(make_float(m), make_int(e));
}

static Value math_modf(const Args& a) {
    Float x;
    if (!arg(a.pos[0], &x)) return {};
    if (float_isinf(x)) return pair(make_float(std::copysign(Float(0), x)), make_float(x));
    Float ip = float_trunc(x);  // exact, as is x - ip; nan gives (nan, nan)
    return pair(make_float(std::copysign(x - ip, x)), make_float(ip));
}

// floor/ceil/trunc return ints; ints pass through unchanged.
static Value rounding(const Args& a, Float (*f)(Float)) {
    Value v = a.pos[0];
    Value i = is_float(v) ? Value() : int_of(v);
    if (i) return i;
    Float x;
    if (!arg(v, &x)) return {};
    return int_from_float(f(x));
}
static Float floor_d(Float x) { return std::floor(x); }
static Float ceil_d(Float x) { return std::ceil(x); }
static Float trunc_d(Float x) { return x; }  // int_from_float truncates
static Value math_floor(const Args& a) { return rounding(a, floor_d); }
static Value math_ceil(const Args& a) { return rounding(a, ceil_d); }
static Value math_trunc(const Args& a) { return rounding(a, trunc_d); }

static Value math_isfinite(const Args& a) {
    Float x;
    if (!arg(a.pos[0], &x)) return {};
    return py_bool(float_isfinite(x));
}
static Value math_isinf(const Args& a) {
    Float x;
    if (!arg(a.pos[0], &x)) return {};
    return py_bool(float_isinf(x));
}
static Value math_isnan(const Args& a) {
    Float x;
    if (!arg(a.pos[0], &x)) return {};
    return py_bool(float_isnan(x));
}

static constexpr NativeFunction f_log = native(q_log, math_log, 1, 2);
static constexpr NativeFunction f_pow = native(q_pow, math_pow, 2, 2);
static constexpr NativeFunction f_atan2 = native(q_atan2, math_atan2, 2, 2);
static constexpr NativeFunction f_copysign = native(q_copysign, math_copysign, 2, 2);
static constexpr NativeFunction f_fmod = native(q_fmod, math_fmod, 2, 2);
static constexpr NativeFunction f_ldexp = native(q_ldexp, math_ldexp, 2, 2);
static constexpr NativeFunction f_frexp = native(q_frexp, math_frexp, 1, 1);
static constexpr NativeFunction f_modf = native(q_modf, math_modf, 1, 1);
static constexpr NativeFunction f_floor = native(q_floor, math_floor, 1, 1);
static constexpr NativeFunction f_ceil = native(q_ceil, math_ceil, 1, 1);
static constexpr NativeFunction f_trunc = native(q_trunc, math_trunc, 1, 1);
static constexpr NativeFunction f_isfinite = native(q_isfinite, math_isfinite, 1, 1);
static constexpr NativeFunction f_isinf = native(q_isinf, math_isinf, 1, 1);
static constexpr NativeFunction f_isnan = native(q_isnan, math_isnan, 1, 1);

#if MBPY_MATH_EXTRA
// In mod_math_extra.cpp.
extern const NativeFunction f_isclose, f_gcd, f_factorial, f_comb, f_perm, f_isqrt, f_prod, f_hypot, f_dist;
#endif

static const FloatObj c_e = {{&float_type}, Float(num_e)}, c_pi = {{&float_type}, Float(num_pi)};
#if MBPY_MATH_EXTRA
static const FloatObj c_tau = {{&float_type}, Float(2 * num_pi)}, c_inf = {{&float_type}, float_inf},
                      c_nan = {{&float_type}, float_nan};
#endif

// The micro:bit firmware's functions in its order, then the rest.
static const AttrEntry math_entries[] = {
    {&q_e, &c_e},
    {&q_pi, &c_pi},
    {&q_sqrt, &f_sqrt},
    {&q_pow, &f_pow},
    {&q_exp, &f_exp},
    {&q_log, &f_log},
    {&q_cos, &f_cos},
    {&q_sin, &f_sin},
    {&q_tan, &f_tan},
    {&q_acos, &f_acos},
    {&q_asin, &f_asin},
    {&q_atan, &f_atan},
    {&q_atan2, &f_atan2},
    {&q_ceil, &f_ceil},
    {&q_copysign, &f_copysign},
    {&q_fabs, &f_fabs},
    {&q_floor, &f_floor},
    {&q_fmod, &f_fmod},
    {&q_frexp, &f_frexp},
    {&q_ldexp, &f_ldexp},
    {&q_modf, &f_modf},
    {&q_isfinite, &f_isfinite},
    {&q_isinf, &f_isinf},
    {&q_isnan, &f_isnan},
    {&q_trunc, &f_trunc},
    {&q_radians, &f_radians},
    {&q_degrees, &f_degrees},
#if MBPY_MATH_SPECIAL
    {&q_expm1, &f_expm1},
    {&q_log2, &f_log2},
    {&q_log10, &f_log10},
    {&q_log1p, &f_log1p},
    {&q_cosh, &f_cosh},
    {&q_sinh, &f_sinh},
    {&q_tanh, &f_tanh},
    {&q_acosh, &f_acosh},
    {&q_asinh, &f_asinh},
    {&q_atanh, &f_atanh},
    {&q_erf, &f_erf},
    {&q_erfc, &f_erfc},
    {&q_gamma, &f_gamma},
    {&q_lgamma, &f_lgamma},
#endif
#if MBPY_MATH_EXTRA
    {&q_tau, &c_tau},
    {&q_inf, &c_inf},
    {&q_nan, &c_nan},
    {&q_isclose, &f_isclose},
    {&q_gcd, &f_gcd},
    {&q_factorial, &f_factorial},
    {&q_comb, &f_comb},
    {&q_perm, &f_perm},
    {&q_isqrt, &f_isqrt},
    {&q_prod, &f_prod},
    {&q_hypot, &f_hypot},
    {&q_dist, &f_dist},
#endif
};
const AttrTable math_module_table = {math_entries, sizeof(math_entries) / sizeof(math_entries[0])};

}  // namespace core
