// Numbers under a format spec (format(), str.format, f-strings, %): CPython's exact output for
// int/float/complex.
#include <cmath>
#include <cstring>

#include "core/bigint_value.hpp"
#include "core/float_decimal.hpp"
#include "core/format_spec.hpp"

namespace core {

// format()'s empty type: repr's text of d; '#' keeps a point ("1.e+16"). Out of line: its buffer and
// float_digits' stay off each other's C stack.
[[gnu::noinline]] static bool repr_digits(StrBuilder& out, Float d, bool alternate) {
    // The frames below this one on the board (scripts/device-stack --path repr_digits): 400 B.
    if (!check_c_stack_room(408)) return false;
    char buf[40];
    size_t n = float_repr_chars(buf, d);
    std::string_view r{buf, n};
    if (!alternate || !float_isfinite(d) || r.find('.') != std::string_view::npos) return out.append(r);
    size_t e = r.find('e');
    if (e == std::string_view::npos) e = n;
    return out.append(r.substr(0, e)) && out.append_byte('.') && out.append(r.substr(e));
}

// Digits of a float in printf style ('e' 'f' 'g'; uppercase variants), without padding; '-' for
// negatives. `none_style` is format()'s empty type with a precision (CPython's 'g' with
// Py_DTSF_ADD_DOT_0: switches to exponent one digit earlier and keeps a ".0").
static bool float_digits(StrBuilder& out, Float d, char type, int prec, bool alternate, bool none_style) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char t = char(type | 0x20);
    // The frames below this one on the board (scripts/device-stack --path float_digits --cut collect; the
    // stack in use already counts this one's, 200 B with the digits): 264 B, appending to `out` (a
    // collection checks its own room).
    if (!check_c_stack_room(264)) return false;
    if (std::signbit(d) && !float_isnan(d) && !out.append_byte('-')) return false;
    d = std::fabs(d);
    if (!float_isfinite(d))
        return out.append(float_isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if (prec < 0) prec = 6;
    fdec::Decimal<Float> dec;
    Float x = d;
    bool use_exp = t == 'e', keep_zeros = !(t == 'g' && !alternate);
    int frac;  // digits after the point
    if (t == 'g') {
        // prec significant digits; the exponent after rounding picks the notation (format()'s empty
        // type switches one digit earlier and keeps at least one digit after the point).
        if (prec == 0) prec = 1;
        if (x == 0) {
            dec.n = 0;
            dec.decpt = 1;
        } else {
            fdec::round_significant(x, prec, &dec);
        }
        int e = dec.decpt - 1;
        use_exp = e < -4 || e >= (none_style ? prec - 1 : prec);
        frac = use_exp ? prec - 1 : prec - 1 - e;
    } else if (use_exp) {
        if (x == 0) {
            dec.n = 0;
            dec.decpt = 1;
        } else {
            fdec::round_significant(x, prec + 1, &dec);
        }
        frac = prec;
    } else {
        if (x == 0) {
            dec.n = 0;
        } else {
            fdec::round_at(x, prec, &dec);
        }
        frac = prec;
    }
    if (dec.n == 0) dec.decpt = use_exp ? 1 : 0;
    // Digit i of the value (0 = the first significant one; zeros outside the digits). Integer digits
    // start at int_start ("0" when the value is below 1), the fraction at frac_start.
    auto digit = [&](int i) { return i >= 0 && i < dec.n ? dec.d[i] : '0'; };
    int int_start = 0, int_count = 1, frac_start = 1;
    if (!use_exp) {
        int_start = dec.decpt > 0 ? 0 : -1;
        int_count = dec.decpt > 0 ? dec.decpt : 1;
        frac_start = dec.decpt;
    }
    // 'g' without '#' drops trailing zeros (format()'s empty type keeps one digit after the point).
    int shown = frac;
    if (!keep_zeros) {
        if (shown > dec.n - frac_start) shown = dec.n - frac_start > 0 ? dec.n - frac_start : 0;
        while (shown > 0 && digit(frac_start + shown - 1) == '0') --shown;
        if (none_style && !use_exp && shown == 0) shown = 1;
    }
    auto put = [&](char c) { return out.append_byte(c); };
    for (int i = 0; i < int_count; ++i) {
        if (!put(digit(int_start + i))) return false;
    }
    if ((shown > 0 || alternate) && !put('.')) return false;
    for (int i = 0; i < shown; ++i) {
        if (!put(digit(frac_start + i))) return false;
    }
    if (use_exp) {
        int e = dec.decpt - 1, ae = e < 0 ? -e : e;
        if (!put(upper ? 'E' : 'e') || !put(e < 0 ? '-' : '+')) return false;
        if (ae < 10 && !put('0')) return false;
        if (ae >= 100 && !put(char('0' + ae / 100))) return false;
        if (ae >= 10 && !put(char('0' + ae / 10 % 10))) return false;
        return put(char('0' + ae % 10));
    }
    return true;
}

static bool put_fill(StrBuilder& out, uint32_t fill, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (!out.append_char(fill)) return false;
    }
    return true;
}

// Lays out sign + prefix + digits(+rest) under the spec: grouping of the integer digits (also into
// zero padding, as CPython), fill, and alignment. `body` holds the digits without a sign.
bool layout(StrBuilder& out, const FormatSpec& spec, bool negative, std::string_view prefix,
            std::string_view body, size_t int_digits, int group, size_t multibyte) {
    char sign = negative ? '-' : (spec.sign == '+' || spec.sign == ' ') ? spec.sign : 0;
    size_t head = (sign ? 1 : 0) + prefix.size();
    std::string_view rest = body.substr(int_digits);
    // The '0' flag means fill '0' (unless a fill was given: a space fill counts as none) and, without an
    // explicit alignment, '='. Zero fill with '=' also grows the grouped digits, as CPython does.
    uint32_t fill = spec.zero_pad && spec.fill == ' ' ? '0' : spec.fill;
    char align = spec.align ? spec.align : spec.zero_pad ? '=' : '>';
    bool zero_digits = fill == '0' && align == '=';
    size_t width = spec.width > 0 ? size_t(spec.width) : 0;
    // Integer digits with separators; zero padding (the '0' flag) grows them as CPython does.
    size_t nd = int_digits > size_t(spec.min_digits) ? int_digits : size_t(spec.min_digits);
    char grouping = int_digits ? spec.grouping : 0;  // "inf" and "nan" have no digits to group
    auto glen = [&](size_t n) { return grouping && n ? n + (n - 1) / size_t(group) : n; };
    if (zero_digits && width > head + rest.size()) {
        size_t min_w = width - head - rest.size();
        while (glen(nd) < min_w) ++nd;
    }
    size_t total = head + glen(nd) + body.size() - int_digits - multibyte;
    size_t pad = width > total ? width - total : 0;
    size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : align == '=' ? 0 : pad;
    size_t right = align == '<' ? pad : align == '^' ? pad - pad / 2 : 0;
    if (!put_fill(out, fill, left)) return false;
    if (sign && !out.append_byte(sign)) return false;
    if (!out.append(prefix)) return false;
    if (align == '=' && !put_fill(out, fill, pad)) return false;
    for (size_t i = 0; i < nd; ++i) {
        size_t from_right = nd - i;
        char c = i < nd - int_digits ? '0' : body[i - (nd - int_digits)];
        if (!out.append_byte(c)) return false;
        if (grouping && from_right > 1 && (from_right - 1) % size_t(group) == 0) {
            if (!out.append_byte(grouping)) return false;
        }
    }
    return out.append(rest) && put_fill(out, fill, right);
}

static Value unknown_code(const FormatSpec& spec, Value v) {
    return raise_value_error("Unknown format code '%c' for object of type '%T'"_msg, spec.type, v);
}

// Out of line: its buffers would otherwise sit in format_number's frame under every float's digits.
[[gnu::noinline]] static bool format_int(StrBuilder& out, Value number, Value i, const FormatSpec& spec) {
    char t = spec.type;
    if (spec.precision >= 0) {
        raise_value_error("Precision not allowed in integer format specifier"_msg);
        return false;
    }
    if (t == 'c') {
        if (spec.alternate) {
            raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'"_msg);
            return false;
        }
        if (spec.sign) {
            raise_value_error("Sign not allowed with integer format specifier 'c'"_msg);
            return false;
        }
        intptr_t cp;
        if (!to_intptr(i, &cp)) return false;
        if (cp < 0 || cp > 0x10FFFF) {
            raise_overflow_error("%%c arg not in range(0x110000)"_msg);
            return false;
        }
        StrBuilder ch;
        if (!ch.append_char(uint32_t(cp))) return false;
        return layout(out, spec, false, "", {ch.data(), ch.size()}, 0, 3, ch.size() - 1);  // right-aligned
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    if (spec.grouping == ',' && base != 10) {
        raise_value_error("Cannot specify ',' with '%c'."_msg, t);
        return false;
    }
    if (spec.grouping && t == 'n') {
        raise_value_error("Cannot specify '%c' with 'n'."_msg, spec.grouping);
        return false;
    }
    StrBuilder digits;
    Value mag = int_sign(i) < 0 ? int_binary(BinaryOp::Sub, Value::small(0), i) : i;
    if (!mag || !int_format(digits, mag, base, false, t == 'X')) return false;
    const char* prefix = "";
    if (spec.alternate) prefix = base == 2 ? "0b" : base == 8 ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    std::string_view body{digits.data(), digits.size()};
    return layout(out, spec, int_sign(i) < 0, prefix, body, body.size(), base == 10 ? 3 : 4);
}

// Number of integer digits at the start of a float body ("12345.68", "1.5e+10", "inf").
static size_t int_part(std::string_view b) {
    size_t k = 0;
    while (k < b.size() && b[k] >= '0' && b[k] <= '9') ++k;
    return k;
}

bool format_float(StrBuilder& out, Float d, const FormatSpec& spec) {
    char t = spec.type;
    StrBuilder body;
    bool percent = t == '%';
    if (percent) d *= 100;
    if (t == 0 && spec.precision < 0) {
        if (!repr_digits(body, d, spec.alternate)) return false;
    } else if (t == 0) {
        if (!float_digits(body, d, 'g', spec.precision, spec.alternate, true)) return false;
    } else {
        char ft = percent ? 'f' : t == 'n' ? 'g' : t;
        if (!float_digits(body, d, ft, spec.precision, spec.alternate, false)) return false;
    }
    if (percent && !body.append_byte('%')) return false;
    std::string_view b{body.data(), body.size()};
    bool neg = !b.empty() && b[0] == '-';
    if (neg) b.remove_prefix(1);
    return layout(out, spec, neg, "", b, int_part(b), 3);
}

#if MBPY_COMPLEX
static bool format_complex(StrBuilder& out, const ComplexObj* c, const FormatSpec& spec) {
    if (spec.zero_pad) {
        raise_value_error("Zero padding is not allowed in complex format specifier"_msg);
        return false;
    }
    if (spec.align == '=') {
        raise_value_error("'=' alignment flag is not allowed in complex format specifier"_msg);
        return false;
    }
    Float re = c->real, im = c->imag;
    bool none = spec.type == 0;
    bool skip_real = none && re == 0 && !std::signbit(re);
    StrBuilder body;
    if (none && !skip_real && !body.append_byte('(')) return false;
    auto part = [&](Float v, bool force_sign) {
        if (force_sign && (!std::signbit(v) || float_isnan(v)) && !body.append_byte('+')) return false;
        if (!force_sign && !std::signbit(v) && (spec.sign == '+' || spec.sign == ' ') &&
            !body.append_byte(spec.sign))
            return false;
        if (none && spec.precision < 0) {
            char buf[40];
            size_t n = float_repr_chars(buf, v);
            if (n > 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
            return body.append({buf, n});
        }
        return float_digits(body, v, none ? 'g' : spec.type, spec.precision, spec.alternate, false);
    };
    if (!skip_real && !part(re, false)) return false;
    if (!part(im, !skip_real) || !body.append_byte('j')) return false;
    if (none && !skip_real && !body.append_byte(')')) return false;
    FormatSpec s = spec;
    s.sign = 0;
    s.grouping = 0;
    return layout(out, s, false, "", {body.data(), body.size()}, 0, 3);
}
#endif

bool format_number(StrBuilder& out, Value number, const FormatSpec& spec) {
    char t = spec.type;
    Value i = is_float(number) || is_complex(number) ? Value() : int_of(number);
    if (i) {
        bool plain = !spec.align && !spec.sign && !spec.alternate && !spec.zero_pad && spec.width < 0 &&
                     !spec.grouping && spec.precision < 0 && t == 0;
        if (plain && is_type(number, &bool_type))
            return out.append(number == py_bool(true) ? "True" : "False");
        if (t == 0 || t == 'd' || t == 'n' || t == 'b' || t == 'o' || t == 'x' || t == 'X' || t == 'c') {
            return format_int(out, number, i, spec);
        }
        if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
            Float d;
            if (!int_to_float(i, &d)) return false;
            return format_float(out, d, spec);
        }
        unknown_code(spec, number);
        return false;
    }
    if (is_float(number)) {
        if (t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n' ||
            t == '%') {
            if (spec.grouping && t == 'n') {
                raise_value_error("Cannot specify '%c' with 'n'."_msg, spec.grouping);
                return false;
            }
            return format_float(out, float_value(number), spec);
        }
        unknown_code(spec, number);
        return false;
    }
#if MBPY_COMPLEX
    if (is_complex(number)) {
        if (t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G') {
            return format_complex(out, number.as<ComplexObj>(), spec);
        }
        unknown_code(spec, number);
        return false;
    }
#endif
    raise_type_error("can't format %T"_msg, number);
    return false;
}

}  // namespace core
