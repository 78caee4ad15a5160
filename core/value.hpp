// Value: the one-word handle for every Python value (tagged small int, or pointer to an object).
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/config.hpp"

namespace core {

// The float representation is a build switch (config.hpp): double on the host, single on the v1 device.
// Every float computation of the core is in this type, so the device links no double arithmetic.
#if MBPY_FLOAT_DOUBLE
using Float = double;
#else
using Float = float;
#endif

struct Obj;
struct Type;

// Encoding (one machine word):
//   bits == 0            null: "no value". Returned by every fallible function to mean "an exception is
//                        pending" (see runtime.hpp), and used for empty slots.
//   bit 0 == 1           small int, value = (intptr_t)bits >> 1 (31 bits on the device, 63 on the host);
//                        ints outside that range are heap BigInt objects.
//   otherwise            pointer to an Obj (heap or constant data); objects are at least 4-byte aligned.
//
// Tables of Values naming constant objects (tuples of tunes, images) are constant data in flash: for that,
// Value(const Obj*) is constexpr, which needs a pointer member beside the bits (a union: the pointer is the
// member written, the bits are read through the union, which GCC and Clang define, as C does). Not in
// WebAssembly: its C ABI passes a class whose member is a union through memory, not as an i32, which
// made the module's code 97 KB larger and the page slower (docs/performance.md). There a Value is one
// uintptr_t, made from a pointer at run time, and those tables are initialized at start-up: they are
// declared MBPY_VALUE_CONSTINIT (constinit elsewhere, plain const data in WebAssembly), and what builds a
// Value from a pointer is MBPY_VALUE_CONSTEXPR (constexpr elsewhere; AttrEntry's constructor).
#if defined(__wasm__)
#define MBPY_VALUE_UNION 0
#define MBPY_VALUE_CONSTINIT
#define MBPY_VALUE_CONSTEXPR
#else
#define MBPY_VALUE_UNION 1
#define MBPY_VALUE_CONSTINIT constinit
#define MBPY_VALUE_CONSTEXPR constexpr
#endif

class Value {
   public:
    constexpr Value() : bits_(0) {}
#if MBPY_VALUE_UNION
    explicit constexpr Value(const Obj* o) : ptr_(o) {}
#else
    explicit Value(const Obj* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}
#endif

    static constexpr intptr_t small_max = INTPTR_MAX >> 1;
    static constexpr intptr_t small_min = INTPTR_MIN >> 1;
    static constexpr bool fits_small(intptr_t i) { return i >= small_min && i <= small_max; }
    static constexpr bool fits_small(long long i) { return i >= small_min && i <= small_max; }
    // Precondition: fits_small(i). Use core::make_int for any integer.
    static constexpr Value small(intptr_t i) { return from_bits((static_cast<uintptr_t>(i) << 1) | 1u); }
    static constexpr Value from_bits(uintptr_t b) {
        Value v;
        v.bits_ = b;
        return v;
    }

    constexpr bool is_null() const { return bits_ == 0; }
    constexpr explicit operator bool() const { return bits_ != 0; }
    constexpr bool is_small() const { return (bits_ & 1u) != 0; }
    constexpr bool is_obj() const { return bits_ != 0 && (bits_ & 1u) == 0; }
    constexpr intptr_t small_value() const { return static_cast<intptr_t>(bits_) >> 1; }
    Obj* obj() const { return reinterpret_cast<Obj*>(bits_); }
    template <class T>
    T* as() const {
        return reinterpret_cast<T*>(bits_);
    }
    constexpr uintptr_t bits() const { return bits_; }

    constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }  // identity (`is`)
    constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

   private:
#if MBPY_VALUE_UNION
    union {
        uintptr_t bits_;
        const Obj* ptr_;
    };
#else
    uintptr_t bits_;
#endif
};
static_assert(sizeof(Value) == sizeof(uintptr_t), "a Value is one machine word");
// Passed in a register (an i32 in WebAssembly), never through memory.
static_assert(__is_trivially_copyable(Value), "a Value is trivially copyable");

}  // namespace core
