// Decimal digits of binary floats and back, without libc or libstdc++ conversions: the algorithms behind
// repr(), format() and float() (float_shortest.cpp, float_exact.cpp, float_scan.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "core/config.hpp"

namespace core::fdec {

// The layout of one binary format. Instantiated for the build's Float; the host also instantiates
// float so that its tests can check the device's single-precision path.
template <class F>
struct Traits;

template <>
struct Traits<double> {
    using Bits = uint64_t;
    static constexpr int mant_bits = 52;  // stored fraction bits
    static constexpr int q_min = -1074;   // exponent of the lowest bit of a subnormal
    static constexpr int exp_max = 2047;  // biased exponent of inf/nan
    // Digits of any exact value (767 for 2**-1074 times an odd 53-bit int) and of a halfway point
    // between neighbours (768), with room for the 9-digit chunks of the decimal conversion.
    static constexpr int max_digits = 780;
    // Limbs for the exact comparisons: 780 decimal digits against a halfway point, ~2720 bits.
    static constexpr int limbs = 90;
    // Decimal exponents outside which float() gives inf (value >= 10**309) or 0 (value < 10**-324).
    static constexpr int overflow10 = 309, underflow10 = -324;
    static constexpr int c_tiny = 3;  // Schubfach: subnormals with fewer significant bits are scaled
};

template <>
struct Traits<float> {
    using Bits = uint32_t;
    static constexpr int mant_bits = 23;
    static constexpr int q_min = -149;
    static constexpr int exp_max = 255;
    static constexpr int max_digits = 126;  // 112 exact, 113 for a halfway point
    static constexpr int limbs = 18;
    static constexpr int overflow10 = 39, underflow10 = -46;
    static constexpr int c_tiny = 8;
};

// Digits d[0..n) of a decimal 0.d1d2...dn * 10**decpt (dtoa's convention); n == 0 means zero.
template <class F>
struct Decimal {
    char d[Traits<F>::max_digits + 10];
    int n = 0;
    int decpt = 0;
};

// floor(e * log10(2)), floor(e * log10(3/4 * 2)) and floor(e * log2(10)), exact for |e| < 5456721.
constexpr int flog10pow2(int e) { return int((int64_t(e) * 661971961083LL) >> 41); }
constexpr int flog10_three_quarters_pow2(int e) {
    return int((int64_t(e) * 661971961083LL - 274743187321LL) >> 41);
}
constexpr int flog2pow10(int e) { return int((int64_t(e) * 913124641741LL) >> 38); }

// 10**n as g * 2**(flog2pow10(n) - 125) with g in [2**125, 2**126) rounded up (Schubfach's g), split
// into 63-bit halves: for doubles, n in [-342, 324].
void pow10_g126(int n, uint64_t* g1, uint64_t* g0);
// The same with 63 bits, g in [2**62, 2**63) rounded up: for floats, n in [-64, 45].
uint64_t pow10_g63(int n);

struct U128 {
    uint64_t hi, lo;
};
inline U128 mul_64x64(uint64_t a, uint64_t b) {
#ifdef __SIZEOF_INT128__
    unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
    return {uint64_t(p >> 64), uint64_t(p)};
#else
    uint64_t a0 = uint32_t(a), a1 = a >> 32, b0 = uint32_t(b), b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + uint32_t(p01) + uint32_t(p10);
    return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | uint32_t(p00)};
#endif
}

inline int bit_length(uint64_t v) { return v ? 64 - __builtin_clzll(v) : 0; }

// x = c * 2**q with c > 0 (x positive and finite).
template <class F>
inline void decompose(F x, uint64_t* c, int* q) {
    using T = Traits < F
    > ;
    typename T::Bits b;
    memcpy(&b, &x, sizeof b);
    int be = int(b >> T::mant_bits);
    uint64_t t = b & ((typename T::Bits(1) << T::mant_bits) - 1);
    if (be) {
        *c = t | (uint64_t(1) << T::mant_bits);
        *q = be - 1 + T::q_min;
    } else {
        *c = t;
        *q = T::q_min;
    }
}

// Writes the decimal digits of v (v > 0) at out; returns their count.
int u64_digits(uint64_t v, char* out);

// Shortest digits that read back as x (x > 0 finite); the closest such, ties to even.
template <class F>
void shortest(F x, Decimal<F>* out);
// The digits of round_half_even(x * 10**p) (any p; x > 0 finite): rounding at the 10**-p place.
template <class F>
void round_at(F x, int p, Decimal<F>* out);
// x rounded half-even to n >= 1 significant digits (fewer digits when the exact value has fewer).
template <class F>
void round_significant(F x, int n, Decimal<F>* out);

// (mantissa as written) * 10**exp10 rounded correctly to F (nearest, ties to even): `mant` holds digits,
// at most one '.' and underscores (skipped); `exp10` is the exponent part, which the caller saturates
// at a magnitude far beyond any float (the digit count is added to it in 64 bits).
template <class F>
F
decimal_to_float(const char* mant, size_t len, int64_t exp10);
// The same by a binary search over the floats, each step an exact comparison: small and slow (about 26
// big-integer comparisons for a float), float()'s conversion without MBPY_FLOAT_SCAN_FAST.
template <class F>
F
decimal_to_float_search(const char* mant, size_t len, int64_t exp10);

}  // namespace core::fdec
