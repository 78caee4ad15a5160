// A fixed-size unsigned big integer on the stack for the exact paths of float <-> decimal conversion
// (and, at compile time, for the power-of-ten tables). No allocation; N 32-bit limbs.
#pragma once
#include <cstdint>

namespace core::fdec {

// 5**0 .. 5**13, a table in flash (a local constexpr array would be copied to the stack at each call).
inline constexpr uint32_t pow5_u32[14] = {1,     5,      25,      125,     625,      3125,      15625,
                                          78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125};

template <int N>
struct Big {
    int n = 0;           // limbs in use; d[n-1] != 0 unless n == 0
    uint32_t d[N] = {};  // least significant first

    constexpr void set(uint64_t v) {
        n = 0;
        while (v) {
            d[n++] = uint32_t(v);
            v >>= 32;
        }
    }
    // this = this * m + a. The sizes are bounded by the callers' analysis; a limb past N is dropped
    // (a wrong result, never a write out of bounds).
    constexpr void mul_add(uint32_t m, uint32_t a) {
        uint64_t carry = a;
        for (int i = 0; i < n; ++i) {
            uint64_t t = uint64_t(d[i]) * m + carry;
            d[i] = uint32_t(t);
            carry = t >> 32;
        }
        if (carry && n < N) d[n++] = uint32_t(carry);
    }
    constexpr void mul_pow5(int k) {
        for (; k >= 13; k -= 13) mul_add(pow5_u32[13], 0);
        if (k) mul_add(pow5_u32[k], 0);
    }
    constexpr void shl(int bits) {
        if (!n || !bits) return;
        int w = bits / 32, b = bits % 32;
        int top = n + w + (b ? 1 : 0);
        if (top > N) top = N;
        for (int i = top - 1; i >= 0; --i) {
            int s = i - w;
            uint32_t hi = s >= 0 && s < n ? d[s] : 0;
            uint32_t lo = s - 1 >= 0 && s - 1 < n ? d[s - 1] : 0;
            d[i] = b ? (hi << b) | (lo >> (32 - b)) : hi;
        }
        n = top;
        trim();
    }
    constexpr void shr(int bits) {  // floor
        int w = bits / 32, b = bits % 32;
        if (w >= n) {
            n = 0;
            return;
        }
        for (int i = 0; i < n - w; ++i) {
            uint32_t lo = d[i + w], hi = i + w + 1 < n ? d[i + w + 1] : 0;
            d[i] = b ? (lo >> b) | (hi << (32 - b)) : lo;
        }
        n -= w;
        trim();
    }
    // this = floor(this / v); returns the remainder.
    constexpr uint32_t div_small(uint32_t v) {
        uint64_t r = 0;
        for (int i = n - 1; i >= 0; --i) {
            uint64_t t = (r << 32) | d[i];
            d[i] = uint32_t(t / v);
            r = t % v;
        }
        trim();
        return uint32_t(r);
    }
    constexpr void trim() {
        while (n && !d[n - 1]) --n;
    }
    constexpr int bit_length() const {
        if (!n) return 0;
        int b = 0;
        for (uint32_t top = d[n - 1]; top; top >>= 1) ++b;
        return (n - 1) * 32 + b;
    }
    constexpr int cmp(const Big& o) const {
        if (n != o.n) return n < o.n ? -1 : 1;
        for (int i = n - 1; i >= 0; --i) {
            if (d[i] != o.d[i]) return d[i] < o.d[i] ? -1 : 1;
        }
        return 0;
    }
    // The bits [at, at + 64) as an integer.
    constexpr uint64_t bits64(int at) const {
        uint64_t v = 0;
        for (int k = 0; k < 64; k += 32) {
            int bit = at + k, w = bit / 32, b = bit % 32;
            uint32_t lo = w < n ? d[w] : 0, hi = w + 1 < n ? d[w + 1] : 0;
            uint32_t part = b ? (lo >> b) | (hi << (32 - b)) : lo;
            v |= uint64_t(part) << k;
        }
        return v;
    }
};

}  // namespace core::fdec
