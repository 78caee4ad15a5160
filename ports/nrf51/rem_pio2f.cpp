// sinf/cosf/tanf's argument reduction (x = n*pi/2 + y) for the Cortex-M0, in place of picolibc's
// __rem_pio2f: one integer product of the float's 24-bit significand with a 128-bit window of 2/pi's bits
// (Payne-Hanek), exact for every float. picolibc's takes 2,970 B (float steps up to 2^7*pi/2, then
// __kernel_rem_pio2f with a 792-byte table of 2/pi in 8-bit pieces); this takes 652 B. Checked against
// the double sin and cos of 20 million random floats (tests/device/suite_firmware.py checks it in QEMU).
#include <cmath>
#include <cstdint>
#include <cstring>

namespace {

// 2/pi's first 256 bits after the binary point, most significant first: the window for the largest
// float (2^104 times its significand) ends at bit 231.
constexpr uint32_t two_over_pi[8] = {0xA2F9836E, 0x4E441529, 0xFC2757D1, 0xF534DDC0,
                                     0xDB629599, 0x3C439041, 0xFE5163AB, 0xDEBBC561};
// pi/2 times 2^63, rounded down.
constexpr uint64_t pi_over_2 = 0xC90FDAA22168C234ull;

uint64_t mul_high(uint64_t a, uint64_t b) {
    uint64_t al = uint32_t(a), ah = a >> 32, bl = uint32_t(b), bh = b >> 32;
    uint64_t mid1 = ah * bl, mid2 = al * bh;
    uint64_t low = (al * bl) >> 32;
    uint64_t mid = (low + uint32_t(mid1) + uint32_t(mid2)) >> 32;
    return ah * bh + (mid1 >> 32) + (mid2 >> 32) + mid;
}

}  // namespace

// Returns n (its low two bits choose the quadrant) and y[0] + y[1] = x - n*pi/2 in [-pi/4, pi/4], y[0]
// rounded to 24 bits and y[1] the next 24: the contract of picolibc's (fdlibm's) reduction.
extern "C" int32_t __rem_pio2f(float x, float* y) {
    uint32_t hx;
    std::memcpy(&hx, &x, sizeof hx);
    uint32_t ix = hx & 0x7fffffffu;
    if (ix <= 0x3f490fd8u) {  // |x| <= pi/4: nothing to reduce
        y[0] = x;
        y[1] = 0;
        return 0;
    }
    if (ix >= 0x7f800000u) {  // inf or nan: nan
        y[0] = y[1] = x - x;
        return 0;
    }
    // |x| = m * 2^e. Bits of 2/pi before bit e-1 add multiples of 4 to x*2/pi (whole turns), so the
    // window starts there, or at bit 1 for small x, where the product is shifted right by sh instead.
    int e = int(ix >> 23) - 150;
    uint32_t m = (ix & 0x7fffffu) | 0x800000u;
    int s = e - 1 < 1 ? 1 : e - 1;
    int sh = s - (e - 1);  // 0 .. 26
    int q = (s - 1) >> 5, r = (s - 1) & 31;
    uint32_t p[5];  // m * window, least significant word first
    uint64_t carry = 0;
    for (int i = 3; i >= 0; --i) {
        uint32_t w = two_over_pi[q + i];
        if (r != 0) w = (w << r) | (two_over_pi[q + i + 1] >> (32 - r));
        uint64_t t = uint64_t(m) * w + carry;
        p[3 - i] = uint32_t(t);
        carry = t >> 32;
    }
    p[4] = uint32_t(carry);
    // f = x*2/pi mod 4 as a fixed-point number with 126 fraction bits: top two bits the quadrant.
    uint32_t f[4];
    for (int i = 0; i < 4; ++i) f[i] = sh != 0 ? (p[i] >> sh) | (p[i + 1] << (32 - sh)) : p[i];
    int32_t n = int32_t(f[3] >> 30);
    f[3] &= 0x3fffffffu;
    bool negative = (f[3] & 0x20000000u) != 0;
    if (negative) {  // fraction >= 1/2: the next multiple, and y = -(1 - fraction)
        ++n;
        uint32_t c = 1;
        for (int i = 0; i < 4; ++i) {
            uint64_t t = uint64_t(~f[i]) + c;
            f[i] = uint32_t(t);
            c = uint32_t(t >> 32);
        }
        f[3] &= 0x3fffffffu;
    }
    // The fraction's first 64 significant bits; z counts the zero bits skipped below the binary point.
    uint64_t hi = (uint64_t(f[3]) << 34) | (uint64_t(f[2]) << 2) | (f[1] >> 30);
    uint64_t lo = (uint64_t(f[1]) << 34) | (uint64_t(f[0]) << 2);
    int z = 0;
    if (hi == 0) {
        hi = lo;
        lo = 0;
        z = 64;
    }
    while ((hi >> 63) == 0) {
        hi = (hi << 1) | (lo >> 63);
        lo <<= 1;
        ++z;
    }
    // y = hi * 2^(-64-z) * pi/2 = prod * 2^(-63-z), prod the product's high 64 bits.
    uint64_t prod = mul_high(hi, pi_over_2);
    if ((prod >> 63) == 0) {
        prod <<= 1;
        ++z;
    }
    uint32_t top = uint32_t(prod >> 40);  // 24 bits
    int64_t rest = int64_t(prod & 0xffffffffffull);
    if ((rest >> 39) != 0) {  // round y[0] to nearest, y[1] takes the (negative) rest
        ++top;
        rest -= int64_t(1) << 40;
    }
    float y0 = std::ldexp(float(top), 40 - 63 - z);
    float y1 = std::ldexp(float(int32_t(rest >> 8)), 8 - 63 - z);
    if (negative) {
        y0 = -y0;
        y1 = -y1;
    }
    if (hx >> 31) {  // sin, cos and tan of -x from those of x
        y[0] = -y0;
        y[1] = -y1;
        return -n;
    }
    y[0] = y0;
    y[1] = y1;
    return n;
}
