// Magnitude arithmetic for arbitrary-precision ints: schoolbook add/sub/mul, Knuth division, shifts.
#include "core/bigint.hpp"

#include <cstring>

namespace core::big {

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
    Wide carry = 0;
    for (size_t i = 0; i < na; ++i) {
        carry += Wide(a[i]) + (i < nb ? b[i] : 0);
        r[i] = Limb(carry);
        carry >>= limb_bits;
    }
    r[na] = Limb(carry);
    return norm(r, na + 1);
}

size_t sub(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    Limb borrow = 0;
    for (size_t i = 0; i < na; ++i) {
        Wide d = Wide(a[i]) - (i < nb ? b[i] : 0) - borrow;
        r[i] = Limb(d);
        borrow = Limb(d >> 63);
    }
    return norm(r, na);
}

size_t mul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    memset(r, 0, (na + nb) * sizeof(Limb));
    for (size_t i = 0; i < na; ++i) {
        Wide carry = 0;
        Wide ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; ++j) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = Limb(carry);
            carry >>= limb_bits;
        }
        r[i + nb] = Limb(carry);
    }
    return norm(r, na + nb);
}

Limb mul_add_small(Limb* a, size_t n, Limb m, Limb c) {
    Wide carry = c;
    for (size_t i = 0; i < n; ++i) {
        carry += Wide(a[i]) * m;
        a[i] = Limb(carry);
        carry >>= limb_bits;
    }
    return Limb(carry);
}

Limb divmod_small(Limb* q, const Limb* a, size_t na, Limb d) {
    Wide rem = 0;
    for (size_t i = na; i-- > 0;) {
        Wide cur = (rem << limb_bits) | a[i];
        q[i] = Limb(cur / d);
        rem = cur % d;
    }
    return Limb(rem);
}

Limb div_1e9(Limb* a, size_t n) {
    constexpr Wide d = 1000000000u;
    Wide rem = 0;
    for (size_t i = n; i-- > 0;) {
        Wide cur = (rem << limb_bits) | a[i];
        a[i] = Limb(cur / d);
        rem = cur - Wide(a[i]) * d;
    }
    return Limb(rem);
}

static int leading_zeros(Limb x) { return x ? __builtin_clz(x) : 32; }

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
    const Wide base = Wide(1) << limb_bits;
    for (size_t j = na - nb + 1; j-- > 0;) {
        Wide num = (Wide(u[j + nb]) << limb_bits) | u[j + nb - 1];
        Wide qhat = num / v[nb - 1];
        Wide rhat = num % v[nb - 1];
        while (qhat >= base || qhat * v[nb - 2] > ((rhat << limb_bits) | u[j + nb - 2])) {
            --qhat;
            rhat += v[nb - 1];
            if (rhat >= base) break;
        }
        // u[j..j+nb] -= qhat * v
        Wide borrow = 0, carry = 0;
        for (size_t i = 0; i < nb; ++i) {
            carry += qhat * v[i];
            Wide t = Wide(u[i + j]) - Limb(carry) - borrow;
            u[i + j] = Limb(t);
            borrow = (t >> 63) & 1;
            carry >>= limb_bits;
        }
        Wide t = Wide(u[j + nb]) - carry - borrow;
        u[j + nb] = Limb(t);
        if (t >> 63) {
            // qhat was one too large: add v back.
            --qhat;
            Wide c = 0;
            for (size_t i = 0; i < nb; ++i) {
                c += Wide(u[i + j]) + v[i];
                u[i + j] = Limb(c);
                c >>= limb_bits;
            }
            u[j + nb] += Limb(c);
        }
        q[j] = Limb(qhat);
    }
    *nq = norm(q, na - nb + 1);
    for (size_t i = 0; i < nb; ++i) {
        r[i] = (u[i] >> s) | (s ? Limb(u[i + 1] << (limb_bits - s)) : 0);
    }
    *nr = norm(r, nb);
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
    bool l = false;
    for (size_t i = 0; i < w && i < na; ++i) l |= a[i] != 0;
    if (w >= na) {
        *lost = l;
        return 0;
    }
    if (s) l |= (a[w] & ((Limb(1) << s) - 1)) != 0;
    *lost = l;
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
