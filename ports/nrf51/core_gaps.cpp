// What the core still takes from libstdc++'s compiled library, which the device does not link (headers
// only): the floating-point std::to_chars / std::from_chars of float formatting and parsing. They fault
// here, so the firmware links for its size report; the core's own float formatting replaces them.
#include <charconv>

#include "ports/nrf51/port.hpp"

namespace {
[[noreturn]] void missing() { nrf51::fault("float formatting is not in this build", 0, 0, 0); }
}  // namespace

namespace std {
to_chars_result to_chars(char*, char*, float, chars_format) { missing(); }
to_chars_result to_chars(char*, char*, float, chars_format, int) { missing(); }
to_chars_result to_chars(char*, char*, double, chars_format) { missing(); }
to_chars_result to_chars(char*, char*, double, chars_format, int) { missing(); }
from_chars_result from_chars(const char*, const char*, float&, chars_format) { missing(); }
from_chars_result from_chars(const char*, const char*, double&, chars_format) { missing(); }
}  // namespace std
