// Internal glue between int Values (small or BigInt) and the limb arithmetic of bigint.hpp.
#pragma once
#include "core/numbers.hpp"

namespace core {

// Read-only sign+magnitude view of an int Value (small or BigInt; callers map bool through int_of).
// Small ints are spread into the view's own two limbs, so a view must not be copied.
struct IntView {
    const big::Limb* d;
    size_t n;
    bool neg;
    big::Limb buf[2];
    // The GC keeps a block alive only through a pointer to its start, and `d` points inside the BigInt;
    // `owner` holds the start until the view's scope ends (the asm in the destructor keeps it live).
    Value owner;
    explicit IntView(Value i) : owner(i) {
        if (i.is_small()) {
            intptr_t s = i.small_value();
            neg = s < 0;
            uint64_t m = neg ? uint64_t(0) - uint64_t(int64_t(s)) : uint64_t(s);
            buf[0] = big::Limb(m);
            buf[1] = big::Limb(m >> 32);
            d = buf;
            n = big::norm(buf, 2);
        } else {
            const BigInt* b = i.as<BigInt>();
            d = b->limb;
            n = b->len;
            neg = b->neg != 0;
        }
    }
    ~IntView() { asm volatile("" : : "r"(owner.bits())); }
    IntView(const IntView&) = delete;
    IntView& operator=(const IntView&) = delete;
    bool zero() const { return n == 0; }
};

// A BigInt with room for `limbs` limbs (zeroed); null with MemoryError pending.
BigInt* new_bigint(size_t limbs);
// Turns a result buffer into a Value: normalizes, and returns a small int when the value fits one.
Value bigint_finish(BigInt* b, size_t n, bool neg);
// A new int from a magnitude and sign (copies the limbs).
Value int_from_mag(const big::Limb* d, size_t n, bool neg);
// Scratch limbs in the GC heap for intermediate results (kept alive by the pointer on the C stack).
big::Limb* scratch_limbs(size_t n);
// Signed comparison of two ints: -1, 0, 1.
int int_compare(Value a, Value b);

}  // namespace core
