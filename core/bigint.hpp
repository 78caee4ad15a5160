// Magnitude arithmetic on little-endian arrays of 32-bit limbs (no allocation: callers pass buffers).
#pragma once
#include <cstddef>
#include <cstdint>

namespace core::big {

// 32-bit limbs with 64-bit intermediates work on both the host and the Cortex-M0 (which has no
// 64-bit multiply instruction, but the compiler's helper is cheap next to an allocation).
using Limb = uint32_t;
using Wide = uint64_t;
inline constexpr int limb_bits = 32;

// Length without leading (most significant) zero limbs.
inline size_t norm(const Limb* a, size_t n) {
    while (n && a[n - 1] == 0) --n;
    return n;
}
int cmp(const Limb* a, size_t na, const Limb* b, size_t nb);  // -1, 0, 1 (inputs normalized)
// r = a + b; r holds max(na, nb) + 1 limbs (may alias a). Returns the normalized length.
size_t add(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb);
// r = a - b with a >= b; r holds na limbs (may alias a). Returns the normalized length.
size_t sub(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb);
// r = a * b; r holds na + nb limbs and must not alias a or b. Returns the normalized length.
size_t mul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb);
// a = a * m + c in place; returns the carry out (the caller appends it as a new limb if nonzero).
Limb mul_add_small(Limb* a, size_t n, Limb m, Limb c);
// q = a / d (q may alias a, holds na limbs); returns the remainder.
Limb divmod_small(Limb* q, const Limb* a, size_t na, Limb d);
// Divides by 10**9 in place (the decimal printer's inner loop, with a constant divisor).
Limb div_1e9(Limb* a, size_t n);
// q = a / b, r = a % b (Knuth's algorithm D). nb >= 2 and na >= nb; q holds na - nb + 1 limbs,
// r holds nb limbs, scratch holds na + nb + 1 limbs. Lengths are returned normalized in *nq, *nr.
void divmod(Limb* q, size_t* nq, Limb* r, size_t* nr, const Limb* a, size_t na, const Limb* b, size_t nb,
            Limb* scratch);
// r = a << bits; r holds na + bits/32 + 1 limbs. Returns the normalized length.
size_t shl(Limb* r, const Limb* a, size_t na, size_t bits);
// r = a >> bits; r holds na limbs (may alias a). Returns the normalized length; *lost says whether
// any 1 bit was shifted out (for floor rounding of negative numbers).
size_t shr(Limb* r, const Limb* a, size_t na, size_t bits, bool* lost);
size_t bit_length(const Limb* a, size_t n);

}  // namespace core::big
