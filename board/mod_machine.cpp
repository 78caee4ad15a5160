// The machine module: unique_id, reset, freq, interrupt masking, time_pulse_us, and on the device
// mem8/16/32 (MBPY_MACHINE_MEM: the simulated board has no nRF51 memory map to read).
#include "core/numbers.hpp"
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

#if MBPY_MOD_MACHINE  // core/config.hpp

namespace board {
using namespace core;

// The nRF51's FICR DEVICEID (hal::device_id; the simulated board has QEMU's).
static Value ma_unique_id(const Args&) {
    uint32_t id[2];
    hal::device_id(id);
    return make_bytes({reinterpret_cast<const char*>(id), 8});
}
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

#if MBPY_MACHINE_MEM
// mem8[addr], mem16[addr], mem32[addr]: a load or store of that width at the address, as MicroPython's:
// the address and a stored value are ints truncated to 32 bits, a load is unsigned (mem32's as a signed
// word, as the original prints it), and an address not aligned to the width is a ValueError (its address
// in hex without the original's leading zeros: the same text from 0x10000000 up). A bad address faults as
// any access by the CPU would.
struct MemObj : Obj {
    uint8_t size;
};
static bool word_of(Value v, uint32_t* out) {
    Value i = int_of(v);
    if (!i) return raise_type_error("can't convert %T to int"_msg, v), false;
    if (i.is_small()) return *out = uint32_t(i.small_value()), true;
    static_assert(sizeof(big::Limb) == 4, "a limb is the low word");
    const BigInt* b = i.as<BigInt>();  // normalized: at least one limb
    return *out = b->neg ? 0 - b->limb[0] : b->limb[0], true;
}
static Value mem_subscr(Value self, Value index, Value value) {
    unsigned size = static_cast<const MemObj*>(self.obj())->size;
    uint32_t addr, v;
    if (value == subscr_delete()) return raise_type_error("'mem' object does not support item deletion"_msg);
    if (!word_of(index, &addr)) return {};
    if (addr & (size - 1)) return raise_value_error("address %x is not aligned to %d bytes"_msg, addr, size);
    if (!value) {
        uint32_t w = size == 1   ? *reinterpret_cast<volatile uint8_t*>(addr)
                     : size == 2 ? *reinterpret_cast<volatile uint16_t*>(addr)
                                 : *reinterpret_cast<volatile uint32_t*>(addr);
        return make_int(intptr_t(w));
    }
    if (!word_of(value, &v)) return {};
    if (size == 1)
        *reinterpret_cast<volatile uint8_t*>(addr) = uint8_t(v);
    else if (size == 2)
        *reinterpret_cast<volatile uint16_t*>(addr) = uint16_t(v);
    else
        *reinterpret_cast<volatile uint32_t*>(addr) = v;
    return none();
}
static bool mem_print(Printer& out, Value self, PrintKind) {
    out.printf("<%d-bit memory>"_msg, 8 * static_cast<const MemObj*>(self.obj())->size);
    return true;
}
static const Type mem_type =
    builtin_type({.name = &q_mem, .flags = type_flag_eq_identity, .print = mem_print, .subscr = mem_subscr});
static const MemObj mem8_obj = {{&mem_type}, 1}, mem16_obj = {{&mem_type}, 2}, mem32_obj = {{&mem_type}, 4};
#endif

static constexpr core::NativeFunction f_unique_id = core::native(q_unique_id, ma_unique_id, 0, 0);
static constexpr core::NativeFunction f_reset = core::native_pausing(q_reset, ma_reset, 0, 0);
static constexpr core::NativeFunction f_freq = core::native(q_freq, ma_freq, 0, 0);
static constexpr core::NativeFunction f_disable_irq = core::native(q_disable_irq, ma_disable_irq, 0, 0);
static constexpr core::NativeFunction f_enable_irq = core::native(q_enable_irq, ma_enable_irq, 1, 1);
static constexpr core::NativeFunction f_time_pulse_us = core::native(q_time_pulse_us, ma_time_pulse_us, 2, 3);
static const AttrEntry machine_entries[] = {
    {&q_dunder_name, &q_machine},
    {&q_unique_id, &f_unique_id},
    {&q_reset, &f_reset},
    {&q_freq, &f_freq},
    {&q_disable_irq, &f_disable_irq},
    {&q_enable_irq, &f_enable_irq},
    {&q_time_pulse_us, &f_time_pulse_us},
#if MBPY_MACHINE_MEM
    {&q_mem8, &mem8_obj},
    {&q_mem16, &mem16_obj},
    {&q_mem32, &mem32_obj},
#endif
};
const AttrTable machine_module_table = {machine_entries,
                                        sizeof(machine_entries) / sizeof(machine_entries[0])};

}  // namespace board

#endif  // MBPY_MOD_MACHINE
