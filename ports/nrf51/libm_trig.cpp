// tanf, asinf and acosf for the Cortex-M0 built from the libm parts the firmware links anyway (sin and
// cos kernels, atanf, sqrtf), in place of picolibc's own: its __kernel_tanf (592 B), asinf (640 B) and
// acosf (696 B) each evaluate a rational function of their own. The cost is accuracy: these are within
// 3 float steps of the exact result (picolibc's within 1); docs/known-differences.md says so.
#include <cmath>
#include <cstdint>

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
}
