// The neopixel module: NeoPixel(pin, n) strips of RGB LEDs; show() sends the colours (the port bit-bangs
// them on the device, the host traces them).
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/obj_containers.hpp"

#if MBPY_MOD_NEOPIXEL  // core/config.hpp

namespace board {
using namespace core;

struct NeoPixelObj : Obj {
    uint8_t pin;
    uint16_t n;
    uint8_t grb[];  // 3 bytes per LED in the strip's own order (green, red, blue)
};
extern const Type neopixel_type;

static Value np_make_new(const Type*, const Args& a) {
    if (a.n_kw) return raise_type_error("function does not take keyword arguments"_msg);
    if (a.n_pos != 2)
        return raise_type_error("function takes 2 positional arguments but %d were given"_msg, int(a.n_pos));
    int pin = pin_arg(a.pos[0]), n;
    if (pin < 0 || !arg_int(a.pos[1], &n)) return {};
    if (n < 0) n = 0;
    auto* np = alloc<NeoPixelObj>(&neopixel_type, size_t(n) * 3);
    if (!np) return {};
    np->pin = uint8_t(pin);
    np->n = uint16_t(n);
    return Value(np);
}

static bool np_print(Printer& out, Value, PrintKind) {
    out.write("<NeoPixel>");
    return true;
}

static Value np_unary(UnaryOp op, Value self) {
    if (op == UnaryOp::Len) return Value::small(self.as<NeoPixelObj>()->n);
    return not_implemented();
}

static Value np_subscr(Value self, Value index, Value value) {
    auto* np = self.as<NeoPixelObj>();
    intptr_t i;
    if (!to_index(index, &i)) return {};
    if (i < 0) i += np->n;
    if (i < 0 || i >= np->n) return raise_index_error("NeoPixel index out of range"_msg);
    uint8_t* px = np->grb + 3 * i;
    if (!value) {
        Value rgb[3] = {Value::small(px[1]), Value::small(px[0]), Value::small(px[2])};
        return make_tuple(3, rgb);
    }
    if (value == subscr_delete())
        return raise_type_error("'NeoPixel' object doesn't support item deletion"_msg);
    size_t n;
    if (!len(value, &n)) return {};
    if (n != 3) return raise_value_error("requested length 3 but object has length %d"_msg, int(n));
    int c[3];
    for (int k = 0; k < 3; ++k) {
        Value item = subscr_load(value, Value::small(k));
        if (!item || !arg_int(item, &c[k])) return {};
        if (c[k] < 0 || c[k] > 255) return raise_value_error("invalid colour"_msg);
    }
    px[0] = uint8_t(c[1]), px[1] = uint8_t(c[0]), px[2] = uint8_t(c[2]);
    return none();
}

static Value np_clear(const Args& a) {
    auto* np = a.pos[0].as<NeoPixelObj>();
    for (size_t i = 0; i < size_t(np->n) * 3; ++i) np->grb[i] = 0;
    return none();
}

// The strip gets its bytes from the port (hal::neopixel_send); the trace shows it as "rrggbb,rrggbb,...".
static Value np_show(const Args& a) {
    auto* np = a.pos[0].as<NeoPixelObj>();
    hal::neopixel_send(np->pin, np->grb, size_t(np->n) * 3);
    // The text is 281 B of C stack, none where the board does not trace (the device).
    if constexpr (!core::config::board_trace) return none();
    static constexpr size_t max_traced = 40;  // keeps the line within the trace writer's buffer
    char text[max_traced * 7 + 1];
    size_t len = 0;
    for (size_t i = 0; i < np->n && i < max_traced; ++i) {
        const uint8_t* px = np->grb + 3 * i;
        uint8_t rgb[3] = {px[1], px[0], px[2]};
        if (i) text[len++] = ',';
        hex_into(text + len, rgb, 3);
        len += 6;
    }
    Trace().str("neopixel", {text, len}).num("pin", np->pin).send();
    return none();
}

static constexpr core::NativeFunction f_clear = core::native(q_clear, np_clear, 1, 1);
static constexpr core::NativeFunction f_show = core::native(q_show, np_show, 1, 1);
BOARD_TABLE(np_locals, {&q_clear, &f_clear}, {&q_show, &f_show})
const Type neopixel_type = core::builtin_type({.name = &q_NeoPixel,
                                               .make_new = np_make_new,
                                               .print = np_print,
                                               .unary_op = np_unary,
                                               .subscr = np_subscr,
                                               .locals = &np_locals});
static const AttrEntry neopixel_entries[] = {{&q_dunder_name, &q_neopixel}, {&q_NeoPixel, &neopixel_type}};
const AttrTable neopixel_module_table = {neopixel_entries, 2};

}  // namespace board

#endif  // MBPY_MOD_NEOPIXEL
