// float(text)'s conversion, correctly rounded (nearest, ties to even) for any length and exponent. With
// MBPY_FLOAT_SCAN_FAST: Clinger's exact fast path, then the first 19 digits times a rounded-up power of
// ten (float_pow10.cpp), which decides unless the product lies within its error of a halfway point; then
// an exact comparison of all the digits with that halfway point in a stack big integer. Without it (the
// device): a binary search over the floats, each step such an exact comparison (decimal_to_float_search).
#include "core/float_bignum.hpp"
#include "core/float_decimal.hpp"

namespace core::fdec {

namespace {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

#if MBPY_FLOAT_SCAN_FAST

template <class F>
F
from_bits(typename Traits<F>::Bits b) {
    F
    x;
    memcpy(&x, &b, sizeof x);
    return x;
}

// m * 2**lsb (m < 2**(mant_bits + 2), lsb >= q_min) as F, with the carry of a rounding into the next
// binade and overflow to inf.
template <class F>
F
make(uint64_t m, int lsb) {
    using T = Traits < F
    > ;
    using B = typename T::Bits;
    if (m >> (T::mant_bits + 1)) {
        m >>= 1;
        ++lsb;
    }
    int biased = (m >> T::mant_bits) ? lsb - T::q_min + 1 : 0;
    if (biased >= T::exp_max) return from_bits < F
    > (B(T::exp_max) << T::mant_bits);
    return from_bits < F
    > ((B(biased) << T::mant_bits) | (B(m) & ((B(1) << T::mant_bits) - 1)));
}

// w * 10**e ~ top * 2**e2 with top in [2**62, 2**64), top at most 3 above the exact value's floor.
template <class F>
uint64_t scaled(uint64_t w, int e, int* e2) {
    int lz = __builtin_clzll(w);
    uint64_t wn = w << lz;
    *e2 = flog2pow10(e) + 1 - lz;
    if constexpr (sizeof(F) == 8) {
#if MBPY_FLOAT_DOUBLE
        uint64_t g1, g0;
        pow10_g126(e, &g1, &g0);
        U128 a = mul_64x64(wn, g1), b = mul_64x64(wn, g0);
        uint64_t bh = (b.hi << 1) | (b.lo >> 63);  // (wn * g0) >> 63
        uint64_t lo = a.lo + bh, hi = a.hi + (lo < bh);
        return (hi << 1) | (lo >> 63);
#endif
    }
    U128 p = mul_64x64(wn, pow10_g63(e));
    return (p.hi << 1) | (p.lo >> 63);
}

// The candidate below the value (mantissa m, lowest bit lsb) from the approximation, and whether the
// value rounds up from it: 0 or 1, -1 when the approximation lies too near m's halfway point to tell.
template <class F>
int approx(uint64_t w, int e, uint64_t* m, int* lsb) {
    using T = Traits < F
    > ;
    int e2;
    uint64_t top = scaled < F
    > (w, e, &e2);
    int s = bit_length(top) - (T::mant_bits + 1);
    *lsb = e2 + s;
    if (*lsb < T::q_min) {
        s += T::q_min - *lsb;
        *lsb = T::q_min;
    }
    if (s > 63) {
        *m = 0;
        return -1;
    }
    *m = top >> s;
    uint64_t rem = top & ((uint64_t(1) << s) - 1), half = uint64_t(1) << (s - 1);
    if (rem + 4 >= half && rem <= half + 4) return -1;
    return rem > half;
}

// Exactly compares all digits of the text with the halfway point (2m + 1) * 2**(lsb - 1).
template <class F>
F
bigcomp(const char* mant, size_t len, int64_t e_last, uint64_t m, int lsb) {
    using T = Traits < F
    > ;
    // A halfway point has at most max_digits - 12 significant digits; digits beyond the first
    // max_digits only matter as a sticky bit.
    constexpr int keep_max = T::max_digits;
    Big<T::limbs> lhs, rhs;
    int kept = 0, cl = 0;
    uint32_t chunk = 0;
    bool sticky = false, started = false;
    for (size_t i = 0; i < len; ++i) {
        if (!is_digit(mant[i])) continue;
        if (!started && mant[i] == '0') continue;
        started = true;
        if (kept < keep_max) {
            chunk = chunk * 10 + uint32_t(mant[i] - '0');
            ++kept;
            if (++cl == 9) {
                lhs.mul_add(1000000000, chunk);
                chunk = 0;
                cl = 0;
            }
        } else if (mant[i] != '0') {
            sticky = true;
        }
    }
    if (cl) {
        uint32_t p = 1;
        for (int i = 0; i < cl; ++i) p *= 10;
        lhs.mul_add(p, chunk);
    }
    // value ~ lhs * 10**ed, halfway = rhs * 2**e2
    int ed = int(e_last - kept), e2 = lsb - 1;
    rhs.set(2 * m + 1);
    if (ed >= 0) {
        lhs.mul_pow5(ed);
    } else {
        rhs.mul_pow5(-ed);
    }
    if (ed > e2) {
        lhs.shl(ed - e2);
    } else {
        rhs.shl(e2 - ed);
    }
    int cmp = lhs.cmp(rhs);
    if (cmp == 0 && sticky) cmp = 1;
    return make < F
    > (m + (cmp > 0 || (cmp == 0 && (m & 1))), lsb);
}

#endif  // MBPY_FLOAT_SCAN_FAST

}  // namespace

template <class F>
F
decimal_to_float_search(const char* mant, size_t len, int64_t exp10) {
    using T = Traits < F
    > ;
    using B = typename T::Bits;
    constexpr B inf = B(T::exp_max) << T::mant_bits;
    // The significant digits, one at a time, as an integer d: the first max_digits (a halfway point has
    // fewer), the rest only as a sticky bit. The value is d * 10**ed, a little more when sticky.
    Big<T::limbs> d;
    int kept = 0;
    int64_t sig = 0, frac = 0;
    bool point = false, sticky = false;
    for (size_t i = 0; i < len; ++i) {
        char ch = mant[i];
        if (ch == '.') {
            point = true;
            continue;
        }
        if (!is_digit(ch)) continue;
        if (point) ++frac;
        if (!sig && ch == '0') continue;
        ++sig;
        if (kept < T::max_digits) {
            d.mul_add(10, uint32_t(ch - '0'));
            ++kept;
        } else if (ch != '0') {
            sticky = true;
        }
    }
    B found = 0;
    int64_t e_last = exp10 - frac + sig;  // decimal exponent just above the first digit
    if (!d.n || e_last <= T::underflow10) {
        found = 0;
    } else if (e_last - 1 >= T::overflow10) {
        found = inf;
    } else {
        int ed = int(e_last - kept);
        // Clinger's exact case, most literals: d and 10**|ed| both exact in F, so one rounding.
        constexpr int ed_max = sizeof(F) == 4 ? 10 : 13;  // 5**ed_max < 2**(mant_bits + 1)
        if (!sticky && d.n == 1 && !(uint64_t(d.d[0]) >> (T::mant_bits + 1)) && ed >= -ed_max &&
            ed <= ed_max) {
            int a = ed < 0 ? -ed : ed;
            F
            p = F(pow5_u32[a])
            *F(uint32_t(1) << a)
            , w = F(d.d[0]);
            return ed < 0 ? w / p : w * p;
        }
        if (ed > 0) d.mul_pow5(ed);
        // The bit pattern of 2**k (0 below the subnormals, inf above the range).
        auto pow2 = [](int k) -> B {
            if (k < T::q_min) return 0;
            if (k < T::q_min + T::mant_bits) return B(1) << (k - T::q_min);
            int be = k - T::q_min - T::mant_bits + 1;
            return be >= T::exp_max ? inf : B(be) << T::mant_bits;
        };
        // 2**flog2pow10(e_last - 1) <= value < 2**(flog2pow10(e_last) + 1): the floats' order is their
        // patterns'. Find the first pattern whose upper halfway point lies above the value (or on it,
        // for an even pattern: ties to even); the pattern hi is above the value, or inf.
        B lo = pow2(flog2pow10(int(e_last) - 1)), hi = pow2(flog2pow10(int(e_last)) + 1);
        while (lo < hi) {
            B mid = lo + (hi - lo) / 2;
            // mid = m * 2**lsb; its upper halfway point is (2m + 1) * 2**(lsb - 1).
            int be = int(mid >> T::mant_bits);
            uint64_t m = mid & ((B(1) << T::mant_bits) - 1);
            if (be) m |= uint64_t(1) << T::mant_bits;
            int e2 = (be ? be - 1 : 0) + T::q_min - 1;
            // d * 10**ed against (2m + 1) * 2**e2, as integers: the powers of five and two moved to
            // whichever side keeps its exponent positive.
            Big<T::limbs> l = d, r;
            r.set(2 * m + 1);
            if (ed < 0) r.mul_pow5(-ed);
            if (ed > e2) {
                l.shl(ed - e2);
            } else {
                r.shl(e2 - ed);
            }
            int cmp = l.cmp(r);
            if (cmp < 0 || (cmp == 0 && !sticky && !(mid & 1))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        found = lo;
    }
    F
    x;
    memcpy(&x, &found, sizeof x);
    return x;
}

#if MBPY_FLOAT_SCAN_FAST
template <class F>
F
decimal_to_float(const char* mant, size_t len, int64_t exp10) {
    using T = Traits < F
    > ;
    // The first 19 significant digits in w; the rest only move the exponent and make it inexact.
    uint64_t w = 0;
    int nd = 0;
    int64_t sig = 0, frac = 0;
    bool point = false, truncated = false;
    for (size_t i = 0; i < len; ++i) {
        char ch = mant[i];
        if (ch == '.') {
            point = true;
            continue;
        }
        if (!is_digit(ch)) continue;
        if (point) ++frac;
        if (!sig && ch == '0') continue;
        ++sig;
        if (nd < 19) {
            w = w * 10 + uint64_t(ch - '0');
            ++nd;
        } else if (ch != '0') {
            truncated = true;
        }
    }
    if (!w) return F(0);
    int64_t e_last = exp10 - frac + sig;  // decimal exponent just above the first digit
    int64_t e64 = e_last - nd;            // value ~ w * 10**e
    if (e_last - 1 >= T::overflow10) return from_bits < F
    > (typename T::Bits(T::exp_max) << T::mant_bits);
    if (e_last <= T::underflow10) return F(0);
    int e = int(e64);
    if (!truncated) {
        if constexpr (sizeof(F) == 8) {
            static constexpr double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
            // Both factors exact: one rounding (Clinger).
            if (w < (uint64_t(1) << 53) && e >= -22 && e <= 22) return e < 0 ? F(w)
            / p10[-e] : F(w)
            *p10[e];
        } else {
            static constexpr float p10[11] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f,
                                              1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
            if (w < (uint64_t(1) << 24) && e >= -10 && e <= 10) {
                F
                fw = F(uint32_t(w));  // exact; a 32-bit conversion (the 64-bit one goes through double)
                return e < 0 ? fw / p10[-e] : fw * p10[e];
            }
        }
    }
    uint64_t m;
    int lsb;
    int up = approx < F
    > (w, e, &m, &lsb);
    if (up >= 0 && truncated) {
        // The value lies between w and w + 1 times 10**e: both ends must round alike.
        uint64_t m2;
        int lsb2;
        int up2 = approx < F
        > (w + 1, e, &m2, &lsb2);
        if (up2 < 0 || make<F>(m2 + uint64_t(up2), lsb2) != make<F>(m + uint64_t(up), lsb)) up = -1;
    }
    if (up >= 0) return make < F
    > (m + uint64_t(up), lsb);
    return bigcomp < F
    > (mant, len, e_last, m, lsb);
}

#else
template <class F>
F
decimal_to_float(const char* mant, size_t len, int64_t exp10) {
    return decimal_to_float_search < F
    > (mant, len, exp10);
}
#endif

#if MBPY_FLOAT_DOUBLE
template double decimal_to_float<double>(const char*, size_t, int64_t);
#endif
template float decimal_to_float<float>(const char*, size_t, int64_t);
#if MBPY_FLOAT_SCAN_FAST  // for the tests, which check the search against the fast scan
#if MBPY_FLOAT_DOUBLE
template double decimal_to_float_search<double>(const char*, size_t, int64_t);
#endif
template float decimal_to_float_search<float>(const char*, size_t, int64_t);
#endif

}  // namespace core::fdec
