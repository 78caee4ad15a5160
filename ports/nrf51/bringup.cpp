// The bring-up image: the port's HAL without the Python runtime, driven by one-letter commands over the
// serial line, so the port is tested in QEMU (tests/device/) and on a board before the core fits.
// Each command line answers with one line; see docs/nrf51.md for the list.
#include <cstdint>
#include <cstring>

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {
extern uint16_t button_presses[2];
extern bool crystal_running;
extern uint32_t fs_pages_erased;
}  // namespace nrf51

namespace {

using namespace nrf51;

volatile bool interrupted = false;

// ---- output --------------------------------------------------------------------------------------------
void out(const char* s) { hal::serial_write(s, strlen(s)); }  // raw: the lines end in "\r\n" here
void out_u(uint32_t v) {
    char b[11];
    int i = 10;
    b[i] = 0;
    do b[--i] = char('0' + v % 10), v /= 10;
    while (v);
    out(b + i);
}
void out_x(uint32_t v) {
    char b[9];
    for (int i = 7; i >= 0; --i, v >>= 4) b[i] = "0123456789abcdef"[v & 15];
    b[8] = 0;
    out(b);
}

// ---- input ---------------------------------------------------------------------------------------------
uint32_t parse(const char*& p, int base = 10) {
    while (*p == ' ') ++p;
    if (base == 16 && p[0] == '0' && p[1] == 'x') p += 2;
    uint32_t v = 0;
    for (;; ++p) {
        int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 : 99;
        if (d >= base) return v;
        v = v * uint32_t(base) + uint32_t(d);
    }
}

size_t read_line(char* buf, size_t cap) {
    size_t n = 0;
    for (;;) {
        int c = hal::serial_read_wait();
        if (c == '\r' || c == '\n') {
            if (n) break;
            continue;
        }
        if (n + 1 < cap) buf[n++] = char(c);
    }
    buf[n] = 0;
    return n;
}

// ---- commands ------------------------------------------------------------------------------------------
// Recursion without a base case: each level keeps a buffer so that the stack runs out quickly.
__attribute__((noinline)) uint32_t recurse(uint32_t depth) {
    if (depth > 0xFFFFFF) return 0;  // never: the stack ends long before
    volatile uint8_t pad[64];
    pad[depth % 64] = uint8_t(depth);
    return recurse(depth + 1) + pad[0];
}

void flash_test(uint32_t page) {
    // Erase, check blank, write a pattern word by word, read it back, then AND-write over it.
    hal::flash_erase_page(page);
    const uint32_t* w = reinterpret_cast<const uint32_t*>(page);
    uint32_t size = hal::flash_page_size(), bad = 0;
    for (uint32_t i = 0; i < size / 4; ++i) bad += w[i] != 0xFFFFFFFF;
    for (uint32_t i = 0; i < size / 4; ++i) hal::flash_write_word(page + 4 * i, 0xA5000000u | i);
    for (uint32_t i = 0; i < size / 4; ++i) bad += w[i] != (0xA5000000u | i);
    hal::flash_write_word(page, 0x0F0F0F0F);  // NOR: only clears bits
    bad += w[0] != (0xA5000000u & 0x0F0F0F0F);
    out(bad ? "flash FAIL " : "flash ok ");
    out_u(bad);
}

// 'D': TIMER1 (the tick) CC0, COMPARE0, SHORTS, INTEN; TIMER0 (time base) CC2, COMPARE2, INTEN.
constexpr uint32_t kDebugRegs[] = {
    kTimer1 + kTimerCc,     kTimer1 + kTimerCompare,     kTimer1 + kTimerShorts,  kTimer1 + kTimerIntenSet,
    kTimer0 + kTimerCc + 8, kTimer0 + kTimerCompare + 8, kTimer0 + kTimerIntenSet};
void command(const char* line) {
    const char* p = line + 1;
    switch (line[0]) {
        case 'e': out(p); break;  // echo
        case 't': out("ticks "), out_u(hal::ticks_ms()), out(" "), out_u(uint32_t(hal::ticks_us())); break;
        case 's': {  // sleep N ms, report the ms and us that passed
            uint32_t ms = parse(p), t0 = hal::ticks_ms();
            uint64_t u0 = hal::ticks_us();
            hal::sleep_ms(ms);
            out("slept "), out_u(hal::ticks_ms() - t0), out(" "), out_u(uint32_t(hal::ticks_us() - u0));
            break;
        }
        case 'f': flash_test(parse(p, 16)); break;
        case 'w': {  // w ADDR VALUE: write a flash word
            uint32_t a = parse(p, 16), v = parse(p, 16);
            hal::flash_write_word(a, v);
            out("word "), out_x(*reinterpret_cast<const uint32_t*>(a));
            break;
        }
        case 'r': out("word "), out_x(*reinterpret_cast<const uint32_t*>(parse(p, 16) & ~3u)); break;
        case 'E': hal::flash_erase_page(parse(p, 16)), out("erased"); break;
        case 'g': {  // the filesystem region
            uint32_t s = 0, l = 0;
            bool ok = hal::flash_fs_region(&s, &l);
            out("fs "), out_x(s), out(" "), out_x(l), out(ok ? " ok erased " : " none erased ");
            out_u(fs_pages_erased);
            break;
        }
        case 'd': {  // d + 25 digits: an LED frame
            uint8_t leds[25] = {};
            for (int i = 0; i < 25 && p[i] >= '0' && p[i] <= '9'; ++i) leds[i] = uint8_t(p[i] - '0');
            hal::display_set(leds);
            out("shown");
            break;
        }
        case 'b':
            out("buttons "), out_u(hal::button_down(0)), out(" "), out_u(hal::button_down(1));
            out(" presses "), out_u(button_presses[0]), out(" "), out_u(button_presses[1]);
            break;
        case 'n': out("random "), out_x(hal::random32()); break;
        case 'T': out("temperature "), out_u(uint32_t(hal::temperature())); break;
        case 'i':  // info: reset reason, crystal, RAM map, receive overruns
            out("reset "), out(last_reset_reason()), out(crystal_running ? " xtal" : " rc");
            out(" stack "), out_x(uint32_t(__stack_top)), out(" heap "), out_x(uint32_t(__heap_start));
            out(" "), out_x(uint32_t(__heap_end)), out(" fw_end "), out_x(uint32_t(__fw_end));
            out(" overruns "), out_u(rx_overruns);
            break;
        case 'c': {  // Ctrl-C: wait up to N ms for the interrupt character
            uint32_t ms = parse(p);
            interrupted = false;
            hal::serial_set_interrupt_char(3);
            out("waiting\r\n");
            uint32_t t0 = hal::ticks_ms();
            while (!interrupted && hal::ticks_ms() - t0 < ms) {
            }  // a busy loop: only the receive interrupt can end it early
            hal::serial_set_interrupt_char(-1);
            out(interrupted ? "interrupted" : "timeout");
            break;
        }
        case 'x': {  // x N: receive N bytes as fast as they come, report their sum (ring buffer check)
            uint32_t n = parse(p), sum = 0;
            out("ready\r\n");
            for (uint32_t i = 0; i < n; ++i) sum += uint32_t(hal::serial_read_wait());
            out("sum "), out_u(sum), out(" overruns "), out_u(rx_overruns);
            break;
        }
        case 'F': out("faulting\r\n"), out_u(*reinterpret_cast<volatile uint32_t*>(0x1FFFFFF0)); break;
        case 'S': out("overflowing\r\n"), out_u(recurse(0)); break;
        case 'P': set_phase(Phase::MainPy), out("main.py faulting\r\n"), command("F"); break;
        case 'k': out("stack "), out_u(stack_high_water()); break;  // deepest use since reset
        case 'D':  // the timers (kDebugRegs), TIMER0's counter, NVIC enabled and pending
            for (uint32_t r : kDebugRegs) out_x(reg(r)), out(" ");
            reg(kTimer0 + kTimerCapture + 4) = 1;
            out_x(reg(kTimer0 + kTimerCc + 4));
            out(" "), out_x(reg(kNvicIser)), out(" "), out_x(reg(kNvicIser + 0x100));
            break;
        case 'R': out("resetting\r\n"), requested_reset();
        default: out("?"); break;
    }
    out("\r\n");
}

}  // namespace

int main() {
    boot();
    interrupt_flag = &interrupted;
    out("mbpy nrf51 bring-up; reset: "), out(last_reset_reason());
    out(startup_allowed() ? "" : " (startup skipped)");
    out("\r\n");
    char line[96];
    for (;;) {
        out("> ");
        read_line(line, sizeof line);
        command(line);
    }
}
