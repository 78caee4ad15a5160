// The math module: MicroPython's full set plus CPython's integer helpers, with CPython's errors.
#include <cmath>

#include "core/bigint_value.hpp"
#include "core/names.hpp"

namespace core {

static Value domain_error() { return raise(&value_error_type, "math domain error"); }
static Value range_error() { return raise(&overflow_error_type, "math range error"); }

// Argument as double; huge ints become +-inf (log and friends handle those separately).
static bool arg(Value v, double* out) { return to_double(v, out); }

// CPython's math_1: nan from a non-nan argument is a domain error; inf from a finite one is a range
// error for functions that can overflow, else a domain error.
static Value math_1(const Args& a, double (*f)(double), bool can_overflow) {
    double x;
    if (!arg(a.pos[0], &x)) return {};
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
    return make_float(r);
}

#define MATH_FN1(name, expr, overflow)                                                   \
    static double name##_impl(double x) { return expr; }                                 \
    static Value math_##name(const Args& a) { return math_1(a, name##_impl, overflow); } \
    static constexpr NativeFunction f_##name = native(q_##name, math_##name, 1, 1);

MATH_FN1(sqrt, x < 0 ? NAN : std::sqrt(x), false)
MATH_FN1(exp, std::exp(x), true)
MATH_FN1(expm1, std::expm1(x), true)
MATH_FN1(log2, x <= 0 ? NAN : std::log2(x), false)
MATH_FN1(log10, x <= 0 ? NAN : std::log10(x), false)
MATH_FN1(log1p, x <= -1 ? NAN : std::log1p(x), false)
MATH_FN1(cos, std::cos(x), false)
MATH_FN1(sin, std::sin(x), false)
MATH_FN1(tan, std::tan(x), false)
MATH_FN1(acos, std::acos(x), false)
MATH_FN1(asin, std::asin(x), false)
MATH_FN1(atan, std::atan(x), false)
MATH_FN1(cosh, std::cosh(x), true)
MATH_FN1(sinh, std::sinh(x), true)
MATH_FN1(tanh, std::tanh(x), false)
MATH_FN1(acosh, x < 1 ? NAN : std::acosh(x), false)
MATH_FN1(asinh, std::asinh(x), false)
MATH_FN1(atanh, (x <= -1 || x >= 1) ? NAN : std::atanh(x), false)
MATH_FN1(fabs, std::fabs(x), false)
MATH_FN1(degrees, x*(180.0 / num_pi), true)
MATH_FN1(radians, x*(num_pi / 180.0), false)
MATH_FN1(erf, std::erf(x), false)
MATH_FN1(erfc, std::erfc(x), false)
MATH_FN1(gamma, (x <= 0 && x == std::floor(x)) || x == -HUGE_VAL ? NAN : std::tgamma(x), true)
MATH_FN1(lgamma, (x <= 0 && x == std::floor(x)) ? HUGE_VAL : std::lgamma(x), true)

// log of an int too big for a double: log(n >> k) + k*log(2).
static bool log_of(Value v, double* out) {
    Value i = is_float(v) ? Value() : int_of(v);
    if (i && !i.is_small()) {
        if (int_sign(i) <= 0) return domain_error(), false;
        IntView iv(i);
        size_t bits = big::bit_length(iv.d, iv.n);
        if (bits > 1000) {
            Value top = int_binary(BinaryOp::RShift, i, make_int(intptr_t(bits - 60)));
            double t;
            if (!top || !int_to_double(top, &t)) return false;
            *out = std::log(t) + double(bits - 60) * num_ln2;
            return true;
        }
    }
    double x;
    if (!arg(v, &x)) return false;
    if (x <= 0 || std::isnan(x)) {
        if (std::isnan(x)) return *out = x, true;
        return domain_error(), false;
    }
    *out = std::log(x);
    return true;
}

static Value math_log(const Args& a) {
    double x, b;
    if (!log_of(a.pos[0], &x)) return {};
    if (a.n_pos > 1) {
        if (!log_of(a.pos[1], &b)) return {};
        if (b == 0) return raise(&zero_division_error_type, "divide by zero");
        x /= b;
    }
    return make_float(x);
}

static Value two_doubles(const Args& a, double* x, double* y) {
    if (!arg(a.pos[0], x) || !arg(a.pos[1], y)) return {};
    return none();
}

static Value math_pow(const Args& a) {
    double x, y;
    if (!two_doubles(a, &x, &y)) return {};
    if (x == 0 && y < 0) return domain_error();
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) return domain_error();
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error();
    return make_float(r);
}

static Value math_atan2(const Args& a) {
    double y, x;
    if (!two_doubles(a, &y, &x)) return {};
    return make_float(std::atan2(y, x));
}

static Value math_copysign(const Args& a) {
    double x, y;
    if (!two_doubles(a, &x, &y)) return {};
    return make_float(std::copysign(x, y));
}

static Value math_fmod(const Args& a) {
    double x, y;
    if (!two_doubles(a, &x, &y)) return {};
    if ((std::isinf(x) && !std::isnan(y)) || (y == 0 && !std::isnan(x))) return domain_error();
    return make_float(std::fmod(x, y));
}

static Value math_ldexp(const Args& a) {
    double x;
    intptr_t e;
    if (!arg(a.pos[0], &x) || !to_index(a.pos[1], &e)) return {};
    if (e > 100000) e = 100000;  // beyond any double's range: saturate instead of overflowing int
    if (e < -100000) e = -100000;
    double r = std::ldexp(x, int(e));
    if (std::isinf(r) && std::isfinite(x)) return range_error();
    return make_float(r);
}

static Value pair(Value a, Value b) {
    if (!a || !b) return {};
    Value items[2] = {a, b};
    return make_tuple(2, items);
}

static Value math_frexp(const Args& a) {
    double x;
    if (!arg(a.pos[0], &x)) return {};
    int e = 0;
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    return pair(make_float(m), make_int(e));
}

static Value math_modf(const Args& a) {
    double x;
    if (!arg(a.pos[0], &x)) return {};
    if (std::isinf(x)) return pair(make_float(std::copysign(0.0, x)), make_float(x));
    double ip;
    double fp = std::modf(x, &ip);
    return pair(make_float(fp), make_float(ip));
}

// floor/ceil/trunc return ints; ints pass through unchanged.
static Value rounding(const Args& a, double (*f)(double)) {
    Value v = a.pos[0];
    Value i = is_float(v) ? Value() : int_of(v);
    if (i) return i;
    double x;
    if (!arg(v, &x)) return {};
    return int_from_double(f(x));
}
static double floor_d(double x) { return std::floor(x); }
static double ceil_d(double x) { return std::ceil(x); }
static double trunc_d(double x) { return std::trunc(x); }
static Value math_floor(const Args& a) { return rounding(a, floor_d); }
static Value math_ceil(const Args& a) { return rounding(a, ceil_d); }
static Value math_trunc(const Args& a) { return rounding(a, trunc_d); }

static Value math_isfinite(const Args& a) {
    double x;
    if (!arg(a.pos[0], &x)) return {};
    return py_bool(std::isfinite(x));
}
static Value math_isinf(const Args& a) {
    double x;
    if (!arg(a.pos[0], &x)) return {};
    return py_bool(std::isinf(x));
}
static Value math_isnan(const Args& a) {
    double x;
    if (!arg(a.pos[0], &x)) return {};
    return py_bool(std::isnan(x));
}

static Value math_isclose(const Args& a) {
    static const char* const allowed[] = {"rel_tol", "abs_tol", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (!two_doubles(a, &x, &y)) return {};
    Value r = kwarg(a, "rel_tol"), t = kwarg(a, "abs_tol");
    if ((r && !arg(r, &rel)) || (t && !arg(t, &abs_tol))) return {};
    if (rel < 0 || abs_tol < 0) return raise(&value_error_type, "tolerances must be non-negative");
    if (x == y) return py_bool(true);
    if (std::isinf(x) || std::isinf(y)) return py_bool(false);
    double diff = std::fabs(y - x);
    return py_bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// Integer argument (no floats, as CPython 3.10+).
static Value int_arg(Value v) {
    Value i = is_float(v) ? Value() : int_of(v);
    if (!i) return raise(&type_error_type, "'%s' object cannot be interpreted as an integer", type_name(v));
    return i;
}

static Value int_abs(Value i) { return int_sign(i) < 0 ? int_binary(BinaryOp::Sub, Value::small(0), i) : i; }

static Value math_gcd(const Args& a) {
    Value g = Value::small(0);
    for (size_t k = 0; k < a.n_pos; ++k) {
        Value b = int_arg(a.pos[k]);
        if (!b) return {};
        b = int_abs(b);
        while (b && int_sign(b) != 0) {
            Value r = int_binary(BinaryOp::Mod, g, b);
            g = b;
            b = r;
        }
        if (!b) return {};
    }
    return g;
}

static Value math_factorial(const Args& a) {
    Value n = int_arg(a.pos[0]);
    if (!n) return {};
    if (int_sign(n) < 0) return raise(&value_error_type, "factorial() not defined for negative values");
    intptr_t m;
    if (!to_intptr(n, &m)) return {};
    Value r = Value::small(1);
    for (intptr_t k = 2; k <= m && r; ++k) r = int_binary(BinaryOp::Mul, r, make_int(k));
    return r;
}

// comb(n, k) and perm(n, k) by the product formula.
static Value comb_perm(const Args& a, bool comb) {
    Value n = int_arg(a.pos[0]);
    Value k = a.n_pos > 1 && a.pos[1] != none() ? int_arg(a.pos[1]) : n;
    if (!n || !k) return {};
    if (int_sign(n) < 0) return raise(&value_error_type, "n must be a non-negative integer");
    if (int_sign(k) < 0) return raise(&value_error_type, "k must be a non-negative integer");
    if (int_compare(k, n) > 0) return Value::small(0);
    intptr_t kk, nn;
    if (!to_intptr(k, &kk) || !to_intptr(n, &nn)) return {};
    if (comb && kk > nn - kk) kk = nn - kk;
    Value r = Value::small(1);
    for (intptr_t i = 0; i < kk && r; ++i) {
        r = int_binary(BinaryOp::Mul, r, make_int(nn - i));
        if (comb && r) r = int_binary(BinaryOp::FloorDiv, r, make_int(i + 1));
    }
    return r;
}
static Value math_comb(const Args& a) { return comb_perm(a, true); }
static Value math_perm(const Args& a) { return comb_perm(a, false); }

static Value math_isqrt(const Args& a) {
    Value n = int_arg(a.pos[0]);
    if (!n) return {};
    if (int_sign(n) < 0) return raise(&value_error_type, "isqrt() argument must be nonnegative");
    if (int_sign(n) == 0) return n;
    // Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing.
    IntView v(n);
    size_t bits = big::bit_length(v.d, v.n);
    Value x = int_binary(BinaryOp::LShift, Value::small(1), make_int(intptr_t(bits / 2 + 1)));
    while (x) {
        Value y =
            int_binary(BinaryOp::FloorDiv, int_binary(BinaryOp::Add, x, int_binary(BinaryOp::FloorDiv, n, x)),
                       Value::small(2));
        if (!y) return {};
        if (int_compare(y, x) >= 0) return x;
        x = y;
    }
    return {};
}

static Value math_prod(const Args& a) {
    static const char* const allowed[] = {"start", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value acc = kwarg(a, "start");
    if (!acc) acc = Value::small(1);
    Value it = get_iter(a.pos[0]);
    if (!it) return {};
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) return acc;
        acc = binary_op(BinaryOp::Mul, acc, x);
        if (!acc) return {};
    }
}

// hypot(*coords) and dist(p, q): scaled by the largest magnitude to avoid overflow.
static Value hypot_of(size_t n, const double* v) {
    double m = 0;
    for (size_t i = 0; i < n; ++i) {
        if (std::isinf(v[i])) return make_float(HUGE_VAL);
        if (std::fabs(v[i]) > m || std::isnan(v[i])) m = std::fabs(v[i]);
    }
    if (std::isnan(m) || m == 0) return make_float(m);
    double s = 0;
    for (size_t i = 0; i < n; ++i) s += (v[i] / m) * (v[i] / m);
    return make_float(m * std::sqrt(s));
}

// Max coordinates for hypot/dist: kept on the C stack (no heap), generous for real programs.
static constexpr size_t max_coords = 32;

static Value math_hypot(const Args& a) {
    if (a.n_pos > max_coords) return raise(&value_error_type, "too many coordinates");
    double v[max_coords];
    for (size_t i = 0; i < a.n_pos; ++i) {
        if (!arg(a.pos[i], &v[i])) return {};
    }
    return hypot_of(a.n_pos, v);
}

static Value math_dist(const Args& a) {
    size_t np, nq;
    if (!len(a.pos[0], &np) || !len(a.pos[1], &nq)) return {};
    if (np != nq) return raise(&value_error_type, "both points must have the same number of dimensions");
    if (np > max_coords) return raise(&value_error_type, "too many coordinates");
    double v[max_coords];
    for (size_t i = 0; i < np; ++i) {
        Value p = subscr_load(a.pos[0], Value::small(intptr_t(i)));
        Value q = p ? subscr_load(a.pos[1], Value::small(intptr_t(i))) : Value();
        double x, y;
        if (!q || !arg(p, &x) || !arg(q, &y)) return {};
        v[i] = x - y;
    }
    return hypot_of(np, v);
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
static constexpr NativeFunction f_isclose = native(q_isclose, math_isclose, 2, 2, true);
static constexpr NativeFunction f_gcd = native(q_gcd, math_gcd, 0, var_pos);
static constexpr NativeFunction f_factorial = native(q_factorial, math_factorial, 1, 1);
static constexpr NativeFunction f_comb = native(q_comb, math_comb, 2, 2);
static constexpr NativeFunction f_perm = native(q_perm, math_perm, 1, 2);
static constexpr NativeFunction f_isqrt = native(q_isqrt, math_isqrt, 1, 1);
static constexpr NativeFunction f_prod = native(q_prod, math_prod, 1, 1, true);
static constexpr NativeFunction f_hypot = native(q_hypot, math_hypot, 0, var_pos);
static constexpr NativeFunction f_dist = native(q_dist, math_dist, 2, 2);

static const FloatObj c_e = {{&float_type}, Float(num_e)}, c_pi = {{&float_type}, Float(num_pi)},
                      c_tau = {{&float_type}, Float(2 * num_pi)}, c_inf = {{&float_type}, Float(HUGE_VAL)},
                      c_nan = {{&float_type}, Float(NAN)};

static const AttrEntry math_entries[] = {
    {&q_e, &c_e},
    {&q_pi, &c_pi},
    {&q_tau, &c_tau},
    {&q_inf, &c_inf},
    {&q_nan, &c_nan},
    {&q_sqrt, &f_sqrt},
    {&q_exp, &f_exp},
    {&q_expm1, &f_expm1},
    {&q_log2, &f_log2},
    {&q_log10, &f_log10},
    {&q_log1p, &f_log1p},
    {&q_cos, &f_cos},
    {&q_sin, &f_sin},
    {&q_tan, &f_tan},
    {&q_acos, &f_acos},
    {&q_asin, &f_asin},
    {&q_atan, &f_atan},
    {&q_cosh, &f_cosh},
    {&q_sinh, &f_sinh},
    {&q_tanh, &f_tanh},
    {&q_acosh, &f_acosh},
    {&q_asinh, &f_asinh},
    {&q_atanh, &f_atanh},
    {&q_fabs, &f_fabs},
    {&q_degrees, &f_degrees},
    {&q_radians, &f_radians},
    {&q_erf, &f_erf},
    {&q_erfc, &f_erfc},
    {&q_gamma, &f_gamma},
    {&q_lgamma, &f_lgamma},
    {&q_log, &f_log},
    {&q_pow, &f_pow},
    {&q_atan2, &f_atan2},
    {&q_copysign, &f_copysign},
    {&q_fmod, &f_fmod},
    {&q_ldexp, &f_ldexp},
    {&q_frexp, &f_frexp},
    {&q_modf, &f_modf},
    {&q_floor, &f_floor},
    {&q_ceil, &f_ceil},
    {&q_trunc, &f_trunc},
    {&q_isfinite, &f_isfinite},
    {&q_isinf, &f_isinf},
    {&q_isnan, &f_isnan},
    {&q_isclose, &f_isclose},
    {&q_gcd, &f_gcd},
    {&q_factorial, &f_factorial},
    {&q_comb, &f_comb},
    {&q_perm, &f_perm},
    {&q_isqrt, &f_isqrt},
    {&q_prod, &f_prod},
    {&q_hypot, &f_hypot},
    {&q_dist, &f_dist},
};
const AttrTable math_module_table = {math_entries, sizeof(math_entries) / sizeof(math_entries[0])};

}  // namespace core
