// float <-> text: CPython's repr layout over shortest round-trip digits, float() parsing, round(x, n).
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/numbers.hpp"

namespace core {

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t float_repr_chars(char* buf, double d) {
    if (std::isnan(d)) return memcpy(buf, "nan", 3), 3;
    if (std::isinf(d)) return d < 0 ? (memcpy(buf, "-inf", 4), 4) : (memcpy(buf, "inf", 3), 3);
    // Shortest digits that read back as the same Float, then laid out as repr() does: fixed notation for
    // decimal exponents -4..15, else scientific with a signed two-digit (or longer) exponent.
    char tmp[40];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, Float(d), std::chars_format::scientific);
    const char* p = tmp;
    size_t n = 0;
    if (*p == '-') buf[n++] = *p++;
    char digits[24];
    size_t nd = 0;
    while (p < r.ptr && *p != 'e') {
        if (*p != '.') digits[nd++] = *p;
        ++p;
    }
    int exp = 0;
    std::from_chars(p + 1 + (p[1] == '+'), r.ptr, exp);
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; ++i) buf[n++] = size_t(i) < nd ? digits[i] : '0';
            buf[n++] = '.';
            if (nd > size_t(exp) + 1) {
                for (size_t i = size_t(exp) + 1; i < nd; ++i) buf[n++] = digits[i];
            } else {
                buf[n++] = '0';
            }
        } else {
            buf[n++] = '0';
            buf[n++] = '.';
            for (int i = -1; i > exp; --i) buf[n++] = '0';
            for (size_t i = 0; i < nd; ++i) buf[n++] = digits[i];
        }
        return n;
    }
    buf[n++] = digits[0];
    if (nd > 1) {
        buf[n++] = '.';
        for (size_t i = 1; i < nd; ++i) buf[n++] = digits[i];
    }
    buf[n++] = 'e';
    buf[n++] = exp < 0 ? '-' : '+';
    int ae = exp < 0 ? -exp : exp;
    if (ae < 10) buf[n++] = '0';
    auto e = std::to_chars(buf + n, buf + n + 8, ae);
    return size_t(e.ptr - buf);
}

bool format_float_repr(StrBuilder& out, double d) {
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

bool float_parse(std::string_view s, double* out) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (ieq(s, "inf") || ieq(s, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (ieq(s, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    // Validate [digits][.digits][e[+-]digits] with single underscores between digits, and copy it
    // without the underscores for from_chars.
    char small[64];
    char* buf = s.size() < sizeof small ? small : static_cast<char*>(alloc_raw(s.size() + 1));
    if (!buf) {
        take_exception();
        return false;
    }
    size_t n = 0, i = 0, mant_digits = 0;
    int int_digits = 0, lead_frac_zeros = 0;
    bool seen_nonzero = false;
    auto digits = [&](bool in_frac, size_t* count) {
        bool prev_digit = false;
        while (i < s.size()) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                if (!in_frac && (seen_nonzero || c != '0')) ++int_digits;
                if (in_frac && !seen_nonzero && c == '0') ++lead_frac_zeros;
                seen_nonzero |= c != '0';
                buf[n++] = c;
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
    digits(false, &mant_digits);
    if (i < s.size() && s[i] == '.') {
        buf[n++] = '.';
        ++i;
        digits(true, &mant_digits);
    }
    if (mant_digits == 0) return false;
    size_t exp_digits = 0;
    long exp_val = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        buf[n++] = 'e';
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) buf[n++] = s[i++];
        size_t start = n;
        bool dummy = seen_nonzero;
        digits(false, &exp_digits);
        seen_nonzero = dummy;
        if (exp_digits == 0) return false;
        std::from_chars(buf + start, buf + n, exp_val);
        if (buf[start - 1] == '-') exp_val = -exp_val;
    }
    if (i != s.size()) return false;
    double v = 0;
    auto r = std::from_chars(buf, buf + n, v);
    if (r.ec == std::errc::result_out_of_range) {
        // Decide overflow vs underflow from the decimal exponent of the first significant digit.
        long e10 = seen_nonzero ? (int_digits ? int_digits : -lead_frac_zeros) + exp_val : -1;
        v = e10 > 0 ? HUGE_VAL : 0.0;
    } else if (r.ec != std::errc() || r.ptr != buf + n) {
        return false;
    }
    *out = neg ? -v : v;
    return true;
}

Value parse_float_literal(std::string_view text) {
    double d = 0;
    if (!float_parse(text, &d)) return raise(&syntax_error_type, "invalid syntax for number");
    return make_float(d);
}

// CPython's limits: beyond 323 digits every double is already exact; below -308 everything rounds to 0.
static constexpr intptr_t round_ndigits_max = 323, round_ndigits_min = -308;

bool float_round(double x, intptr_t nd, double* out) {
    if (!std::isfinite(x) || nd > round_ndigits_max || x == 0) {
        *out = x;
        return true;
    }
    if (nd < round_ndigits_min) {
        *out = 0.0 * x;
        return true;
    }
    // Exact decimal digits of the double rounded half-even at the wanted place (to_chars is correctly
    // rounded on the exact binary value, like CPython's dtoa mode 3).
    char stack_buf[128];
    size_t cap = 400 + size_t(nd > 0 ? nd : 0);
    char* buf = cap <= sizeof stack_buf ? stack_buf : static_cast<char*>(alloc_raw(cap));
    if (!buf) return false;
    double ax = std::fabs(x);
    if (nd >= 0) {
        auto r = std::to_chars(buf, buf + cap, ax, std::chars_format::fixed, int(nd));
        std::from_chars(buf, r.ptr, *out);
    } else {
        // Round the integer part at 10**-nd, half-even, with any fraction acting as a sticky bit.
        double t = std::trunc(ax);
        bool sticky = t != ax;
        auto r = std::to_chars(buf, buf + cap, t, std::chars_format::fixed, 0);
        size_t len = size_t(r.ptr - buf), drop = size_t(-nd);
        if (drop > len) {
            *out = 0.0;
        } else {
            size_t keep = len - drop;
            int cmp = buf[keep] > '5' ? 1 : buf[keep] < '5' ? -1 : 0;
            for (size_t k = keep + 1; cmp == 0 && k < len; ++k) cmp = buf[k] != '0';
            if (cmp == 0 && sticky) cmp = 1;
            bool up = cmp > 0 || (cmp == 0 && keep > 0 && (buf[keep - 1] - '0') % 2 == 1);
            // buf[0..keep) + 1 if up, then zeros.
            char* num = buf + len + 1;
            num[0] = '0';
            memcpy(num + 1, buf, keep);
            size_t nl = keep + 1;
            if (up) {
                size_t k = nl;
                while (k-- > 0) {
                    if (num[k] == '9') {
                        num[k] = '0';
                    } else {
                        ++num[k];
                        break;
                    }
                }
            }
            for (size_t k = 0; k < drop; ++k) num[nl++] = '0';
            std::from_chars(num, num + nl, *out);
        }
    }
    if (std::isinf(*out)) {
        raise(&overflow_error_type, "rounded value too large to represent");
        return false;
    }
    *out = std::copysign(*out, x);
    return true;
}

bool float_divmod(double vx, double wx, double* q, double* r) {
    if (wx == 0) return false;
    // CPython's float_divmod: fmod is exact; the quotient is corrected to the floor.
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    *q = floordiv;
    *r = mod;
    return true;
}

}  // namespace core
