// The rest of the HAL on the nRF51: random numbers (RNG), temperature (TEMP), the edge connector's pins
// (GPIO, PWM from sound.cpp, the ADC; touch is display.cpp's), and what is not driven yet (audio samples),
// answering as an idle board would. Every wait on a peripheral has a timeout and a defined answer.
#include "board/hal.hpp"
#include "core/config.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {
namespace {

// RNG: a byte takes ~677 us with bias correction on (datasheet). Past 5 ms the generator is taken as
// broken and a xorshift of the timer stands in: random numbers keep coming.
constexpr uint32_t kRngTimeoutUs = 5000;

uint8_t rng_byte() {
    static uint32_t fallback = 0x2545F491;
    reg(kRngValRdy) = 0;
    reg(kRngStart) = 1;
    bool ok = spin_until_set(kRngValRdy, kRngTimeoutUs);
    reg(kRngStop) = 1;
    if (ok) return uint8_t(reg(kRngValue));
    fallback ^= uint32_t(hal::ticks_us());
    fallback ^= fallback << 13;
    fallback ^= fallback >> 17;
    fallback ^= fallback << 5;
    return uint8_t(fallback);
}

}  // namespace
}  // namespace nrf51

namespace hal {

using namespace nrf51;

uint32_t random32() {
    reg(kRngConfig) = 1;  // bias correction: uniform bytes
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = v << 8 | rng_byte();
    return v;
}

int temperature() {
    reg(kTempDataRdy) = 0;
    reg(kTempStart) = 1;
    bool ok = spin_until_set(kTempDataRdy, kTempTimeoutUs);
    reg(kTempStop) = 1;
    if (!ok) return kTempUnknown;         // QEMU: TEMP is not modelled
    return int32_t(reg(kTempValue)) / 4;  // quarter degrees Celsius
}

int pin_read_digital(int pin, int pull) {
    int g = pin_gpio(pin);
    if (g < 0) return 0;
    pwm_set(g, 0, 0);
    // Input, buffer connected, pull as asked (board::Pull: 0 none, 1 down, 3 up, as PIN_CNF's PULL).
    reg(kGpioPinCnf + 4 * g) = uint32_t(pull) << 2;
    return int(reg(kGpioIn) >> g & 1);
}

// Digital: the pin driven high or low. Analog: PWM of duty `value` / 1024 (0: the pin low, out of PWM) with
// the period `period_us` for every PWM pin (sound.cpp).
void pin_write(int pin, int value, bool analog, uint32_t period_us) {
    int g = pin_gpio(pin);
    if (g < 0) return;
    pwm_set(g, 0, 0);
    if (analog && value) return pwm_set(g, uint32_t(value), period_us * 16);
    reg(value ? kGpioOutSet : kGpioOutClr) = 1u << g;
    reg(kGpioPinCnf + 4 * g) = kPinCnfOutput;
}

// The ADC on the pin's analog input (pins 0-4 and 10: P0.01-P0.06 are AIN2-AIN7), 10 bits, the input and
// the reference both a third of their own (full scale: the supply), as the DAL sets it. A conversion
// takes 68 us; past kAdcTimeoutUs (QEMU has no ADC) the answer is 0, as the original's in QEMU.
int pin_read_analog(int pin) {
    int g = pin_gpio(pin);
    if (g < 1 || g > 6) return 0;
    pwm_set(g, 0, 0);
    reg(kGpioPinCnf + 4 * g) = 2;  // input, buffer disconnected
    reg(kAdcEnable) = 1;
    reg(kAdcConfig) = 2 | 2u << 2 | 3u << 5 | (1u << (g + 1)) << 8;  // 10 bit, AIN / 3, VDD / 3, AINn
    reg(kAdcEnd) = 0;
    reg(kAdcStart) = 1;
    bool ok = spin_until_set(kAdcEnd, kAdcTimeoutUs);
    int v = ok ? int(reg(kAdcResult) & 0x3FF) : 0;
    reg(kAdcStop) = 1;
    reg(kAdcEnable) = 0;
    return v;
}

#if MBPY_MOD_MACHINE
void device_id(uint32_t id[2]) { id[0] = reg(kFicrDeviceId), id[1] = reg(kFicrDeviceId + 4); }
#endif

// The I2C sensors answer as an idle board when their modules are left out (else twi.cpp). The radio is
// radio.cpp, audio samples sound.cpp.
#if !MBPY_MICROBIT_ACCEL                                                       // else twi.cpp
void accelerometer_read(int* xyz) { xyz[0] = 0, xyz[1] = 0, xyz[2] = -1024; }  // lying flat, face up
int accelerometer_gesture() { return 0; }
#endif
#if !MBPY_MICROBIT_COMPASS  // else twi.cpp
void compass_read(int* xyz) { xyz[0] = xyz[1] = xyz[2] = 0; }
#endif
void board_trace(const char*, size_t) {}  // the device keeps no trace

// No module search path on the device: `import` finds modules on the flash filesystem only.
bool find_module_source(const char*, size_t, bool, const char**, size_t*, const char**) { return false; }

void program_args(int* argc, const char* const** argv) {
    static const char* const args[] = {""};
    *argc = 1;
    *argv = args;
}

}  // namespace hal
