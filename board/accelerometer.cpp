// The accelerometer: milli-g values, range, gestures (current, is/was, history of up to 16).
#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"

#if MBPY_MICROBIT_ACCEL  // core/config.hpp

namespace board {
using namespace core;

static int axis(int i) {
    int xyz[3];
    hal::accelerometer_read(xyz);
    int limit = state.accel_range * 1000;  // the sensor saturates at its range
    int v = xyz[i];
    return v > limit ? limit : v < -limit ? -limit : v;
}
static Value a_get_x(const Args&) { return Value::small(axis(0)); }
static Value a_get_y(const Args&) { return Value::small(axis(1)); }
static Value a_get_z(const Args&) { return Value::small(axis(2)); }
static Value a_get_values(const Args&) {
    Value v[3] = {Value::small(axis(0)), Value::small(axis(1)), Value::small(axis(2))};
    return make_tuple(3, v);
}
static Value a_get_strength(const Args&) {
    int64_t s = 0;
    for (int i = 0; i < 3; ++i) s += int64_t(axis(i)) * axis(i);
    // integer square root, without libm on the device
    int64_t r = 0;
    while ((r + 1) * (r + 1) <= s) ++r;
    return make_int(r);
}
static Value a_set_range(const Args& a) {
    int g;
    if (!arg_int(a.pos[1], &g)) return {};
    // The sensor offers 2, 4 and 8 g; other values pick the next one up, as the driver does.
    state.accel_range = g <= 2 ? 2 : g <= 4 ? 4 : 8;
    return none();
}

static bool gesture_arg(Value v, int* out) {
    if (!is_str(v)) return raise_type_error("can't convert '%T' object to str implicitly"_msg, v), false;
    *out = gesture_from_name(as_str(v)->view());
    if (*out < 0) return raise_value_error("invalid gesture"_msg), false;
    return true;
}
static Value name_of(int g) { return make_str(gesture_names[g]); }

static Value a_current_gesture(const Args&) {
    tick(hal::ticks_ms());
    return name_of(state.gesture);
}
static Value a_is_gesture(const Args& a) {
    int g;
    if (!gesture_arg(a.pos[1], &g)) return {};
    tick(hal::ticks_ms());
    return py_bool(state.gesture == g);
}
static Value a_was_gesture(const Args& a) {
    int g;
    if (!gesture_arg(a.pos[1], &g)) return {};
    tick(hal::ticks_ms());
    bool seen = state.gesture_seen & (1u << g);
    state.gesture_seen &= uint16_t(~(1u << g));
    return py_bool(seen);
}
static Value a_get_gestures(const Args&) {
    tick(hal::ticks_ms());
    Value items[16];
    size_t n = state.history_len;
    for (size_t i = 0; i < n; ++i) {
        items[i] = name_of(state.history[i]);
        if (!items[i]) return {};
    }
    state.history_len = 0;
    return make_tuple(n, items);
}

static constexpr core::NativeFunction f_get_x = core::native(q_get_x, a_get_x, 1, 1);
static constexpr core::NativeFunction f_get_y = core::native(q_get_y, a_get_y, 1, 1);
static constexpr core::NativeFunction f_get_z = core::native(q_get_z, a_get_z, 1, 1);
static constexpr core::NativeFunction f_get_values = core::native(q_get_values, a_get_values, 1, 1);
static constexpr core::NativeFunction f_get_strength = core::native(q_get_strength, a_get_strength, 1, 1);
static constexpr core::NativeFunction f_set_range = core::native(q_set_range, a_set_range, 2, 2);
static constexpr core::NativeFunction f_current_gesture =
    core::native(q_current_gesture, a_current_gesture, 1, 1);
static constexpr core::NativeFunction f_is_gesture = core::native(q_is_gesture, a_is_gesture, 2, 2);
static constexpr core::NativeFunction f_was_gesture = core::native(q_was_gesture, a_was_gesture, 2, 2);
static constexpr core::NativeFunction f_get_gestures = core::native(q_get_gestures, a_get_gestures, 1, 1);
BOARD_TABLE(accel_locals, {&q_get_x, &f_get_x}, {&q_get_y, &f_get_y}, {&q_get_z, &f_get_z},
            {&q_get_values, &f_get_values}, {&q_get_strength, &f_get_strength}, {&q_set_range, &f_set_range},
            {&q_current_gesture, &f_current_gesture}, {&q_is_gesture, &f_is_gesture},
            {&q_was_gesture, &f_was_gesture}, {&q_get_gestures, &f_get_gestures})
const Type accel_type = builtin_type({.name = &q_MicroBitAccelerometer,
                                      .flags = type_flag_eq_identity,
                                      .print = print_type_name,
                                      .locals = &accel_locals});
const Obj accelerometer_obj = {&accel_type};

}  // namespace board

#endif  // MBPY_MICROBIT_ACCEL
