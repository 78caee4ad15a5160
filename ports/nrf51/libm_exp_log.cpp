// powf, expf and logf for the Cortex-M0 in 64-bit fixed point, in place of picolibc's (powf 1,948 B, logf
// 612 B, expf 472 B): log2 by the atanh series, 2**f by the exponential series, both to about 2**-34, so
// pow's y * log2(x) keeps its precision for every result a float can hold and integer powers of exact
// values come out exact (2.0 ** 10, 3.0 ** 5). Within one float step of the exact result.
#include <cstdint>
#include <cstring>

namespace {

constexpr uint64_t one = uint64_t(1) << 62;        // 1.0 in Q62
constexpr uint64_t ln2 = 0x2C5C85FDF473DE6BULL;    // ln(2) in Q62
constexpr uint64_t log2e = 0x5C551D94AE0BF85EULL;  // log2(e) = 1/ln(2) in Q62
constexpr uint32_t inf_bits = 0x7F800000, one_bits = 0x3F800000;

float from_bits(uint32_t b) {
    float f;
    std::memcpy(&f, &b, sizeof f);
    return f;
}
uint32_t bits_of(float f) {
    uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    return b;
}

// a * b / 2**62 for a, b < 2**63 (the low product's carry lost: at most one unit short).
uint64_t mul62(uint64_t a, uint64_t b) {
    uint64_t ah = a >> 32, al = uint32_t(a), bh = b >> 32, bl = uint32_t(b);
    uint64_t mid = ah * bl + al * bh + ((al * bl) >> 32);
    return ((ah * bh) << 2) + (mid >> 30);
}

// m * 2**e rounded to the nearest float (ties to even), m > 0; -0/0 and +-inf past the range.
float to_float(uint64_t m, int e, bool neg) {
    int n = __builtin_clzll(m);
    m <<= n;
    int biased = e - n + 63 + 127;  // m now in [2**63, 2**64)
    uint32_t r;
    if (biased >= 255) {
        r = inf_bits;
    } else {
        int shift = biased >= 1 ? 40 : 41 - biased;  // a subnormal keeps fewer bits
        if (shift > 64) return from_bits(neg ? 0x80000000u : 0);
        uint64_t keep = shift == 64 ? 0 : m >> shift, rest = shift == 64 ? m : m << (64 - shift);
        r = uint32_t(keep) +
            ((rest > (uint64_t(1) << 63) || (rest == (uint64_t(1) << 63) && (keep & 1))) ? 1 : 0);
        if (biased >= 1) r += uint32_t(biased - 1) << 23;  // the implicit bit carries into the exponent
    }
    return from_bits(r | (neg ? 0x80000000u : 0));
}

// |log2(x)| = lm * 2**le for a finite x > 0 (bits ax); returns whether log2(x) < 0. lm = 0 for x = 1.
bool log2_of(uint32_t ax, uint64_t* lm, int* le) {
    int e = int(ax >> 23) - 127;
    uint32_t m = ax & 0x7FFFFF;
    if (ax < 0x800000) {  // subnormal: normalise
        int s = __builtin_clz(m) - 8;
        m <<= s;
        e = -126 - s;
    } else {
        m |= 0x800000;
    }
    // x = 2**e * m / 2**23 with m / 2**23 in [sqrt(1/2), sqrt(2)): log2 = e + 2 atanh(s) / ln(2) with
    // s = (m - 1) / (m + 1), |s| < 0.172, so the series in s**2 needs 7 terms for 2**-34.
    uint32_t unit = uint32_t(1) << 23;
    if (m > 0xB504F3) unit <<= 1, e += 1;
    bool below = m < unit;
    uint64_t num = below ? unit - m : m - unit, den = m + unit;
    uint64_t l = 0;
    if (num) {
        int k = __builtin_clzll(num) - 1;
        uint64_t s = ((num << k) / den) << (62 - k);  // s in Q62
        uint64_t z = mul62(s, s), p = one, pw = one;
        for (uint32_t d = 3; pw >> 28; d += 2) {
            pw = mul62(pw, z);
            p += pw / d;
        }
        l = mul62(mul62(s, p), log2e);  // log2(m / 2**23) / 2 in Q62
    }
    if (e == 0) {
        *lm = l, *le = -61;
        return below;
    }
    int64_t v = int64_t(e) * (int64_t(1) << 55) + (below ? -int64_t(l >> 6) : int64_t(l >> 6));
    *lm = uint64_t(v < 0 ? -v : v), *le = -55;
    return v < 0;
}

// 2**(y * lm * 2**le), negated exponent if neg; y finite and nonzero (bits ay without the sign), lm > 0.
float exp2_of(uint32_t ay, uint64_t lm, int le, bool neg) {
    int ey = int(ay >> 23);
    uint64_t my = ay & 0x7FFFFF;
    if (ey)
        my |= 0x800000;
    else
        ey = 1;
    int n = __builtin_clzll(lm) - 1;
    lm <<= n;  // top bit at 62
    uint64_t p = my * (lm >> 32) + ((my * uint32_t(lm)) >> 32);
    int e = ey - 150 + le - n + 32;  // t = y * log = p * 2**e
    int64_t t;                       // t in Q40
    if (64 - __builtin_clzll(p | 1) + e > 9) {
        t = int64_t(300) << 40;  // |t| >= 256: past the range either way
    } else {
        int s = e + 40;
        t = int64_t(s >= 0 ? p << s : (s > -64 ? p >> -s : 0));
    }
    if (neg) t = -t;
    int k = int(t >> 40);
    uint64_t u = mul62(uint64_t(t & ((int64_t(1) << 40) - 1)) << 22, ln2);  // frac * ln(2), Q62
    uint64_t sum = one, term = one;
    for (uint32_t d = 1; term >> 28; d++) {
        term = mul62(term, u) / d;
        sum += term;
    }
    return to_float(sum, k - 62, false);
}

}  // namespace

extern "C" {

float expf(float x) {
    uint32_t b = bits_of(x), ax = b & 0x7FFFFFFF;
    if (ax >= inf_bits) return ax > inf_bits ? x + x : (b >> 31 ? 0.0f : x);  // nan, +inf, -inf
    if (ax == 0) return 1.0f;
    return exp2_of(ax, log2e, -62, b >> 31);
}

float logf(float x) {
    uint32_t b = bits_of(x);
    if (b >= inf_bits) {                                         // nan, +inf or negative
        if ((b & 0x7FFFFFFF) == 0) return -from_bits(inf_bits);  // -0
        return b == inf_bits ? x : from_bits(0x7FC00000);
    }
    if (b == 0) return -from_bits(inf_bits);
    uint64_t lm;
    int le;
    bool neg = log2_of(b, &lm, &le);
    if (lm == 0) return 0.0f;
    int n = __builtin_clzll(lm) - 1;
    return to_float(mul62(lm << n, ln2), le - n, neg);
}

// C99's special cases (Annex F.9.4.4), then |x| ** y = 2**(y * log2|x|) with the sign of an odd power.
float powf(float x, float y) {
    uint32_t ix = bits_of(x), iy = bits_of(y), ax = ix & 0x7FFFFFFF, ay = iy & 0x7FFFFFFF;
    if (ay == 0 || ix == one_bits) return 1.0f;
    if (ax > inf_bits || ay > inf_bits) return x + y;
    int ey = int(ay >> 23) - 127;
    int y_int = 0;  // 0: not an integer, 1: odd, 2: even
    if (ey >= 24) {
        y_int = 2;
    } else if (ey >= 0) {
        uint32_t m = (ay & 0x7FFFFF) | 0x800000;
        int sh = 23 - ey;
        if (!(m & ((uint32_t(1) << sh) - 1))) y_int = 2 - ((m >> sh) & 1);
    }
    bool neg = (ix >> 31) && y_int == 1;
    if (ay == inf_bits) {
        if (ax == one_bits) return 1.0f;  // (-1) ** +-inf
        return (ax > one_bits) == !(iy >> 31) ? from_bits(inf_bits) : 0.0f;
    }
    uint32_t r;
    if (ax == 0 || ax == inf_bits) {
        r = ((ax == 0) == bool(iy >> 31)) ? inf_bits : 0;  // 0 ** -y and inf ** y are inf
    } else if ((ix >> 31) && !y_int) {
        return from_bits(0x7FC00000);  // a negative base to a fractional power
    } else if (ax == one_bits) {
        r = one_bits;
    } else {
        uint64_t lm;
        int le;
        bool neg_log = log2_of(ax, &lm, &le);
        r = bits_of(exp2_of(ay, lm, le, neg_log != bool(iy >> 31)));
    }
    return from_bits(r | (neg ? 0x80000000u : 0));
}
}
