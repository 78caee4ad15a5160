// PWM on the edge connector's pins (write_analog), music's tones (a 50% duty PWM on the tone's pin) and
// audio samples, one driver on TIMER2: COMPARE[0] with a hardware clear makes the period and sets every PWM
// pin high, COMPARE[1] is moved from one pin's end of pulse to the next, clearing each. Audio samples (audio
// frames, speech) are a PWM of their own on one pin, a period a sample (7812.5 Hz), each sample's duty, its
// end on COMPARE[2]. The nRF51's GPIOTE and PPI could do it without the CPU, but QEMU models neither. One
// period for all the pins, as the original's one PWM timer: the last write_analog's period, the tone's, or
// the samples' while they play; a tone or a new period stops the samples (docs/nrf51.md).
#include "board/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {
namespace {

// Below the UART (0), beside the tick and dimming (1): a level of its own below them would nest one more
// exception frame (32 B) past the interrupts' 160 B of stack room (docs/nrf51.md).
constexpr uint32_t kPwmPriority = 1;
constexpr uint32_t kCc1 = kTimer2 + kTimerCc + 4, kCc2 = kTimer2 + kTimerCc + 8,
                   kCc3 = kTimer2 + kTimerCc + 12;
constexpr uint32_t kSampleTicks = 2048;  // 128 us: 7812.5 samples a second

// The pins in PWM, as duty (1..1023) << 5 | GPIO, so that their order is that of their duties: at most
// every pin that has a GPIO (pin0..pin20 less 17 and 18).
uint16_t channels[19];
volatile uint32_t high_mask = 0;       // the channels' GPIO bits: set at each period's start
uint16_t period_ticks = 0;             // the period in timer ticks; 0: the timer is off
volatile uint8_t count = 0, next = 0;  // channels in use; the next one to end in this period
uint8_t prescaler = 0, slack = 0;      // the timer's; ticks the handler needs to set CC[1]
int8_t tone_gpio = -1;                 // music's pin, or -1

// Clears the pins whose pulse ended (or ends within `slack`) and sets COMPARE[1] at the next end.
// From the handler, and with interrupts masked from thread mode.
void end_pulses() {
    uint32_t i = next;
    for (; i < count; ++i) {
        uint32_t at = (channels[i] >> 5) * period_ticks >> 10;
        reg(kTimer2 + kTimerCapture + 12) = 1;
        if (at > reg(kCc3) + slack) {
            reg(kCc1) = at;
            break;
        }
        reg(kGpioOutClr) = 1u << (channels[i] & 31);
    }
    next = uint8_t(i);
}

void timer_off() {
    reg(kTimer2 + kTimerStop) = 1;
    reg(kTimer2 + kTimerShutdown) = 1;
    period_ticks = 0;
}

// Audio samples: a ring the thread fills at `tail` and the handler empties at `head` (free-running 8-bit
// indices; empty, it keeps the pin low), and the GPIO bit of the pin they play on (0: none).
struct Samples {
    uint32_t bit;
    volatile uint8_t head, tail;
    uint8_t ring[128];
};
Samples au;

// The samples stop: their pin low, the ring emptied, the timer off if no pin is in PWM. From the handler,
// and with interrupts masked from thread mode.
void audio_off() {
    reg(kGpioOutClr) = au.bit;
    au.bit = 0;
    au.head = au.tail;
    reg(kTimer2 + kTimerIntenClr) = 1u << 18;  // COMPARE[2]
    if (!count) timer_off();
}

// A sample's period starts: the pin high for sample / 256 of it (0 low throughout, 255 high throughout).
void audio_sample(uint32_t bit) {
    uint32_t h = au.head, s = 0;
    if (h != au.tail) {
        s = au.ring[h % sizeof au.ring];
        au.head = uint8_t(h + 1);
    }
    uint32_t end = s * 8;
    if (s) {
        reg(kGpioOutSet) = bit;
        reg(kCc2) = s == 255 ? 0xFFFF : end;  // 0xFFFF: past the period's end, never reached
        reg(kTimer2 + kTimerCapture + 12) = 1;
    }
    if (end <= reg(kCc3) + slack) reg(kGpioOutClr) = bit;  // 0, or its end passed while the handler ran
}

// A new period: the counter starts again (the pins high from its first compare on).
void set_period(uint32_t p16) {
    uint32_t ticks = p16, pre = 0;
    while (ticks > 0xFFFF) ticks = (ticks + 1) >> 1, ++pre;  // 1 s (the longest) needs 2^9
    if (ticks == period_ticks && pre == prescaler) return;
    audio_off();  // the samples' clock is the period
    reg(kTimer2 + kTimerStop) = 1;
    reg(kTimer2 + kTimerMode) = 0;
    reg(kTimer2 + kTimerBitmode) = 0;  // 16 bits: TIMER1 and TIMER2 have no more
    reg(kTimer2 + kTimerPrescaler) = pre;
    reg(kTimer2 + kTimerCc) = ticks;
    reg(kTimer2 + kTimerShorts) = 1;  // COMPARE0_CLEAR: the period in hardware, however late the handler
    reg(kTimer2 + kTimerClear) = 1;
    period_ticks = uint16_t(ticks), prescaler = uint8_t(pre);
    slack = uint8_t((64 >> pre) + 1);  // the handler's loop takes about 64 cycles
    reg(kTimer2 + kTimerCompare) = 0;
    reg(kTimer2 + kTimerCompare + 4) = 0;
    reg(kTimer2 + kTimerIntenSet) = 3u << 16;  // COMPARE[0], COMPARE[1]
    irq_enable(kIrqTimer2, kPwmPriority);      // also drops an interrupt left pending before
    reg(kTimer2 + kTimerStart) = 1;
    reg(kGpioOutSet) = high_mask;
    next = 0;
}

}  // namespace

// `duty` 1..1023 of the period on GPIO `g`, from the next period on (0: the pin leaves PWM, low).
void pwm_set(int g, uint32_t duty, uint32_t p16) {
    CriticalSection cs;
    uint32_t bit = 1u << g, n = 0;
    for (uint32_t i = 0; i < count; ++i)
        if ((channels[i] & 31) != uint32_t(g)) channels[n++] = channels[i];
    count = uint8_t(n);
    high_mask = high_mask & ~bit;
    reg(kGpioOutClr) = bit;
    if (duty) {
        reg(kGpioPinCnf + 4 * uint32_t(g)) = kPinCnfOutput;
        set_period(p16);
        uint32_t c = duty << 5 | uint32_t(g), i = n;
        for (; i > 0 && channels[i - 1] > c; --i) channels[i] = channels[i - 1];
        channels[i] = uint16_t(c);
        count = uint8_t(n + 1);
        high_mask = high_mask | bit;  // high from the next period's start
    } else if (!n && !au.bit) {
        timer_off();
        return;
    }
    next = 0;
    end_pulses();
}

// Every pin of `mask` leaves PWM (low); the display takes its pins back.
void pwm_release(uint32_t mask) {
    for (int g = 0; g < 32; ++g)
        if ((mask & high_mask) >> g & 1) pwm_set(g, 0, 0);
}

}  // namespace nrf51

using namespace nrf51;

// A period's start (COMPARE[0]), the ends of pulses (COMPARE[1]) and of an audio sample's (COMPARE[2],
// before a new sample starts). OUTSET / OUTCLR, not a read-modify-write of OUT: the display's handlers
// write OUT too. Keeps interrupts on.
extern "C" void TIMER2_IRQHandler() {
    uint32_t bit = au.bit;
    if (reg(kTimer2 + kTimerCompare + 8)) {
        reg(kTimer2 + kTimerCompare + 8) = 0;
        reg(kGpioOutClr) = bit;
    }
    if (reg(kTimer2 + kTimerCompare)) {
        reg(kTimer2 + kTimerCompare) = 0;
        reg(kGpioOutSet) = high_mask;
        next = 0;
        if (bit) audio_sample(bit);
    }
    reg(kTimer2 + kTimerCompare + 4) = 0;
    end_pulses();
}

namespace hal {

// music's square wave: a 50% duty on `pin` at `freq_hz`, in place of the tone sounding; 0 silences (the
// pin low; the timer stopped and powered down when no pin is left in PWM).
void sound_tone(int pin, uint32_t freq_hz) {
    if (tone_gpio >= 0) pwm_set(tone_gpio, 0, 0);
    tone_gpio = -1;
    int g = pin_gpio(pin);
    if (freq_hz == 0 || g < 0) return;
    pwm_set(g, 512, (16000000 + freq_hz / 2) / freq_hz);
    tone_gpio = int8_t(g);
}

// Samples as PWM on `pin`, a period each at 7812.5 Hz (`rate_hz` is the audio module's): queued behind
// those still playing, waiting while the ring is full (with Ctrl-C, the rest are dropped). n = 0: the
// samples stop now, the pin low. Dropped while a tone sounds (music holds TIMER2).
void sound_samples(int pin, const uint8_t* samples, size_t n, uint32_t) {
    int g = pin_gpio(pin);
    uint32_t bit = n && tone_gpio < 0 && g >= 0 ? 1u << g : 0;
    if (au.bit != bit) {
        CriticalSection cs;
        audio_off();
        if (!bit) return;
        set_period(kSampleTicks);
        reg(kGpioPinCnf + 4 * uint32_t(g)) = kPinCnfOutput;
        reg(kTimer2 + kTimerCompare + 8) = 0;
        reg(kTimer2 + kTimerIntenSet) = 1u << 18;  // COMPARE[2]
        au.bit = bit;
    }
    for (size_t i = 0; i < n; ++i) {
        uint32_t t = au.tail;
        while (uint8_t(t - au.head) == sizeof au.ring) {
            if (!au.bit || (interrupt_flag && *interrupt_flag)) return;
            wait_for_interrupt();  // a compiler barrier too: au.bit is read again
        }
        au.ring[t % sizeof au.ring] = samples[i];
        au.tail = uint8_t(t + 1);
    }
}

}  // namespace hal
