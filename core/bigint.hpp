// Magnitude arithmetic on little-endian limb arrays (no allocation: callers pass buffers).
#pragma once
#include <cstddef>
#include <cstdint>

namespace core::big {

// 64-bit hosts: 64-bit limbs with __int128 products (x86-64 and AArch64 multiply 64x64->128 in one
// instruction), half the loop trips of 32-bit limbs. 32-bit targets (the Cortex-M0 has no 64-bit
// multiply, but the compiler's helper is cheap next to an allocation): 32-bit limbs, 64-bit products.
// -DMBPY_BIGINT_LIMB32 forces 32-bit limbs on a host, to test the device's arithmetic there.
#if UINTPTR_MAX > 0xFFFFFFFF && defined(__SIZEOF_INT128__) && !defined(MBPY_BIGINT_LIMB32)
using Limb = uint64_t;
using Wide = unsigned __int128;
inline constexpr int limb_bits = 64;
#else
using Limb = uint32_t;
using Wide = uint64_t;
inline constexpr int limb_bits = 32;
#endif
inline constexpr size_t u64_limbs = 64 / limb_bits;  // limbs that hold a uint64_t

// Length without leading (most significant) zero limbs.
inline size_t norm(const Limb* a, size_t n) {
    while (n && a[n - 1] == 0) --n;
    return n;
}
// Spreads m over u64_limbs limbs; returns the normalized length.
inline size_t from_u64(Limb* out, uint64_t m) {
    out[0] = Limb(m);
    if constexpr (u64_limbs == 2) out[u64_limbs - 1] = Limb(m >> 32);
    return norm(out, u64_limbs);
}
// The low 64 bits of a (n limbs).
inline uint64_t to_u64(const Limb* a, size_t n) {
    if constexpr (u64_limbs == 1) return n ? uint64_t(a[0]) : 0;
    return n == 0 ? 0 : n == 1 ? uint64_t(a[0]) : (uint64_t(a[1]) << 32) | a[0];
}
// floor(a / 2**pos) mod 2**64.
uint64_t bits64_at(const Limb* a, size_t n, size_t pos);
// Whether any of the low `pos` bits of a is set.
bool any_bits_below(const Limb* a, size_t n, size_t pos);

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
// The decimal printer's chunk: dec_chunk_digits digits per division by dec_chunk (the largest power of
// ten below 2**limb_bits).
inline constexpr int dec_chunk_digits = limb_bits == 64 ? 19 : 9;
inline constexpr Limb dec_chunk = limb_bits == 64 ? Limb(10000000000000000000ull) : Limb(1000000000u);
// Divides by dec_chunk in place; returns the remainder.
Limb div_dec_chunk(Limb* a, size_t n);
// q = a / b, r = a % b (Knuth's algorithm D). nb >= 2 and na >= nb; q holds na - nb + 1 limbs,
// r holds nb limbs, scratch holds na + nb + 1 limbs. Lengths are returned normalized in *nq, *nr.
// r may be null: then *nr is only 0 or not, as the remainder is.
void divmod(Limb* q, size_t* nq, Limb* r, size_t* nr, const Limb* a, size_t na, const Limb* b, size_t nb,
            Limb* scratch);
// a / b when the quotient fits one limb (bit_length(a) - bit_length(b) < limb_bits, a >= b, nb >= 2): an
// estimate from the top bits, corrected against the exact product (no normalized copies, as Knuth's
// algorithm needs). prod holds nb + 1 limbs; on return it holds q * b (length *np). For the remainder,
// sub(r, a, na, prod, *np).
Limb div_small_quotient(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* prod, size_t* np);
// r = a << bits; r holds na + bits/limb_bits + 1 limbs. Returns the normalized length.
size_t shl(Limb* r, const Limb* a, size_t na, size_t bits);
// r = a >> bits; r holds na limbs (may alias a). Returns the normalized length; *lost says whether
// any 1 bit was shifted out (for floor rounding of negative numbers).
size_t shr(Limb* r, const Limb* a, size_t na, size_t bits, bool* lost);
size_t bit_length(const Limb* a, size_t n);

}  // namespace core::big
