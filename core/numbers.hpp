// Numbers: layouts of big ints, floats and complex numbers, and helpers shared with str/format/builtins.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/bigint.hpp"
#include "core/runtime.hpp"

namespace core {

// An int outside the small-int range: sign and magnitude (normalized: limb[len-1] != 0, len >= 1).
// Never holds a value that fits a small int, so equal ints have one representation each.
struct BigInt : Obj {
    uint32_t len;
    uint32_t neg;
    big::Limb limb[];
};

// Constants spelled out: newlib's strict C++ mode has no M_PI.
inline constexpr double num_pi = 3.141592653589793238462643383279502884;
inline constexpr double num_e = 2.718281828459045235360287471352662498;
inline constexpr double num_ln2 = 0.693147180559945309417232121458176568;

// Bits of a Float's significand (the implicit bit counted): every integer up to 2**float_sig_bits is exact.
inline constexpr int float_sig_bits = MBPY_FLOAT_DOUBLE ? 53 : 24;
inline constexpr Float float_inf = __builtin_inf(), float_nan = __builtin_nan("");

// isfinite, isinf and isnan on the float's bits: on the Cortex-M0 <cmath>'s are two soft-float
// comparisons each (about 40 B of code a use), these a shift and a compare.
#if MBPY_FLOAT_DOUBLE
using FloatBits = uint64_t;
#else
using FloatBits = uint32_t;
#endif
inline FloatBits float_bits(Float x) {
    FloatBits b;
    __builtin_memcpy(&b, &x, sizeof b);
    return b;
}
// The exponent field all ones, shifted up one place past the sign.
inline constexpr FloatBits float_inf_bits2 = FloatBits(MBPY_FLOAT_DOUBLE ? 0x7ff : 0xff) << float_sig_bits;
inline bool float_isfinite(Float x) { return FloatBits(float_bits(x) << 1) < float_inf_bits2; }
inline bool float_isinf(Float x) { return FloatBits(float_bits(x) << 1) == float_inf_bits2; }
inline bool float_isnan(Float x) { return FloatBits(float_bits(x) << 1) > float_inf_bits2; }
// x toward zero to an integer, on its bits (truncf and modff are library code on the device).
Float float_trunc(Float x);
// x to the nearest integer, ties to even (nearbyint), on its bits.
Float float_round_even(Float x);

struct FloatObj : Obj {
    Float value;
};

struct ComplexObj : Obj {
    Float real, imag;
};

inline bool is_float(Value v) { return v.is_obj() && v.obj()->type == &float_type; }
#if MBPY_COMPLEX
inline bool is_complex(Value v) { return v.is_obj() && v.obj()->type == &complex_type; }
#else
inline bool is_complex(Value) { return false; }  // no complex type: complex() and 1j raise
#endif
inline bool is_bigint(Value v) { return v.is_obj() && v.obj()->type == &int_type; }
inline Float float_value(Value v) { return v.as<FloatObj>()->value; }
Value make_complex(Float real, Float imag);

// Maps inplace and reflected operators onto the plain one (numbers are immutable); reflected ones swap
// the operands back into source order.
inline BinaryOp number_plain_op(BinaryOp op, Value* a, Value* b) {
    if (op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow)
        return BinaryOp(int(op) - binary_inplace_offset);
    if (op >= BinaryOp::ReverseOr && op < BinaryOp::Count) {
        Value t = *a;
        *a = *b;
        *b = t;
        return BinaryOp(int(op) - binary_reverse_offset);
    }
    return op;
}

// ---- ints ----------------------------------------------------------------------------------------------
// The int value of an int, bool (or a user subclass instance of int); null Value if it is none of these.
Value int_of(Value v);
// Sign of an int: -1, 0, 1.
int int_sign(Value i);
// Exact comparison of an int with a float (not nan): -1, 0, 1.
int int_compare_float(Value i, Float d);
// int -> nearest float; OverflowError "int too large to convert to float".
bool int_to_float(Value i, Float* out);
// trunc(d) as an int; OverflowError for inf, ValueError for nan (CPython's messages).
Value int_from_float(Float d);
// int(text, base): base 0 or 2..36, whitespace, sign, prefixes, underscores; ValueError
// "invalid syntax for integer with base N" (MicroPython's wording).
Value int_from_string(std::string_view text, int base);
// Digits in `base` (2, 8, 10, 16) with an optional 0b/0o/0x prefix (hex/oct/bin, format()).
bool int_format(StrBuilder& out, Value i, int base, bool prefix, bool upper);
Value int_to_str(Value i, int base, bool prefix);  // bin()/oct()/hex() and str(int)
// Generic arithmetic on ints (both operands int/bool); null with an exception pending on error.
Value int_binary(BinaryOp op, Value a, Value b);
#if MBPY_POW_MOD
// pow(a, b, m) for ints (negative b takes the modular inverse, as Python 3.8+).
Value int_pow_mod(Value a, Value b, Value m);
#endif
// hash(n) as CPython: n mod (2**61 - 1) with the sign kept, -1 -> -2 (folded to the small-int range).
intptr_t int_hash(Value i);

// ---- floats --------------------------------------------------------------------------------------------
// float(text): whitespace, sign, inf/infinity/nan, underscores between digits. False when the text is
// not a float literal (no exception raised: callers word the error).
bool float_parse(std::string_view text, Float* out);
// repr(x): the shortest string that reads back as x, in CPython's layout ("1e+16", "0.0001", "inf"), or
// without MBPY_FLOAT_SHORTEST the firmware's 6 significant digits ("0.333333", "1.23457e+08").
size_t float_repr_chars(char* buf, Float d);      // buf holds at least 32 chars; returns the length
size_t float_shortest_chars(char* buf, Float d);  // the shortest digits whatever the switch (tests)
bool format_float_repr(StrBuilder& out, Float d);
// hash(x) as CPython: integral floats hash like the equal int.
intptr_t float_hash(Float d);
// round(x, ndigits) exactly as CPython (correctly rounded through decimal digits, half to even).
bool float_round(Float x, intptr_t ndigits, Float* out);
// Python's float // and %: floor division and modulo with the divisor's sign. false: b == 0.
bool float_divmod(Float a, Float b, Float* q, Float* r);
// Arithmetic on two floats with Python's rules (ZeroDivisionError etc.).
Value float_binary(BinaryOp op, Float a, Float b);
// a ** b for both float's ** and math.pow, which word its failures differently.
enum class PowError { None, ZeroToNegative, NegativeToFraction, Overflow };
PowError float_pow(Float a, Float b, Float* out);
// Number -> float for mixed arithmetic (int, bool, float); false without an exception when v is not one.
bool as_float_nothrow(Value v, Float* out);

// Conversions between floats and 64-bit integers. libgcc's for single precision (__aeabi_ul2f,
// __aeabi_f2ulz) go through soft double; the device's own use 32-bit ones. u64_from_float needs
// 0 <= f < 2**64, i64_from_float |f| < 2**63 (both truncate); float_from_u64 rounds to nearest.
#if MBPY_FLOAT_DOUBLE
inline Float float_from_u64(uint64_t v) { return Float(v); }
inline uint64_t u64_from_float(Float f) { return uint64_t(f); }
inline int64_t i64_from_float(Float f) { return int64_t(f); }
#else
Float float_from_u64(uint64_t v);
uint64_t u64_from_float(Float f);
inline int64_t i64_from_float(Float f) {
    return f < 0 ? -int64_t(u64_from_float(-f)) : int64_t(u64_from_float(f));
}
#endif

// IEEE half precision (struct's 'e') and double (struct's and array's 'd') as bits, rounded half to even;
// float_to_half sets *overflow when x is finite but too large for a half.
uint16_t float_to_half(Float x, bool* overflow);
Float half_to_float(uint16_t h);
uint64_t float_to_double_bits(Float x);
Float double_bits_to_float(uint64_t bits);

// ---- complex -------------------------------------------------------------------------------------------
bool format_complex_repr(StrBuilder& out, Float re, Float im);

// ---- formatting ---------------------------------------------------------------------------------------
// round(x[, ndigits]) for ints and floats (the builtin round() calls this; other types use __round__).
Value number_round(Value x, Value ndigits);

// ---- modules (registered by the engine's builtin-module table) ----------------------------------------
extern const AttrTable math_module_table;
#if MBPY_COMPLEX
extern const AttrTable cmath_module_table;
#endif

}  // namespace core
