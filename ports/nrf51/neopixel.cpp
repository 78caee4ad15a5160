// WS2812 LEDs (neopixel) on a pin, bit-banged with counted cycles as the original firmware does: at
// 16 MHz one bit is 20 cycles (1.25 us), high for 6 cycles (0.375 us) for a 0 and 11 (0.69 us) for a 1.
// Interrupts are masked while the bytes go out, 30 us per LED (docs/nrf51.md, "Interrupts"): an
// interrupt in the middle of a bit would stretch it into the other value.
#include "board/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace hal {

using namespace nrf51;

void neopixel_send(int pin, const uint8_t* grb, size_t n) {
    int g = pin_gpio(pin);
    if (g < 0 || !n) return;
    pwm_set(g, 0, 0);  // out of PWM, low
    uint32_t mask = 1u << g;
    reg(kGpioOutClr) = mask;
    reg(kGpioPinCnf + 4 * g) = kPinCnfOutput;
    const uint8_t* end = grb + n;
    uint32_t byte, bit, primask;
    // Cycles (Cortex-M0, no flash wait states at 16 MHz): str and ldrb 2, b and a taken b<cond> 3, a
    // b<cond> not taken 1, the rest 1. The pin changes as each str completes, so a high time is the cycles
    // after the set's str up to the clear's str included; a bit starts at each set. A 1 goes low late
    // enough to run the loop's control while high; a 0 runs it after going low. Either way the control
    // takes 7 cycles, between bytes too (the byte's end costs what the branches to go on cost), so every
    // bit is 20 cycles and the byte is read again in each.
    // GCC reads inline assembly as Thumb's divided syntax (-masm-syntax-unified is off): unified here.
    __asm__ volatile(
        "    .syntax unified\n"
        "    movs  %[bit], #200\n"  // the reset: low for 200 turns of 4 cycles (50 us) first
        "0:  subs  %[bit], #1\n"
        "    bne   0b\n"
        "    mrs   %[primask], primask\n"
        "    cpsid i\n"
        "    movs  %[bit], #0x80\n"  // the bit of the byte sent, most significant first
        "    ldrb  %[byte], [%[grb]]\n"
        "2:  str   %[mask], [%[set]]\n"  // the bit starts: high
        "    tst   %[byte], %[bit]\n"
        "    beq   6f\n"
        "    lsrs  %[bit], %[bit], #1\n"  // a 1: the control while high, 7 cycles either way
        "    bne   5f\n"
        "    adds  %[grb], #1\n"
        "    cmp   %[grb], %[end]\n"
        "    beq   9f\n"
        "    movs  %[bit], #0x80\n"
        "    nop\n"
        "4:  str   %[mask], [%[set], #4]\n"  // low after 1 + 1 + 7 + 2 = 11 cycles
        "    ldrb  %[byte], [%[grb]]\n"
        "    nop\n"
        "    nop\n"
        "    b     2b\n"  // 2 + 2 + 3, then the set's 2: 20
        "5:  b     4b\n"
        "6:  str   %[mask], [%[set], #4]\n"  // a 0: low after 1 + 3 + 2 = 6 cycles
        "    lsrs  %[bit], %[bit], #1\n"     // the same control, 7 cycles either way
        "    bne   7f\n"
        "    adds  %[grb], #1\n"
        "    cmp   %[grb], %[end]\n"
        "    beq   9f\n"
        "    movs  %[bit], #0x80\n"
        "    nop\n"
        "8:  ldrb  %[byte], [%[grb]]\n"
        "    b     2b\n"  // 7 + 2 + 3, then the set's 2: 20
        "7:  b     8b\n"
        "9:  str   %[mask], [%[set], #4]\n"  // the last bit ends: a 1 after 11 cycles (a 0 ended before)
        "    msr   primask, %[primask]\n"
        "    .syntax divided\n"
        : [grb] "+l"(grb), [byte] "=&l"(byte), [bit] "=&l"(bit), [primask] "=&l"(primask)
        : [end] "l"(end), [set] "l"(kGpioOutSet), [mask] "l"(mask)
        : "cc", "memory");
}

}  // namespace hal
