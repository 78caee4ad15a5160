// float <-> text: CPython's repr layout over shortest round-trip digits (or the firmware's '%.6g'), float()'s
// syntax, round(x, n) (the conversions themselves are in float_shortest.cpp, float_exact.cpp and
// float_scan.cpp).
#include <cmath>
#include <cstring>

#include "core/float_decimal.hpp"
#include "core/numbers.hpp"

namespace core {

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Digits d (0.d * 10**decpt, d > 0) laid out as repr() does, after buf[0..n): fixed notation for decimal
// exponents -4 .. fixed_below - 1, else scientific with a signed two-digit (or longer) exponent.
static size_t repr_layout(char* buf, size_t n, const fdec::Decimal<Float>& dec, int fixed_below) {
    const char* digits = dec.d;
    int nd = dec.n, exp = dec.decpt - 1;
    if (exp >= -4 && exp < fixed_below) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; ++i) buf[n++] = i < nd ? digits[i] : '0';
            buf[n++] = '.';
            if (nd > exp + 1) {
                for (int i = exp + 1; i < nd; ++i) buf[n++] = digits[i];
            } else {
                buf[n++] = '0';
            }
        } else {
            buf[n++] = '0';
            buf[n++] = '.';
            for (int i = -1; i > exp; --i) buf[n++] = '0';
            for (int i = 0; i < nd; ++i) buf[n++] = digits[i];
        }
        return n;
    }
    buf[n++] = digits[0];
    if (nd > 1) {
        buf[n++] = '.';
        for (int i = 1; i < nd; ++i) buf[n++] = digits[i];
    }
    buf[n++] = 'e';
    buf[n++] = exp < 0 ? '-' : '+';
    int ae = exp < 0 ? -exp : exp;
    if (ae < 10) buf[n++] = '0';
    return n + size_t(fdec::u64_digits(uint64_t(ae), buf + n));
}

// nan, inf, the sign and zero; else 0 with the sign (if any) written, its length in *n.
static size_t repr_special(char* buf, Float d, size_t* n) {
    if (float_isnan(d)) return memcpy(buf, "nan", 3), 3;
    if (float_isinf(d)) return d < 0 ? (memcpy(buf, "-inf", 4), 4) : (memcpy(buf, "inf", 3), 3);
    *n = 0;
    if (std::signbit(d)) buf[(*n)++] = '-';
    if (d == 0) return memcpy(buf + *n, "0.0", 3), *n + 3;
    return 0;
}

size_t float_shortest_chars(char* buf, Float d) {
    size_t n, special = repr_special(buf, d, &n);
    if (special) return special;
    fdec::Decimal<Float> dec;
    fdec::shortest(std::fabs(d), &dec);
    return repr_layout(buf, n, dec, 16);
}

size_t float_repr_chars(char* buf, Float d) {
#if MBPY_FLOAT_SHORTEST
    return float_shortest_chars(buf, d);
#else
    // The firmware's '%.6g' with a ".0" where there is no point or exponent (config.hpp).
    size_t n, special = repr_special(buf, d, &n);
    if (special) return special;
    fdec::Decimal<Float> dec;
    fdec::round_significant(std::fabs(d), 6, &dec);
    while (dec.n > 1 && dec.d[dec.n - 1] == '0') --dec.n;
    return repr_layout(buf, n, dec, 6);
#endif
}

bool format_float_repr(StrBuilder& out, Float d) {
    char buf[40];
    return out.append({buf, float_repr_chars(buf, d)});
}

static bool ieq(std::string_view a, const char* b) {
    size_t n = strlen(b);
    if (a.size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
        if (char(a[i] | 0x20) != b[i]) return false;
    }
    return true;
}

bool float_parse(std::string_view s, Float* out) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (ieq(s, "inf") || ieq(s, "infinity")) {
        *out = neg ? -float_inf : float_inf;
        return true;
    }
    if (ieq(s, "nan")) {
        *out = neg ? -float_nan : float_nan;
        return true;
    }
    // [digits][.digits][e[+-]digits] with single underscores between digits.
    size_t i = 0, mant_digits = 0;
    auto digits = [&](size_t* count, int64_t* value) {
        bool prev_digit = false;
        while (i < s.size()) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                // Exponents beyond any digit count saturate: 10**(10**15) is inf, 10**-(10**15) is 0.
                if (value && *value < 1000000000000000) *value = *value * 10 + (c - '0');
                ++*count;
                prev_digit = true;
            } else if (c == '_' && prev_digit && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
                prev_digit = false;
            } else {
                break;
            }
            ++i;
        }
    };
    digits(&mant_digits, nullptr);
    if (i < s.size() && s[i] == '.') {
        ++i;
        digits(&mant_digits, nullptr);
    }
    if (mant_digits == 0) return false;
    size_t mant_end = i, exp_digits = 0;
    int64_t exp_val = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool exp_neg = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_neg = s[i++] == '-';
        digits(&exp_digits, &exp_val);
        if (exp_digits == 0) return false;
        if (exp_neg) exp_val = -exp_val;
    }
    if (i != s.size()) return false;
    Float v = fdec::decimal_to_float<Float>(s.data(), mant_end, exp_val);
    *out = neg ? -v : v;
    return true;
}

Value parse_float_literal(std::string_view text) {
    // The exact scan's frames: 424 B on the board (scripts/device-stack --path float_parse), counted here
    // rather than in the compiler's room: a literal's scan is the parser's deepest leaf.
    if (!check_c_stack_room(432)) return {};
    Float d = 0;
    if (!float_parse(text, &d)) return raise(&syntax_error_type, "invalid syntax for number"_msg);
    return make_float(d);
}

// CPython's limits: beyond 323 digits every double is already exact; below -308 everything rounds to 0.
static constexpr intptr_t round_ndigits_max = 323, round_ndigits_min = -308;

bool float_round(Float x, intptr_t nd, Float* out) {
    if (!float_isfinite(x) || nd > round_ndigits_max || x == 0) {
        *out = x;
        return true;
    }
    if (nd < round_ndigits_min) {
        *out = 0 * x;
        return true;
    }
    // Decimal digits of the exact value rounded half-even at the wanted place, read back correctly
    // rounded (CPython: dtoa mode 3, then strtod).
    fdec::Decimal<Float> dec;
    fdec::round_at(std::fabs(x), int(nd), &dec);
    *out = dec.n ? fdec::decimal_to_float<Float>(dec.d, size_t(dec.n), dec.decpt - dec.n) : Float(0);
    if (float_isinf(*out)) {
        raise_overflow_error("rounded value too large to represent"_msg);
        return false;
    }
    *out = std::copysign(*out, x);
    return true;
}

bool float_divmod(Float vx, Float wx, Float* q, Float* r) {
    if (wx == 0) return false;
    // CPython's float_divmod: fmod is exact; the quotient is corrected to the floor.
    Float mod = std::fmod(vx, wx);
    Float div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1;
        }
    } else {
        mod = std::copysign(Float(0), wx);
    }
    Float floordiv;
    if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > Float(0.5)) floordiv += 1;
    } else {
        floordiv = std::copysign(Float(0), vx / wx);
    }
    *q = floordiv;
    *r = mod;
    return true;
}

}  // namespace core
