// libgcc's double-to-float conversion (__aeabi_d2f, 280 B) replaced by the core's integer one: picolibc's
// logf and powf convert a double constant with it, and nothing else in the firmware uses doubles.
#include <cstdint>
#include <cstring>

#include "core/numbers.hpp"

// Compiled without LTO (CMakeLists.txt): the libm objects that call it are not LTO objects. Both round to
// nearest, ties to even, overflow to inf and keep a NaN's sign and top payload bits.
extern "C" float __aeabi_d2f(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return core::double_bits_to_float(bits);
}
