// The simulated/real micro:bit board shared by the board modules: state, ticker, LED frames, trace writer.
//
// Ports drive it: call board::reset() at boot and soft reset, and board::tick(now_ms) whenever board time
// passes an input change or board::next_deadline() (the device calls it from its 6 ms ticker). Modules
// read inputs through the HAL (core/hal.hpp, board section) and keep their bookkeeping here.
//
// Trace writer (for every module that makes output the host records): build one JSON line's members and
// send it; the port adds the board time `t`, the device drops it.
//     board::Trace().num("pin", 0).num("digital", 1).send();        // {"t": 12, "pin": 0, "digital": 1}
//     board::Trace().str("music", "c4:4").send();
// Python values a module keeps between calls live in board::roots, the board's one GC root range.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/runtime.hpp"

namespace board {

enum Gesture : uint8_t {
    g_none,
    g_up,
    g_down,
    g_left,
    g_right,
    g_face_up,
    g_face_down,
    g_freefall,
    g_3g,
    g_6g,
    g_8g,
    g_shake,
    g_count
};
extern const char* const gesture_names[g_count];  // "" for none, "up", "face up", ...
int gesture_from_name(std::string_view name);     // -1 when unknown

enum class PinMode : uint8_t {
    unused,
    write_analog,
    read_digital,
    write_digital,
    display,
    button,
    music,
    audio,
    touch,
    i2c,
    spi
};
const char* pin_mode_name(PinMode m);
// Pull values as the nRF51's GPIO numbers them (microbit.pin0.PULL_UP == 3 on the device).
enum Pull : uint8_t { no_pull = 0, pull_down = 1, pull_up = 3 };

inline constexpr int n_pins = 21;  // pin0..pin20 (17 and 18 do not exist)
// The Python values the board's modules keep between calls: scanned by the collector as the port's root
// range (core::port.roots), cleared by reset().
struct Roots {
    core::Value anim_source, anim_iter, anim_error;  // the display's background animation
    core::Value music_data;                          // the tune playing in the background
    core::Value audio_iter, audio_error;             // audio frames playing, the error that stopped them
    core::Value radio_buf;                           // the radio's receive queue (a heap block)
};
extern Roots roots;

struct State {
    uint8_t image[25];  // what the display holds (brightness 0..9, row-major)
    uint8_t shown[25];  // what the LEDs last showed (all 0 while off), to trace only changes
    bool display_on;
    uint8_t light_mode;  // read_light_level() switches the matrix into sensing once
    // Background animation (display.show/scroll with wait=False, and the wait=True loops).
    bool anim_active, anim_is_scroll, anim_clear, anim_loop, anim_cleared, anim_mono;
    uint32_t anim_delay, anim_next;
    uint32_t scroll_pos;  // byte index into the text
    int8_t scroll_col;    // column within the current char (width = gap position)
    uint8_t scroll_width;
    uint8_t scroll_tail;       // blank columns still to scroll after the text
    uint8_t scroll_frame[25];  // the scroll's own image (blank at the start, as on the device)
    // Buttons: presses counted on the rising edge the ticker sees.
    bool button_down[2], button_was[2];
    uint16_t presses[2];
    // Gestures: current, history (16 entries, as the device's 8 bytes of 4-bit codes), seen-since bits.
    uint8_t gesture, history[16], history_len;
    uint16_t gesture_seen;
    int accel_range;
    bool compass_calibrated;
#if MBPY_MICROBIT_COMPASS
    // The compass calibration as the original keeps it (the DAL's CompassCalibration): the centre in nT and
    // the scale (1024 = 1) of each east-north-up axis, and the field's radius. The device applies it to
    // each new sample; the host's simulated field is what the program reads (board/compass.cpp).
    int32_t compass_cal[7];
#endif
    // Pins.
    PinMode pin_mode[n_pins];
    uint8_t pin_pull[n_pins];
    uint32_t pwm_period_us;  // one for every pin, as the device's one PWM timer
    uint32_t now_ms;
};
extern State state;

void reset();
#if MBPY_MICROBIT_COMPASS
void compass_load();  // the calibration from its flash page (or none), at boot and soft reset
#endif
void tick(uint32_t now_ms);
// Milliseconds of board time until tick() has work to do (UINT32_MAX: none).
uint32_t next_deadline(uint32_t now_ms);

// Display: store `img` (25 values) as the display's image and show it (traced when it changes).
void display_store(const uint8_t* img);
void display_refresh();  // re-sends the frame (after on/off)
void stop_animation();
// Starts a background animation of `iterable` (Images / 1-char strs) or a scroll of `text`; the first
// frame shows now. Returns false with an exception pending (e.g. not iterable).
bool animate(core::Value iterable, uint32_t delay, bool clear, bool loop);
bool scroll(core::Value text, uint32_t delay, bool loop, bool monospace);
// Sleeps in board time until the animation ends (wait=True); false with its exception, or Ctrl-C.
bool wait_animation();

// The uncaught-exception message on the LEDs: scrolls `line N ErrType message` once (Ctrl-C stops it).
void scroll_error(core::Value exc);
// Set by the port: what microbit.reset() does (the host ends the run); null raises SystemExit.
extern void (*reset_hook)();

// ---- the trace writer ----------------------------------------------------------------------------------
class Trace {
   public:
    // Room for a 251-byte radio packet in hex plus its keys; without MBPY_BOARD_TRACE, nothing.
    static constexpr size_t cap = core::config::board_trace ? 640 : 1;
    Trace& str(const char* key, std::string_view value);  // "key": "value", JSON-escaped
    Trace& num(const char* key, long value);
    Trace& boolean(const char* key, bool value);
    void send();

   private:
    void key(const char* k);
    void put(char c) {
        if constexpr (cap > 1)
            if (len_ + 1 < cap) buf_[len_++] = c;
    }
    char buf_[cap];
    size_t len_ = 0;
};

// Font of the real firmware (ASCII 32..126; others show as '?'): bit y * 5 + x = pixel (x, y) lit, as
// ImageObj::lit.
uint32_t font_glyph(uint32_t ch);
// The columns of a glyph with a lit pixel: bit x = column x.
inline uint32_t glyph_columns(uint32_t g) {
    uint32_t cols = 0;
    for (int y = 0; y < 5; ++y) cols |= g >> (y * 5) & 31;
    return cols;
}

}  // namespace board
