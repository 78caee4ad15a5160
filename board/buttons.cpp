// button_a and button_b: state now, presses counted by the ticker since the last call.
#include "board/objects.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"

namespace board {
using namespace core;

static int which(const Args& a) { return a.pos[0] == Value(&button_a_obj) ? 0 : 1; }

static Value b_is_pressed(const Args& a) {
    tick(hal::ticks_ms());  // sample now, as the device's button state is live
    return py_bool(state.button_down[which(a)]);
}
static Value b_was_pressed(const Args& a) {
    tick(hal::ticks_ms());
    int b = which(a);
    bool was = state.button_was[b];
    state.button_was[b] = false;
    return py_bool(was);
}
static Value b_get_presses(const Args& a) {
    tick(hal::ticks_ms());
    int b = which(a);
    int n = state.presses[b];
    state.presses[b] = 0;
    return Value::small(n);
}

static constexpr core::NativeFunction f_is_pressed = core::native(q_is_pressed, b_is_pressed, 1, 1);
static constexpr core::NativeFunction f_was_pressed = core::native(q_was_pressed, b_was_pressed, 1, 1);
static constexpr core::NativeFunction f_get_presses = core::native(q_get_presses, b_get_presses, 1, 1);
BOARD_TABLE(button_locals, {&q_is_pressed, &f_is_pressed}, {&q_was_pressed, &f_was_pressed},
            {&q_get_presses, &f_get_presses})
const Type button_type = builtin_type({.name = &q_MicroBitButton,
                                       .flags = type_flag_eq_identity,
                                       .print = print_type_name,
                                       .locals = &button_locals});
const Obj button_a_obj = {&button_type};
const Obj button_b_obj = {&button_type};

}  // namespace board
