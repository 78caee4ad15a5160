// The board's shared state, the ticker (buttons, gestures, animation) and the trace writer.
#include "board/board.hpp"

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "board/sound.hpp"  // the music and audio ticker, radio reset

namespace board {

State state;
Roots roots;
void (*reset_hook)() = nullptr;

const char* const gesture_names[g_count] = {"",          "up",       "down", "left", "right", "face up",
                                            "face down", "freefall", "3g",   "6g",   "8g",    "shake"};

int gesture_from_name(std::string_view name) {
    for (int i = 1; i < g_count; ++i)
        if (name == gesture_names[i]) return i;
    return -1;
}

const char* pin_mode_name(PinMode m) {
    static const char* const names[] = {"unused",  "write_analog", "read_digital", "write_digital",
                                        "display", "button",       "music",        "audio",
                                        "touch",   "i2c",          "spi"};
    return names[int(m)];
}

// The display uses the nRF51 pins behind pin3, 4, 6, 7, 9, 10; the buttons pin5 and pin11; the
// accelerometer and compass the I2C bus on pin19 and pin20 (they are in i2c mode from the start).
static bool display_pin(int p) { return p == 3 || p == 4 || p == 6 || p == 7 || p == 9 || p == 10; }
static bool button_pin(int p) { return p == 5 || p == 11; }

void reset() {
    // The LEDs go dark at a soft reset: `shown` becomes all 0 below, so display_refresh would see no
    // change to send and the port would go on showing the last frame.
    bool lit = false;
    for (uint8_t b : state.shown) lit = lit || b;
    // PWM stops and the display takes its pins back, as at boot.
    for (int p = 0; p < n_pins; ++p)
        if (state.pin_mode[p] == PinMode::write_analog) hal::pin_write(p, 0, true, 0);
    if (!state.display_on) hal::display_enable(true);
    roots = Roots{};
    state = State{};
    if (lit) hal::display_set(state.shown);
    state.display_on = true;
    state.accel_range = 2;  // the device starts at +/-2 g
    sound_reset();          // music, audio, radio
    for (int p = 0; p < n_pins; ++p) {
        state.pin_mode[p] = display_pin(p)         ? PinMode::display
                            : button_pin(p)        ? PinMode::button
                            : (p == 19 || p == 20) ? PinMode::i2c
                                                   : PinMode::unused;
        state.pin_pull[p] = button_pin(p) ? pull_up : pull_down;  // the firmware's defaults
    }
    state.pwm_period_us = 20000;  // the DAL's default PWM period (20 ms, servo friendly)
#if MBPY_MICROBIT_COMPASS
    compass_load();  // the original reads the calibration page at every soft reset too
#endif
}

void tick(uint32_t now_ms) {
    state.now_ms = now_ms;
    for (int b = 0; b < 2; ++b) {
        bool down = hal::button_down(b);
        if (down && !state.button_down[b]) {
            ++state.presses[b];
            state.button_was[b] = true;
        }
        state.button_down[b] = down;
    }
    int g = MBPY_MICROBIT_ACCEL ? hal::accelerometer_gesture() : g_none;
    if (g != state.gesture) {
        state.gesture = uint8_t(g);
        if (g != g_none) {
            state.gesture_seen |= uint16_t(1u << g);
            if (state.history_len < sizeof state.history) state.history[state.history_len++] = uint8_t(g);
        }
    }
    extern void animation_tick(uint32_t now_ms);
    animation_tick(now_ms);
    sound_tick(now_ms);  // music, audio
}

uint32_t next_deadline(uint32_t now_ms) {
    uint32_t sound = sound_deadline(now_ms);  // music, audio
    if (!state.anim_active) return sound;
    uint32_t anim = state.anim_next > now_ms ? state.anim_next - now_ms : 0;
    return anim < sound ? anim : sound;
}

// ---- trace writer -----------------------------------------------------------------------------------------
void Trace::key(const char* k) {
    if (len_) put(','), put(' ');
    put('"');
    while (*k) put(*k++);
    put('"'), put(':'), put(' ');
}

Trace& Trace::str(const char* k, std::string_view v) {
    if (!core::config::board_trace) return *this;
    key(k);
    put('"');
    static const char hex[] = "0123456789abcdef";
    for (char c : v) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            put('\\'), put(c);
        } else if (c == '\n') {
            put('\\'), put('n');
        } else if (u < 0x20) {
            put('\\'), put('u'), put('0'), put('0'), put(hex[u >> 4]), put(hex[u & 15]);
        } else {
            put(c);
        }
    }
    put('"');
    return *this;
}

Trace& Trace::num(const char* k, long v) {
    if (!core::config::board_trace) return *this;
    key(k);
    char tmp[24];
    int n = 0;
    unsigned long u = v < 0 ? 0ul - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
    do tmp[n++] = char('0' + u % 10), u /= 10;
    while (u);
    if (v < 0) put('-');
    while (n) put(tmp[--n]);
    return *this;
}

Trace& Trace::boolean(const char* k, bool v) {
    if (!core::config::board_trace) return *this;
    key(k);
    for (const char* s = v ? "true" : "false"; *s; ++s) put(*s);
    return *this;
}

void Trace::send() {
    if (core::config::board_trace) hal::board_trace(buf_, len_);
}

}  // namespace board
