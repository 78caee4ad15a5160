// Board time: the 16 MHz crystal; TIMER0 counting microseconds, free-running (the time base); TIMER1
// interrupting every millisecond (the tick: LED matrix, buttons, the time base's bookkeeping). The nRF51
// has no SysTick and QEMU models no RTC, hence TIMERs.
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

void (*background)(uint32_t now_ms) = nullptr;

namespace {

constexpr uint32_t kTickUs = 1000;
// The crystal starts in about 0.8 ms (datasheet); past 10 ms it is not coming and the RC oscillator
// (on by default, 2% accurate) keeps the board running.
constexpr uint32_t kHfclkTimeoutUs = 10000;
// board::tick runs at least this often while the program sleeps or the REPL waits: the original's ticker
// period, which its display animations and button counting assume.
constexpr uint32_t kBackgroundMs = 6;

// The time base, advanced by the tick in whole milliseconds: now_us = base_us + (counter - base_count),
// now_ms = ms_count + (counter - base_count) / 1000. Reading the counter keeps time exact even while the
// tick's interrupt waits (a flash erase stalls the CPU for up to 22 ms), and the tick, being periodic in
// hardware (compare + clear), cannot be lost however late it is served.
volatile uint32_t ms_count = 0;
volatile uint32_t base_count = 0;
volatile uint64_t base_us = 0;
uint32_t last_background = 0;

uint32_t counter_now() {
    reg(kTimer0 + kTimerCapture + 4) = 1;  // CAPTURE[1] -> CC[1]
    return reg(kTimer0 + kTimerCc + 4);
}

// Microseconds since the last counted millisecond. QEMU under -icount can show the counter a little
// behind a capture made before: that reads as 0, not as 71 minutes.
uint32_t since_base() {
    uint32_t d = counter_now() - base_count;
    return int32_t(d) < 0 ? 0 : d;
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
    constexpr uint32_t timers[] = {kTimer0, kTimer1};
    for (uint32_t t : timers) {
        reg(t + kTimerStop) = 1;
        reg(t + kTimerMode) = 0;       // timer
        reg(t + kTimerBitmode) = 3;    // 32 bits: TIMER0 wraps after 71 minutes, the tick keeps up
        reg(t + kTimerPrescaler) = 4;  // 16 MHz / 2^4 = 1 MHz
        reg(t + kTimerClear) = 1;
    }
    reg(kTimer0 + kTimerCompare + 8) = 0;
    reg(kTimer0 + kTimerIntenSet) = 1u << 18;  // COMPARE[2]: LED dimming (display.cpp)
    reg(kTimer1 + kTimerCc) = kTickUs;
    reg(kTimer1 + kTimerShorts) = 1;  // COMPARE0_CLEAR: a match every millisecond, in hardware
    reg(kTimer1 + kTimerCompare) = 0;
    reg(kTimer1 + kTimerIntenSet) = 1u << 16;  // COMPARE[0]
    // Below the UART: their handlers are longer and can wait the UART's 0.5 ms.
    irq_enable(kIrqTimer0, 1);
    irq_enable(kIrqTimer1, 1);
    reg(kTimer0 + kTimerStart) = 1;
    reg(kTimer1 + kTimerStart) = 1;
}

void idle() {
    uint32_t now = hal::ticks_ms();
    if (background && now - last_background >= kBackgroundMs) {
        last_background = now;
        background(now);
    }
    wait_for_interrupt();
}

}  // namespace nrf51

using namespace nrf51;

// The tick: the time base moves on by the whole milliseconds the counter passed (one, unless the
// interrupt waited), then the LED matrix and buttons.
extern "C" void TIMER1_IRQHandler() {
    reg(kTimer1 + kTimerCompare) = 0;
    uint32_t n = since_base() / kTickUs;
    base_count = base_count + n * kTickUs;
    base_us = base_us + uint64_t(n) * kTickUs;
    ms_count = ms_count + n;
    display_tick(n);
}

// LED dimming within a row strobe, timed on the free-running counter.
extern "C" void TIMER0_IRQHandler() {
    if (reg(kTimer0 + kTimerCompare + 8)) {
        reg(kTimer0 + kTimerCompare + 8) = 0;
        display_dim_event();
    }
}

namespace hal {

uint32_t ticks_ms() {
    uint32_t ms, since;
    {
        CriticalSection cs;  // ms_count and base_count must come from the same tick
        ms = ms_count;
        since = since_base();
    }
    return ms + since / kTickUs;  // the division outside: interrupts stay masked a few instructions only
}

uint64_t ticks_us() {
    CriticalSection cs;  // base_us (two words) and base_count must come from the same tick
    return base_us + since_base();
}

void sleep_ms(uint32_t ms) {
    uint32_t start = ticks_ms();
    while (ticks_ms() - start < ms) {
        if (interrupt_flag && *interrupt_flag) return;  // Ctrl-C ends a sleep at once
        idle();
    }
}

}  // namespace hal
