// Correctly rounded fixed-precision digits of binary floats ('%.Nf', '%.Ne', '%.Ng', round(x, n)): an
// exact integer fast path for the common precisions, else the full exact decimal expansion of the value
// (at most 767 digits for a double, 112 for a float) in a stack big integer, rounded on its digits.
#include "core/float_bignum.hpp"
#include "core/float_decimal.hpp"

namespace core::fdec {

namespace {

constexpr auto pow5_u64 = [] {
    struct {
        uint64_t v[28];
    } t{};
    t.v[0] = 1;
    for (int i = 1; i < 28; ++i) t.v[i] = t.v[i - 1] * 5;
    return t;
}();

// The wide integer of the fast path and the largest 5**p it may multiply: c * 5**p must fit.
template <class F>
struct Wide;
#if MBPY_FLOAT_DOUBLE && defined(__SIZEOF_INT128__)
template <>
struct Wide<double> {
    using type = unsigned __int128;
    static constexpr int max_p = 27;  // 2**53 * 5**27 < 2**116
};
#elif MBPY_FLOAT_DOUBLE
template <>
struct Wide<double> {  // no 128-bit integers: only the exact path
    using type = uint64_t;
    static constexpr int max_p = -1;
};
#endif
template <>
struct Wide<float> {
    using type = uint64_t;
    static constexpr int max_p = 17;  // 2**24 * 5**17 < 2**64
};

template <class F>
void set_int(uint64_t v, int p, Decimal<F>* out) {
    out->n = v ? u64_digits(v, out->d) : 0;
    out->decpt = out->n - p;
}

// Rounds half-even the digits d[0..n) (value 0.d * 10**decpt) at the 10**-p place.
template <class F>
void round_digits(Decimal<F>* out, int p) {
    int64_t keep = int64_t(out->decpt) + p;
    if (keep >= out->n) return;
    if (keep < 0) {
        out->n = 0;
        return;
    }
    int k = int(keep);
    char rd = out->d[k];
    bool rest = false;
    for (int i = k + 1; i < out->n && !rest; ++i) rest = out->d[i] != '0';
    bool odd = k > 0 && ((out->d[k - 1] - '0') & 1);
    out->n = k;
    if (rd > '5' || (rd == '5' && (rest || odd))) {
        int i = k - 1;
        while (i >= 0 && out->d[i] == '9') out->d[i--] = '0';
        if (i >= 0) {
            ++out->d[i];
        } else {  // all nines (or nothing kept): 10**decpt
            out->d[0] = '1';
            out->n = 1;
            ++out->decpt;
        }
    }
}

// The exact decimal expansion of c * 2**q.
template <class F>
void exact(uint64_t c, int q, Decimal<F>* out) {
    Big < Traits < F
    > ::limbs > b;
    b.set(c);
    int e10 = 0;
    if (q >= 0) {
        b.shl(q);
    } else {
        b.mul_pow5(-q);  // c * 2**q = c * 5**-q / 10**-q
        e10 = q;
    }
    // Nine digits at a time from the end of the buffer, then moved to the front.
    constexpr int cap = Traits < F
    > ::max_digits + 9;
    int at = cap;
    while (b.n) {
        uint32_t r = b.div_small(1000000000);
        for (int i = 0; i < 9; ++i, r /= 10) out->d[--at] = char('0' + r % 10);
    }
    while (out->d[at] == '0') ++at;
    out->n = cap - at;
    memmove(out->d, out->d + at, size_t(out->n));
    out->decpt = out->n + e10;
}

}  // namespace

template <class F>
void round_at(F x, int p, Decimal<F>* out) {
    using W = typename Wide < F
    > ::type;
    constexpr int wbits = int(sizeof(W) * 8);
    uint64_t c;
    int q;
    decompose(x, &c, &q);
    // Single-precision builds (the device) take the exact path alone: at most 112 digits, and the
    // fast paths take 860 B of its flash to save about 5,000 instructions a repr().
    constexpr bool fast_paths = MBPY_FLOAT_DOUBLE || sizeof(F) != 4;
    if (!fast_paths) {
        // the exact path below
    } else if (q >= 0) {
        if (bit_length(c) + q <= 64) {
            uint64_t v = c << q;
            if (p >= 0) return set_int(v, 0, out);
            if (-p <= 19) {  // v / 10**-p, half-even
                uint64_t den = 1;
                for (int i = 0; i < -p; ++i) den *= 10;
                uint64_t nq = v / den, r = v % den;
                if (r > den - r || (r == den - r && (nq & 1))) ++nq;
                return set_int(nq, p, out);
            }
        }
    } else if (p >= 0 && p <= Wide<F>::max_p) {
        // x * 10**p = c * 5**p / 2**(-q - p)
        W m = W(c) * pow5_u64.v[p];
        int sh = -q - p;
        if (sh <= 0) {
            uint64_t top = uint64_t(m >> 32 >> 32);  // nonzero only for 128-bit W
            if (!top && bit_length(uint64_t(m)) - sh <= 64) return set_int(uint64_t(m) << -sh, p, out);
        } else if (sh >= wbits) {
            W half = W(1) << (wbits - 1);
            return set_int(sh == wbits && m > half ? 1 : 0, p, out);
        } else {
            W nq = m >> sh, r = m & ((W(1) << sh) - 1), half = W(1) << (sh - 1);
            if (r > half || (r == half && (nq & 1))) ++nq;
            if (nq >> 63 >> 1 == 0) return set_int(uint64_t(nq), p, out);
        }
    } else if (p < 0 && -p <= 27 && Wide<F>::max_p >= 0) {
        // x * 10**p = c / (5**k * 2**t): divide by 2**t, then by 5**k, keeping the remainders.
        int k = -p, t = -q + k;
        uint64_t c1 = t >= 64 ? 0 : c >> t, r1 = t >= 64 ? c : c & ((uint64_t(1) << t) - 1);
        uint64_t d5 = pow5_u64.v[k], nq = c1 / d5, r2 = c1 % d5;
        bool up;
        if (2 * r2 + 1 < d5) {
            up = false;
        } else if (2 * r2 > d5) {
            up = true;
        } else if (t >= 64) {  // 2 * r2 == d5 - 1: the 2**t part decides
            up = false;
        } else {
            uint64_t half = uint64_t(1) << (t - 1);
            up = r1 > half || (r1 == half && (nq & 1));
        }
        return set_int(nq + up, p, out);
    }
    exact(c, q, out);
    round_digits(out, p < -100000 ? -100000 : p > 100000 ? 100000 : p);
}

template <class F>
void round_significant(F x, int n, Decimal<F>* out) {
    uint64_t c;
    int q;
    decompose(x, &c, &q);
    // floor(log10(x)) is e or e + 1 (x >= 2**(q + bits - 1)); rounding one place too fine shows as
    // one digit too many, and is redone one place coarser (also when the rounding itself carried).
    int e = flog10pow2(q + bit_length(c) - 1);
    int p = n - 1 - e;
    round_at(x, p, out);
    if (out->decpt > e + 1) round_at(x, p - 1, out);
}

#if MBPY_FLOAT_DOUBLE
template void round_at<double>(double, int, Decimal<double>*);
template void round_significant<double>(double, int, Decimal<double>*);
#endif
template void round_at<float>(float, int, Decimal<float>*);
template void round_significant<float>(float, int, Decimal<float>*);

}  // namespace core::fdec
