// Magnitude arithmetic for arbitrary-precision ints: schoolbook add/sub/mul, Knuth division, shifts.
#include "core/bigint.hpp"

#include <cstring>
#if defined(__x86_64__) && !defined(MBPY_BIGINT_LIMB32)
#include <immintrin.h>  // _addcarry_u64/_subborrow_u64: adc/sbb chains for add and sub
#define MBPY_BIGINT_CARRY_INTRINSICS 1
#else
#define MBPY_BIGINT_CARRY_INTRINSICS 0
#endif

namespace core::big {

namespace {

// (hi:lo) / d with hi < d, so the quotient fits a limb. x86-64 divides 128 by 64 bits in one instruction;
// the generic path would call the compiler's full 128-bit division helper.
inline Limb div_wide(Limb hi, Limb lo, Limb d, Limb* rem) {
#if defined(__x86_64__) && UINTPTR_MAX > 0xFFFFFFFF && defined(__SIZEOF_INT128__) && \
    !defined(MBPY_BIGINT_LIMB32)
    Limb q, r;
    asm("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    *rem = r;
    return q;
#else
    Wide n = (Wide(hi) << limb_bits) | lo;
    Limb q = Limb(n / d);
    *rem = Limb(n - Wide(q) * d);
    return q;
#endif
}

inline int leading_zeros(Limb x) {
    if (!x) return limb_bits;
    if constexpr (limb_bits == 64) return __builtin_clzll(x);
    return __builtin_clz(x);
}

}  // namespace

uint64_t bits64_at(const Limb* a, size_t n, size_t pos) {
    uint64_t r = 0;
    for (unsigned got = 0; got < 64;) {
        size_t p = pos + got, w = p / limb_bits;
        if (w >= n) break;
        unsigned s = unsigned(p % limb_bits);
        r |= uint64_t(a[w] >> s) << got;
        got += limb_bits - s;
    }
    return r;
}

bool any_bits_below(const Limb* a, size_t n, size_t pos) {
    size_t w = pos / limb_bits;
    for (size_t i = 0; i < w && i < n; ++i) {
        if (a[i]) return true;
    }
    unsigned s = unsigned(pos % limb_bits);
    return s && w < n && (a[w] & ((Limb(1) << s) - 1)) != 0;
}

int cmp(const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

size_t add(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na < nb) {
        const Limb* t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    Limb carry = 0;
    size_t i = 0;
#if MBPY_BIGINT_CARRY_INTRINSICS
    unsigned char c = 0;
    for (; i < nb; ++i) {
        unsigned long long t;
        c = _addcarry_u64(c, a[i], b[i], &t);
        r[i] = t;
    }
    carry = c;
#else
    for (; i < nb; ++i) {
        Wide t = Wide(a[i]) + b[i] + carry;
        r[i] = Limb(t);
        carry = Limb(t >> limb_bits);
    }
#endif
    for (; i < na && carry; ++i) {
        Limb t = a[i] + 1;
        r[i] = t;
        carry = t == 0;
    }
    if (r != a && i < na) memcpy(r + i, a + i, (na - i) * sizeof(Limb));
    r[na] = carry;
    return carry ? na + 1 : norm(r, na);
}

size_t sub(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    Limb borrow = 0;
    size_t i = 0;
#if MBPY_BIGINT_CARRY_INTRINSICS
    unsigned char c = 0;
    for (; i < nb; ++i) {
        unsigned long long t;
        c = _subborrow_u64(c, a[i], b[i], &t);
        r[i] = t;
    }
    borrow = c;
#else
    for (; i < nb; ++i) {
        Limb x = a[i], y = b[i];
        Limb d = x - y;
        Limb b1 = x < y;
        r[i] = d - borrow;
        borrow = b1 | (d < borrow);
    }
#endif
    for (; i < na && borrow; ++i) {
        Limb x = a[i];
        r[i] = x - 1;
        borrow = x == 0;
    }
    if (r != a && i < na) memcpy(r + i, a + i, (na - i) * sizeof(Limb));
    return norm(r, na);
}

// r[0..n] = a * m (n + 1 limbs written).
static void mul_1(Limb* r, const Limb* a, size_t n, Limb m) {
    Limb carry = 0;
#pragma GCC unroll 4
    for (size_t j = 0; j < n; ++j) {
        Wide t = Wide(m) * a[j] + carry;
        r[j] = Limb(t);
        carry = Limb(t >> limb_bits);
    }
    r[n] = carry;
}

size_t mul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na > nb) {  // the inner loop runs over the longer operand
        const Limb* t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    mul_1(r, b, nb, a[0]);  // the first row writes every limb it touches: no clearing needed
    for (size_t i = 1; i < na; ++i) {
        Limb ai = a[i];
        Limb carry = 0;
        Limb* ri = r + i;
        for (size_t j = 0; j < nb; ++j) {
            Wide t = Wide(ai) * b[j] + ri[j] + carry;
            ri[j] = Limb(t);
            carry = Limb(t >> limb_bits);
        }
        ri[nb] = carry;
    }
    return norm(r, na + nb);
}

Limb mul_add_small(Limb* a, size_t n, Limb m, Limb c) {
    Limb carry = c;
    for (size_t i = 0; i < n; ++i) {
        Wide t = Wide(a[i]) * m + carry;
        a[i] = Limb(t);
        carry = Limb(t >> limb_bits);
    }
    return carry;
}

Limb divmod_small(Limb* q, const Limb* a, size_t na, Limb d) {
    Limb rem = 0;
    for (size_t i = na; i-- > 0;) q[i] = div_wide(rem, a[i], d, &rem);
    return rem;
}

Limb div_dec_chunk(Limb* a, size_t n) { return divmod_small(a, a, n, dec_chunk); }

void divmod(Limb* q, size_t* nq, Limb* r, size_t* nr, const Limb* a, size_t na, const Limb* b, size_t nb,
            Limb* scratch) {
    // Normalize so the divisor's top limb has its high bit set (Knuth, TAOCP 4.3.1 algorithm D).
    int s = leading_zeros(b[nb - 1]);
    Limb* u = scratch;           // na + 1 limbs
    Limb* v = scratch + na + 1;  // nb limbs
    for (size_t i = nb; i-- > 0;) {
        v[i] = (b[i] << s) | (s && i ? Limb(b[i - 1] >> (limb_bits - s)) : 0);
    }
    u[na] = s ? Limb(a[na - 1] >> (limb_bits - s)) : 0;
    for (size_t i = na; i-- > 0;) {
        u[i] = (a[i] << s) | (s && i ? Limb(a[i - 1] >> (limb_bits - s)) : 0);
    }
    const Limb vt = v[nb - 1], vt1 = v[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        Limb ut = u[j + nb], ut1 = u[j + nb - 1];
        Limb qhat, rhat;
        bool rhat_big = false;  // rhat >= base: the refinement test cannot succeed
        if (ut >= vt) {         // ut == vt: qhat would be base, start from base - 1
            qhat = ~Limb(0);
            Wide rr = Wide(ut1) + vt;
            rhat = Limb(rr);
            rhat_big = (rr >> limb_bits) != 0;
        } else {
            qhat = div_wide(ut, ut1, vt, &rhat);
        }
        while (!rhat_big && Wide(qhat) * vt1 > ((Wide(rhat) << limb_bits) | u[j + nb - 2])) {
            --qhat;
            Wide rr = Wide(rhat) + vt;
            rhat = Limb(rr);
            rhat_big = (rr >> limb_bits) != 0;
        }
        // u[j..j+nb] -= qhat * v
        Limb borrow = 0, carry = 0;
        Limb* uj = u + j;
        for (size_t i = 0; i < nb; ++i) {
            Wide p = Wide(qhat) * v[i] + carry;
            carry = Limb(p >> limb_bits);
            Limb pl = Limb(p), x = uj[i];
            Limb d = x - pl;
            Limb b1 = x < pl;
            uj[i] = d - borrow;
            borrow = b1 | (d < borrow);
        }
        Limb x = uj[nb];
        Limb d = x - carry;
        bool negative = (x < carry) | (d < borrow);
        uj[nb] = d - borrow;
        if (negative) {
            // qhat was one too large: add v back (the carry out cancels the borrow).
            --qhat;
            Limb c = 0;
            for (size_t i = 0; i < nb; ++i) {
                Wide t = Wide(uj[i]) + v[i] + c;
                uj[i] = Limb(t);
                c = Limb(t >> limb_bits);
            }
            uj[nb] += c;
        }
        q[j] = qhat;
    }
    *nq = norm(q, na - nb + 1);
    if (!r) {
        *nr = norm(u, nb);
        return;
    }
    for (size_t i = 0; i < nb; ++i) {
        r[i] = (u[i] >> s) | (s ? Limb(u[i + 1] << (limb_bits - s)) : 0);
    }
    *nr = norm(r, nb);
}

Limb div_small_quotient(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* prod, size_t* np) {
    // With s = bit_length(b) - limb_bits: B = b >> s (one limb, top bit set), A = a >> s (two limbs).
    // q = a // b <= qhat = A // B <= q + 2, since A/B - A/(B+1) < 2 when a < b * 2**limb_bits.
    size_t s = bit_length(b, nb) - limb_bits;
    Limb bt = Limb(bits64_at(b, nb, s));
    Limb hi = Limb(bits64_at(a, na, s + limb_bits)), lo = Limb(bits64_at(a, na, s)), rem;
    // hi < bt: A < 2**(2 * limb_bits - 1) (the bit lengths differ by less than limb_bits) <= B *
    // 2**limb_bits.
    Limb qhat = div_wide(hi, lo, bt, &rem);
    mul_1(prod, b, nb, qhat);
    size_t pn = norm(prod, nb + 1);
    while (cmp(prod, pn, a, na) > 0) {
        pn = sub(prod, prod, pn, b, nb);
        --qhat;
    }
    *np = pn;
    return qhat;
}

size_t shl(Limb* r, const Limb* a, size_t na, size_t bits) {
    size_t w = bits / limb_bits;
    int s = int(bits % limb_bits);
    memset(r, 0, w * sizeof(Limb));
    r[na + w] = 0;
    for (size_t i = na; i-- > 0;) {
        r[i + w + 1] |= s ? Limb(a[i] >> (limb_bits - s)) : 0;
        r[i + w] = a[i] << s;
    }
    return norm(r, na + w + 1);
}

size_t shr(Limb* r, const Limb* a, size_t na, size_t bits, bool* lost) {
    size_t w = bits / limb_bits;
    int s = int(bits % limb_bits);
    *lost = any_bits_below(a, na, bits);
    if (w >= na) return 0;
    size_t n = na - w;
    for (size_t i = 0; i < n; ++i) {
        Limb lo = a[i + w] >> s;
        Limb hi = (s && i + w + 1 < na) ? Limb(a[i + w + 1] << (limb_bits - s)) : 0;
        r[i] = lo | hi;
    }
    return norm(r, n);
}

size_t bit_length(const Limb* a, size_t n) {
    n = norm(a, n);
    if (!n) return 0;
    return (n - 1) * limb_bits + (limb_bits - leading_zeros(a[n - 1]));
}

}  // namespace core::big
