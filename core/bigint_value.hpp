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
    big::Limb buf[big::u64_limbs];
    // The GC keeps a block alive only through a pointer to its start, and `d` points inside the BigInt;
    // `owner` holds the start until the view's scope ends (the asm in the destructor keeps it live).
    Value owner;
    explicit IntView(Value i) : owner(i) {
        if (i.is_small()) {
            intptr_t s = i.small_value();
            neg = s < 0;
            uint64_t m = neg ? uint64_t(0) - uint64_t(int64_t(s)) : uint64_t(s);
            d = buf;
            n = big::from_u64(buf, m);
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

// A BigInt with room for `limbs` limbs (NOT zeroed: a leaf block the collector never scans); null with
// MemoryError pending.
BigInt* new_bigint(size_t limbs);
// Turns a result buffer into a Value: normalizes, and returns a small int when the value fits one.
Value bigint_finish(BigInt* b, size_t n, bool neg);
// A new int from a magnitude and sign (copies the limbs).
Value int_from_mag(const big::Limb* d, size_t n, bool neg);
// Scratch limbs in the GC heap for intermediate results (kept alive by the pointer on the C stack; NOT
// zeroed). Give them back with gc::free as soon as they are dead.
big::Limb* scratch_limbs(size_t n);

// Scratch limbs for one computation: on the C stack when tiny, else (64-bit hosts) a static pool outside the
// heap, else from the heap; given back at scope end. At most one pool user at a time (no big-int code runs
// Python code or nests two scratch users).
class ScratchLimbs {
   public:
    explicit ScratchLimbs(size_t n);
    ~ScratchLimbs();
    ScratchLimbs(const ScratchLimbs&) = delete;
    ScratchLimbs& operator=(const ScratchLimbs&) = delete;
    big::Limb* get() const { return p_; }  // null with MemoryError pending

   private:
    // 64 bytes of C stack: the device's whole stack is a few KB.
    static constexpr size_t kLocal = 64 / sizeof(big::Limb);
    big::Limb* p_;
    big::Limb local_[kLocal];
};
// Signed comparison of two ints: -1, 0, 1.
int int_compare(Value a, Value b);

}  // namespace core
