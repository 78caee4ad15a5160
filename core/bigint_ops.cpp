// int arithmetic on Values: small-int fast paths, BigInt general paths, Python's floor/two's-complement
// rules.
#include <cmath>
#include <cstring>

#include "core/bigint_value.hpp"
#include "core/gc.hpp"
#include "core/ops.hpp"

namespace core {

using big::Limb;

BigInt* new_bigint(size_t limbs) {
    if (limbs == 0) limbs = 1;
    if (limbs > (UINT32_MAX / sizeof(Limb))) {
        raise_memory_error();
        return nullptr;
    }
    // The header's only pointer is its type, a constant Type outside the heap: the whole object is a leaf.
    auto* b = static_cast<BigInt*>(gc::alloc_leaf(sizeof(BigInt) + limbs * sizeof(Limb)));
    if (!b) {
        raise_memory_error();
        return nullptr;
    }
    b->type = &int_type;
    return b;
}

Limb* scratch_limbs(size_t n) {
    auto* p = static_cast<Limb*>(gc::alloc_leaf((n ? n : 1) * sizeof(Limb)));
    if (!p) raise_memory_error();
    return p;
}

// The pool: 64 KB of limbs on 64-bit hosts (a division of two 35,000-digit ints; bigger ones use the
// heap), none on the device, whose RAM is the heap. Outside the heap, so the collector neither scans nor
// frees it, and a division costs no allocation-and-free of its largest buffer.
#if UINTPTR_MAX > 0xFFFFFFFF
static constexpr size_t scratch_pool_limbs = 65536 / sizeof(Limb);
#else
static constexpr size_t scratch_pool_limbs = 1;
#endif
static Limb scratch_pool[scratch_pool_limbs];
static bool scratch_pool_busy;

ScratchLimbs::ScratchLimbs(size_t n) {
    if (n <= kLocal) {
        p_ = local_;
    } else if (n <= scratch_pool_limbs && !scratch_pool_busy) {
        scratch_pool_busy = true;
        p_ = scratch_pool;
    } else {
        p_ = scratch_limbs(n);
    }
}

ScratchLimbs::~ScratchLimbs() {
    if (p_ == scratch_pool) {
        scratch_pool_busy = false;
    } else if (p_ != local_) {
        gc::free(p_);
    }
}

Value bigint_finish(BigInt* b, size_t n, bool neg) {
    n = big::norm(b->limb, n);
    if (n <= big::u64_limbs) {
        uint64_t m = big::to_u64(b->limb, n);
        if (!neg && m <= uint64_t(Value::small_max)) return Value::small(intptr_t(m));
        if (neg && m <= uint64_t(Value::small_max) + 1) return Value::small(intptr_t(-int64_t(m - 1) - 1));
    }
    b->len = uint32_t(n);
    b->neg = neg;
    return Value(b);
}

Value int_from_mag(const Limb* d, size_t n, bool neg) {
    if (n <= big::u64_limbs) {  // small results need no allocation
        uint64_t m = big::to_u64(d, n);
        if (!neg && m <= uint64_t(Value::small_max)) return Value::small(intptr_t(m));
        if (neg && m <= uint64_t(Value::small_max) + 1) return Value::small(intptr_t(-int64_t(m - 1) - 1));
    }
    BigInt* b = new_bigint(n);
    if (!b) return {};
    memcpy(b->limb, d, n * sizeof(Limb));
    return bigint_finish(b, n, neg);
}

int int_compare(Value a, Value b) {
    if (a.is_small() && b.is_small()) {
        intptr_t x = a.small_value(), y = b.small_value();
        return x < y ? -1 : x > y;
    }
    IntView x(a), y(b);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = big::cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

int int_sign(Value i) {
    if (i.is_small()) return i.small_value() < 0 ? -1 : i.small_value() > 0;
    return i.as<BigInt>()->neg ? -1 : 1;
}

// a + b, where b's sign is taken as `bneg` (so subtraction is addition of the negation).
static Value add_signed(const IntView& a, const IntView& b, bool bneg) {
    if (a.neg == bneg) {
        BigInt* r = new_bigint((a.n > b.n ? a.n : b.n) + 1);
        if (!r) return {};
        size_t n = big::add(r->limb, a.d, a.n, b.d, b.n);
        return bigint_finish(r, n, a.neg);
    }
    int c = big::cmp(a.d, a.n, b.d, b.n);
    if (c == 0) return Value::small(0);
    const IntView& hi = c > 0 ? a : b;
    const IntView& lo = c > 0 ? b : a;
    BigInt* r = new_bigint(hi.n);
    if (!r) return {};
    size_t n = big::sub(r->limb, hi.d, hi.n, lo.d, lo.n);
    return bigint_finish(r, n, c > 0 ? a.neg : bneg);
}

static Value mul_big(const IntView& a, const IntView& b) {
    if (a.zero() || b.zero()) return Value::small(0);
    BigInt* r = new_bigint(a.n + b.n);
    if (!r) return {};
    size_t n = big::mul(r->limb, a.d, a.n, b.d, b.n);
    return bigint_finish(r, n, a.neg != b.neg);
}

// Python's floor division and modulo: the remainder takes the divisor's sign. b != 0. q or r is null when
// that result is not wanted. The truncated quotient (in its int's limbs) and remainder (in scratch limbs)
// come from whichever way fits (|a| < |b|, a one-limb divisor, a one-limb quotient, Knuth), then are
// floored and made into ints in one place.
static bool divmod_big(const IntView& a, const IntView& b, Value* q, Value* r) {
    const Limb one = 1;
    int order = big::cmp(a.d, a.n, b.d, b.n);
    size_t knuth = order >= 0 && b.n > 1 ? a.n + b.n + 1 : 0;  // also room for div_small_quotient's product
    ScratchLimbs scratch(knuth + b.n + 1);
    Limb* work = scratch.get();
    if (!work) return false;
    Limb* rl = work + knuth;  // b.n + 1 limbs: a one-limb quotient's a - q * b has a.n <= b.n + 1
    BigInt* qb = new_bigint((a.n > b.n ? a.n - b.n : 0) + 2);  // one more for the floor's carry
    if (!qb) return false;
    Limb* ql = qb->limb;
    size_t qn = 0, rn;
    if (order < 0) {  // quotient 0
        memcpy(rl, a.d, a.n * sizeof(Limb));
        rn = a.n;
    } else if (b.n == 1) {  // one hardware division per limb
        rl[0] = big::divmod_small(ql, a.d, a.n, b.d[0]);
        qn = big::norm(ql, a.n);
        rn = rl[0] ? 1 : 0;
    } else if (MBPY_BIGINT_QUOTIENT_FAST &&
               big::bit_length(a.d, a.n) - big::bit_length(b.d, b.n) < size_t(big::limb_bits)) {
        // A one-limb quotient (digit extraction, Newton steps): one multiply pass instead of Knuth's copies.
        size_t pn;
        ql[0] = big::div_small_quotient(a.d, a.n, b.d, b.n, work, &pn);
        qn = big::norm(ql, 1);
        rn = big::sub(rl, a.d, a.n, work, pn);
    } else {
        big::divmod(ql, &qn, rl, &rn, a.d, a.n, b.d, b.n, work);
    }
    bool qneg = a.neg != b.neg;
    if (qneg && rn) {  // floor: the quotient one further from zero, the remainder b - r
        qn = big::add(ql, ql, qn, &one, 1);
        rn = big::sub(rl, b.d, b.n, rl, rn);
    }
    if (q)
        *q = bigint_finish(qb, qn, qneg);
    else
        gc::free(qb);
    return !r || (*r = int_from_mag(rl, rn, b.neg));
}

static Value shift_big(const IntView& a, intptr_t s, bool left) {
    if (a.zero()) return Value::small(0);
    if (left) {
        if (s / 8 > 65536 && size_t(s) / 8 > gc::info().total) return raise_memory_error();  // as CPython
        BigInt* r = new_bigint(a.n + size_t(s) / big::limb_bits + 1);
        if (!r) return {};
        size_t n = big::shl(r->limb, a.d, a.n, size_t(s));
        return bigint_finish(r, n, a.neg);
    }
    BigInt* r = new_bigint(a.n + 1);
    if (!r) return {};
    bool lost = false;
    size_t n = big::shr(r->limb, a.d, a.n, size_t(s), &lost);
    if (a.neg && lost) {  // floor: -5 >> 1 == -3
        Limb one = 1;
        n = big::add(r->limb, r->limb, n, &one, 1);
    }
    return bigint_finish(r, n, a.neg);
}

// & | ^ on the infinite two's-complement forms of a and b.
static Value bitwise_big(BinaryOp op, const IntView& a, const IntView& b) {
    size_t n = (a.n > b.n ? a.n : b.n) + 1;
    BigInt* r = new_bigint(n);
    if (!r) return {};
    auto apply = [op](Limb x, Limb y) -> Limb {
        return op == BinaryOp::And ? (x & y) : op == BinaryOp::Or ? (x | y) : (x ^ y);
    };
    bool rneg = apply(a.neg ? ~Limb(0) : 0, b.neg ? ~Limb(0) : 0) != 0;
    big::Wide ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < n; ++i) {
        Limb x = i < a.n ? a.d[i] : 0, y = i < b.n ? b.d[i] : 0;
        if (a.neg) {
            ca += Limb(~x);
            x = Limb(ca);
            ca >>= big::limb_bits;
        }
        if (b.neg) {
            cb += Limb(~y);
            y = Limb(cb);
            cb >>= big::limb_bits;
        }
        Limb z = apply(x, y);
        if (rneg) {  // back to magnitude: -(~z + 1)
            cr += Limb(~z);
            z = Limb(cr);
            cr >>= big::limb_bits;
        }
        r->limb[i] = z;
    }
    return bigint_finish(r, n, rneg);
}

static Value pow_int(Value a, Value b) {
    if (int_sign(b) < 0) {
        Float x, y;
        if (!int_to_float(a, &x) || !int_to_float(b, &y)) return {};
        return float_binary(BinaryOp::Pow, x, y);
    }
    if (a.is_small() && a.small_value() >= -1 && a.small_value() <= 1) {
        intptr_t v = a.small_value();
        if (v != -1) return v == 0 && b == Value::small(0) ? Value::small(1) : a;
        IntView e(b);
        return Value::small((e.n && (e.d[0] & 1)) ? -1 : 1);
    }
    if (!b.is_small()) return raise_memory_error();
    intptr_t e = b.small_value();
    // A result bigger than the whole heap can only end in MemoryError: say so before squaring for hours.
    IntView va(a);
    Float result_bits = Float(big::bit_length(va.d, va.n) - 1) * Float(e);  // an estimate: no overflow
    if (result_bits / 8 > 65536 && result_bits / 8 > Float(gc::info().total)) return raise_memory_error();
    Value result = Value::small(1), base = a;
    while (true) {
        if (e & 1) {
            result = int_binary(BinaryOp::Mul, result, base);
            if (!result) return {};
        }
        e >>= 1;
        if (!e) break;
        base = int_binary(BinaryOp::Mul, base, base);
        if (!base) return {};
    }
    return result;
}

static Value zero_division() {
    // MicroPython (v1.9 through current) says "divide by zero" for int and float alike; CPython words
    // each case differently, so MicroPython's single wording is kept.
    return raise(&zero_division_error_type, "divide by zero"_msg);
}

static Value small_binary(BinaryOp op, intptr_t x, intptr_t y) {
    intptr_t r;
    switch (op) {
        case BinaryOp::Add: return make_int(x + y);  // small + small never overflows intptr_t
        case BinaryOp::Sub: return make_int(x - y);
        case BinaryOp::Mul:
            if (!__builtin_mul_overflow(x, y, &r)) return make_int(r);
            return {};
        case BinaryOp::And: return Value::small(x & y);
        case BinaryOp::Or: return Value::small(x | y);
        case BinaryOp::Xor: return Value::small(x ^ y);
        case BinaryOp::FloorDiv:
        case BinaryOp::Mod:
        case BinaryOp::DivMod: {
            if (y == 0) return zero_division();
            intptr_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {
                q -= 1;
                m += y;
            }
            if (op == BinaryOp::FloorDiv) return make_int(q);
            if (op == BinaryOp::Mod) return Value::small(m);
            Value items[2] = {make_int(q), Value::small(m)};
            return make_tuple(2, items);
        }
        case BinaryOp::LShift:
            if (y < 0) return raise_value_error("negative shift count"_msg);
            if (y < intptr_t(sizeof(intptr_t) * 8 - 1) && !__builtin_mul_overflow(x, intptr_t(1) << y, &r)) {
                return make_int(r);
            }
            return {};
        case BinaryOp::RShift:
            if (y < 0) return raise_value_error("negative shift count"_msg);
            return Value::small(y >= intptr_t(sizeof(intptr_t) * 8) ? (x < 0 ? -1 : 0) : (x >> y));
        default: return {};
    }
}

Value int_binary(BinaryOp op, Value a, Value b) {
    if (a.is_small() && b.is_small()) {
        Value r = small_binary(op, a.small_value(), b.small_value());
        if (r || pending()) return r;
    }
    if (op <= BinaryOp::Ne) return compare_order(op, int_compare(a, b));
    switch (op) {
        case BinaryOp::Pow: return pow_int(a, b);
        case BinaryOp::TrueDiv: {
            Float x, y;
            if (int_sign(b) == 0) return zero_division();
            // Exact operands (|x| <= 2**53 for doubles) divide correctly rounded in hardware; bigger ones go
            // through a scaled integer quotient so 10**400 / 10**399 is 10.0, not an overflow.
            IntView va(a), vb(b);
            size_t la = big::bit_length(va.d, va.n), lb = big::bit_length(vb.d, vb.n);
            if (la <= size_t(float_sig_bits) && lb <= size_t(float_sig_bits)) {
                int_to_float(a, &x);
                int_to_float(b, &y);
                return make_float(x / y);
            }
            intptr_t k = 63 - (intptr_t(la) - intptr_t(lb));  // quotient gets 63..64 bits
            Value num = a, den = b;
            if (k > 0) num = shift_big(va, k, true);
            if (k < 0) den = shift_big(vb, -k, true);
            if (!num || !den) return {};
            IntView vn(num), vd(den);
            vn.neg = vd.neg = false;  // magnitudes: the sign is applied at the end
            Value q, r;
            if (!divmod_big(vn, vd, &q, &r)) return {};
            IntView vq(q);
            uint64_t m = big::to_u64(vq.d, vq.n);
            if (int_sign(r) != 0) m |= 1;  // sticky bit: the quotient was inexact
            Float res = std::ldexp(float_from_u64(m), int(-k));
            if (float_isinf(res))
                return raise_overflow_error("integer division result too large for a float"_msg);
            return make_float((va.neg != vb.neg) ? -res : res);
        }
        default: break;
    }
    IntView x(a), y(b);
    switch (op) {
        case BinaryOp::Add: return add_signed(x, y, y.neg);
        case BinaryOp::Sub: return add_signed(x, y, !y.neg);
        case BinaryOp::Mul: return mul_big(x, y);
        case BinaryOp::FloorDiv:
        case BinaryOp::Mod:
        case BinaryOp::DivMod: {
            if (y.zero()) return zero_division();
            Value q, r;
            if (!divmod_big(x, y, op == BinaryOp::Mod ? nullptr : &q,
                            op == BinaryOp::FloorDiv ? nullptr : &r))
                return {};
            if (op == BinaryOp::FloorDiv) return q;
            if (op == BinaryOp::Mod) return r;
            Value items[2] = {q, r};
            return make_tuple(2, items);
        }
        case BinaryOp::And:
        case BinaryOp::Or:
        case BinaryOp::Xor: return bitwise_big(op, x, y);
        case BinaryOp::LShift:
        case BinaryOp::RShift: {
            if (y.neg) return raise_value_error("negative shift count"_msg);
            if (!b.is_small()) {
                if (op == BinaryOp::RShift || x.zero()) return Value::small(x.zero() || !x.neg ? 0 : -1);
                return raise_memory_error();  // CPython: MemoryError for absurd shift counts
            }
            return shift_big(x, b.small_value(), op == BinaryOp::LShift);
        }
        default: return not_implemented();
    }
}

#if MBPY_POW_MOD
Value int_pow_mod(Value a, Value b, Value m) {
    a = int_of(a), b = int_of(b), m = int_of(m);
    if (!a || !b || !m) {
        return raise_type_error("pow() 3rd argument not allowed unless all arguments are integers"_msg);
    }
    if (int_sign(m) == 0) return raise_value_error("pow() 3rd argument cannot be 0"_msg);
    Value base = int_binary(BinaryOp::Mod, a, m);
    if (!base) return {};
    if (int_sign(b) < 0) {
        // Modular inverse by the extended Euclidean algorithm on |m|.
        Value mm = int_sign(m) < 0 ? int_binary(BinaryOp::Sub, Value::small(0), m) : m;
        Value r0 = mm, r1 = int_binary(BinaryOp::Mod, base, mm), t0 = Value::small(0), t1 = Value::small(1);
        while (r1 && int_sign(r1) != 0) {
            Value q = int_binary(BinaryOp::FloorDiv, r0, r1);
            if (!q) return {};
            Value r2 = int_binary(BinaryOp::Sub, r0, int_binary(BinaryOp::Mul, q, r1));
            Value t2 = int_binary(BinaryOp::Sub, t0, int_binary(BinaryOp::Mul, q, t1));
            if (!r2 || !t2) return {};
            r0 = r1, r1 = r2, t0 = t1, t1 = t2;
        }
        if (!r1) return {};
        if (int_compare(r0, Value::small(1)) != 0) {
            return raise_value_error("base is not invertible for the given modulus"_msg);
        }
        base = int_binary(BinaryOp::Mod, t0, m);
        b = int_binary(BinaryOp::Sub, Value::small(0), b);
        if (!base || !b) return {};
    }
    Value result = int_binary(BinaryOp::Mod, Value::small(1), m);
    IntView e(b);
    for (size_t bit = big::bit_length(e.d, e.n); bit-- > 0;) {
        result = int_binary(BinaryOp::Mod, int_binary(BinaryOp::Mul, result, result), m);
        if (!result) return {};
        if ((e.d[bit / big::limb_bits] >> (bit % big::limb_bits)) & 1) {
            result = int_binary(BinaryOp::Mod, int_binary(BinaryOp::Mul, result, base), m);
            if (!result) return {};
        }
    }
    return result;
}
#endif

// ---- hashing: CPython's numeric hash, modulo the Mersenne number 2**hash_bits - 1 ----------------------
// 61 bits on 64-bit hosts (as CPython); 29 on 32-bit targets so the hash still fits a small int there.
static constexpr int hash_bits = sizeof(intptr_t) == 8 ? 61 : 29;
static constexpr uint64_t hash_modulus = (uint64_t(1) << hash_bits) - 1;

static intptr_t finish_hash(uint64_t x, bool neg) {
    intptr_t h = neg ? -intptr_t(x) : intptr_t(x);
    return h == -1 ? -2 : h;
}

intptr_t int_hash(Value i) {
    IntView v(i);
    uint64_t x = 0;
    for (size_t k = v.n; k-- > 0;) {
        // Multiply by 2**limb_bits modulo 2**bits - 1: a rotation within `bits` bits (done in two steps of 16
        // so the shift stays below hash_bits on 32-bit targets).
        for (int s = 0; s < big::limb_bits / 16; ++s)
            x = ((x << 16) & hash_modulus) | (x >> (hash_bits - 16));
        // Add the limb reduced first: a 64-bit limb plus x could overflow 64 bits.
        uint64_t limb = uint64_t(v.d[k]);
        limb = (limb & hash_modulus) + (limb >> hash_bits);
        x += limb;
        while (x >= hash_modulus) x -= hash_modulus;
    }
    return finish_hash(x, v.neg);
}

intptr_t float_hash(Float d) {
    if (float_isinf(d)) return d > 0 ? 314159 : -314159;
    if (float_isnan(d)) return 0;
    // |d| = c * 2**q from the bits, and 2**q modulo the Mersenne number 2**hash_bits - 1 is a rotation by
    // q modulo hash_bits, once c is below the modulus.
    constexpr int mant = float_sig_bits - 1, q_min = 1 - ((MBPY_FLOAT_DOUBLE ? 0x7ff : 0xff) >> 1) - mant;
    FloatBits b = float_bits(d);
    int be = int((b << 1) >> (mant + 1));
    uint64_t x = b & ((FloatBits(1) << mant) - 1);
    if (be) x |= uint64_t(1) << mant;
    if constexpr (float_sig_bits >= hash_bits) {  // a double with a 32-bit word's hash (the web page)
        for (int k = 0; k < 2; ++k) x = (x & hash_modulus) + (x >> hash_bits);
        if (x >= hash_modulus) x -= hash_modulus;
    }
    int e = (be ? be - 1 : 0) + q_min;
    e = e >= 0 ? e % hash_bits : hash_bits - 1 - ((-1 - e) % hash_bits);
    x = ((x << e) & hash_modulus) | (x >> (hash_bits - e));
    return finish_hash(x, d < 0);
}

// ---- int <-> float -------------------------------------------------------------------------------------

bool int_to_float(Value i, Float* out) {
    if (i.is_small()) {
        *out = Float(i.small_value());
        return true;
    }
    IntView v(i);
    size_t bits = big::bit_length(v.d, v.n);
    // Top 64 bits with a sticky bit for everything below: uint64 -> Float then rounds exactly once.
    uint64_t m;
    if (bits <= 64) {
        m = big::to_u64(v.d, v.n);
        bits = 64;
    } else {
        m = big::bits64_at(v.d, v.n, bits - 64) | uint64_t(big::any_bits_below(v.d, v.n, bits - 64));
    }
    Float d = std::ldexp(float_from_u64(m), int(bits - 64));
    if (float_isinf(d)) {
        raise_overflow_error("int too large to convert to float"_msg);
        return false;
    }
    *out = v.neg ? -d : d;
    return true;
}

Value int_from_float(Float d) {
    if (float_isinf(d)) return raise_overflow_error("cannot convert float infinity to integer"_msg);
    if (float_isnan(d)) return raise_value_error("cannot convert float NaN to integer"_msg);
    d = float_trunc(d);
    if (d > Float(-9.0e18) && d < Float(9.0e18)) return make_int_ll((long long)i64_from_float(d));
    int e;
    Float m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, m in [0.5, 1)
    if (e <= 64) {                           // |d| < 2**64: exact in a uint64
        uint64_t u = u64_from_float(std::fabs(d));
        Value r = make_int_ull(u);
        return r && d < 0 ? int_binary(BinaryOp::Sub, Value::small(0), r) : r;
    }
    uint64_t top = u64_from_float(std::ldexp(m, 64));
    Limb mag[big::u64_limbs];
    size_t mn = big::from_u64(mag, top);
    BigInt* r = new_bigint(size_t(e) / big::limb_bits + 3);
    if (!r) return {};
    size_t n = big::shl(r->limb, mag, mn, size_t(e - 64));
    return bigint_finish(r, n, d < 0);
}

int int_compare_float(Value i, Float d) {
    if (float_isinf(d)) return d > 0 ? -1 : 1;
    if (i.is_small() && int64_t(i.small_value()) > -(int64_t(1) << (float_sig_bits - 1)) &&
        int64_t(i.small_value()) < (int64_t(1) << (float_sig_bits - 1))) {
        Float x = Float(i.small_value());  // exact
        return x < d ? -1 : x > d;
    }
    // Compare with floor(d) exactly, then let the fraction break a tie.
    Float f = std::floor(d);
    Value fi = int_from_float(f);
    if (!fi) {
        take_exception();  // only MemoryError is possible here; treat as unordered-equal
        return 0;
    }
    int c = int_compare(i, fi);
    if (c) return c;
    return d > f ? -1 : 0;
}

}  // namespace core
