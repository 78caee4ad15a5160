// libgcc helpers for the Cortex-M0 built on others that are linked anyway, each giving the same results.
// Subtraction: libgcc's soft-float has its own 804-byte __aeabi_fsub beside __aeabi_fadd; subtracting as
// adding the negated operand links the one adder (the same bits).
#include <cstdint>
#include <cstring>

extern "C" float __aeabi_fadd(float a, float b);

// Compiled without LTO (CMakeLists.txt): the compiler calls it only in code generation, after LTO has
// decided which symbols are used, so an LTO definition could be dropped.
extern "C" float __aeabi_fsub(float a, float b) {
    uint32_t bits;
    std::memcpy(&bits, &b, sizeof bits);
    // A NaN operand keeps its sign, as libgcc's subtraction keeps it (it flips only a number's sign):
    // checked bit for bit against libgcc over the special values and 300,000 random pairs.
    if ((bits & 0x7fffffffu) <= 0x7f800000u) bits ^= 0x80000000u;
    std::memcpy(&b, &bits, sizeof b);
    return __aeabi_fadd(a, b);
}

// Comparisons: libgcc links three soft-fp compares (__lesf2, __gesf2, __eqsf2: 392 B) that differ only
// in what they return for an unordered pair (a NaN operand). One ordering serves all six: a float's
// sign and magnitude as a two's complement integer orders the numbers as the floats (+0 and -0 both 0).
namespace {
inline uint32_t float_bits(float f) {
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}
__attribute__((noinline)) int float_compare(float a, float b, int unordered) {
    uint32_t x = float_bits(a), y = float_bits(b);
    uint32_t mx = x & 0x7fffffffu, my = y & 0x7fffffffu;
    if (mx > 0x7f800000u || my > 0x7f800000u) return unordered;
    int32_t ix = int32_t(x) < 0 ? -int32_t(mx) : int32_t(mx);
    int32_t iy = int32_t(y) < 0 ? -int32_t(my) : int32_t(my);
    return ix < iy ? -1 : ix > iy;
}
}  // namespace

// -1 (a < b), 0 (equal), 1 (a > b); unordered: 1 for <= and <, -1 for >= and >. Equality is 0 or 1
// only (unordered: 1), as libgcc's: __aeabi_fcmpeq returns 1 - __eqsf2.
extern "C" int __lesf2(float a, float b) { return float_compare(a, b, 1); }
extern "C" int __gesf2(float a, float b) { return float_compare(a, b, -1); }
extern "C" int __eqsf2(float a, float b) { return float_compare(a, b, 1) & 1; }
extern "C" int __ltsf2(float a, float b) __attribute__((alias("__lesf2")));
extern "C" int __gtsf2(float a, float b) __attribute__((alias("__gesf2")));
extern "C" int __nesf2(float a, float b) __attribute__((alias("__eqsf2")));

// A signed int to float: its magnitude converted by the unsigned conversion (the rounding to nearest
// even is the same for either sign), then the sign. libgcc's own __aeabi_i2f is 152 B beside the 132 B
// unsigned one that is linked anyway.
extern "C" float __aeabi_ui2f(uint32_t u);
extern "C" float __aeabi_i2f(int32_t i) {
    uint32_t bits = float_bits(__aeabi_ui2f(i < 0 ? 0u - uint32_t(i) : uint32_t(i)));
    if (i < 0) bits |= 0x80000000u;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}
extern "C" float __floatsisf(int32_t i) __attribute__((alias("__aeabi_i2f")));

// Signed division by the unsigned one: libgcc's Thumb-1 __divsi3 is a second unrolled divider (460 B)
// beside __udivsi3. Division by zero reaches __aeabi_idiv0 through the unsigned divider, as before
// (the core checks divisors first); INT_MIN / -1 gives INT_MIN, as libgcc's.
extern "C" uint32_t __aeabi_uidiv(uint32_t n, uint32_t d);
extern "C" int32_t __aeabi_idiv(int32_t n, int32_t d) {
    uint32_t q =
        __aeabi_uidiv(n < 0 ? 0u - uint32_t(n) : uint32_t(n), d < 0 ? 0u - uint32_t(d) : uint32_t(d));
    return int32_t((n ^ d) < 0 ? 0u - q : q);
}
extern "C" int32_t __divsi3(int32_t n, int32_t d) __attribute__((alias("__aeabi_idiv")));
// Quotient in r0, remainder in r1: a 64-bit result is returned in that pair.
extern "C" uint64_t __aeabi_idivmod(int32_t n, int32_t d) {
    int32_t q = __aeabi_idiv(n, d);
    uint32_t r = uint32_t(n) - uint32_t(q) * uint32_t(d);
    return uint64_t(uint32_t(q)) | uint64_t(r) << 32;
}
