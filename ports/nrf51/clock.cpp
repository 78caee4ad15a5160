// Board time: the 16 MHz crystal, and TIMER0 counting microseconds with a compare interrupt every
// millisecond (the nRF51 has no SysTick, and QEMU models no RTC). The tick also drives the LED matrix.
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

void (*background)(uint32_t now_ms) = nullptr;

namespace {

constexpr uint32_t kTimer = kTimer0;
constexpr uint32_t kTickUs = 1000;
// The crystal starts in about 0.8 ms (datasheet); past 10 ms it is not coming and the RC oscillator
// (on by default, 2% accurate) keeps the board running.
constexpr uint32_t kHfclkTimeoutUs = 10000;
// board::tick runs at least this often while the program sleeps or the REPL waits: the original's ticker
// period, which its display animations and button counting assume.
constexpr uint32_t kBackgroundMs = 6;

volatile uint32_t ms_count = 0;
// The counter value and the microsecond time of the last counted millisecond: now = base_us + (count -
// base_count). Written by the tick only.
volatile uint32_t base_count = 0;
volatile uint64_t base_us = 0;
uint32_t last_background = 0;

uint32_t timer_now() {
    reg(kTimer + kTimerCapture + 4) = 1;  // CAPTURE[1] -> CC[1]
    return reg(kTimer + kTimerCc + 4);
}

}  // namespace

bool spin_until_set(uint32_t addr, uint32_t us) {
    // Each turn takes at least 8 cycles (a peripheral load, a compare, a count, a branch) at 16 MHz.
    for (uint32_t n = us * 2; n > 0; --n) {
        if (reg(addr)) return true;
    }
    return reg(addr) != 0;
}

bool hfclk_start() {
    reg(kHfclkStarted) = 0;
    reg(kHfclkStart) = 1;
    return spin_until_set(kHfclkStarted, kHfclkTimeoutUs);
}

void tick_init() {
    reg(kTimer + kTimerStop) = 1;
    reg(kTimer + kTimerMode) = 0;       // timer
    reg(kTimer + kTimerBitmode) = 3;    // 32 bits: wraps after 71 minutes, far beyond any tick delay
    reg(kTimer + kTimerPrescaler) = 4;  // 16 MHz / 2^4 = 1 MHz
    reg(kTimer + kTimerClear) = 1;
    reg(kTimer + kTimerCc) = kTickUs;  // CC[0]: the next millisecond
    reg(kTimer + kTimerCompare) = 0;
    reg(kTimer + kTimerCompare + 8) = 0;
    reg(kTimer + kTimerIntenSet) = (1u << 16) | (1u << 18);  // COMPARE0 (tick), COMPARE2 (LED dimming)
    irq_enable(kIrqTimer0, 1);  // below the UART: its handler is longer and can wait 0.5 ms
    reg(kTimer + kTimerStart) = 1;
}

void idle() {
    uint32_t now = ms_count;
    if (background && now - last_background >= kBackgroundMs) {
        last_background = now;
        background(now);
    }
    wait_for_interrupt();
}

}  // namespace nrf51

using namespace nrf51;

extern "C" void TIMER0_IRQHandler() {
    if (reg(kTimer + kTimerCompare)) {
        reg(kTimer + kTimerCompare) = 0;
        // Count every millisecond that passed, also those missed while the CPU was stalled (a flash page
        // erase stops it for up to 22 ms). The next compare must lie ahead of the counter when it is set,
        // or it would match only after the 32-bit counter wraps: when it does not, that millisecond is
        // counted here too and its event (set or not) dropped.
        uint32_t cc = reg(kTimer + kTimerCc);
        for (;;) {
            base_count = cc;
            base_us = base_us + kTickUs;
            ms_count = ms_count + 1;
            display_tick();
            cc += kTickUs;
            reg(kTimer + kTimerCc) = cc;
            if (int32_t(cc - timer_now()) > 0) break;
            reg(kTimer + kTimerCompare) = 0;
        }
    }
    if (reg(kTimer + kTimerCompare + 8)) {
        reg(kTimer + kTimerCompare + 8) = 0;
        display_dim_event();
    }
}

namespace hal {

uint32_t ticks_ms() { return ms_count; }

uint64_t ticks_us() {
    CriticalSection cs;  // base_us (two words) and base_count must come from the same tick
    return base_us + (timer_now() - base_count);
}

void sleep_ms(uint32_t ms) {
    uint32_t start = ms_count;
    while (ms_count - start < ms) {
        if (interrupt_flag && *interrupt_flag) return;  // Ctrl-C ends a sleep at once
        idle();
    }
}

}  // namespace hal
