// The compass: field in nT, heading from the horizontal field, calibration and its flash page.
#include <cmath>
#include <cstring>

#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"
#include "core/obj_exception.hpp"
#include "fs/memory_map.hpp"

#if MBPY_MICROBIT_COMPASS  // core/config.hpp

namespace board {
using namespace core;

static int field(int i) {
    int xyz[3];
    hal::compass_read(xyz);
    return xyz[i];
}
static Value c_get_x(const Args&) { return make_int(field(0)); }
static Value c_get_y(const Args&) { return make_int(field(1)); }
static Value c_get_z(const Args&) { return make_int(field(2)); }
static Value c_get_field_strength(const Args&) {
    int xyz[3];
    hal::compass_read(xyz);
    return make_int(intptr_t(std::sqrt(Float(xyz[0]) * Float(xyz[0]) + Float(xyz[1]) * Float(xyz[1]) +
                                       Float(xyz[2]) * Float(xyz[2]))));
}
// The calibration page (spec 1.3: below the appended script when there is one, else the flash's last) in
// the original's format (its compass module with the DAL's CompassCalibration): the word 0xC011BA55, then
// the centre x, y, z, the scale x, y, z and the radius, little-endian int32. It is read at every reset and
// written by calibrate(); clear_calibration() forgets the calibration in RAM only, as the original, so the
// next reset reads the page again. The host and the browser keep the page in their flash model.
static constexpr uint32_t cal_magic = 0xC011BA55;

static uint32_t cal_page() {
    // The original looks at the appended script's first marker byte alone here.
    return fs::v1_calibration_page(*hal::flash_pointer(fs::kAppendedAddress) == fs::kAppendedMarker0);
}

static void cal_clear() {  // the DAL's clearCalibration: no offset, scale 1
    for (int i = 0; i < 7; ++i) state.compass_cal[i] = i >= 3 && i < 6 ? 1024 : 0;
    state.compass_calibrated = false;
}

void compass_load() {
    uint32_t w[8];
    std::memcpy(w, hal::flash_pointer(cal_page()), sizeof w);
    if (w[0] != cal_magic) return cal_clear();
    std::memcpy(state.compass_cal, w + 1, sizeof state.compass_cal);
    state.compass_calibrated = true;
}

static void cal_store() {
    state.compass_calibrated = true;
    uint32_t page = cal_page();
    hal::flash_erase_page(page);
    hal::flash_write_word(page, cal_magic);
    for (int i = 0; i < 7; ++i) hal::flash_write_word(page + 4 + 4 * i, uint32_t(state.compass_cal[i]));
    Trace().str("compass", "calibrated").send();
}

#ifdef MBPY_COMPASS_GAME  // ports/nrf51/port_config.hpp: the device runs the game
// The original's calibration (the DAL's MicroBitCompassCalibrator, docs/nrf51.md "The compass calibration
// game"): the calibration cleared, "TILT TO FILL SCREEN " scrolled in fixed-width columns at 120 ms, then
// every 100 ms the tilt moves a cursor (blinking: lit 3 steps of 4) over the LEDs, each LED visited for the
// first time lit for good and a field sample taken; with all 25, a centre and scale fitted to the samples,
// stored, and a smiley shown for a second. Ctrl-C stops it (the original cannot be stopped).
static constexpr int n_samples = 25;

static int cursor_at(int milli_g) {  // the DAL's thresholds: 200 and 680 mg
    int a = milli_g < 0 ? -milli_g : milli_g;
    int d = a > 680 ? 2 : a > 200 ? 1 : 0;
    return milli_g < 0 ? 2 - d : 2 + d;
}

static Float dist2(const int32_t* c, const int32_t* p) {
    Float s = 0;
    for (int i = 0; i < 3; ++i) s += Float(p[i] - c[i]) * Float(p[i] - c[i]);
    return s;
}

// How far the samples are from lying on one sphere around `c`: the spread of their squared distances.
static Float spread(const int32_t* c, const int32_t (*data)[3]) {
    Float lo = dist2(c, data[0]), hi = lo;
    for (int i = 1; i < n_samples; ++i) {
        Float d = dist2(c, data[i]);
        lo = d < lo ? d : lo;
        hi = d > hi ? d : hi;
    }
    return hi - lo;
}

// The DAL's fit: the samples' mean as the centre, moved along each axis while that narrows the spread (steps
// halving from 1024 nT), then the radius (the farthest sample) and a scale per axis that brings the samples
// onto the sphere, weighted by how much each sample lies along that axis.
[[gnu::noinline]] static void fit(const int32_t (*data)[3], int32_t* cal) {
    int32_t c[3] = {};
    for (int i = 0; i < n_samples; ++i)
        for (int k = 0; k < 3; ++k) c[k] += data[i][k];
    for (int32_t& v : c) v /= n_samples;
    Float best = spread(c, data);
    for (int32_t step = 1024; step > 0; step /= 2) {
        for (bool moved = true; moved;) {
            moved = false;
            for (int k = 0; k < 6; ++k) {
                c[k >> 1] += k & 1 ? -step : step;
                Float s = spread(c, data);
                if (s < best) {
                    best = s, moved = true;
                } else {
                    c[k >> 1] -= k & 1 ? -step : step;
                }
            }
        }
    }
    Float radius = 0, scale[3] = {}, weight[3] = {};
    for (int i = 0; i < n_samples; ++i) {
        Float d = std::sqrt(dist2(c, data[i]));
        radius = d > radius ? d : radius;
    }
    for (int i = 0; i < n_samples; ++i) {
        Float d = std::sqrt(dist2(c, data[i]));
        Float s = d > 0 ? radius / d - 1 : 0;
        for (int k = 0; k < 3; ++k) {
            Float a = std::fabs(Float(data[i][k] - c[k]));
            scale[k] += s * a;
            weight[k] += a;
        }
    }
    Float wmag = std::sqrt(weight[0] * weight[0] + weight[1] * weight[1] + weight[2] * weight[2]);
    for (int k = 0; k < 3; ++k) {
        cal[k] = c[k];
        cal[3 + k] = int32_t(1024 * (1 + (wmag > 0 ? scale[k] / wmag : 0)));
    }
    cal[6] = int32_t(radius);
}

// Shows the LEDs whose bits are set in `bits` (bit y * 5 + x), at full brightness.
static void show_bits(uint32_t bits) {
    uint8_t img[25];
    for (int i = 0; i < 25; ++i) img[i] = bits >> i & 1 ? 9 : 0;
    display_store(img);
}

static Value c_calibrate(const Args&) {
    cal_clear();         // the samples are the sensor's own
    hal::sleep_ms(450);  // the original's message starts this much after the call
    static const char message[] = "TILT TO FILL SCREEN ";
    Value text = make_str({message, sizeof message - 1});
    if (!text || !scroll(text, 120, false, true)) return {};
    state.scroll_tail = 2;  // the original's game starts about 2 steps after the text has left
    if (!wait_animation()) return {};
    int32_t data[n_samples][3];
    uint32_t visited = 0;
    int n = 0;
    for (unsigned step = 1; n < n_samples; ++step) {
        if (core::state.interrupt) {  // the calibration stays cleared
            core::state.interrupt = false;
            return raise_value(Value(&keyboard_interrupt_type));
        }
        int a[3];
        hal::accelerometer_read(a);
        int at = cursor_at(a[1]) * 5 + cursor_at(a[0]);
        show_bits((visited & ~(1u << at)) | (step & 3 ? 1u << at : 0));
        if (!(visited >> at & 1)) {
            int f[3];
            hal::compass_read(f);  // x, y, z = -north, east, up: kept as east, north, up
            data[n][0] = f[1], data[n][1] = -f[0], data[n][2] = f[2];
            ++n;
            visited |= 1u << at;
        }
        hal::sleep_ms(100);
    }
    fit(data, state.compass_cal);
    cal_store();
    show_bits(0xE88140);  // a smiley: eyes (1, 1), (3, 1), mouth (0, 3), (4, 3), (1..3, 4)
    hal::sleep_ms(1000);
    show_bits(0);
    return none();
}
#else
// The simulated board has no game: the calibration is the identity (no offset, scale 1), stored as the
// original stores its own.
static Value c_calibrate(const Args&) {
    cal_clear();
    cal_store();
    return none();
}
#endif
static Value c_is_calibrated(const Args&) { return py_bool(state.compass_calibrated); }
static Value c_clear_calibration(const Args&) { return cal_clear(), none(); }
static Value c_heading(const Args& a) {
    if (!state.compass_calibrated) c_calibrate(a);  // the device asks for calibration first
    int xyz[3];
    hal::compass_read(xyz);
    // Board flat: north is where the field's horizontal part points (x right, y up the board).
    Float deg = std::atan2(Float(xyz[0]), Float(xyz[1])) * Float(180) / Float(3.14159265358979);
    int h = int(deg < 0 ? deg + 360 : deg) % 360;
    return Value::small(h);
}

static constexpr core::NativeFunction f_get_x = core::native(q_get_x, c_get_x, 1, 1);
static constexpr core::NativeFunction f_get_y = core::native(q_get_y, c_get_y, 1, 1);
static constexpr core::NativeFunction f_get_z = core::native(q_get_z, c_get_z, 1, 1);
static constexpr core::NativeFunction f_get_field_strength =
    core::native(q_get_field_strength, c_get_field_strength, 1, 1);
static constexpr core::NativeFunction f_calibrate = core::native(q_calibrate, c_calibrate, 1, 1);
static constexpr core::NativeFunction f_is_calibrated = core::native(q_is_calibrated, c_is_calibrated, 1, 1);
static constexpr core::NativeFunction f_clear_calibration =
    core::native(q_clear_calibration, c_clear_calibration, 1, 1);
static constexpr core::NativeFunction f_heading = core::native(q_heading, c_heading, 1, 1);
BOARD_TABLE(compass_locals, {&q_get_x, &f_get_x}, {&q_get_y, &f_get_y}, {&q_get_z, &f_get_z},
            {&q_get_field_strength, &f_get_field_strength}, {&q_calibrate, &f_calibrate},
            {&q_is_calibrated, &f_is_calibrated}, {&q_clear_calibration, &f_clear_calibration},
            {&q_heading, &f_heading})
const Type compass_type = builtin_type({.name = &q_MicroBitCompass,
                                        .flags = type_flag_eq_identity,
                                        .print = print_type_name,
                                        .locals = &compass_locals});
const Obj compass_obj = {&compass_type};

}  // namespace board

#endif  // MBPY_MICROBIT_COMPASS
