// Single-precision subtraction for the Cortex-M0: libgcc's soft-float has its own 804-byte __aeabi_fsub
// beside __aeabi_fadd; subtracting as adding the negated operand links the one adder (the same bits).
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
