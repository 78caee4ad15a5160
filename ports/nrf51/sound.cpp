// Tones on a pin (music, pitch): a square wave toggled from TIMER2's compare interrupt. The nRF51's
// GPIOTE and PPI could toggle the pin without the CPU, but QEMU models neither; at 880 edges a second for
// A4 (7,812 at pitch()'s highest, 3,906 Hz) the interrupt costs the CPU little. One tone at a time, as
// the board's music has one player.
#include "board/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {
namespace {

// Below the UART (0), beside the tick and dimming (1): a level of its own below them would nest one more
// exception frame (32 B) past the interrupts' 160 B of stack room (docs/nrf51.md).
constexpr uint32_t kTonePriority = 1;
// The half period in 16 MHz ticks, prescaled by powers of two until it fits TIMER2's 16-bit counter.
constexpr uint32_t kHalfPeriodTicks16Mhz = 8000000;

volatile uint32_t tone_mask = 0;  // the GPIO bit of the pin sounding; 0 when silent
volatile bool tone_high = false;

}  // namespace
}  // namespace nrf51

using namespace nrf51;

// One edge. OUTSET / OUTCLR, not a read-modify-write of OUT: the display's handlers write OUT too.
// Keeps interrupts on; uses no stack beyond the exception frame.
extern "C" void TIMER2_IRQHandler() {
    reg(kTimer2 + kTimerCompare) = 0;
    tone_high = !tone_high;
    reg(tone_high ? kGpioOutSet : kGpioOutClr) = tone_mask;
}

namespace hal {

// Starts a square wave of `freq_hz` on `pin` in place of the tone playing; 0 silences (the pin low,
// TIMER2 stopped and powered down).
void sound_tone(int pin, uint32_t freq_hz) {
    uint32_t old = tone_mask;
    tone_mask = 0;  // from here an edge still pending touches no pin
    reg(kTimer2 + kTimerStop) = 1;
    reg(kTimer2 + kTimerShutdown) = 1;
    reg(kGpioOutClr) = old;
    tone_high = false;
    int g = pin_gpio(pin);
    if (freq_hz == 0 || g < 0) return;
    uint32_t ticks = (kHalfPeriodTicks16Mhz + freq_hz / 2) / freq_hz, prescaler = 0;
    while (ticks > 0xFFFF) ticks = (ticks + 1) >> 1, ++prescaler;
    reg(kGpioOutClr) = 1u << g;
    reg(kGpioPinCnf + 4 * uint32_t(g)) = kPinCnfOutput;
    reg(kTimer2 + kTimerMode) = 0;
    reg(kTimer2 + kTimerBitmode) = 0;  // 16 bits: TIMER1 and TIMER2 have no more
    reg(kTimer2 + kTimerPrescaler) = prescaler;
    reg(kTimer2 + kTimerCc) = ticks ? ticks : 1;
    reg(kTimer2 + kTimerShorts) = 1;  // COMPARE0_CLEAR: the period in hardware, however late the handler
    reg(kTimer2 + kTimerClear) = 1;
    reg(kTimer2 + kTimerCompare) = 0;
    reg(kTimer2 + kTimerIntenSet) = 1u << 16;  // COMPARE[0]
    irq_enable(kIrqTimer2, kTonePriority);     // also drops an edge left pending by the last tone
    tone_mask = 1u << g;
    reg(kTimer2 + kTimerStart) = 1;
}

}  // namespace hal
