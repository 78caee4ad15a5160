// The compass: field in nT, heading from the horizontal field, calibration state.
#include <cmath>

#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"

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
// The device runs its tilt-the-dot calibration game; the simulated compass is calibrated at once.
static Value c_calibrate(const Args&) {
    state.compass_calibrated = true;
    Trace().str("compass", "calibrated").send();
    return none();
}
static Value c_is_calibrated(const Args&) { return py_bool(state.compass_calibrated); }
static Value c_clear_calibration(const Args&) { return state.compass_calibrated = false, none(); }
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
