// The 5x5 LEDs, wired as a 3x9 matrix (rows P0.13-15 active high, columns P0.4-12 active low), strobed
// one row per 6 ms from the tick with 10 brightness levels; buttons A (P0.17) and B (P0.26) sampled
// every millisecond, the touch pins in touch mode every 6 ms, and debounced.
#include "board/hal.hpp"
#include "core/config.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

uint16_t button_presses[2] = {0, 0};

namespace {

constexpr uint32_t kRowPin0 = 13, kColPin0 = 4;
constexpr uint32_t kRowMask = 7u << kRowPin0, kColMask = 0x1FFu << kColPin0;
// Buttons A and B, then pin0, pin1 and pin2 (P0.03, P0.02, P0.01), sampled while in touch mode.
constexpr uint8_t kButtonPins[5] = {17, 26, 3, 2, 1};

// Logical LED (x, y) -> (row 0..2, column 0..8) of the production v1 board (qemu-microbit.md, section 5).
constexpr uint8_t kLayout[25][2] = {
    {0, 0}, {1, 3}, {0, 1}, {1, 4}, {0, 2},  // y = 0
    {2, 3}, {2, 4}, {2, 5}, {2, 6}, {2, 7},  // y = 1
    {1, 1}, {0, 8}, {1, 2}, {2, 8}, {1, 0},  // y = 2
    {0, 7}, {0, 6}, {0, 5}, {0, 4}, {0, 3},  // y = 3
    {2, 2}, {1, 6}, {2, 0}, {1, 5}, {2, 1},  // y = 4
};
// How long a column stays lit in its 6 ms strobe for brightness 1..8 (9 = the whole strobe): doubling
// steps, as the eye sees brightness on a log scale.
constexpr uint16_t kOnUs[9] = {0, 30, 60, 120, 240, 480, 960, 1900, 3800};

// Brightness of each (row, column), written by display_set, read by the tick: a frame torn between
// two strobes shows for 6 ms at most.
volatile uint8_t level[3][9];
uint32_t row = 2, ms_in_row = kRowMs - 1;
// The strobe in progress: columns still lit per brightness, the one whose time runs out next, its start.
// With the light sensor, off_mask[kLight] holds its state (below): the 2 bytes after the nine masks are
// alignment padding otherwise, so the sensor takes no RAM (a byte more would take 16 from the GC heap).
constexpr uint32_t kLight = 9;
uint16_t off_mask[9 + MBPY_LIGHT_SENSOR];
uint32_t dim_level = 0, row_start = 0;

// Debounce as the micro:bit DAL: a count moves towards the raw level each sample; the state changes at
// 8 (pressed) and back at 2, so a press shows after 8 samples and bounces under that are ignored.
constexpr uint8_t kSigmaMax = 12, kSigmaPress = 8, kSigmaRelease = 2;
// Five bits for each of the five inputs, input b's at 5 * b: the count (0..12), then kPressed. One word: the
// static RAM ends at a 16-byte step, and a byte more would take 16 from the GC heap.
constexpr uint32_t kPressed = 16;
volatile uint32_t sigmas = 0;
volatile bool enabled = true;  // display.off() frees the column pins: no strobes then

#if MBPY_LIGHT_SENSOR
// The LEDs as a light sensor, as the DAL does it: once read_light_level() asks, every fourth strobe is a
// sensing slot instead of a row. At its start the rows are low and columns 1-3 (P0.04-06: AIN5-7) high, so
// their LEDs are reverse-biased and charged; the columns are then left floating, light discharges them,
// and after kLightSettleMs (the DAL's 4 ms) the ADC reads each (10 bits, a third of the input against a
// third of the supply). The last readings stand until the next slot.
constexpr uint32_t kLightSettleMs = 4;
// off_mask[kLight]: 0 until read_light_level() asks, then kLightOn and the sum of the last three readings
// (10 bits each).
constexpr uint16_t kLightOn = 0x8000;

void light_read() {
    // ENABLE set: the program's read_analog is converting (misc.cpp), and this slot's readings are skipped.
    bool free = !reg(kAdcEnable);
    uint32_t sum = 0;
    for (uint32_t c = 0; c < 3; ++c) {
        if (free) {
            reg(kAdcEnable) = 1;
            reg(kAdcConfig) = 2 | 2u << 2 | 3u << 5 | (0x20u << c) << 8;
            reg(kAdcStart) = 1;
            for (uint32_t n = 200; reg(kAdcBusy) && --n;) {  // 68 us; QEMU has no ADC: never busy, reads 0
            }
            sum += reg(kAdcResult) & 0x3FF;
            reg(kAdcEnable) = 0;
        }
        reg(kGpioPinCnf + 4 * (kColPin0 + c)) = kPinCnfOutput;
    }
    if (free) off_mask[kLight] = uint16_t(kLightOn | sum);
}
#endif

uint32_t timer_capture() {
    reg(kTimer0 + kTimerCapture + 12) = 1;  // CAPTURE[3]: CC[1] is the thread's (ticks_us)
    return reg(kTimer0 + kTimerCc + 12);
}

// Schedules COMPARE[2] for the dimmest brightness still lit, turning off at once any whose time passed.
void schedule_dim() {
    for (; dim_level < 9; ++dim_level) {
        if (!off_mask[dim_level]) continue;
        uint32_t at = row_start + kOnUs[dim_level];
        if (int32_t(at - timer_capture()) > 2) {
            reg(kTimer0 + kTimerCc + 8) = at;
            return;
        }
        reg(kGpioOutSet) = uint32_t(off_mask[dim_level]) << kColPin0;
    }
}

// The buttons every millisecond; with `touch` (every 6 ms, the DAL's system tick, which samples its touch
// pins) the touch pins too.
void sample_buttons(bool touch) {
    uint32_t in = reg(kGpioIn), all = sigmas;
    for (uint32_t b = 0; b < (touch ? 5u : 2u); ++b) {
        if (b >= 2 && reg(kGpioPinCnf + 4 * kButtonPins[b]) != kPinCnfTouch) continue;
        bool raw = !(in >> kButtonPins[b] & 1);  // active low
        uint32_t s = all >> 5 * b & 31, n = s & 15;
        if (raw && n < kSigmaMax) ++s, ++n;
        if (!raw && n > 0) --s, --n;
        if (!(s & kPressed) && n >= kSigmaPress) {
            s |= kPressed;
            if (b < 2) ++button_presses[b];
        } else if ((s & kPressed) && n <= kSigmaRelease) {
            s &= ~kPressed;
        }
        all = (all & ~(31u << 5 * b)) | s << 5 * b;
    }
    sigmas = all;
}

}  // namespace

void display_init() {
    reg(kGpioOutClr) = kRowMask;
    reg(kGpioOutSet) = kColMask;
    for (uint32_t p = 0; p < 3; ++p) reg(kGpioPinCnf + 4 * (kRowPin0 + p)) = kPinCnfOutput;
    for (uint32_t p = 0; p < 9; ++p) reg(kGpioPinCnf + 4 * (kColPin0 + p)) = kPinCnfOutput;
    // Inputs with the pull-up on (the board has external ones too; QEMU only has these).
    for (uint32_t b = 0; b < 2; ++b) reg(kGpioPinCnf + 4 * kButtonPins[b]) = kPinCnfInputPullUp;
}

void display_tick(uint32_t ms) {
    // Counted in the milliseconds that passed, not in interrupts: a tick served late (QEMU delivers its
    // timers late and merged; a flash erase stalls the CPU) still strobes a row every 6 ms on average,
    // so the display's timing is the time base's. More than a strobe late: one strobe now, none owed.
    // The count runs with the display off too: it times the touch pins' samples.
    ms_in_row += ms;
    bool strobe = ms_in_row >= kRowMs;
    sample_buttons(strobe);
#if MBPY_LIGHT_SENSOR
    if (enabled && row == 3 && ms_in_row >= kLightSettleMs) light_read(), row = 4;  // 3: the slot, 4: read
#endif
    if (!strobe) return;
    ms_in_row = ms_in_row < 2 * kRowMs ? ms_in_row - kRowMs : 0;
    if (!enabled) return;
    reg(kGpioOutSet) = kColMask;  // end of the strobe: columns off, then the row
    reg(kGpioOutClr) = kRowMask;
#if MBPY_LIGHT_SENSOR
    row = row < 2 ? row + 1 : row == 2 && off_mask[kLight] ? 3 : 0;
    if (row == 3) {
        dim_level = 9;
        for (uint32_t c = 0; c < 3; ++c) reg(kGpioPinCnf + 4 * (kColPin0 + c)) = 2;  // input, disconnected
        return;
    }
#else
    row = row == 2 ? 0 : row + 1;
#endif
    uint32_t lit = 0;
    for (uint16_t* m = off_mask; m != off_mask + 9; ++m) *m = 0;  // not off_mask[kLight]
    for (uint32_t c = 0; c < 9; ++c) {
        uint8_t b = level[row][c];
        if (b == 0) continue;
        lit |= 1u << c;
        if (b < 9) off_mask[b] |= uint16_t(1u << c);
    }
    // Every row is strobed even when dark: the strobes are the display's clock (tests count them).
    reg(kGpioOutClr) = lit << kColPin0;
    reg(kGpioOutSet) = 1u << (kRowPin0 + row);
    row_start = timer_capture();
    dim_level = 1;
    schedule_dim();
}

void display_dim_event() {
    if (dim_level >= 9) return;
    reg(kGpioOutSet) = uint32_t(off_mask[dim_level]) << kColPin0;
    ++dim_level;
    schedule_dim();
}

}  // namespace nrf51

namespace hal {

void display_set(const uint8_t* leds) {
    for (int i = 0; i < 25; ++i) {
        uint8_t b = leds[i] > 9 ? 9 : leds[i];
        nrf51::level[nrf51::kLayout[i][0]][nrf51::kLayout[i][1]] = b;
    }
}

// Off: the LEDs dark, the strobes and dimming stop, the column pins (pin3, 4, 6, 7, 9, 10) are left to the
// program. On: the pins the program used are the display's again (out of PWM, outputs).
void display_enable(bool on) {
    using namespace nrf51;
    CriticalSection cs;
    if (on == enabled) return;
    enabled = on;
    dim_level = 9;
    if (on) {
        pwm_release(kColMask);
        display_init();
    } else {
        reg(kGpioOutClr) = kRowMask;
        reg(kGpioOutSet) = kColMask;
    }
}

bool button_down(int button) { return nrf51::sigmas >> 5 * (button & 1) & nrf51::kPressed; }

// As the original: the pin an input without a pull, touched when low (a finger links it to GND against the
// board's 10 MOhm pull-up), debounced as the buttons with a sample every 6 ms (the DAL's), so the first
// answer in touch mode is False and a touch shows 8 samples (42-48 ms) later. Touch mode is the pin's
// PIN_CNF, kPinCnfTouch: any other use of the pin rewrites it, and the next is_touched starts again.
bool pin_touched(int pin) {
    using namespace nrf51;
    int g = pin_gpio(pin), shift = 5 * (2 + pin);  // pins 0-2 only (the board layer's touch pins)
    if (reg(kGpioPinCnf + 4 * g) != kPinCnfTouch) {
        pwm_set(g, 0, 0);
        CriticalSection cs;  // the tick writes the whole word
        sigmas = sigmas & ~(31u << shift);
        reg(kGpioPinCnf + 4 * g) = kPinCnfTouch;  // sampled from the next tick on
    }
    return sigmas >> shift & kPressed;
}

#if MBPY_LIGHT_SENSOR
// The DAL's scale: the mean reading clamped to 75..338 (dark), mapped onto 255..0. The first call starts
// the sensing slots and answers from no reading yet (255), as the original does.
int light_level() {
    uint16_t& state = nrf51::off_mask[nrf51::kLight];
    if (!state) state = nrf51::kLightOn;
    int mean = (state & 0x0FFF) / 3;
    mean = mean < 75 ? 75 : mean > 338 ? 338 : mean;
    return (338 - mean) * 255 / 263;
}
#endif

}  // namespace hal
