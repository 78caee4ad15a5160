// int <-> text: digits in any base 2..36 (parsing), decimal and power-of-two bases (printing).
#include <cstring>

#include "core/bigint_value.hpp"

namespace core {

using big::Limb;

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Digits (already validated, underscores allowed and skipped) -> int.
static Value digits_to_int(std::string_view s, int base, bool neg) {
    size_t ndigits = 0;
    for (char c : s) ndigits += c != '_';
    // Limbs needed: each digit adds at most log2(36) < 6 bits.
    int bits_per_digit = 1;
    while ((1 << bits_per_digit) < base) ++bits_per_digit;
    size_t cap = ndigits * size_t(bits_per_digit) / big::limb_bits + 2;
    if (ndigits <= 20) {  // try 64-bit arithmetic first: most literals are short
        uint64_t v = 0;
        bool ok = true;
        for (char c : s) {
            if (c == '_') continue;
            if (__builtin_mul_overflow(v, uint64_t(base), &v) ||
                __builtin_add_overflow(v, uint64_t(digit_value(c)), &v)) {
                ok = false;
                break;
            }
        }
        if (ok && v <= uint64_t(INT64_MAX)) return make_int_ll(neg ? -(long long)v : (long long)v);
    }
    BigInt* r = new_bigint(cap);
    if (!r) return {};
    // Chunks of k digits with base**k < 2**limb_bits, so each chunk is one multiply-add pass.
    Limb chunk_mul = 1;
    int k = 0;
    while (big::Wide(chunk_mul) * Limb(base) <= big::Wide(Limb(~Limb(0)))) chunk_mul *= Limb(base), ++k;
    size_t n = 0;
    Limb acc = 0, mul = 1;
    int in_chunk = 0;
    auto flush = [&]() {
        Limb carry = big::mul_add_small(r->limb, n, mul, acc);
        if (carry) r->limb[n++] = carry;
        acc = 0, mul = 1, in_chunk = 0;
    };
    for (char c : s) {
        if (c == '_') continue;
        acc = acc * Limb(base) + Limb(digit_value(c));
        mul *= Limb(base);
        if (++in_chunk == k) flush();
    }
    if (in_chunk) flush();
    return bigint_finish(r, n, neg);
}

// Validates digits with single underscores between them (and optionally one right after a prefix).
static bool valid_digits(std::string_view s, int base, bool leading_underscore_ok) {
    if (s.empty()) return false;
    bool prev_us = !leading_underscore_ok;  // a leading '_' counts as following an underscore
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (prev_us) return false;
            prev_us = true;
            continue;
        }
        if (digit_value(s[i]) >= base) return false;
        prev_us = false;
    }
    return s.back() != '_';
}

Value int_from_string(std::string_view text, int base) {
    std::string_view s = text;
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    int b = base;
    bool prefixed = false;
    if (s.size() >= 2 && s[0] == '0') {
        char p = char(s[1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            prefixed = true;
            s.remove_prefix(2);
        }
    }
    if (b == 0) b = 10;
    bool ok = valid_digits(s, b, prefixed);
    if (ok && base == 0 && !prefixed && s.size() > 1 && s[0] == '0') {
        // Base 0 follows literal syntax: "010" is an error, "00" and "0_0" are zero.
        for (char c : s) ok &= c == '0' || c == '_';
    }
    if (!ok) return raise_value_error("invalid syntax for integer with base %d"_msg, base);
    return digits_to_int(s, b, neg);
}

Value parse_int_literal(std::string_view text, int base) { return digits_to_int(text, base, false); }

bool int_format(StrBuilder& out, Value i, int base, bool prefix, bool upper) {
    IntView v(i);
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (v.neg && !out.append_byte('-')) return false;
    if (prefix) {
        const char* p = base == 16 ? (upper ? "0X" : "0x") : base == 8 ? "0o" : base == 2 ? "0b" : "";
        if (!out.append(p)) return false;
    }
    if (v.zero()) return out.append_byte('0');
    if (base != 10) {
        int shift = base == 16 ? 4 : base == 8 ? 3 : 1;
        size_t bits = big::bit_length(v.d, v.n);
        size_t nd = (bits + shift - 1) / shift;
        if (!out.reserve(nd)) return false;
        for (size_t k = nd; k-- > 0;) {
            size_t bit = k * shift;
            if (!out.append_byte(digits[big::bits64_at(v.d, v.n, bit) & unsigned(base - 1)])) return false;
        }
        return true;
    }
    if (v.n <= big::u64_limbs) {
        char buf[24];
        uint64_t m = big::to_u64(v.d, v.n);
        size_t p = sizeof buf;
        while (m) buf[--p] = char('0' + m % 10), m /= 10;
        return out.append({buf + p, sizeof buf - p});
    }
    // Chunked base 10**9 (10**19 with 64-bit limbs): repeated division of a scratch copy; O(n**2) limb
    // steps, ~0.1 s for 10**5 digits.
    // Chunks per limb: 32 bits < 1.1 chunks of 9 digits (29.9 bits); 64 bits < 1.02 chunks of 19 (63.1).
    size_t max_chunks = v.n + v.n / 8 + 2;
    ScratchLimbs work(v.n + max_chunks);
    if (!work.get()) return false;
    Limb* chunks = work.get() + v.n;
    memcpy(work.get(), v.d, v.n * sizeof(Limb));
    size_t n = v.n, nc = 0;
    while (n) {
        chunks[nc++] = big::div_dec_chunk(work.get(), n);
        n = big::norm(work.get(), n);
    }
    constexpr int cd = big::dec_chunk_digits;
    if (!out.reserve(nc * cd)) return false;
    char buf[cd];
    for (size_t c = nc; c-- > 0;) {
        Limb x = chunks[c];
        for (int d = 0; d < cd; ++d) buf[cd - 1 - d] = char('0' + x % 10), x /= 10;
        int start = 0;
        if (c == nc - 1) {
            while (start < cd - 1 && buf[start] == '0') ++start;
        }
        if (!out.append({buf + start, size_t(cd - start)})) return false;
    }
    return true;
}

Value int_to_str(Value i, int base, bool prefix) {
    StrBuilder sb;
    if (!int_format(sb, i, base, prefix, false)) return {};
    return sb.finish();
}

}  // namespace core
