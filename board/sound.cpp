// The background ticker of music and audio, and what the board's modules share: pin arguments, argument
// parsing, hex text for the trace.
#include "board/sound.hpp"

#include "board/hal.hpp"
#include "core/hal.hpp"

namespace board {
using namespace core;

void sound_reset() {
    if (MBPY_MOD_MUSIC) music_reset();
    if (MBPY_MOD_AUDIO) audio_reset();
    if (MBPY_MOD_RADIO) radio_reset();
}

void sound_tick(uint32_t now_ms) {
    if (MBPY_MOD_MUSIC) music_tick(now_ms);
    if (MBPY_MOD_AUDIO) audio_tick(now_ms);
}

uint32_t sound_deadline(uint32_t now_ms) {
    uint32_t m = MBPY_MOD_MUSIC ? music_deadline(now_ms) : UINT32_MAX;
    uint32_t a = MBPY_MOD_AUDIO ? audio_deadline(now_ms) : UINT32_MAX;
    return m < a ? m : a;
}

bool sound_wait(bool (*busy)()) {
    while (busy()) {
        if (core::state.interrupt) return false;
        uint32_t now = hal::ticks_ms();
        uint32_t d = next_deadline(now);
        hal::sleep_ms(d == 0 ? 1 : d > 1000 ? 1000 : d);
    }
    return true;
}

int pin_arg(Value v) {
#if MBPY_MICROBIT_PINS
    for (int i = 0; i < n_pins; ++i)
        if (v.is_obj() && v.obj() == &pin_objs[i] && i != 17 && i != 18) return i;
#endif
    raise_type_error("expecting a pin"_msg);
    return -1;
}

bool pin_take(int p, PinMode mode) {
    PinMode cur = state.pin_mode[p];
    // Music's pin too, as the original raises for audio and speech there (a pin in audio mode goes to music).
    if (cur == PinMode::display || cur == PinMode::button || cur == PinMode::i2c || cur == PinMode::spi ||
        (cur == PinMode::music && mode != cur)) {
        raise_value_error("Pin %d in %s mode"_msg, p, pin_mode_name(cur));
        return false;
    }
    state.pin_mode[p] = mode;
    return true;
}

void pin_release(int p, PinMode mode) {
    if (p >= 0 && p < n_pins && state.pin_mode[p] == mode) state.pin_mode[p] = PinMode::unused;
}

static bool name_is(const Str* s, const char* name) {
    size_t i = 0;
    for (; name[i]; ++i)
        if (i >= s->len || s->data[i] != name[i]) return false;
    return i == s->len;
}

bool parse_args(const Args& a, size_t first, const char* const* names, size_t n_required, Value* out) {
    size_t n = 0;
    while (names[n]) out[n] = Value(), ++n;
    size_t n_pos = a.n_pos - first;
    if (n_pos > n) return raise_type_error("extra positional arguments given"_msg), false;
    for (size_t i = 0; i < n_pos; ++i) out[i] = a.pos[first + i];
    size_t used = 0;
    for (size_t i = n_pos; i < n; ++i) {
        for (size_t k = 0; k < a.n_kw; ++k) {
            if (name_is(as_str(a.kw[2 * k]), names[i])) {
                out[i] = a.kw[2 * k + 1];
                ++used;
                break;
            }
        }
        if (!out[i] && i < n_required) return raise_type_error("'%s' argument required"_msg, names[i]), false;
    }
    if (used < a.n_kw) return raise_type_error("extra keyword arguments given"_msg), false;
    return true;
}

bool opt_int(Value v, int dflt, int* out) {
    if (!v) return *out = dflt, true;
    return arg_int(v, out);
}

bool opt_bool(Value v, bool dflt, bool* out) {
    if (!v) return *out = dflt, true;
    int t = truth(v);
    if (t < 0) return false;
    return *out = t != 0, true;
}

void hex_into(char* out, const uint8_t* data, size_t n) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; ++i) out[2 * i] = digits[data[i] >> 4], out[2 * i + 1] = digits[data[i] & 15];
    out[2 * n] = 0;
}

}  // namespace board
