// The host board: the HAL board section over simulated inputs, the board clock and the trace file.
#include "ports/host/board_host.hpp"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <algorithm>
#include <vector>

#include "board/board.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "ports/host/host.hpp"

namespace host {

static BoardInputs sim;
BoardInputs& inputs() { return sim; }

static bool virt = false;
static uint64_t virt_us = 0;
static FILE* trace_file = nullptr;
static uint64_t until_ms = 0;  // 0: no limit
static std::vector<Event> events;
static size_t next_event = 0;
// Cost of one sensor or clock query in virtual time: about one loop iteration of bytecode on the nRF51,
// so busy-wait loops (`while not button_a.was_pressed(): pass`) still move board time forward.
static constexpr uint64_t query_cost_us = 20;

static uint64_t wall_us() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1000000u + uint64_t(ts.tv_nsec) / 1000u;
}
static const uint64_t wall_start = wall_us();

void set_virtual_clock(bool on) { virt = on; }
bool virtual_clock() { return virt; }
void set_trace(FILE* f) { trace_file = f; }
void set_until_ms(uint64_t ms) { until_ms = ms; }
void set_events(std::vector<Event> e) {
    std::stable_sort(e.begin(), e.end(), [](const Event& a, const Event& b) { return a.t_ms < b.t_ms; });
    events = std::move(e);
    next_event = 0;
}

static std::string serial_pending;  // serial output is traced a line at a time
static void flush_serial();

void finish_run(int status) {
    fflush(stdout);
    if (trace_file && !serial_pending.empty()) flush_serial();
    if (trace_file) fflush(trace_file);
    exit(status);
}

static uint64_t now_ms() { return board_us() / 1000; }

static uint64_t serial_t = 0;

static void flush_serial();
static uint64_t t_override = UINT64_MAX;  // the time of a delayed serial line
static void write_trace(const char* members, size_t n) {
    if (!trace_file) return;
    if (!serial_pending.empty() && strncmp(members, "\"serial\"", 8) != 0) flush_serial();
    uint64_t t = t_override != UINT64_MAX ? t_override : now_ms();
    fprintf(trace_file, "{\"t\": %llu, %.*s}\n", (unsigned long long)t, int(n), members);
}

static void flush_serial() {
    std::string text;
    text.swap(serial_pending);
    t_override = serial_t;
    board::Trace().str("serial", text).send();
    t_override = UINT64_MAX;
}

void trace_serial(const char* data, size_t n) {
    if (!trace_file || n == 0) return;
    if (serial_pending.empty()) serial_t = now_ms();
    serial_pending.append(data, n);
    if (serial_pending.back() == '\n' || serial_pending.size() > 200) flush_serial();
}

// Advances virtual time to `target_us`, stopping at every input event and board deadline on the way.
static void advance_to(uint64_t target_us) {
    while (!core::state.interrupt) {
        uint64_t ms = virt_us / 1000;
        uint64_t step = target_us;
        if (next_event < events.size()) step = std::min(step, events[next_event].t_ms * 1000);
        uint32_t d = board::next_deadline(uint32_t(ms));
        if (d != UINT32_MAX) step = std::min(step, (ms + d) * 1000);
        if (until_ms) step = std::min(step, until_ms * 1000);
        if (step > virt_us) virt_us = step;
        bool changed = false;
        while (next_event < events.size() && events[next_event].t_ms * 1000 <= virt_us) {
            apply_event_json(events[next_event++].json);
            changed = true;
        }
        board::tick(uint32_t(virt_us / 1000));
        if (until_ms && virt_us >= until_ms * 1000) finish_run(0);
        if (virt_us >= target_us && !changed) break;
        if (virt_us >= target_us) break;
    }
}

uint64_t board_us() {
    if (!virt) return wall_us() - wall_start;
    return virt_us;
}

static void query() {
    if (virt)
        advance_to(virt_us + query_cost_us);
    else
        term_view_poll();
}

uint64_t clock_query_us() {
    query();
    return board_us();
}

uint32_t virtual_random32() {
    static uint32_t x = 0x2545F491;  // xorshift32 from a fixed seed
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

void board_boot() {
    board::reset();
    board::reset_hook = [] { finish_run(0); };
}

int serial_in_read() {
    if (sim.serial_in.empty()) return -1;
    int c = static_cast<unsigned char>(sim.serial_in[0]);
    sim.serial_in.erase(0, 1);
    return c;
}

void board_sleep_ms(uint32_t ms) {
    if (virt) return advance_to(virt_us + uint64_t(ms) * 1000);
    // Real time: sleep in slices so the ticker runs animations and the terminal view stays live.
    uint64_t end = board_us() + uint64_t(ms) * 1000;
    for (uint64_t now; (now = board_us()) < end && !core::state.interrupt && !host::interrupted();) {
        uint64_t slice = std::min<uint64_t>(end - now, 10000);  // 10 ms: smooth enough for the eye
        uint32_t d = board::next_deadline(uint32_t(now / 1000));
        if (d != UINT32_MAX) slice = std::min<uint64_t>(slice, uint64_t(d) * 1000 + 1);
        timespec ts{time_t(slice / 1000000), long(slice % 1000000) * 1000};
        nanosleep(&ts, nullptr);
        term_view_poll();
        board::tick(uint32_t(board_us() / 1000));
    }
}

void board_idle() {
    term_view_poll();
    uint32_t now = uint32_t(board_us() / 1000);
    if (board::next_deadline(now) == 0) board::tick(now);
}

int board_idle_ms() {
    uint64_t now = board_us();
    uint64_t next = term_view_next_us();
    uint32_t d = board::next_deadline(uint32_t(now / 1000));
    if (d != UINT32_MAX) next = std::min(next, now + uint64_t(d) * 1000);
    if (next == UINT64_MAX) return -1;
    return next <= now ? 0 : int(std::min<uint64_t>((next - now + 999) / 1000, 60000));
}

}  // namespace host

namespace hal {
using host::sim;

void display_set(const uint8_t* leds) {
    if (host::term_view_active()) host::term_view_frame(leds);
}
bool button_down(int b) { return sim.button[b & 1]; }
int pin_read_digital(int pin, int pull) {
    host::query();
    if (sim.pin_level[pin] >= 0) return sim.pin_level[pin] > 0 ? 1 : 0;
    return pull == board::pull_up ? 1 : 0;
}
int pin_read_analog(int pin) {
    host::query();
    int l = sim.pin_level[pin];
    return l < 0 ? 0 : l > 1023 ? 1023 : l;
}
bool pin_touched(int pin) {
    host::query();
    return sim.pin_touch[pin];
}
void pin_write(int, int, bool, uint32_t) {}
void accelerometer_read(int* xyz) {
    host::query();
    for (int i = 0; i < 3; ++i) xyz[i] = sim.accel[i];
}
int accelerometer_gesture() { return sim.gesture; }
void compass_read(int* xyz) {
    host::query();
    for (int i = 0; i < 3; ++i) xyz[i] = sim.compass[i];
}
int temperature() { return sim.temperature; }
int light_level() { return sim.light; }
void board_trace(const char* members, size_t n) { host::write_trace(members, n); }

}  // namespace hal
