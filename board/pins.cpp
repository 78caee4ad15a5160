// pin0..pin20: digital/analog/touch capabilities by pin, modes, pulls, and the owned-pin errors.
#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"

#if MBPY_MICROBIT_PINS  // core/config.hpp

namespace board {
using namespace core;

static int num(const Args& a) { return a.pos[0].as<PinObj>()->number; }

// Modes as the original firmware keeps them (checked in qemu: tests/suite_fidelity.py). A pin the display,
// a button, music or a bus owns raises until released; the simple modes switch freely. read_analog and
// write_analog(0) leave the pin unused; entering read_digital from another mode resets the pull.
static Value mode_error(int p) {
    return raise_value_error("Pin %d in %s mode"_msg, p, pin_mode_name(state.pin_mode[p]));
}
static bool acquire(int p, PinMode mode) {
    PinMode cur = state.pin_mode[p];
    if (cur != mode && cur != PinMode::unused && cur != PinMode::write_analog &&
        cur != PinMode::read_digital && cur != PinMode::write_digital && cur != PinMode::touch)
        return mode_error(p), false;
    if (mode == PinMode::read_digital && cur != mode) state.pin_pull[p] = pull_down;
    state.pin_mode[p] = mode;
    return true;
}

static Value p_write_digital(const Args& a) {
    int p = num(a), v;
    if (!arg_int(a.pos[1], &v)) return {};
    if (v != 0 && v != 1) return raise_value_error("value must be 0 or 1"_msg);
    if (!acquire(p, PinMode::write_digital)) return {};
    hal::pin_write(p, v, false, 0);
    Trace().num("pin", p).num("digital", v).send();
    return none();
}
static Value p_read_digital(const Args& a) {
    int p = num(a);
    // A button's pin reads its level and stays the button's: low while pressed, else what the pull gives
    // (the firmware in qemu reads 0 with PULL_DOWN, 1 with the default PULL_UP).
    if (state.pin_mode[p] == PinMode::button)
        return Value::small(hal::button_down(p == 11) || state.pin_pull[p] == pull_down ? 0 : 1);
    if (!acquire(p, PinMode::read_digital)) return {};
    return Value::small(hal::pin_read_digital(p, state.pin_pull[p]));
}
static Value p_write_analog(const Args& a) {
    int p = num(a);
    intptr_t v;
    if (is_type(a.pos[1], &float_type)) {
        Float d;
        if (!to_float(a.pos[1], &d)) return {};
        d += Float(0.5);  // as the firmware: rounded half up, then truncated toward zero (-0.6 gives 0)
        v = d > -2 && d < 2048 ? intptr_t(d) : -1;
    } else if (!to_intptr(a.pos[1], &v)) {
        return {};
    }
    if (v < 0 || v > 1023) return raise_value_error("value must be between 0 and 1023"_msg);
    // 0 stops the PWM and frees the pin, as the firmware does.
    if (!acquire(p, v ? PinMode::write_analog : PinMode::unused)) return {};
    hal::pin_write(p, int(v), true, state.pwm_period_us);
    Trace().num("pin", p).num("analog", v).num("period_us", long(state.pwm_period_us)).send();
    return none();
}
static Value p_read_analog(const Args& a) {
    int p = num(a);
    if (!acquire(p, PinMode::unused)) return {};
    return Value::small(hal::pin_read_analog(p));
}
// One period for every pin, as the original's one PWM timer: 256 us to 1 s (its limits). A pin already
// in PWM takes it at its next write_analog.
static Value set_period(const Args& a, long scale) {
    int v;
    if (!arg_int(a.pos[1], &v)) return {};
    long us = long(v) * scale;
    if (us < 256 || us > 1000000) return raise_value_error("invalid period"_msg);
    state.pwm_period_us = uint32_t(us);
    return none();
}
static Value p_set_analog_period(const Args& a) { return set_period(a, 1000); }
static Value p_set_analog_period_us(const Args& a) { return set_period(a, 1); }
static Value p_get_analog_period_us(const Args& a) { return make_int(intptr_t(state.pwm_period_us)); }
static Value p_set_pull(const Args& a) {
    int p = num(a), v;
    if (!arg_int(a.pos[1], &v)) return {};
    if (v != no_pull && v != pull_down && v != pull_up) return raise_value_error("invalid pull"_msg);
    if (state.pin_mode[p] != PinMode::button && !acquire(p, PinMode::read_digital)) return {};
    state.pin_pull[p] = uint8_t(v);
    return none();
}
// The pull is a digital input's: other modes have none to report.
static Value p_get_pull(const Args& a) {
    int p = num(a);
    PinMode m = state.pin_mode[p];
    if (m != PinMode::read_digital && m != PinMode::button) return mode_error(p);
    return Value::small(state.pin_pull[p]);
}
static Value p_get_mode(const Args& a) { return make_str(pin_mode_name(state.pin_mode[num(a)])); }
static Value p_is_touched(const Args& a) {
    int p = num(a);
    if (!acquire(p, PinMode::touch)) return {};
    return py_bool(hal::pin_touched(p));
}

static constexpr core::NativeFunction f_write_digital = core::native(q_write_digital, p_write_digital, 2, 2);
static constexpr core::NativeFunction f_read_digital = core::native(q_read_digital, p_read_digital, 1, 1);
static constexpr core::NativeFunction f_write_analog = core::native(q_write_analog, p_write_analog, 2, 2);
static constexpr core::NativeFunction f_read_analog = core::native(q_read_analog, p_read_analog, 1, 1);
static constexpr core::NativeFunction f_set_analog_period =
    core::native(q_set_analog_period, p_set_analog_period, 2, 2);
static constexpr core::NativeFunction f_set_analog_period_microseconds =
    core::native(q_set_analog_period_microseconds, p_set_analog_period_us, 2, 2);
static constexpr core::NativeFunction f_get_analog_period_microseconds =
    core::native(q_get_analog_period_microseconds, p_get_analog_period_us, 1, 1);
static constexpr core::NativeFunction f_set_pull = core::native(q_set_pull, p_set_pull, 2, 2);
static constexpr core::NativeFunction f_get_pull = core::native(q_get_pull, p_get_pull, 1, 1);
static constexpr core::NativeFunction f_get_mode = core::native(q_get_mode, p_get_mode, 1, 1);
static constexpr core::NativeFunction f_is_touched = core::native(q_is_touched, p_is_touched, 1, 1);
BOARD_TABLE(digital_locals, {&q_write_digital, &f_write_digital}, {&q_read_digital, &f_read_digital},
            {&q_write_analog, &f_write_analog}, {&q_set_analog_period, &f_set_analog_period},
            {&q_set_analog_period_microseconds, &f_set_analog_period_microseconds},
            {&q_get_analog_period_microseconds, &f_get_analog_period_microseconds},
            {&q_set_pull, &f_set_pull}, {&q_get_pull, &f_get_pull}, {&q_get_mode, &f_get_mode},
            {&q_PULL_UP, nullptr, pull_up}, {&q_PULL_DOWN, nullptr, pull_down},
            {&q_NO_PULL, nullptr, no_pull})
BOARD_TABLE(analog_locals, {&q_read_analog, &f_read_analog})
BOARD_TABLE(touch_locals, {&q_is_touched, &f_is_touched})

// Types chain as on the device: touch pins can do analog, analog pins can do digital.
const Type digital_pin_type = builtin_type({.name = &q_MicroBitDigitalPin,
                                            .flags = type_flag_eq_identity,
                                            .print = print_type_name,
                                            .locals = &digital_locals});
const Type analog_pin_type = builtin_type({.name = &q_MicroBitAnalogDigitalPin,
                                           .flags = type_flag_eq_identity,
                                           .print = print_type_name,
                                           .locals = &analog_locals,
                                           .base = &digital_pin_type});
const Type touch_pin_type = builtin_type({.name = &q_MicroBitTouchPin,
                                          .flags = type_flag_eq_identity,
                                          .print = print_type_name,
                                          .locals = &touch_locals,
                                          .base = &analog_pin_type});

#define T(n) \
    { {&touch_pin_type}, n }
#define A(n) \
    { {&analog_pin_type}, n }
#define D(n) \
    { {&digital_pin_type}, n }
const PinObj pin_objs[n_pins] = {T(0),  T(1),  T(2),  A(3),  A(4),  D(5),  D(6),  D(7),  D(8),  D(9), A(10),
                                 D(11), D(12), D(13), D(14), D(15), D(16), D(17), D(18), D(19), D(20)};
#undef T
#undef A
#undef D

}  // namespace board

#endif  // MBPY_MICROBIT_PINS
