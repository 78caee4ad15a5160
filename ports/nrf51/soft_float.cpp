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

// Integers to float: the magnitude normalised and rounded to nearest even, then the sign (libgcc's
// soft-fp conversions were 152 B signed and 132 B unsigned).
namespace {
__attribute__((noinline)) float int_to_float(uint32_t sign, uint32_t u) {
    if (!u) return 0.0f;
    int shift = __builtin_clz(u);
    uint32_t sig = u << shift;  // the integer bit at bit 31
    uint32_t round_bits = sig & 0xff;
    sig >>= 8;
    if (round_bits > 0x80 || (round_bits == 0x80 && (sig & 1))) ++sig;  // a carry moves to the exponent
    uint32_t bits = sign + (uint32_t(127 + 30 - shift) << 23) + sig;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}
}  // namespace
extern "C" float __aeabi_ui2f(uint32_t u) { return int_to_float(0, u); }
extern "C" float __floatunsisf(uint32_t u) __attribute__((alias("__aeabi_ui2f")));
extern "C" float __aeabi_i2f(int32_t i) {
    return int_to_float(uint32_t(i) & 0x80000000u, i < 0 ? 0u - uint32_t(i) : uint32_t(i));
}
extern "C" float __floatsisf(int32_t i) __attribute__((alias("__aeabi_i2f")));

// Signed division by the unsigned one: libgcc's Thumb-1 __divsi3 is a second unrolled divider (460 B)
// beside __udivsi3. Division by zero reaches __aeabi_idiv0 through the unsigned divider, as before
// (the core checks divisors first); INT_MIN / -1 gives INT_MIN, as libgcc's.
extern "C" uint32_t __aeabi_uidiv(uint32_t n, uint32_t d);
extern "C" uint64_t __aeabi_uidivmod(uint32_t n, uint32_t d);
namespace {
__attribute__((noinline)) int32_t divide_signed(int32_t n, int32_t d) {
    uint32_t q =
        __aeabi_uidiv(n < 0 ? 0u - uint32_t(n) : uint32_t(n), d < 0 ? 0u - uint32_t(d) : uint32_t(d));
    return int32_t((n ^ d) < 0 ? 0u - q : q);
}
}  // namespace
// Two operands that are not negative (the usual case) go straight to the unsigned divider.
extern "C" int32_t __aeabi_idiv(int32_t n, int32_t d) {
    if ((n | d) >= 0) return int32_t(__aeabi_uidiv(uint32_t(n), uint32_t(d)));
    return divide_signed(n, d);
}
extern "C" int32_t __divsi3(int32_t n, int32_t d) __attribute__((alias("__aeabi_idiv")));
// Quotient in r0, remainder in r1: a 64-bit result is returned in that pair.
extern "C" uint64_t __aeabi_idivmod(int32_t n, int32_t d) {
    if ((n | d) >= 0) return __aeabi_uidivmod(uint32_t(n), uint32_t(d));
    int32_t q = divide_signed(n, d);
    uint32_t r = uint32_t(n) - uint32_t(q) * uint32_t(d);
    return uint64_t(uint32_t(q)) | uint64_t(r) << 32;
}

// ---- addition, multiplication and division (after Berkeley SoftFloat 3's f32_add, f32_mul, f32_div) --
namespace {
inline float float_of(uint32_t bits) {
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}
constexpr uint32_t default_nan = 0x7fc00000u;  // what libgcc's soft-fp gives for an invalid operation

// The NaN an operation with a NaN operand gives, as libgcc's soft-fp on ARM chooses it: of two NaNs the
// first, unless it is quiet and the second signalling; the result is quiet.
__attribute__((noinline)) uint32_t nan_of(uint32_t a, uint32_t b) {
    bool a_nan = (a << 1) > 0xff000000u, b_nan = (b << 1) > 0xff000000u;
    uint32_t r = a_nan ? a : b;
    if (a_nan && b_nan && (a & 0x400000u) && !(b & 0x400000u)) r = b;
    return r | 0x400000u;
}

// a >> dist, with a 1 in bit 0 when a bit set in a is shifted out (the sticky bit rounding needs).
__attribute__((always_inline)) inline uint32_t shift_right_jam(uint32_t a, uint32_t dist) {
    return dist < 31 ? a >> dist | (uint32_t(a << (-dist & 31)) != 0) : a != 0;
}

// sign | exp, sig rounded to nearest even: sig has its integer bit at bit 30 and 7 bits below the
// float's last; exp is the biased exponent less one (the integer bit adds it back when packing).
// A subnormal or infinite result is rounded out of line; the usual result is rounded at the caller.
__attribute__((noinline)) uint32_t round_pack_edge(uint32_t sign, int32_t exp, uint32_t sig) {
    if (exp < 0) {
        sig = shift_right_jam(sig, uint32_t(-exp));
        exp = 0;
    } else if (exp > 0xfd || sig + 0x40 >= 0x80000000u) {
        return sign | 0x7f800000u;
    }
    uint32_t round_bits = sig & 0x7f;
    sig = (sig + 0x40) >> 7;
    if (round_bits == 0x40) sig &= ~1u;
    if (!sig) exp = 0;
    return sign + (uint32_t(exp) << 23) + sig;
}
__attribute__((always_inline)) inline uint32_t round_pack(uint32_t sign, int32_t exp, uint32_t sig) {
    if (uint32_t(exp) >= 0xfd) return round_pack_edge(sign, exp, sig);
    uint32_t round_bits = sig & 0x7f;
    sig = (sig + 0x40) >> 7;
    if (round_bits == 0x40) sig &= ~1u;
    return sign + (uint32_t(exp) << 23) + sig;
}

// A subnormal's significand normalised: *exp gets its exponent.
uint32_t normalise_subnormal(uint32_t sig, int32_t* exp) {
    int shift = __builtin_clz(sig) - 8;
    *exp = 1 - shift;
    return sig << shift;
}

uint32_t add_magnitudes(uint32_t a, uint32_t b) {
    int32_t exp_a = (a >> 23) & 0xff, exp_b = (b >> 23) & 0xff;
    uint32_t sig_a = a & 0x7fffff, sig_b = b & 0x7fffff, sign = a & 0x80000000u;
    int32_t diff = exp_a - exp_b, exp;
    uint32_t sig;
    if (!diff) {
        if (!exp_a) return a + sig_b;
        if (exp_a == 0xff) return (sig_a | sig_b) ? nan_of(a, b) : a;
        exp = exp_a;
        sig = 0x01000000u + sig_a + sig_b;
        if (!(sig & 1) && exp < 0xfe) return sign + (uint32_t(exp) << 23) + (sig >> 1);
        sig <<= 6;
    } else {
        sig_a <<= 6;
        sig_b <<= 6;
        if (diff < 0) {
            if (exp_b == 0xff) return sig_b ? nan_of(a, b) : sign | 0x7f800000u;
            exp = exp_b;
            sig_a += exp_a ? 0x20000000u : sig_a;
            sig_a = shift_right_jam(sig_a, uint32_t(-diff));
        } else {
            if (exp_a == 0xff) return sig_a ? nan_of(a, b) : a;
            exp = exp_a;
            sig_b += exp_b ? 0x20000000u : sig_b;
            sig_b = shift_right_jam(sig_b, uint32_t(diff));
        }
        sig = 0x20000000u + sig_a + sig_b;
        if (sig < 0x40000000u) {
            --exp;
            sig <<= 1;
        }
    }
    return round_pack(sign, exp, sig);
}

uint32_t subtract_magnitudes(uint32_t a, uint32_t b) {
    int32_t exp_a = (a >> 23) & 0xff, exp_b = (b >> 23) & 0xff;
    uint32_t sig_a = a & 0x7fffff, sig_b = b & 0x7fffff, sign = a & 0x80000000u;
    int32_t diff = exp_a - exp_b;
    if (!diff) {
        if (exp_a == 0xff) return (sig_a | sig_b) ? nan_of(a, b) : default_nan;
        int32_t sig_diff = int32_t(sig_a - sig_b);
        if (!sig_diff) return 0;
        if (exp_a) --exp_a;
        if (sig_diff < 0) {
            sign ^= 0x80000000u;
            sig_diff = -sig_diff;
        }
        int32_t shift = __builtin_clz(uint32_t(sig_diff)) - 8;
        int32_t exp = exp_a - shift;
        if (exp < 0) {
            shift = exp_a;
            exp = 0;
        }
        return sign + (uint32_t(exp) << 23) + (uint32_t(sig_diff) << shift);
    }
    sig_a <<= 7;
    sig_b <<= 7;
    int32_t exp;
    uint32_t sig_x, sig_y;
    if (diff < 0) {
        sign ^= 0x80000000u;
        if (exp_b == 0xff) return sig_b ? nan_of(a, b) : sign | 0x7f800000u;
        exp = exp_b - 1;
        sig_x = sig_b | 0x40000000u;
        sig_y = sig_a + (exp_a ? 0x40000000u : sig_a);
        diff = -diff;
    } else {
        if (exp_a == 0xff) return sig_a ? nan_of(a, b) : a;
        exp = exp_a - 1;
        sig_x = sig_a | 0x40000000u;
        sig_y = sig_b + (exp_b ? 0x40000000u : sig_b);
    }
    uint32_t sig = sig_x - shift_right_jam(sig_y, uint32_t(diff));
    int32_t shift = __builtin_clz(sig) - 1;
    exp -= shift;
    if (shift >= 7 && uint32_t(exp) < 0xfd)
        return sign + (uint32_t(sig ? exp : 0) << 23) + (sig << (shift - 7));
    return round_pack(sign, exp, sig << shift);
}
}  // namespace

extern "C" float __aeabi_fadd(float fa, float fb) {
    uint32_t a = float_bits(fa), b = float_bits(fb);
    return float_of(((a ^ b) >> 31) ? subtract_magnitudes(a, b) : add_magnitudes(a, b));
}
extern "C" float __addsf3(float a, float b) __attribute__((alias("__aeabi_fadd")));

extern "C" float __aeabi_fmul(float fa, float fb) {
    uint32_t a = float_bits(fa), b = float_bits(fb);
    int32_t exp_a = (a >> 23) & 0xff, exp_b = (b >> 23) & 0xff;
    uint32_t sig_a = a & 0x7fffff, sig_b = b & 0x7fffff, sign = (a ^ b) & 0x80000000u;
    if (exp_a == 0xff || exp_b == 0xff) {
        if ((exp_a == 0xff && sig_a) || (exp_b == 0xff && sig_b)) return float_of(nan_of(a, b));
        // an infinity times zero is invalid
        if (!(exp_a | sig_a) || !(exp_b | sig_b)) return float_of(default_nan);
        return float_of(sign | 0x7f800000u);
    }
    if (!exp_a) {
        if (!sig_a) return float_of(sign);
        sig_a = normalise_subnormal(sig_a, &exp_a);
    }
    if (!exp_b) {
        if (!sig_b) return float_of(sign);
        sig_b = normalise_subnormal(sig_b, &exp_b);
    }
    int32_t exp = exp_a + exp_b - 0x7f;
    uint64_t product = uint64_t((sig_a | 0x00800000u) << 7) * ((sig_b | 0x00800000u) << 8);
    uint32_t sig = uint32_t(product >> 32) | (uint32_t(product) != 0);
    if (sig < 0x40000000u) {
        --exp;
        sig <<= 1;
    }
    return float_of(round_pack(sign, exp, sig));
}
extern "C" float __mulsf3(float a, float b) __attribute__((alias("__aeabi_fmul")));

extern "C" float __aeabi_fdiv(float fa, float fb) {
    uint32_t a = float_bits(fa), b = float_bits(fb);
    int32_t exp_a = (a >> 23) & 0xff, exp_b = (b >> 23) & 0xff;
    uint32_t sig_a = a & 0x7fffff, sig_b = b & 0x7fffff, sign = (a ^ b) & 0x80000000u;
    if (exp_a == 0xff) {
        if (sig_a || (exp_b == 0xff && sig_b)) return float_of(nan_of(a, b));
        return float_of(exp_b == 0xff ? default_nan : sign | 0x7f800000u);
    }
    if (exp_b == 0xff) return float_of(sig_b ? nan_of(a, b) : sign);
    if (!exp_b) {
        if (!sig_b) return float_of(!(exp_a | sig_a) ? default_nan : sign | 0x7f800000u);
        sig_b = normalise_subnormal(sig_b, &exp_b);
    }
    if (!exp_a) {
        if (!sig_a) return float_of(sign);
        sig_a = normalise_subnormal(sig_a, &exp_a);
    }
    int32_t exp = exp_a - exp_b + 0x7e;
    sig_a |= 0x00800000u;
    sig_b |= 0x00800000u;
    if (sig_a < sig_b) {
        --exp;
        sig_a <<= 1;
    }
    // 31 quotient bits, one at a time: sig_a / sig_b is in [1, 2), so the first is the integer bit.
    uint32_t q = 0;
    for (int i = 0; i < 31; ++i) {
        q <<= 1;
        if (sig_a >= sig_b) {
            sig_a -= sig_b;
            q |= 1;
        }
        sig_a <<= 1;
    }
    return float_of(round_pack(sign, exp, q | (sig_a != 0)));
}
extern "C" float __divsf3(float a, float b) __attribute__((alias("__aeabi_fdiv")));
