// The random module (urandom): MicroPython's Yasmarang generator, deterministic after seed().
#include <string.h>

#include "core/hal.hpp"
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"

namespace core {

// Yasmarang (as MicroPython's urandom): 4 words of state, good enough for games and teaching.
struct Yasmarang {
    uint32_t pad = 0xeda4baba, n = 69, d = 233;
    uint8_t dat = 0;
    bool seeded = false;
};
static Yasmarang rng;

static void seed_with(uint32_t s) {
    rng.pad = s;
    rng.n = 69;
    rng.d = 233;
    rng.dat = 0;
    rng.seeded = true;
}

static uint32_t next32() {
    if (!rng.seeded) seed_with(hal::random32());  // unseeded: start from the hardware RNG
    rng.pad += rng.dat + rng.d * rng.n;
    rng.pad = (rng.pad << 3) + (rng.pad >> 29);
    rng.n = rng.pad | 2;
    rng.d ^= (rng.pad << 31) + (rng.pad >> 1);
    rng.dat ^= uint8_t(char(rng.pad) ^ (rng.d >> 8) ^ 1);
    return rng.pad ^ (rng.d << 5) ^ (rng.pad >> 18) ^ (uint32_t(rng.dat) << 1);
}

// Uniform in [0, n) by rejection (no modulo bias). n > 0.
static uintptr_t below(uintptr_t n) {
    uintptr_t mask = 1;
    while (mask < n - 1 && mask < (uintptr_t(1) << (sizeof(uintptr_t) * 8 - 2))) mask = (mask << 1) | 1;
    if (n == 1) return 0;
    for (;;) {
        uintptr_t r = next32();
        if (sizeof(uintptr_t) > 4 && mask > 0xFFFFFFFFu) r |= uintptr_t(next32()) << 16 << 16;
        r &= mask;
        if (r < n) return r;
    }
}

static Value r_seed(const Args& a) {
    if (a.n_pos == 0 || a.pos[0] == none()) {
        seed_with(hal::random32());
        return none();
    }
    intptr_t s;
    Value v = a.pos[0];
    if (!is_int(v)) {
        intptr_t h;
        if (!hash(v, &h)) return {};
        s = h;
    } else if (!to_intptr(v, &s)) {
        if (!pending()) return {};
        take_exception();  // a big seed: fold its hash instead
        if (!hash(v, &s)) return {};
    }
    seed_with(uint32_t(s));
    return none();
}

static Value r_getrandbits(const Args& a) {
    intptr_t n;
    if (!to_intptr(a.pos[0], &n)) return {};
    if (n < 0 || n > 32) return raise_value_error("bits must be 32 or less"_msg);
    if (n == 0) return Value::small(0);
    uint32_t mask = n == 32 ? 0xFFFFFFFFu : (1u << n) - 1;
    return make_int_ull(next32() & mask);
}

static Value randrange_impl(intptr_t start, intptr_t stop, intptr_t step) {
    if (step == 0) return raise_value_error("zero step for randrange()"_msg);
    // Unsigned arithmetic: the span between two machine ints may not fit a signed one.
    bool up = step > 0;
    if (up ? stop <= start : stop >= start) return raise_value_error("empty range for randrange()"_msg);
    uintptr_t span = up ? uintptr_t(stop) - uintptr_t(start) : uintptr_t(start) - uintptr_t(stop);
    uintptr_t n = (span - 1) / (up ? uintptr_t(step) : 0 - uintptr_t(step)) + 1;
    return make_int(intptr_t(uintptr_t(start) + uintptr_t(step) * below(n)));
}

static Value r_randrange(const Args& a) {
    intptr_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < a.n_pos; ++i) {
        if (!to_intptr(a.pos[i], &v[i])) return {};
    }
    if (a.n_pos == 1) return randrange_impl(0, v[0], 1);
    return randrange_impl(v[0], v[1], v[2]);
}

static Value r_randint(const Args& a) {
    intptr_t lo, hi;
    if (!to_intptr(a.pos[0], &lo) || !to_intptr(a.pos[1], &hi)) return {};
    if (hi < lo) return raise_value_error("empty range for randrange()"_msg);
    if (hi == INTPTR_MAX) {  // hi + 1 does not fit: the same values, counted down from hi
        return randrange_impl(hi, lo == INTPTR_MIN ? lo : lo - 1, -1);
    }
    return randrange_impl(lo, hi + 1, 1);
}

static Value r_choice(const Args& a) {
    size_t n;
    if (!len(a.pos[0], &n)) return {};
    if (n == 0) return raise_index_error("Cannot choose from an empty sequence"_msg);
    return subscr_load(a.pos[0], make_int(intptr_t(below(n))));
}

// A float in [0, 1) from as many random bits as its significand holds (53 for doubles): exact, never 1.0.
static Float random_unit() {
    uint64_t hi = next32(), lo = next32();
    uint64_t bits = ((hi << 32) | lo) >> (64 - float_sig_bits);
    return float_from_u64(bits) * (Float(1) / Float(uint64_t(1) << float_sig_bits));
}

static Value r_random(const Args&) { return make_float(random_unit()); }
static Value r_uniform(const Args& a) {
    Float lo, hi;
    if (!to_float(a.pos[0], &lo) || !to_float(a.pos[1], &hi)) return {};
    return make_float(lo + (hi - lo) * random_unit());
}

// shuffle(list) in place (Fisher-Yates); CPython has it, MicroPython's full build too.
static Value r_shuffle(const Args& a) {
    size_t n;
    if (!len(a.pos[0], &n)) return {};
    for (size_t i = n; i > 1; --i) {
        size_t j = below(i);
        Value ii = make_int(intptr_t(i - 1)), jj = make_int(intptr_t(j));
        Value x = subscr_load(a.pos[0], ii);
        Value y = x ? subscr_load(a.pos[0], jj) : Value();
        if (!y || !subscr_store(a.pos[0], ii, y) || !subscr_store(a.pos[0], jj, x)) return {};
    }
    return none();
}

static constexpr NativeFunction f_seed = native(q_seed, r_seed, 0, 1);
static constexpr NativeFunction f_getrandbits = native(q_getrandbits, r_getrandbits, 1, 1);
static constexpr NativeFunction f_randrange = native(q_randrange, r_randrange, 1, 3);
static constexpr NativeFunction f_randint = native(q_randint, r_randint, 2, 2);
static constexpr NativeFunction f_choice = native(q_choice, r_choice, 1, 1);
static constexpr NativeFunction f_random = native(q_random, r_random, 0, 0);
static constexpr NativeFunction f_uniform = native(q_uniform, r_uniform, 2, 2);
static constexpr NativeFunction f_shuffle = native(q_shuffle, r_shuffle, 1, 1);

static const AttrEntry random_entries[] = {
    {&q_seed, &f_seed},       {&q_getrandbits, &f_getrandbits}, {&q_randrange, &f_randrange},
    {&q_randint, &f_randint}, {&q_choice, &f_choice},           {&q_random, &f_random},
    {&q_uniform, &f_uniform}, {&q_shuffle, &f_shuffle},
};
const AttrTable random_module_table = {random_entries, sizeof(random_entries) / sizeof(random_entries[0])};

}  // namespace core
