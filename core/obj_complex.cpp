// The complex type (MBPY_COMPLEX): arithmetic, CPython's repr, complex(str) parsing, imaginary literals.
#include <cmath>
#include <cstring>

#include "core/names.hpp"
#include "core/numbers.hpp"

namespace core {

#if MBPY_COMPLEX

Value make_complex(Float real, Float imag) {
    ComplexObj* c = alloc<ComplexObj>(&complex_type);
    if (!c) return {};
    c->real = Float(real);
    c->imag = Float(imag);
    return Value(c);
}

Value make_imag_literal(std::string_view text) {
    Float d = 0;
    if (!float_parse(text, &d)) return raise(&syntax_error_type, "invalid syntax for number"_msg);
    return make_complex(0.0, d);
}

// repr of one part: like float repr but without a trailing ".0" (CPython prints (1+2j), not (1.0+2.0j)).
static bool part_repr(StrBuilder& out, Float d) {
    char buf[40];
    size_t n = float_repr_chars(buf, d);
    if (n > 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
    return out.append({buf, n});
}

bool format_complex_repr(StrBuilder& out, Float re, Float im) {
    if (re == 0 && !std::signbit(re)) return part_repr(out, im) && out.append_byte('j');
    if (!out.append_byte('(') || !part_repr(out, re)) return false;
    if (!std::signbit(im) || float_isnan(im)) {
        if (!out.append_byte('+')) return false;
    }
    return part_repr(out, im) && out.append("j)");
}

static bool complex_print(Printer& out, Value self, PrintKind) {
    const ComplexObj* c = self.as<ComplexObj>();
    StrBuilder sb;
    if (!format_complex_repr(sb, c->real, c->imag)) return false;
    out.write(sb.data(), sb.size());
    return true;
}

// 1: parts set; 0: not a number; -1: exception pending.
static int complex_operand(Value v, Float* re, Float* im) {
    if (is_complex(v)) {
        *re = v.as<ComplexObj>()->real;
        *im = v.as<ComplexObj>()->imag;
        return 1;
    }
    *im = 0;
    if (is_float(v)) {
        *re = float_value(v);
        return 1;
    }
    Value i = int_of(v);
    if (!i) return 0;
    return int_to_float(i, re) ? 1 : -1;
}

// CPython's c_quot: scales by the larger divisor part to avoid overflow.
static bool complex_div(Float ar, Float ai, Float br, Float bi, Float* r, Float* i) {
    Float abs_br = std::fabs(br), abs_bi = std::fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) return false;
        Float ratio = bi / br, denom = br + bi * ratio;
        *r = (ar + ai * ratio) / denom;
        *i = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        Float ratio = br / bi, denom = br * ratio + bi;
        *r = (ar * ratio + ai) / denom;
        *i = (ai * ratio - ar) / denom;
    } else {
        *r = *i = NAN;
    }
    return true;
}

static Value complex_pow(Float ar, Float ai, Float br, Float bi) {
    if (br == 0 && bi == 0) return make_complex(1.0, 0.0);
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0)
            return raise(&zero_division_error_type, "0.0 to a negative or complex power"_msg);
        return make_complex(0.0, 0.0);
    }
    // Small integer exponents by repeated multiplication (CPython's c_powi), else polar form.
    if (bi == 0 && br == std::floor(br) && std::fabs(br) <= 100) {
        long n = long(br);
        Float rr = 1, ri = 0, xr = ar, xi = ai;
        for (long e = n < 0 ? -n : n; e; e >>= 1) {
            if (e & 1) {
                Float t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            Float t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
        }
        if (n < 0) complex_div(1, 0, rr, ri, &rr, &ri);
        return make_complex(rr, ri);
    }
    Float vabs = std::hypot(ar, ai), len = std::pow(vabs, br), at = std::atan2(ai, ar), phase = at * br;
    if (bi != 0) {
        len /= std::exp(at * bi);
        phase += bi * std::log(vabs);
    }
    return make_complex(len * std::cos(phase), len * std::sin(phase));
}

static Value complex_binary_slot(BinaryOp op, Value lhs, Value rhs) {
    op = number_plain_op(op, &lhs, &rhs);
    Float ar, ai, br, bi;
    int ka = complex_operand(lhs, &ar, &ai);
    if (ka <= 0) return ka < 0 ? Value() : not_implemented();
    int kb = complex_operand(rhs, &br, &bi);
    if (kb <= 0) return kb < 0 ? Value() : not_implemented();
    Float r, i;
    switch (op) {
        case BinaryOp::Eq: return py_bool(ar == br && ai == bi);
        case BinaryOp::Ne: return py_bool(ar != br || ai != bi);
        case BinaryOp::Add: return make_complex(ar + br, ai + bi);
        case BinaryOp::Sub: return make_complex(ar - br, ai - bi);
        case BinaryOp::Mul: return make_complex(ar * br - ai * bi, ar * bi + ai * br);
        case BinaryOp::TrueDiv:
            if (!complex_div(ar, ai, br, bi, &r, &i))
                return raise(&zero_division_error_type, "complex divide by zero"_msg);
            return make_complex(r, i);
        case BinaryOp::Pow: return complex_pow(ar, ai, br, bi);
        default: return not_implemented();
    }
}

static Value complex_unary(UnaryOp op, Value self) {
    const ComplexObj* c = self.as<ComplexObj>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(c->real != 0 || c->imag != 0);
        case UnaryOp::Hash: {
            // CPython: hash(real) + 1000003 * hash(imag), wrapped; folded into the small-int range.
            uintptr_t h =
                uintptr_t(float_hash(c->real)) + uintptr_t(1000003) * uintptr_t(float_hash(c->imag));
            intptr_t s = intptr_t(h);
            if (!Value::fits_small(s)) s >>= 2;
            return Value::small(s == -1 ? -2 : s);
        }
        case UnaryOp::Pos: return self;
        case UnaryOp::Neg: return make_complex(-c->real, -c->imag);
        case UnaryOp::Abs: {
            Float a = std::hypot(Float(c->real), Float(c->imag));
            if (float_isinf(a) && float_isfinite(c->real) && float_isfinite(c->imag)) {
                return raise_overflow_error("absolute value too large"_msg);
            }
            return make_float(a);
        }
        default: return not_implemented();
    }
}

// complex("1+2j"), complex("(3-j)"), complex("inf"): CPython's grammar (no inner spaces).
static bool complex_parse(std::string_view s, Float* re, Float* im) {
    auto trim = [](std::string_view& t) {
        while (!t.empty() && (t.front() == ' ' || (t.front() >= '\t' && t.front() <= '\r')))
            t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || (t.back() >= '\t' && t.back() <= '\r'))) t.remove_suffix(1);
    };
    trim(s);
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        s = s.substr(1, s.size() - 2);
        trim(s);
    }
    if (s.empty()) return false;
    for (char c : s) {
        if (c == ' ') return false;
    }
    *re = *im = 0;
    if (s.back() != 'j' && s.back() != 'J') return float_parse(s, re);
    s.remove_suffix(1);
    // Split at the last sign that is not at the start and not part of an exponent.
    size_t split = std::string_view::npos;
    for (size_t k = s.size(); k-- > 1;) {
        if ((s[k] == '+' || s[k] == '-') && s[k - 1] != 'e' && s[k - 1] != 'E') {
            split = k;
            break;
        }
    }
    std::string_view imag = split == std::string_view::npos ? s : s.substr(split);
    if (split != std::string_view::npos && !float_parse(s.substr(0, split), re)) return false;
    if (imag.empty() || imag == "+") return *im = 1, true;
    if (imag == "-") return *im = -1, true;
    return float_parse(imag, im);
}

static Value complex_make_new(const Type*, const Args& args) {
    static const char* const allowed[] = {"real", "imag", nullptr};
    if (!check_kwargs(args, allowed)) return {};
    Value a = args.n_pos > 0 ? args.pos[0] : kwarg(args, "real");
    Value b = args.n_pos > 1 ? args.pos[1] : kwarg(args, "imag");
    if (!a && !b) return make_complex(0, 0);
    if (a && is_type(a, &str_type)) {
        if (b) return raise_type_error("complex() can't take second arg if first is a string"_msg);
        Float re, im;
        if (!complex_parse(as_str(a)->view(), &re, &im)) {
            return raise_value_error("complex() arg is a malformed string"_msg);
        }
        return make_complex(re, im);
    }
    Float ar = 0, ai = 0, br = 0, bi = 0;
    if (a) {
        int k = complex_operand(a, &ar, &ai);
        if (k < 0) return {};
        if (k == 0) return raise_type_error("can't convert %T to complex"_msg, a);
    }
    if (b) {
        int k = complex_operand(b, &br, &bi);
        if (k < 0) return {};
        if (k == 0) return raise_type_error("can't convert %T to complex"_msg, b);
    }
    if (a && is_complex(a) && !b) return a;
    return make_complex(ar - bi, ai + br);
}

static Value complex_conjugate(const Args& a) {
    const ComplexObj* c = a.pos[0].as<ComplexObj>();
    return make_complex(c->real, -c->imag);
}
static constexpr NativeFunction f_conjugate = native(q_conjugate, complex_conjugate, 1, 1);
static const AttrEntry complex_entries[] = {{&q_conjugate, &f_conjugate}};
static const AttrTable complex_locals = {complex_entries, 1};

static Lookup complex_attr(Value self, const Str* name, Value* out) {
    const ComplexObj* c = self.as<ComplexObj>();
    if (str_equal(name, &q_real)) {
        *out = make_float(c->real);
    } else if (str_equal(name, &q_imag)) {
        *out = make_float(c->imag);
    } else {
        return Lookup::Missing;
    }
    return *out ? Lookup::Found : Lookup::Error;
}

const Type complex_type = builtin_type({.name = &q_complex,
                                        .flags = type_flag_base_ok,
                                        .make_new = complex_make_new,
                                        .print = complex_print,
                                        .unary_op = complex_unary,
                                        .binary_op = complex_binary_slot,
                                        .attr_get = complex_attr,
                                        .locals = &complex_locals,
                                        .base = &object_type});

#else  // !MBPY_COMPLEX

Value make_complex(Float, Float) { return raise_value_error("complex numbers not supported"_msg); }
Value make_imag_literal(std::string_view) {
    return raise(&syntax_error_type, "complex values not supported"_msg);
}
bool format_complex_repr(StrBuilder&, Float, Float) { return false; }

#endif

}  // namespace core
