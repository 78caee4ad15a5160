// The compass: field in nT, heading from the horizontal field, calibration and its flash page.
#include <cmath>
#include <cstring>

#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"
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

// The original runs its tilt-to-fill-the-screen game and fits a sphere to the samples it took; there is no
// game here: the calibration is the identity (no offset, scale 1), stored as the original stores its own.
static Value c_calibrate(const Args&) {
    cal_clear();
    state.compass_calibrated = true;
    uint32_t page = cal_page();
    hal::flash_erase_page(page);
    hal::flash_write_word(page, cal_magic);
    for (int i = 0; i < 7; ++i) hal::flash_write_word(page + 4 + 4 * i, uint32_t(state.compass_cal[i]));
    Trace().str("compass", "calibrated").send();
    return none();
}
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
