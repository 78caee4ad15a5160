// The web port's core HAL: the serial line to the page's console, board time from performance.now(),
// sleeping and waiting for input as pauses that give the browser its turn.
#include <string.h>

#include "board/board.hpp"
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/port.hpp"
#include "core/runtime.hpp"
#include "core/vm.hpp"
#include "ports/web/web.hpp"

namespace web {
namespace {

// Bytes typed or pasted in the console, until the REPL takes them. 4 KB holds a pasted program's
// raw-paste window many times over; the page holds back what does not fit (web_serial_input).
constexpr size_t kQueue = 4096;
uint8_t queue[kQueue];
size_t q_head = 0, q_len = 0;
int interrupt_char = -1;

// The runtime keeps the browser's thread at most this long before it pauses for one turn: long enough
// that the pause (an Asyncify unwind and rewind, ~20 us) costs nothing measurable, short enough for the
// page to draw every animation frame (16.7 ms).
constexpr double kSliceMs = 8;
double slice_start = 0;

// The page draws the LEDs at its next animation frame, which cannot come while the runtime holds the
// thread: a program that computes while it changes the LEDs would hold a frame up to kSliceMs. Once the
// LEDs change, the slice is kFrameSliceMs until the page has drawn them (web_frame_drawn), or for one frame
// period where nothing draws (Node, a hidden tab).
constexpr double kFrameSliceMs = 2;
constexpr double kFramePeriodMs = 17;
double leds_changed_at = -1e9;

// Asyncify instruments only the functions on the way from web_main to the pauses (CMakeLists.txt): a
// pause is taken only where every function on the stack is one of them, which is where neither the VM's
// loop nor native code that called back into Python or into another native is below (core::vm_may_pause).
// Elsewhere it does not pause: false, and the caller waits without giving the browser its turn (docs/web.md).
bool pause(int ms) {
    if (!core::vm_may_pause()) return false;
    mbpy_wait(ms);
    slice_start = mbpy_now_ms();
    return true;
}

uint32_t now_ms() { return uint32_t(mbpy_now_ms()); }

}  // namespace

bool serial_pending() { return q_len > 0; }
int serial_take() {
    if (!q_len) return -1;
    int c = queue[q_head];
    q_head = (q_head + 1) % kQueue;
    --q_len;
    return c;
}

void service() {
    board::tick(now_ms());
    double now = mbpy_now_ms();
    double slice = now - leds_changed_at < kFramePeriodMs ? kFrameSliceMs : kSliceMs;
    // The VM leaves its loop for the pause (core::pause_hook), at its next backward jump or Python call.
    if (now - slice_start >= slice) core::pause_wanted = true;
}

void leds_changed() { leds_changed_at = mbpy_now_ms(); }

// Sleeps until `end` (board ms) or Ctrl-C, running the board's background work at its deadlines.
void sleep_until(double end) {
    for (double now; (now = mbpy_now_ms()) < end && !core::state.interrupt;) {
        double slice = end - now;
        uint32_t d = board::next_deadline(uint32_t(now));
        if (d != UINT32_MAX && d + 1 < slice) slice = d + 1;
        pause(int(slice + 0.999));
        board::tick(now_ms());
    }
}

}  // namespace web

extern "C" {
// Serial input from the page; returns how many bytes were taken (the rest waits in the page).
__attribute__((used)) size_t web_serial_input(const uint8_t* data, size_t n) {
    using namespace web;
    size_t i = 0;
    for (; i < n; ++i) {
        if (data[i] == interrupt_char) {
            core::request_interrupt();
            continue;
        }
        if (q_len == kQueue) break;
        queue[(q_head + q_len++) % kQueue] = data[i];
    }
    return i;
}

// The page has drawn the LEDs (board.js, at the animation frame after they changed).
__attribute__((used)) void web_frame_drawn() { web::leds_changed_at = -1e9; }
}

extern "C" {
// Collections wherever an allocation asks for one (1) instead of only at the VM's safe points (0): on only
// to show that the GC stress test fails without the safe points (tests/web/run.js).
__attribute__((used)) void web_gc_collect_anywhere(int on) { core::gc::collect_anywhere = on != 0; }
}

namespace web {
// Called from main_web.cpp before the runtime starts.
void install_hooks() {
    core::poll_hook = service;
    core::pause_hook = [] { pause(0); };
}
}  // namespace web

namespace hal {

// Program output ("\n" becomes "\r\n" on the line, as the device's UART driver does).
void stdout_write(const char* data, size_t n) {
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
        if (data[i] != '\n') continue;
        mbpy_serial_out(data + start, i - start, 1);
        mbpy_serial_out("\r\n", 2, 1);
        start = i + 1;
    }
    mbpy_serial_out(data + start, n - start, 1);
}
void stderr_write(const char* data, size_t n) { stdout_write(data, n); }
void serial_write(const char* data, size_t n) { mbpy_serial_out(data, n, 0); }

bool serial_any() { return web::serial_pending(); }
int serial_read() { return web::serial_take(); }

int serial_read_wait() {
    for (;;) {
        if (web::serial_pending()) return web::serial_take();
        // Nothing typed: pause until input comes or the board has background work due. Where it cannot
        // pause no input can come (the page runs only while the runtime is paused): the end of input.
        uint32_t now = uint32_t(mbpy_now_ms());
        uint32_t d = board::next_deadline(now);
        if (!web::pause(d == UINT32_MAX ? 1000 : int(d) + 1)) return -1;
        board::tick(uint32_t(mbpy_now_ms()));
    }
}

void serial_set_interrupt_char(int c) { web::interrupt_char = c; }

uint32_t ticks_ms() { return uint32_t(mbpy_now_ms()); }
uint64_t ticks_us() { return uint64_t(mbpy_now_ms() * 1000.0); }
void sleep_ms(uint32_t ms) { web::sleep_until(mbpy_now_ms() + ms); }
uint32_t random32() { return mbpy_random(); }

// The page has no folders: modules come from the board's filesystem only.
bool find_module_source(const char*, size_t, bool, const char**, size_t*, const char**) { return false; }

void program_args(int* argc, const char* const** argv) {
    static const char* const args[] = {""};
    *argc = 1;
    *argv = args;
}

}  // namespace hal
