// The machine module: unique_id, reset, freq, interrupt masking, time_pulse_us; mem8/16/32 are absent here
// (there is no nRF51 memory map to read on the simulated board).
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

#if MBPY_MOD_MACHINE  // core/config.hpp

namespace board {
using namespace core;

// The nRF51's FICR DEVICEID; the simulated board has a fixed one (this is the qemu board's).
static Value ma_unique_id(const Args&) { return make_bytes({"\x03\x00\x00\x00xV4\x12", 8}); }
static Value ma_reset(const Args&) {
    Trace().boolean("reset", true).send();
    if (reset_hook) reset_hook();
    return raise_value(Value(&system_exit_type));
}
static Value ma_freq(const Args&) { return make_int(16000000); }  // the nRF51's 16 MHz clock
static bool irq_enabled = true;
static Value ma_disable_irq(const Args&) {
    Value was = Value::small(irq_enabled ? 0 : 1);  // the PRIMASK the device returns: 0 = were enabled
    irq_enabled = false;
    return was;
}
static Value ma_enable_irq(const Args& a) {
    int state;
    if (!arg_int(a.pos[0], &state)) return {};
    irq_enabled = state == 0;
    return none();
}

// time_pulse_us(pin, level, timeout_us=1000000): waits for the pin to go to `level`, then times the pulse.
// -2: it never started within the timeout; -1: it did not end within it.
static Value ma_time_pulse_us(const Args& a) {
    int pin = pin_arg(a.pos[0]), level, timeout = 1000000;
    if (pin < 0 || !arg_int(a.pos[1], &level) || (a.n_pos > 2 && !arg_int(a.pos[2], &timeout))) return {};
    uint64_t start = hal::ticks_us();
    while (hal::pin_read_digital(pin, state.pin_pull[pin]) != level) {
        if (hal::ticks_us() - start >= uint64_t(timeout)) return Value::small(-2);
        if (core::state.interrupt) return none();
    }
    start = hal::ticks_us();
    while (hal::pin_read_digital(pin, state.pin_pull[pin]) == level) {
        if (hal::ticks_us() - start >= uint64_t(timeout)) return Value::small(-1);
        if (core::state.interrupt) return none();
    }
    return make_int(intptr_t(hal::ticks_us() - start));
}

static constexpr core::NativeFunction f_unique_id = core::native(q_unique_id, ma_unique_id, 0, 0);
static constexpr core::NativeFunction f_reset = core::native(q_reset, ma_reset, 0, 0);
static constexpr core::NativeFunction f_freq = core::native(q_freq, ma_freq, 0, 0);
static constexpr core::NativeFunction f_disable_irq = core::native(q_disable_irq, ma_disable_irq, 0, 0);
static constexpr core::NativeFunction f_enable_irq = core::native(q_enable_irq, ma_enable_irq, 1, 1);
static constexpr core::NativeFunction f_time_pulse_us = core::native(q_time_pulse_us, ma_time_pulse_us, 2, 3);
static const AttrEntry machine_entries[] = {{&q_dunder_name, &q_machine},
                                            {&q_unique_id, &f_unique_id},
                                            {&q_reset, &f_reset},
                                            {&q_freq, &f_freq},
                                            {&q_disable_irq, &f_disable_irq},
                                            {&q_enable_irq, &f_enable_irq},
                                            {&q_time_pulse_us, &f_time_pulse_us}};
const AttrTable machine_module_table = {machine_entries,
                                        sizeof(machine_entries) / sizeof(machine_entries[0])};

}  // namespace board

#endif  // MBPY_MOD_MACHINE
