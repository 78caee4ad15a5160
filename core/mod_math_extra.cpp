// The math module's CPython additions the micro:bit firmware lacks (MBPY_MATH_EXTRA): isclose, the
// integer helpers (gcd, factorial, comb, perm, isqrt, prod) and hypot/dist.
#include <cmath>

#include "core/bigint_value.hpp"
#include "core/names.hpp"

#if MBPY_MATH_EXTRA
namespace core {

static bool arg(Value v, Float* out) { return to_float(v, out); }
static bool two_floats(const Args& a, Float* x, Float* y) { return arg(a.pos[0], x) && arg(a.pos[1], y); }

static Value math_isclose(const Args& a) {
    static const char* const allowed[] = {"rel_tol", "abs_tol", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Float x, y, rel = Float(1e-09), abs_tol = 0;
    if (!two_floats(a, &x, &y)) return {};
    Value r = kwarg(a, "rel_tol"), t = kwarg(a, "abs_tol");
    if ((r && !arg(r, &rel)) || (t && !arg(t, &abs_tol))) return {};
    if (rel < 0 || abs_tol < 0) return raise_value_error("tolerances must be non-negative"_msg);
    if (x == y) return py_bool(true);
    if (float_isinf(x) || float_isinf(y)) return py_bool(false);
    Float diff = std::fabs(y - x);
    return py_bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// Integer argument (no floats, as CPython 3.10+).
static Value int_arg(Value v) {
    Value i = is_float(v) ? Value() : int_of(v);
    if (!i) return raise_type_error("'%T' object cannot be interpreted as an integer"_msg, v);
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
    if (int_sign(n) < 0) return raise_value_error("factorial() not defined for negative values"_msg);
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
    if (int_sign(n) < 0) return raise_value_error("n must be a non-negative integer"_msg);
    if (int_sign(k) < 0) return raise_value_error("k must be a non-negative integer"_msg);
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
    if (int_sign(n) < 0) return raise_value_error("isqrt() argument must be nonnegative"_msg);
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
static Value hypot_of(size_t n, const Float* v) {
    Float m = 0;
    for (size_t i = 0; i < n; ++i) {
        if (float_isinf(v[i])) return make_float(float_inf);
        if (std::fabs(v[i]) > m || float_isnan(v[i])) m = std::fabs(v[i]);
    }
    if (float_isnan(m) || m == 0) return make_float(m);
    Float s = 0;
    for (size_t i = 0; i < n; ++i) s += (v[i] / m) * (v[i] / m);
    return make_float(m * std::sqrt(s));
}

// Max coordinates for hypot/dist: kept on the C stack (no heap), generous for real programs.
static constexpr size_t max_coords = 32;

static Value math_hypot(const Args& a) {
    if (a.n_pos > max_coords) return raise_value_error("too many coordinates"_msg);
    Float v[max_coords];
    for (size_t i = 0; i < a.n_pos; ++i) {
        if (!arg(a.pos[i], &v[i])) return {};
    }
    return hypot_of(a.n_pos, v);
}

static Value math_dist(const Args& a) {
    size_t np, nq;
    if (!len(a.pos[0], &np) || !len(a.pos[1], &nq)) return {};
    if (np != nq) return raise_value_error("both points must have the same number of dimensions"_msg);
    if (np > max_coords) return raise_value_error("too many coordinates"_msg);
    Float v[max_coords];
    for (size_t i = 0; i < np; ++i) {
        Value p = subscr_load(a.pos[0], Value::small(intptr_t(i)));
        Value q = p ? subscr_load(a.pos[1], Value::small(intptr_t(i))) : Value();
        Float x, y;
        if (!q || !arg(p, &x) || !arg(q, &y)) return {};
        v[i] = x - y;
    }
    return hypot_of(np, v);
}

extern const NativeFunction f_isclose;
constexpr NativeFunction f_isclose = native(q_isclose, math_isclose, 2, 2, true);
extern const NativeFunction f_gcd;
constexpr NativeFunction f_gcd = native(q_gcd, math_gcd, 0, var_pos);
extern const NativeFunction f_factorial;
constexpr NativeFunction f_factorial = native(q_factorial, math_factorial, 1, 1);
extern const NativeFunction f_comb;
constexpr NativeFunction f_comb = native(q_comb, math_comb, 2, 2);
extern const NativeFunction f_perm;
constexpr NativeFunction f_perm = native(q_perm, math_perm, 1, 2);
extern const NativeFunction f_isqrt;
constexpr NativeFunction f_isqrt = native(q_isqrt, math_isqrt, 1, 1);
extern const NativeFunction f_prod;
constexpr NativeFunction f_prod = native(q_prod, math_prod, 1, 1, true);
extern const NativeFunction f_hypot;
constexpr NativeFunction f_hypot = native(q_hypot, math_hypot, 0, var_pos);
extern const NativeFunction f_dist;
constexpr NativeFunction f_dist = native(q_dist, math_dist, 2, 2);

}  // namespace core
#endif
