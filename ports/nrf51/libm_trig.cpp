// tanf, asinf, acosf and atan2f for the Cortex-M0 built from the libm parts the firmware links anyway (sin
// and cos kernels, atanf, sqrtf), in place of picolibc's own: its __kernel_tanf (592 B), asinf (640 B) and
// acosf (696 B) each evaluate a rational function of their own, its atan2f (308 B) its own reduction. The
// cost is accuracy: these are within 3 float steps of the exact result (picolibc's within 1);
// docs/known-differences.md says so.
#include <cmath>
#include <cstdint>
#include <cstring>

extern "C" {
int32_t __rem_pio2f(float x, float* y);  // rem_pio2f.cpp
float __kernel_sinf(float x, float y, int iy);
float __kernel_cosf(float x, float y);

// sin/cos of the reduced argument; an odd quadrant turns tan into -cot. inf and nan give nan.
float tanf(float x) {
    float y[2];
    int32_t n = __rem_pio2f(x, y);
    float s = __kernel_sinf(y[0], y[1], 1), c = __kernel_cosf(y[0], y[1]);
    return (n & 1) ? -c / s : s / c;
}

// asin(x) = atan(x / sqrt(1 - x*x)); 1 - x*x as (1 - x)(1 + x), exact for |x| >= 1/2. x = +-1 divides
// by zero: atan(+-inf) = +-pi/2; |x| > 1 takes a negative square root: nan.
float asinf(float x) { return atanf(x / sqrtf((1 - x) * (1 + x))); }

// acos(x) = 2 atan(sqrt((1 - x) / (1 + x))): acos(-1) = 2 atan(inf) = pi, |x| > 1 nan.
float acosf(float x) { return 2 * atanf(sqrtf((1 - x) / (1 + x))); }

// atan2(y, x) = atan(y / x), plus or minus pi where x is negative (its sign bit: -0 too), with C99's
// special cases: y = +-0 gives +-0 or +-pi, both infinite the quarter-turn diagonals (through atan(+-1)).
// Tested on the bits: float comparisons are library calls on the Cortex-M0.
float atan2f(float y, float x) {
    uint32_t bx, by;
    std::memcpy(&bx, &x, 4);
    std::memcpy(&by, &y, 4);
    uint32_t ax = bx << 1, ay = by << 1, sy = by & 0x80000000u, inf = 0xFF000000u;  // without the sign
    if (ax > inf || ay > inf) return x + y;
    if (ay == 0 || (ax == inf && ay == inf)) {
        uint32_t r = ay == 0 ? (bx >> 31 ? 0x40490FDBu : 0) : 0x3F800000u;  // pi, 0 or 1 (then atan(+-1))
        if (ay) bx = (bx & 0x80000000u) | r;
        r |= sy;
        std::memcpy(&y, &r, 4);
        if (!ay) return y;
        std::memcpy(&x, &bx, 4);
    }
    float r = atanf(y / x);
    if (!(bx >> 31)) return r;
    constexpr float pi_hi = 3.14159274f, pi_lo = -8.74227766e-8f;  // pi_hi + pi_lo = pi to 2**-48
    return sy ? (r - pi_lo) - pi_hi : (r + pi_lo) + pi_hi;
}
}
