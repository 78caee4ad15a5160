// The cmath module (MBPY_COMPLEX): complex versions of math's functions, polar/rect/phase.
#include <cmath>
#include <complex>

#include "core/names.hpp"
#include "core/numbers.hpp"

namespace core {

#if MBPY_COMPLEX

using C = std::complex<Float>;

// Any number as a complex; TypeError for anything else.
static bool carg(Value v, C* out) {
    if (is_complex(v)) {
        *out = C(v.as<ComplexObj>()->real, v.as<ComplexObj>()->imag);
        return true;
    }
    Float d;
    if (!to_float(v, &d)) return false;
    *out = C(d, 0);
    return true;
}

static Value ret(C z) { return make_complex(z.real(), z.imag()); }

#define CMATH_FN1(name, expr)                  \
    static Value cmath_##name(const Args& a) { \
        C z;                                   \
        if (!carg(a.pos[0], &z)) return {};    \
        return ret(expr);                      \
    }                                          \
    static constexpr NativeFunction f_##name = native(q_##name, cmath_##name, 1, 1);

CMATH_FN1(exp, std::exp(z))
CMATH_FN1(log10, std::log10(z))
CMATH_FN1(sqrt, std::sqrt(z))
CMATH_FN1(cos, std::cos(z))
CMATH_FN1(sin, std::sin(z))
CMATH_FN1(tan, std::tan(z))
CMATH_FN1(acos, std::acos(z))
CMATH_FN1(asin, std::asin(z))
CMATH_FN1(atan, std::atan(z))
CMATH_FN1(cosh, std::cosh(z))
CMATH_FN1(sinh, std::sinh(z))
CMATH_FN1(tanh, std::tanh(z))
CMATH_FN1(acosh, std::acosh(z))
CMATH_FN1(asinh, std::asinh(z))
CMATH_FN1(atanh, std::atanh(z))

static Value cmath_log(const Args& a) {
    C z, b;
    if (!carg(a.pos[0], &z)) return {};
    if (z == C(0, 0)) return raise_value_error("math domain error"_msg);
    C r = std::log(z);
    if (a.n_pos > 1) {
        if (!carg(a.pos[1], &b)) return {};
        C lb = std::log(b);
        if (lb == C(0, 0)) return raise(&zero_division_error_type, "complex divide by zero"_msg);
        r /= lb;
    }
    return ret(r);
}

static Value cmath_phase(const Args& a) {
    C z;
    if (!carg(a.pos[0], &z)) return {};
    return make_float(std::arg(z));
}

static Value cmath_polar(const Args& a) {
    C z;
    if (!carg(a.pos[0], &z)) return {};
    Value items[2] = {make_float(std::abs(z)), make_float(std::arg(z))};
    if (!items[0] || !items[1]) return {};
    return make_tuple(2, items);
}

static Value cmath_rect(const Args& a) {
    Float r, phi;
    if (!to_float(a.pos[0], &r) || !to_float(a.pos[1], &phi)) return {};
    return make_complex(r * std::cos(phi), r * std::sin(phi));
}

static Value cmath_isfinite(const Args& a) {
    C z;
    if (!carg(a.pos[0], &z)) return {};
    return py_bool(float_isfinite(z.real()) && float_isfinite(z.imag()));
}
static Value cmath_isinf(const Args& a) {
    C z;
    if (!carg(a.pos[0], &z)) return {};
    return py_bool(float_isinf(z.real()) || float_isinf(z.imag()));
}
static Value cmath_isnan(const Args& a) {
    C z;
    if (!carg(a.pos[0], &z)) return {};
    return py_bool(float_isnan(z.real()) || float_isnan(z.imag()));
}

static Value cmath_isclose(const Args& a) {
    static const char* const allowed[] = {"rel_tol", "abs_tol", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    C x, y;
    Float rel = 1e-09, abs_tol = 0.0;
    if (!carg(a.pos[0], &x) || !carg(a.pos[1], &y)) return {};
    Value r = kwarg(a, "rel_tol"), t = kwarg(a, "abs_tol");
    if ((r && !to_float(r, &rel)) || (t && !to_float(t, &abs_tol))) return {};
    if (x == y) return py_bool(true);
    Float diff = std::abs(x - y);
    return py_bool(diff <= rel * std::abs(x) || diff <= rel * std::abs(y) || diff <= abs_tol);
}

static constexpr NativeFunction f_log = native(q_log, cmath_log, 1, 2);
static constexpr NativeFunction f_phase = native(q_phase, cmath_phase, 1, 1);
static constexpr NativeFunction f_polar = native(q_polar, cmath_polar, 1, 1);
static constexpr NativeFunction f_rect = native(q_rect, cmath_rect, 2, 2);
static constexpr NativeFunction f_isfinite = native(q_isfinite, cmath_isfinite, 1, 1);
static constexpr NativeFunction f_isinf = native(q_isinf, cmath_isinf, 1, 1);
static constexpr NativeFunction f_isnan = native(q_isnan, cmath_isnan, 1, 1);
static constexpr NativeFunction f_isclose = native(q_isclose, cmath_isclose, 2, 2, true);

static const FloatObj c_e = {{&float_type}, Float(num_e)}, c_pi = {{&float_type}, Float(num_pi)},
                      c_tau = {{&float_type}, Float(2 * num_pi)}, c_inf = {{&float_type}, Float(HUGE_VAL)},
                      c_nan = {{&float_type}, Float(NAN)};
static const ComplexObj c_infj = {{&complex_type}, 0, Float(HUGE_VAL)},
                        c_nanj = {{&complex_type}, 0, Float(NAN)};

static const AttrEntry cmath_entries[] = {
    {&q_e, &c_e},         {&q_pi, &c_pi},           {&q_tau, &c_tau},           {&q_inf, &c_inf},
    {&q_nan, &c_nan},     {&q_infj, &c_infj},       {&q_nanj, &c_nanj},         {&q_exp, &f_exp},
    {&q_log10, &f_log10}, {&q_sqrt, &f_sqrt},       {&q_cos, &f_cos},           {&q_sin, &f_sin},
    {&q_tan, &f_tan},     {&q_acos, &f_acos},       {&q_asin, &f_asin},         {&q_atan, &f_atan},
    {&q_cosh, &f_cosh},   {&q_sinh, &f_sinh},       {&q_tanh, &f_tanh},         {&q_acosh, &f_acosh},
    {&q_asinh, &f_asinh}, {&q_atanh, &f_atanh},     {&q_log, &f_log},           {&q_phase, &f_phase},
    {&q_polar, &f_polar}, {&q_rect, &f_rect},       {&q_isfinite, &f_isfinite}, {&q_isinf, &f_isinf},
    {&q_isnan, &f_isnan}, {&q_isclose, &f_isclose},
};
const AttrTable cmath_module_table = {cmath_entries, sizeof(cmath_entries) / sizeof(cmath_entries[0])};

#endif

}  // namespace core
