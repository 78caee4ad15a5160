// The time module (utime): sleeps and MicroPython's wrapping tick counters.
#include <time.h>

#include "core/hal.hpp"
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"

namespace core {

// Ticks wrap at 2**30 as on the micro:bit (MicroPython's period is the small-int range of a 32-bit
// port); the host uses the device's period so programs behave the same in the simulator.
static constexpr intptr_t ticks_period = intptr_t(1) << 30;
static constexpr intptr_t ticks_mask = ticks_period - 1;

static Value t_ticks_ms(const Args&) { return make_int(intptr_t(hal::ticks_ms() & ticks_mask)); }
static Value t_ticks_us(const Args&) { return make_int(intptr_t(hal::ticks_us() & ticks_mask)); }
static Value t_ticks_add(const Args& a) {
    intptr_t t, d;
    if (!to_intptr(a.pos[0], &t) || !to_intptr(a.pos[1], &d)) return {};
    return make_int(intptr_t((uintptr_t(t) + uintptr_t(d)) & ticks_mask));  // unsigned: wraps, no overflow
}
static Value t_ticks_diff(const Args& a) {
    intptr_t end, start;
    if (!to_intptr(a.pos[0], &end) || !to_intptr(a.pos[1], &start)) return {};
    uintptr_t half = ticks_period / 2;
    return make_int(intptr_t((uintptr_t(end) - uintptr_t(start) + half) & ticks_mask) - intptr_t(half));
}

// Sleeps through the HAL (which services the display/music on the board); the last sub-millisecond
// part of sleep_us is a busy wait on the microsecond counter.
static void sleep_ms_long(uint64_t ms) {
    while (ms > 0 && !state.interrupt) {  // hal::sleep_ms takes 32 bits
        uint32_t part = ms > (1u << 30) ? (1u << 30) : uint32_t(ms);
        hal::sleep_ms(part);
        ms -= part;
    }
}
static bool sleep_us_total(uint64_t us) {
    if (us == 0) return true;
    uint64_t start = hal::ticks_us();
    uint64_t target = start + us;
    if (us >= 1000) sleep_ms_long(us / 1000);
    while (hal::ticks_us() < target) {
        if (state.interrupt) break;
    }
    return true;
}
static Value t_sleep(const Args& a) {
    Float s;
    if (!to_float(a.pos[0], &s)) return {};
    if (s != s) return raise_value_error("Invalid value NaN (not a number)"_msg);
    Float us = s * Float(1e6);
    if (us > Float(1e18)) return raise_overflow_error("sleep length is too large"_msg);  // 30000 years
    if (us >= 1) sleep_us_total(u64_from_float(us));
    return none();
}
static Value t_sleep_ms(const Args& a) {
    intptr_t ms;
    if (!to_intptr(a.pos[0], &ms)) return {};
    if (ms > 0) sleep_ms_long(uint64_t(ms));
    return none();
}
static Value t_sleep_us(const Args& a) {
    intptr_t us;
    if (!to_intptr(a.pos[0], &us)) return {};
    if (us > 0) sleep_us_total(uint64_t(us));
    return none();
}
// Wall clock: the host has one (C11 timespec_get); the board has no RTC, so there it counts from start-up.
static bool wall_clock(int64_t* sec, long* nsec) {
#if !MBPY_WALL_CLOCK || !defined(TIME_UTC)  // no RTC (or a libc without timespec_get)
    uint64_t us = hal::ticks_us();
    *sec = int64_t(us / 1000000);
    *nsec = long(us % 1000000) * 1000;
#else
    timespec ts;
    if (timespec_get(&ts, TIME_UTC) != TIME_UTC) return false;
    *sec = int64_t(ts.tv_sec);
    *nsec = ts.tv_nsec;
#endif
    return true;
}
static Value t_time(const Args&) {
    int64_t s;
    long ns;
    if (!wall_clock(&s, &ns)) return raise(&os_error_type, "no clock"_msg);
    if (!config::wall_clock) return make_int_ll(s);  // MicroPython's ports without an RTC return an int
    return make_float(Float(s) + Float(ns) * Float(1e-9));
}
static Value t_time_ns(const Args&) {
    int64_t s;
    long ns;
    if (!wall_clock(&s, &ns)) return raise(&os_error_type, "no clock"_msg);
    return make_int_ll((long long)s * 1000000000ll + ns);
}

#if MBPY_TIME_CALENDAR
// ---- calendar: seconds since 1970 <-> (year, month, mday, hour, minute, second, weekday, yearday)
// ---------- Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar, no libc
// needed.
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static Value t_gmtime(const Args& a) {
    int64_t t;
    if (a.n_pos == 0 || a.pos[0] == none()) {
        long ns;
        if (!wall_clock(&t, &ns)) return raise(&os_error_type, "no clock"_msg);
    } else {
        Float d;
        if (!to_float(a.pos[0], &d)) return {};
        if (d != d) return raise_value_error("Invalid value NaN (not a number)"_msg);
        // About 3 million years each way: the day arithmetic below stays far inside 64 bits.
        if (d < Float(-1e14) || d > Float(1e14))
            return raise_overflow_error("timestamp out of range for platform time_t"_msg);
        t = i64_from_float(d < 0 ? d - Float(0.999999) : d);  // floor for negative times
    }
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t rem = t - days * 86400;
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    int64_t wday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (Monday = 0)
    int64_t yday = days - days_from_civil(y, 1, 1) + 1;
    Value items[8] = {make_int_ll(y),
                      make_int_ll(m),
                      make_int_ll(d),
                      make_int_ll(rem / 3600),
                      make_int_ll(rem / 60 % 60),
                      make_int_ll(rem % 60),
                      make_int_ll(wday),
                      make_int_ll(yday)};
    return make_tuple(8, items);
}

// mktime((year, month, mday, hour, minute, second, ...)) -> seconds since 1970 (UTC: the board has no zone).
static Value t_mktime(const Args& a) {
    int64_t f[6];
    for (int i = 0; i < 6; ++i) {
        Value v = subscr_load(a.pos[0], Value::small(i));
        intptr_t x;
        if (!v || !to_intptr(v, &x)) return {};
        // Beyond a billion (years, or seconds) the arithmetic below could overflow 64 bits.
        if (x > 1000000000 || x < -1000000000)
            return raise_overflow_error("mktime argument out of range"_msg);
        f[i] = x;
    }
    // Months outside 1..12 roll into the year, as C's mktime does.
    int64_t mon0 = f[1] - 1;
    int64_t y = f[0] + (mon0 >= 0 ? mon0 / 12 : -((11 - mon0) / 12));
    int64_t m = mon0 - (y - f[0]) * 12 + 1;
    int64_t t = days_from_civil(y, m, 1) + (f[2] - 1);
    return make_int_ll(t * 86400 + f[3] * 3600 + f[4] * 60 + f[5]);
}

static constexpr NativeFunction f_gmtime = native(q_gmtime, t_gmtime, 0, 1);
static constexpr NativeFunction f_localtime = native(q_localtime, t_gmtime, 0, 1);
static constexpr NativeFunction f_mktime = native(q_mktime, t_mktime, 1, 1);
#endif
static constexpr NativeFunction f_ticks_ms = native(q_ticks_ms, t_ticks_ms, 0, 0);
static constexpr NativeFunction f_ticks_us = native(q_ticks_us, t_ticks_us, 0, 0);
static constexpr NativeFunction f_ticks_cpu = native(q_ticks_cpu, t_ticks_us, 0, 0);
static constexpr NativeFunction f_ticks_add = native(q_ticks_add, t_ticks_add, 2, 2);
static constexpr NativeFunction f_ticks_diff = native(q_ticks_diff, t_ticks_diff, 2, 2);
static constexpr NativeFunction f_sleep = native_pausing(q_sleep, t_sleep, 1, 1);
static constexpr NativeFunction f_sleep_ms = native_pausing(q_sleep_ms, t_sleep_ms, 1, 1);
static constexpr NativeFunction f_sleep_us = native_pausing(q_sleep_us, t_sleep_us, 1, 1);
static constexpr NativeFunction f_time = native(q_time, t_time, 0, 0);
static constexpr NativeFunction f_time_ns = native(q_time_ns, t_time_ns, 0, 0);

static const AttrEntry time_entries[] = {
    {&q_ticks_ms, &f_ticks_ms},   {&q_ticks_us, &f_ticks_us},     {&q_ticks_cpu, &f_ticks_cpu},
    {&q_ticks_add, &f_ticks_add}, {&q_ticks_diff, &f_ticks_diff}, {&q_sleep, &f_sleep},
    {&q_sleep_ms, &f_sleep_ms},   {&q_sleep_us, &f_sleep_us},     {&q_time, &f_time},
    {&q_time_ns, &f_time_ns},
// clang-format off
#if MBPY_TIME_CALENDAR
    {&q_gmtime, &f_gmtime}, {&q_localtime, &f_localtime}, {&q_mktime, &f_mktime},
#endif
    // clang-format on
};
const AttrTable time_module_table = {time_entries, sizeof(time_entries) / sizeof(time_entries[0])};

}  // namespace core
