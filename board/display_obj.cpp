// The display object: show, scroll, clear, on/off, pixels and the light sensor.
#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"

namespace board {
using namespace core;

bool arg_int(Value v, int* out) {
    intptr_t i;
    if (!to_intptr(v, &i)) return false;
    *out = int(i);
    return true;
}

bool print_type_name(Printer& out, Value self, PrintKind) {
    out.put('<');
    out.write(type_of(self)->name->view());
    out.put('>');
    return true;
}

bool kw_flag(const Args& a, const char* name, bool dflt, bool* out) {
    Value v = kwarg(a, name);
    if (!v) return *out = dflt, true;
    int t = truth(v);
    if (t < 0) return false;
    return *out = t != 0, true;
}

// The delay: second positional or keyword `delay`.
static bool delay_arg(const Args& a, int dflt, int* out) {
    Value v = a.n_pos > 2 ? a.pos[2] : kwarg(a, "delay");
    if (!v) return *out = dflt, true;
    if (!arg_int(v, out)) return false;
    if (*out < 0) *out = 0;
    return true;
}

static Value d_show(const Args& a) {
    static const char* const allowed[] = {"delay", "wait", "loop", "clear", nullptr};
    bool wait, loop, clear;
    int delay;
    if (!check_kwargs(a, allowed) || !delay_arg(a, 400, &delay) || !kw_flag(a, "wait", true, &wait) ||
        !kw_flag(a, "loop", false, &loop) || !kw_flag(a, "clear", false, &clear))
        return {};
    stop_animation();
    Value x = a.pos[1];
    if (is_int(x) || is_type(x, &float_type)) x = to_str(x);  // numbers show as their text
    if (!x) return {};
    if (is_str(x)) {
        if (as_str(x)->len == 0) return none();
        if (as_str(x)->len == 1 && !clear && !loop) x = image_for_char(uint8_t(as_str(x)->data[0]));
        if (!x) return {};
    }
    if (is_image(x)) {
        if (!clear && !loop) {
            uint8_t leds[25];
            image_to_leds(x.as<ImageObj>(), leds);
            display_store(leds);
            return none();
        }
        x = make_tuple(1, &x);
        if (!x) return {};
    }
    if (!animate(x, uint32_t(delay), clear, loop)) return {};
    if (wait && !wait_animation()) return {};
    return none();
}

static Value d_scroll(const Args& a) {
    static const char* const allowed[] = {"delay", "wait", "loop", "monospace", nullptr};
    bool wait, loop, mono;
    int delay;
    if (!check_kwargs(a, allowed) || !delay_arg(a, 150, &delay) || !kw_flag(a, "wait", true, &wait) ||
        !kw_flag(a, "loop", false, &loop) || !kw_flag(a, "monospace", false, &mono))
        return {};
    Value x = a.pos[1];
    if (is_int(x) || is_type(x, &float_type)) x = to_str(x);
    if (!x) return {};
    if (!is_str(x)) return raise_type_error("can't convert '%T' object to str implicitly"_msg, x);
    if (as_str(x)->len == 0) return stop_animation(), none();
    if (!scroll(x, uint32_t(delay), loop, mono)) return {};
    if (wait && !wait_animation()) return {};
    return none();
}

static bool check_xy(const Args& a, int* x, int* y) {
    if (!arg_int(a.pos[1], x) || !arg_int(a.pos[2], y)) return false;
    if (*x < 0 || *y < 0 || *x > 4 || *y > 4) return raise_value_error("index out of bounds"_msg), false;
    return true;
}

static Value d_get_pixel(const Args& a) {
    int x, y;
    if (!check_xy(a, &x, &y)) return {};
    return Value::small(state.image[y * 5 + x]);
}

static Value d_set_pixel(const Args& a) {
    int x, y, v;
    if (!check_xy(a, &x, &y) || !arg_int(a.pos[3], &v)) return {};
    if (v < 0 || v > 9) return raise_value_error("brightness out of bounds"_msg);
    uint8_t img[25];
    for (int i = 0; i < 25; ++i) img[i] = state.image[i];
    img[y * 5 + x] = uint8_t(v);
    display_store(img);
    return none();
}

static Value d_clear(const Args&) {
    stop_animation();
    static const uint8_t blank[25] = {};
    display_store(blank);
    return none();
}

// The display's pins are free for other uses while it is off.
static void set_on(bool on) {
    state.display_on = on;
    hal::display_enable(on);
    static const uint8_t pins[] = {3, 4, 6, 7, 9, 10};
    for (uint8_t p : pins) {
        if (on)
            state.pin_mode[p] = PinMode::display;
        else if (state.pin_mode[p] == PinMode::display)
            state.pin_mode[p] = PinMode::unused;
    }
    display_refresh();
}
static Value d_on(const Args&) { return set_on(true), none(); }
static Value d_off(const Args&) { return set_on(false), none(); }
static Value d_is_on(const Args&) { return py_bool(state.display_on); }
#if MBPY_LIGHT_SENSOR
static Value d_read_light_level(const Args&) { return Value::small(hal::light_level()); }
#endif

static constexpr core::NativeFunction f_show = core::native_pausing(q_show, d_show, 2, 3, true);
static constexpr core::NativeFunction f_scroll = core::native_pausing(q_scroll, d_scroll, 2, 3, true);
static constexpr core::NativeFunction f_get_pixel = core::native(q_get_pixel, d_get_pixel, 3, 3);
static constexpr core::NativeFunction f_set_pixel = core::native(q_set_pixel, d_set_pixel, 4, 4);
static constexpr core::NativeFunction f_clear = core::native(q_clear, d_clear, 1, 1);
static constexpr core::NativeFunction f_on = core::native(q_on, d_on, 1, 1);
static constexpr core::NativeFunction f_off = core::native(q_off, d_off, 1, 1);
static constexpr core::NativeFunction f_is_on = core::native(q_is_on, d_is_on, 1, 1);
#if MBPY_LIGHT_SENSOR
static constexpr core::NativeFunction f_read_light_level =
    core::native(q_read_light_level, d_read_light_level, 1, 1);
#endif
static const core::AttrEntry display_locals_entries[] = {
    {&q_show, &f_show},
    {&q_scroll, &f_scroll},
    {&q_get_pixel, &f_get_pixel},
    {&q_set_pixel, &f_set_pixel},
    {&q_clear, &f_clear},
    {&q_on, &f_on},
    {&q_off, &f_off},
    {&q_is_on, &f_is_on},
#if MBPY_LIGHT_SENSOR
    {&q_read_light_level, &f_read_light_level},
#endif
};
static const core::AttrTable display_locals = {
    display_locals_entries, sizeof display_locals_entries / sizeof display_locals_entries[0]};
const Type display_type = builtin_type({.name = &q_MicroBitDisplay,
                                        .flags = type_flag_eq_identity,
                                        .print = print_type_name,
                                        .locals = &display_locals});
const Obj display_obj = {&display_type};

}  // namespace board
