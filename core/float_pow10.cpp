// Powers of ten for the float <-> decimal conversions, computed exactly (no table to keep in sync by
// hand): at compile time for doubles (a table of 667 x 16 bytes), when asked for floats, whose parsing
// wants one only past Clinger's exact cases (their table would take 880 bytes of the device's flash).
#include "core/float_bignum.hpp"
#include "core/float_decimal.hpp"

namespace core::fdec {

namespace {

void table_mismatch() {}  // not constexpr: a table entry that reaches it stops the compile

constexpr uint32_t pow10_u32[10] = {1,      10,      100,      1000,      10000,
                                    100000, 1000000, 10000000, 100000000, 1000000000};

// floor(10**n * 2**(bits - 1 - flog2pow10(n))) + 1: the top `bits` bits of 10**n, rounded up.
template <int N>
constexpr Big<N> g_of(int n, int bits) {
    Big<N> b;
    b.set(1);
    int f = 0;
    if (n >= 0) {
        for (int k = n; k > 0; k -= 9) b.mul_add(pow10_u32[k >= 9 ? 9 : k], 0);
        f = b.bit_length() - 1;
        int s = bits - 1 - f;
        if (s >= 0) {
            b.shl(s);
        } else {
            b.shr(-s);
        }
    } else {
        Big<N> p;
        p.set(1);
        for (int k = -n; k > 0; k -= 9) p.mul_add(pow10_u32[k >= 9 ? 9 : k], 0);
        f = -p.bit_length();  // 10**-m is no power of two, so log2 is not an integer
        b.shl(bits - 1 - f);
        for (int k = -n; k > 0; k -= 9) b.div_small(pow10_u32[k >= 9 ? 9 : k]);  // nested floors
    }
    b.mul_add(1, 1);
    if (f != flog2pow10(n) || b.bit_length() != bits) table_mismatch();
    return b;
}

#if MBPY_FLOAT_DOUBLE
constexpr int d_min = -342, d_max = 324;
struct G126 {
    uint64_t g1, g0;
};
constexpr auto table_d = [] {
    struct {
        G126 e[d_max - d_min + 1];
    } t{};
    for (int n = d_min; n <= d_max; ++n) {
        Big<48> g = g_of<48>(n, 126);
        t.e[n - d_min] = {g.bits64(63), g.bits64(0) & ~(uint64_t(1) << 63)};
    }
    return t;
}();
#endif

// The floats' range, n in [-64, 45]: 10**-64 shifted up by 275 bits fits the 18 limbs of Traits<float>.
constexpr int f_min = -64, f_max = 45;
constexpr bool f_range_checked = [] {
    for (int n = f_min; n <= f_max; ++n) g_of<Traits<float>::limbs>(n, 63);
    return true;
}();
static_assert(f_range_checked);

}  // namespace

#if MBPY_FLOAT_DOUBLE
void pow10_g126(int n, uint64_t* g1, uint64_t* g0) {
    const G126& g = table_d.e[n - d_min];
    *g1 = g.g1;
    *g0 = g.g0;
}
#endif

uint64_t pow10_g63(int n) { return g_of<Traits<float>::limbs>(n, 63).bits64(0); }

}  // namespace core::fdec
