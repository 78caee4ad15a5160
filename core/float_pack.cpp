// Floats to and from the IEEE binary formats struct and array pack: half (2 bytes) and double (8 bytes),
// rounding half to even as CPython's PyFloat_Pack2/Pack8. The device's conversions between its floats and
// doubles use integer operations only: it links no double arithmetic.
#include <cmath>
#include <cstring>

#include "core/numbers.hpp"

namespace core {

Float float_trunc(Float x) {
    constexpr int mant = float_sig_bits - 1, bias = (MBPY_FLOAT_DOUBLE ? 0x7ff : 0xff) >> 1;
    FloatBits b = float_bits(x);
    int e = int((b << 1) >> (mant + 1)) - bias;  // the unbiased exponent
    if (e >= mant) return x;                     // no fraction bits: integers, inf, nan
    // |x| < 1 keeps its sign only; else the bits below 2**0 go.
    b &= e < 0 ? FloatBits(1) << (sizeof b * 8 - 1) : ~((FloatBits(1) << (mant - e)) - 1);
    memcpy(&x, &b, sizeof x);
    return x;
}

Float float_round_even(Float x) {
    constexpr int mant = float_sig_bits - 1, bias = (MBPY_FLOAT_DOUBLE ? 0x7ff : 0xff) >> 1;
    FloatBits b = float_bits(x);
    int e = int((b << 1) >> (mant + 1)) - bias;
    if (e >= mant) return x;
    FloatBits q = 0;
    if (e >= -1) {  // |x| >= 0.5: the significand's bits below 2**0 (s of them) decide
        FloatBits sig = (b & ((FloatBits(1) << mant) - 1)) | (FloatBits(1) << mant);
        int s = mant - e;
        FloatBits rem = sig & ((FloatBits(1) << s) - 1), half = FloatBits(1) << (s - 1);
        q = sig >> s;
        if (rem > half || (rem == half && (q & 1))) ++q;
    }
    return std::copysign(Float(q), x);  // q < 2**float_sig_bits: exact
}

uint16_t float_to_half(Float x, bool* overflow) {
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    Float a = std::fabs(x);
    if (float_isnan(x)) return sign | 0x7e00;
    if (float_isinf(x)) return sign | 0x7c00;
    if (a == 0) return sign;
    int e;
    Float m = std::frexp(a, &e);  // a = m * 2^e, m in [0.5, 1)
    int exp = e + 14;             // biased exponent of the half
    uint32_t bits;
    if (exp <= 0) {  // subnormal: value / 2^-24
        Float s = std::ldexp(a, 24);
        Float r = float_round_even(s);
        if (std::fabs(s - std::floor(s) - Float(0.5)) == 0 && std::fmod(std::floor(s), Float(2)) == 0)
            r = std::floor(s);
        bits = uint32_t(r);
        return sign | uint16_t(bits);  // may round up into the smallest normal, which is correct
    }
    Float frac = (m * 2 - 1) * 1024;  // 10 bits of mantissa
    Float r = std::floor(frac);
    Float rem = frac - r;
    if (rem > Float(0.5) || (rem == Float(0.5) && std::fmod(r, Float(2)) != 0)) r += 1;
    bits = uint32_t(r);
    if (bits == 1024) {
        bits = 0;
        ++exp;
    }
    if (exp >= 31) {
        *overflow = true;
        return 0;
    }
    return sign | uint16_t(exp << 10) | uint16_t(bits);
}

Float half_to_float(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    Float v;
    if (exp == 0)
        v = std::ldexp(Float(mant), -24);
    else if (exp == 31)
        v = mant ? float_nan : float_inf;
    else
        v = std::ldexp(Float(mant + 1024), exp - 25);
    return (h & 0x8000) ? -v : v;
}

#if MBPY_FLOAT_DOUBLE
uint64_t float_to_double_bits(Float x) {
    uint64_t bits;
    memcpy(&bits, &x, 8);
    return bits;
}

Float double_bits_to_float(uint64_t bits) {
    Float x;
    memcpy(&x, &bits, 8);
    return x;
}
#else
Float float_from_u64(uint64_t v) {
    if (v >> 32 == 0) return Float(uint32_t(v));
    // The top 32 bits with a sticky bit for the rest: the one rounding to 24 bits is then the right one.
    int s = 32 - __builtin_clz(uint32_t(v >> 32));
    uint32_t top = uint32_t(v >> s) | uint32_t((v & ((uint64_t(1) << s) - 1)) != 0);
    return std::ldexp(Float(top), s);
}

uint64_t u64_from_float(Float f) {
    if (f < Float(4294967296.0)) return uint32_t(f);
    int e;
    std::frexp(f, &e);  // f < 2**e; f / 2**(e - 24) is an integer of 24 bits
    return uint64_t(uint32_t(std::ldexp(f, 24 - e))) << (e - 24);
}

// A float32's exact value as double bits: the exponent rebiased, the fraction moved up 29 bits.
uint64_t float_to_double_bits(Float x) {
    uint32_t u;
    memcpy(&u, &x, 4);
    uint64_t sign = uint64_t(u >> 31) << 63;
    int e = int((u >> 23) & 0xff);
    uint32_t m = u & 0x7fffff;
    if (e == 0xff) return sign | (uint64_t(0x7ff) << 52) | (uint64_t(m) << 29);  // inf, nan
    if (e == 0) {
        if (m == 0) return sign;
        int sh = __builtin_clz(m) - 8;  // a subnormal: normalized, its top bit moved to bit 23
        m = (m << sh) & 0x7fffff;
        e = 1 - sh;
    }
    return sign | (uint64_t(e - 127 + 1023) << 52) | (uint64_t(m) << 29);
}

// Double bits rounded to the nearest float32 (ties to even), overflow to inf, underflow to subnormals.
Float double_bits_to_float(uint64_t bits) {
    uint32_t out = uint32_t(bits >> 63) << 31;
    int e = int((bits >> 52) & 0x7ff);
    uint64_t m = bits & ((uint64_t(1) << 52) - 1);
    if (e == 0x7ff) {
        out |= 0x7f800000u | (m ? 0x400000u | uint32_t(m >> 29) : 0);
    } else if (e != 0) {  // (double subnormals are far below the smallest float: they give 0)
        int fe = e - 1023 + 127, shift = 29;
        if (fe >= 255) {
            out |= 0x7f800000u;
        } else {
            if (fe <= 0) shift += 1 - fe;  // a float subnormal
            uint64_t sig = m | (uint64_t(1) << 52);
            if (shift < 64) {
                uint64_t q = sig >> shift, rem = sig & ((uint64_t(1) << shift) - 1),
                         half = uint64_t(1) << (shift - 1);
                if (rem > half || (rem == half && (q & 1))) ++q;
                // A normal q has its implicit bit at 23: it adds 1 to fe - 1; a carry moves up a binade
                // (to inf from the largest float).
                out += (fe > 0 ? uint32_t(fe - 1) << 23 : 0) + uint32_t(q);
            }
        }
    }
    Float x;
    memcpy(&x, &out, 4);
    return x;
}
#endif

}  // namespace core
