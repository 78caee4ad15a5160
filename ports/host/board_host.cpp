// The host board: the HAL board section over simulated inputs, and the board clock (virtual and metered
// when headless).
#include "ports/host/board_host.hpp"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <algorithm>
#include <vector>

#include "board/board.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/port.hpp"
#include "core/runtime.hpp"
#include "ports/host/host.hpp"

namespace host {

static BoardInputs sim;
BoardInputs& inputs() { return sim; }

static bool virt = false;
static uint64_t virt_us = 0;
static uint64_t until_ms = 0;  // 0: no limit
static int until_status = 0;   // how a run ends at --until: 1 ("error") once an exception went uncaught
static uint64_t budget = 0;    // 0: no limit
static uint64_t work_done = 0;
static uint32_t work_ns = 0;  // work not yet turned into whole microseconds of board time
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

bool virtual_clock() { return virt; }
void set_until_ms(uint64_t ms) { until_ms = ms; }
void set_until_status(int status) { until_status = status; }
void set_budget(uint64_t work) { budget = work; }
uint64_t work_total() { return work_done; }
void set_events(std::vector<Event> e) {
    std::stable_sort(e.begin(), e.end(), [](const Event& a, const Event& b) { return a.t_ms < b.t_ms; });
    events = std::move(e);
    next_event = 0;
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
        trace_clock(virt_us / 1000);
        while (next_event < events.size() && events[next_event].t_ms * 1000 <= virt_us)
            apply_event(events[next_event++]);
        board::tick(uint32_t(virt_us / 1000));
        if (until_ms && virt_us >= until_ms * 1000) end_run(until_status ? "error" : "until", until_status);
        if (virt_us >= target_us) break;
    }
}

// The VM's work meter (core::vm_meter): board time advances by work_ns_per_byte for each byte of
// bytecode run, and the run ends when it has spent its budget. Within a board millisecond only the
// counter moves; crossing into the next one runs the board (events, deadlines, animations) as a sleep does.
static void meter(uint32_t work) {
    work_done += work;
    if (budget && work_done > budget) end_run("budget", budget_status);
    uint64_t ns = uint64_t(work_ns) + uint64_t(work) * work_ns_per_byte;
    uint64_t target = virt_us + ns / 1000;
    work_ns = uint32_t(ns % 1000);
    if (target / 1000 == virt_us / 1000)
        virt_us = target;
    else
        advance_to(target);
}

void set_virtual_clock(bool on) {
    virt = on;
    core::vm_meter = on ? meter : nullptr;
    core::state.poll = on;
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

int serial_wait_byte() {
    for (;;) {
        if (int c = serial_in_read(); c >= 0) return c;
        if (core::state.interrupt) {  // a Ctrl-C among the serial events: the line editor's Ctrl-C
            core::state.interrupt = false;
            return 3;
        }
        trace_flush_serial();  // what came before (a prompt) keeps its time; the echo gets the input's
        size_t i = next_event;
        while (i < events.size() && !events[i].serial) ++i;
        if (i == events.size()) {  // nothing more will come: the run ends at --until, else end of input
            if (until_ms) advance_to(until_ms * 1000);
            return -1;
        }
        advance_to(std::max(virt_us, events[i].t_ms * 1000));
    }
}

bool serial_in_any() { return !sim.serial_in.empty(); }

uint32_t virtual_random32() {
    static uint32_t x = 0x2545F491;  // xorshift32 from a fixed seed
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

void board_boot() {
    board::reset();
    board::reset_hook = [] { end_run("reset", 0); };
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
void neopixel_send(int, const uint8_t*, size_t) {}  // the board trace shows the strip (mod_neopixel.cpp)
void display_enable(bool) {}
int i2c_transfer(int, uint8_t*, size_t, bool, bool) { return 5; }  // no device on the bus
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
// QEMU's micro:bit's DEVICEID, as the device reads it there (machine.unique_id()).
void device_id(uint32_t id[2]) { id[0] = 3, id[1] = 0x12345678; }
// Nothing is attached to the SPI bus: every byte received is 0.
void spi_init(uint32_t, int, int, int, int) {}
void spi_transfer(const uint8_t*, uint8_t* rx, size_t n_rx, size_t) {
    for (size_t i = 0; i < n_rx; ++i) rx[i] = 0;
}
void uart_init(int, bool, int, int) {}  // the serial line stays where it is

}  // namespace hal
