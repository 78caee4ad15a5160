// What the C and C++ runtime expect from a bare-metal program, answered without an allocator, without
// exceptions and without exit: anything that would need them is a fault (one line on the UART, a reset).
#include <cstddef>
#include <cstdlib>

#include "ports/nrf51/port.hpp"

namespace {
[[noreturn]] void trap(const char* what) {
    uint32_t lr = reinterpret_cast<uint32_t>(__builtin_return_address(0));
    nrf51::fault(what, 0, lr, 0);
}
}  // namespace

extern "C" {
void* __dso_handle = nullptr;
// Destructors of statics would run at exit, which never comes: nothing is registered.
int __cxa_atexit(void (*)(void*), void*, void*) { return 0; }
void __cxa_pure_virtual() { trap("pure virtual call"); }
void abort() { trap("abort"); }
}

// The C++ headers name these on paths the code never takes without exceptions (std::array::at,
// string_view::substr past the end...): reaching one is a bug, reported as a fault.
namespace std {
void __throw_out_of_range_fmt(const char*, ...) { trap("out of range"); }
void __throw_out_of_range(const char*) { trap("out of range"); }
void __throw_length_error(const char*) { trap("length error"); }
void __throw_bad_alloc() { trap("bad alloc"); }
void __throw_logic_error(const char*) { trap("logic error"); }
void __throw_invalid_argument(const char*) { trap("invalid argument"); }
void __throw_bad_function_call() { trap("bad function call"); }
}  // namespace std

// No operator new: the runtime allocates from the GC heap only. A use is a link error, on purpose.
