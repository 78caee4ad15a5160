// The microbit module: its objects, sleep, running_time, temperature, panic, reset, scale.
#include "board/modules.hpp"
#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_containers.hpp"

namespace board {
using namespace core;

static Value m_sleep(const Args& a) {
    Float ms;
    if (!to_float(a.pos[0], &ms)) return {};
    if (ms > 0) hal::sleep_ms(uint32_t(ms));
    return none();
}
static Value m_running_time(const Args&) { return make_int(intptr_t(hal::ticks_ms())); }
static Value m_temperature(const Args&) { return make_int(hal::temperature()); }

// Halts with a sad face and the code until reset (Ctrl-C on the host ends the wait).
static Value m_panic(const Args& a) {
    int code = 999;
    if (a.n_pos > 0 && !arg_int(a.pos[0], &code)) return {};
    Trace().num("panic", code).send();
    uint8_t sad[25];
    Value img;
    if (lookup_in_type(&image_type, as_str(intern("SAD")), &img) == Lookup::Found)
        image_to_leds(img.as<ImageObj>(), sad), display_store(sad);
    while (!core::state.interrupt) hal::sleep_ms(1000);
    return none();
}
static Value m_reset(const Args&) {
    Trace().boolean("reset", true).send();
    if (reset_hook) reset_hook();
    return raise_value(Value(&system_exit_type));
}

// scale(value, from_=(a, b), to=(c, d)): linear map; ints stay ints when `to` holds ints.
static Value m_scale(const Args& a) {
    static const char* const allowed[] = {"from_", "to", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value from = kwarg(a, "from_"), to = kwarg(a, "to");
    if (!from || !to) return raise_type_error("scale() needs from_ and to"_msg);
    Float v, r[4];
    if (!to_float(a.pos[0], &v)) return {};
    for (int i = 0; i < 4; ++i) {
        Value item = subscr_load(i < 2 ? from : to, Value::small(i % 2));
        if (!item || !to_float(item, &r[i])) return {};
    }
    Float out = r[2] + (v - r[0]) * (r[3] - r[2]) / (r[1] - r[0]);
    if (is_type(a.pos[0], &float_type)) return make_float(out);
    return make_int(intptr_t(out < 0 ? out - Float(0.5) : out + Float(0.5)));
}

static constexpr core::NativeFunction f_sleep = core::native_pausing(q_sleep, m_sleep, 1, 1);
static constexpr core::NativeFunction f_running_time = core::native(q_running_time, m_running_time, 0, 0);
static constexpr core::NativeFunction f_temperature = core::native(q_temperature, m_temperature, 0, 0);
static constexpr core::NativeFunction f_panic = core::native_pausing(q_panic, m_panic, 0, 1);
static constexpr core::NativeFunction f_reset = core::native_pausing(q_reset, m_reset, 0, 0);
static constexpr core::NativeFunction f_scale = core::native(q_scale, m_scale, 1, 1, true);

static const AttrEntry microbit_entries[] = {
    {&q_dunder_name, &q_microbit},
    {&q_Image, &image_type},
    {&q_display, &display_obj},
    {&q_button_a, &button_a_obj},
    {&q_button_b, &button_b_obj},
#if MBPY_MICROBIT_ACCEL
    {&q_accelerometer, &accelerometer_obj},
#endif
#if MBPY_MICROBIT_COMPASS
    {&q_compass, &compass_obj},
#endif
#if MBPY_MICROBIT_BUSES
    {&q_i2c, &i2c_obj},
    {&q_spi, &spi_obj},
    {&q_uart, &uart_obj},
#endif
    {&q_sleep, &f_sleep},
    {&q_running_time, &f_running_time},
    {&q_temperature, &f_temperature},
    {&q_panic, &f_panic},
    {&q_reset, &f_reset},
    {&q_scale, &f_scale},
#if MBPY_MICROBIT_PINS
    {&q_pin0, &pin_objs[0]},
    {&q_pin1, &pin_objs[1]},
    {&q_pin2, &pin_objs[2]},
    {&q_pin3, &pin_objs[3]},
    {&q_pin4, &pin_objs[4]},
    {&q_pin5, &pin_objs[5]},
    {&q_pin6, &pin_objs[6]},
    {&q_pin7, &pin_objs[7]},
    {&q_pin8, &pin_objs[8]},
    {&q_pin9, &pin_objs[9]},
    {&q_pin10, &pin_objs[10]},
    {&q_pin11, &pin_objs[11]},
    {&q_pin12, &pin_objs[12]},
    {&q_pin13, &pin_objs[13]},
    {&q_pin14, &pin_objs[14]},
    {&q_pin15, &pin_objs[15]},
    {&q_pin16, &pin_objs[16]},
    {&q_pin19, &pin_objs[19]},
    {&q_pin20, &pin_objs[20]},
#endif
};
const AttrTable microbit_module_table = {microbit_entries,
                                         sizeof(microbit_entries) / sizeof(microbit_entries[0])};

}  // namespace board
