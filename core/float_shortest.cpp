// repr()'s digits: the shortest decimal that reads back as the same binary float, the closest such, ties
// to even (what CPython's dtoa mode 0 gives). Schubfach (R. Giulietti, "The Schubfach way to render
// doubles", 2021): one product of the significand and its two interval ends with a 126-bit (double) or
// 63-bit (float) power of ten, rounded to odd, decides the digits exactly; no big-integer fallback.
#include "core/float_decimal.hpp"

namespace core::fdec {

int u64_digits(uint64_t v, char* out) {
    char tmp[20];
    int n = 0;
    while (v) {
        tmp[n++] = char('0' + v % 10);
        v /= 10;
    }
    for (int i = 0; i < n; ++i) out[i] = tmp[n - 1 - i];
    return n;
}

namespace {

// The decimal f * 10**e as digits without trailing zeros.
template <class F>
void emit(uint64_t f, int e, Decimal<F>* out) {
    while (f % 10 == 0) {
        f /= 10;
        ++e;
    }
    out->n = u64_digits(f, out->d);
    out->decpt = out->n + e;
}

#if MBPY_FLOAT_DOUBLE
// g * cp / 2**127 rounded to odd, with g = g1 * 2**63 + g0 (the paper's rop).
uint64_t rop(uint64_t g1, uint64_t g0, uint64_t cp) {
    constexpr uint64_t mask63 = (uint64_t(1) << 63) - 1;
    uint64_t x1 = mul_64x64(g0, cp).hi;
    U128 y = mul_64x64(g1, cp);
    uint64_t z = (y.lo >> 1) + x1;
    uint64_t vbp = y.hi + (z >> 63);
    return vbp | (((z & mask63) + mask63) >> 63);
}
#endif

// g * cp / 2**95 rounded to odd (the single-precision rop).
uint32_t rop(uint64_t g, uint64_t cp) {
    uint64_t x1 = mul_64x64(g, cp).hi;
    uint64_t vbp = x1 >> 31;
    return uint32_t(vbp | (((x1 & 0xFFFFFFFFu) + 0xFFFFFFFFu) >> 32));
}

// v = c * 2**q, c >= c_tiny.
template <class F>
void to_decimal(int q, uint64_t c, Decimal<F>* out) {
    using T = Traits < F
    > ;
    constexpr uint64_t c_min = uint64_t(1) << T::mant_bits;
    uint64_t out_bit = c & 1;  // odd c: the interval ends round to the neighbours, so they are excluded
    uint64_t cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != c_min || q == T::q_min) {
        cbl = cb - 2;
        k = flog10pow2(q);
    } else {  // a power of two: the gap below is half the gap above
        cbl = cb - 1;
        k = flog10_three_quarters_pow2(q);
    }
    uint64_t vb, vbl, vbr;
    if constexpr (sizeof(F) == 8) {
#if MBPY_FLOAT_DOUBLE
        int h = q + flog2pow10(-k) + 2;
        uint64_t g1, g0;
        pow10_g126(-k, &g1, &g0);
        vb = rop(g1, g0, cb << h);
        vbl = rop(g1, g0, cbl << h);
        vbr = rop(g1, g0, cbr << h);
#endif
    } else {
        int h = q + flog2pow10(-k) + 33;
        uint64_t g = pow10_g63(-k);
        vb = rop(g, cb << h);
        vbl = rop(g, cbl << h);
        vbr = rop(g, cbr << h);
    }
    uint64_t s = vb >> 2;
    if (s >= 10) {
        // One digit fewer: at most one multiple of 10 * 10**k lies in the rounding interval (the paper
        // stops at two digits, as Java prints; Python's repr goes down to one).
        uint64_t sp10 = s / 10 * 10, tp10 = sp10 + 10;
        bool upin = vbl + out_bit <= sp10 << 2;
        bool wpin = (tp10 << 2) + out_bit <= vbr;
        if (upin != wpin) return emit(upin ? sp10 : tp10, k, out);
    }
    uint64_t t = s + 1;
    bool uin = vbl + out_bit <= s << 2;
    bool win = (t << 2) + out_bit <= vbr;
    if (uin != win) return emit(uin ? s : t, k, out);
    // Both in: the closer one, ties to even.
    int64_t cmp = int64_t(vb - ((s + t) << 1));
    emit(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t, k, out);
}

}  // namespace

template <class F>
void shortest(F x, Decimal<F>* out) {
    using T = Traits < F
    > ;
    uint64_t c;
    int q;
    decompose(x, &c, &q);
    if (c >> T::mant_bits) {
        // An integer below 2**(mant_bits+1): its own digits are the shortest (the interval is < 1 wide).
        int mq = -q;
        if (mq > 0 && mq <= T::mant_bits) {
            uint64_t f = c >> mq;
            if (f << mq == c) return emit(f, 0, out);
        }
        return to_decimal(q, c, out);
    }
    if (c < uint64_t(T::c_tiny)) {
        // The few smallest subnormals, where the products lack precision (the paper scales c by 10, which
        // narrows the interval and can give two digits where one reads back): the correctly rounded
        // n-digit decimal for growing n, the first that reads back (the interval is symmetric here).
        for (int n = 1;; ++n) {
            round_significant(x, n, out);
            if (decimal_to_float<F>(out->d, size_t(out->n), out->decpt - out->n) == x) return;
        }
    }
    to_decimal(q, c, out);
}

#if MBPY_FLOAT_DOUBLE
template void shortest<double>(double, Decimal<double>*);
#endif
template void shortest<float>(float, Decimal<float>*);

}  // namespace core::fdec
