// i2c, spi and uart: the buses of the edge connector. i2c goes through the port (the device's TWI0 with
// the sensors on it; nothing is attached on the simulated board); writes are traced, uart is the serial line.
#include "board/objects.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"
#include "core/obj_exception.hpp"
#include "core/text.hpp"

#if MBPY_MICROBIT_BUSES  // core/config.hpp

namespace board {
using namespace core;

static Value ok(const Args&) { return none(); }

// spi.init(baudrate=1000000, bits=8, mode=0, sclk=pin13, mosi=pin15, miso=pin14): the port's SPI on those
// pins (in spi mode from then on); the port picks the fastest rate it has at or below `baudrate`.
static Value spi_init(const Args& a) {
    static const char* const names[] = {"baudrate", "bits", "mode", "sclk", "mosi", "miso", nullptr};
    Value v[6];
    int baud, mode;
    if (!parse_args(a, 1, names, 0, v) || !opt_int(v[0], 1000000, &baud) || !opt_int(v[2], 0, &mode))
        return {};
    const int pins[3] = {v[3] ? pin_arg(v[3]) : 13, v[4] ? pin_arg(v[4]) : 15, v[5] ? pin_arg(v[5]) : 14};
    for (int p : pins)
        if (p < 0) return {};
    for (int p : pins)
        if (state.pin_mode[p] != PinMode::spi && !pin_take(p, PinMode::spi)) return {};
    hal::spi_init(uint32_t(baud), mode & 3, pins[0], pins[1], pins[2]);
    return none();
}

// Bytes of a bytes/bytearray/str argument, traced as hex.
static bool trace_bytes(const char* key, Value buf) {
    size_t n;
    if (!len(buf, &n)) return false;
    char hex[2 * 64 + 1];  // the first 64 bytes are enough to recognise a transfer
    size_t k = 0;
    for (size_t i = 0; i < n && i < 64; ++i) {
        Value b = subscr_load(buf, Value::small(intptr_t(i)));
        if (!b) return false;
        intptr_t v = b.is_small() ? b.small_value() : 0;
        hex[k++] = "0123456789abcdef"[(v >> 4) & 15];
        hex[k++] = "0123456789abcdef"[v & 15];
    }
    Trace().str(key, {hex, k}).send();
    return true;
}

// The bytes of a str, bytes, bytearray or array argument; TypeError for anything else.
static bool bytes_arg(Value v, std::string_view* out) {
    if (const Str* s = is_str(v) ? as_str(v) : nullptr) return *out = {s->data, s->len}, true;
    if (get_buffer(v, out)) return true;
    return raise_type_error("object with buffer protocol required"_msg), false;
}

// I2C through the port (the sensors' bus on the device; nothing answers on the simulated board): a
// transfer that fails raises OSError with the port's errno (5), as the original's driver.
static Value i2c_done(int err) {
    if (!err) return none();
    Value code = Value::small(err);
    return raise_value(make_exception(&os_error_type, 1, &code));
}
// scan(): the addresses 0x08..0x77 that answer.
static Value i_scan(const Args&) {
    Value out = make_list(0, nullptr);
    for (int addr = 0x08; out && addr < 0x78; ++addr)
        if (!hal::i2c_transfer(addr, nullptr, 0, false, false) &&
            !list_append(static_cast<List*>(out.obj()), Value::small(addr)))
            return {};
    return out;
}
// read(addr, n, repeat=False) -> bytes; write(addr, buf, repeat=False)
static Value i_read(const Args& a) {
    static const char* const names[] = {"addr", "n", "repeat", nullptr};
    Value v[3];
    int addr, n;
    bool repeat;
    if (!parse_args(a, 1, names, 2, v) || !arg_int(v[0], &addr) || !arg_int(v[1], &n) ||
        !opt_bool(v[2], false, &repeat))
        return {};
    StrBuilder sb;
    if (n > 0 && !sb.append_repeat({"", 1}, size_t(n))) return {};
    if (n > 0 &&
        !i2c_done(hal::i2c_transfer(addr, reinterpret_cast<uint8_t*>(sb.data()), size_t(n), true, repeat)))
        return {};
    return sb.finish(&bytes_type);
}
static Value i_write(const Args& a) {
    static const char* const names[] = {"addr", "buf", "repeat", nullptr};
    Value v[3];
    int addr;
    bool repeat;
    if (!parse_args(a, 1, names, 2, v) || !arg_int(v[0], &addr) || !opt_bool(v[2], false, &repeat)) return {};
    std::string_view data;
    if (!bytes_arg(v[1], &data) || !trace_bytes("i2c", v[1])) return {};
    auto* bytes = reinterpret_cast<uint8_t*>(const_cast<char*>(data.data()));  // a write only reads them
    return i2c_done(hal::i2c_transfer(addr, bytes, data.size(), false, repeat));
}

// write(buf) and write_readinto(out, in): one byte in for each byte out, through the port's SPI; the first
// len(in) bytes received go to `in`. read(n, out=0) sends `out` n times.
static Value s_write(const Args& a) {
    std::string_view out, in;
    if (!bytes_arg(a.pos[1], &out) || !trace_bytes("spi", a.pos[1])) return {};
    if (a.n_pos > 2 && (is_str(a.pos[2]) || is_type(a.pos[2], &bytes_type) || !get_buffer(a.pos[2], &in)))
        return raise_type_error("object with buffer protocol required"_msg);
    hal::spi_transfer(reinterpret_cast<const uint8_t*>(out.data()),
                      reinterpret_cast<uint8_t*>(const_cast<char*>(in.data())), in.size(), out.size());
    return none();
}
static Value s_read(const Args& a) {
    int n, out = 0;
    if (!arg_int(a.pos[1], &n) || (a.n_pos > 2 && !arg_int(a.pos[2], &out))) return {};
    StrBuilder sb;
    char c = char(out);
    if (n > 0 && !sb.append_repeat({&c, 1}, size_t(n))) return {};
    uint8_t* buf = reinterpret_cast<uint8_t*>(sb.data());
    if (n > 0) hal::spi_transfer(buf, buf, size_t(n), size_t(n));
    return sb.finish(&bytes_type);
}

// uart is the serial line (the same one as print() and the REPL).
// init(baudrate=9600, bits=8, parity=None, stop=1, *, pins=None, tx=None, rx=None): the line moves to the
// pins given (tx and rx each; pins=(tx, rx) wins over them), or with none back to the USB interface chip's
// (the REPL's way to the computer), at `baudrate`, with parity unless it is None or 0. bits and stop must be
// ints but change nothing (the nRF51 sends 8 bits, 1 stop bit), and the pins keep their modes, as on the
// original, which checks the arguments in this order: the ints, parity, tx, rx, pins.
static Value u_init(const Args& a) {
    static const char* const names[] = {"baudrate", "bits", "parity", "stop", "pins", "tx", "rx", nullptr};
    Value v[7];
    int baud, unused, parity = 0, pins[2] = {-1, -1};
    if (a.n_pos > 5)
        return raise_type_error("extra positional arguments given"_msg);  // pins, tx, rx: keywords
    if (!parse_args(a, 1, names, 0, v) || !opt_int(v[0], 9600, &baud) || !opt_int(v[1], 8, &unused) ||
        !opt_int(v[3], 1, &unused) || (v[2] && v[2] != none() && !arg_int(v[2], &parity)))
        return {};
    for (int i = 0; i < 2; ++i)
        if (v[5 + i] && v[5 + i] != none() && (pins[i] = pin_arg(v[5 + i])) < 0) return {};
    if (Value p = v[4]; p && p != none()) {
        bool list = is_type(p, &list_type);
        if (!list && !is_type(p, &tuple_type))
            return raise_type_error("object '%T' is not a tuple or list"_msg, p);
        size_t n = list ? p.as<List>()->len : p.as<Tuple>()->len;
        if (n != 2) return raise_value_error("requested length 2 but object has length %d"_msg, int(n));
        const Value* items = list ? p.as<List>()->items : p.as<Tuple>()->items;
        for (int i = 0; i < 2; ++i)
            if ((pins[i] = pin_arg(items[i])) < 0) return {};
    }
    hal::uart_init(baud, parity != 0, pins[0], pins[1]);
    return none();
}
static Value u_any(const Args&) { return py_bool(hal::serial_any()); }
static Value u_read(const Args& a) {
    StrBuilder sb;
    int limit = -1;
    if (a.n_pos > 1 && a.pos[1] != none() && !arg_int(a.pos[1], &limit)) return {};
    for (int c; (limit < 0 || int(sb.size()) < limit) && (c = hal::serial_read()) >= 0;)
        if (!sb.append_byte(char(c))) return {};
    if (sb.size() == 0) return none();
    return sb.finish(&bytes_type);
}
static Value u_readline(const Args&) {
    StrBuilder sb;
    for (int c; (c = hal::serial_read()) >= 0;) {
        if (!sb.append_byte(char(c))) return {};
        if (c == '\n') break;
    }
    if (sb.size() == 0) return none();
    return sb.finish(&bytes_type);
}
static Value u_write(const Args& a) {
    Value v = a.pos[1];
    if (!is_str(v) && !is_type(v, &bytes_type) && !is_type(v, &bytearray_type))
        return raise_type_error("object with buffer protocol required"_msg);
    size_t n;
    if (!len(v, &n)) return {};
    if (is_str(v) || is_type(v, &bytes_type)) {
        hal::stdout_write(as_str(v)->data, as_str(v)->len);
    } else {
        for (size_t i = 0; i < n; ++i) {
            Value b = subscr_load(v, Value::small(intptr_t(i)));
            if (!b) return {};
            char c = char(b.small_value());
            hal::stdout_write(&c, 1);
        }
    }
    return make_int(intptr_t(n));
}

static constexpr core::NativeFunction f_init = core::native(q_init, ok, 1, var_pos, true);
static constexpr core::NativeFunction f_spi_init = core::native(q_init, spi_init, 1, 4, true);
static constexpr core::NativeFunction f_i_scan = core::native(q_scan, i_scan, 1, 1);
static constexpr core::NativeFunction f_i_read = core::native(q_read, i_read, 3, 4, true);
static constexpr core::NativeFunction f_i_write = core::native(q_write, i_write, 3, 4, true);
static constexpr core::NativeFunction f_s_read = core::native(q_read, s_read, 2, 3);
static constexpr core::NativeFunction f_s_write = core::native(q_write, s_write, 2, 2);
static constexpr core::NativeFunction f_s_write_readinto = core::native(q_write_readinto, s_write, 3, 3);
static constexpr core::NativeFunction f_u_init = core::native(q_init, u_init, 1, var_pos, true);
static constexpr core::NativeFunction f_u_any = core::native(q_any, u_any, 1, 1);
static constexpr core::NativeFunction f_u_read = core::native(q_read, u_read, 1, 2);
static constexpr core::NativeFunction f_u_readline = core::native(q_readline, u_readline, 1, 1);
static constexpr core::NativeFunction f_u_write = core::native(q_write, u_write, 2, 2);
BOARD_TABLE(i2c_locals, {&q_init, &f_init}, {&q_scan, &f_i_scan}, {&q_read, &f_i_read},
            {&q_write, &f_i_write})
BOARD_TABLE(spi_locals, {&q_init, &f_spi_init}, {&q_read, &f_s_read}, {&q_write, &f_s_write},
            {&q_write_readinto, &f_s_write_readinto})
BOARD_TABLE(uart_locals, {&q_init, &f_u_init}, {&q_any, &f_u_any}, {&q_read, &f_u_read},
            {&q_readline, &f_u_readline}, {&q_write, &f_u_write}, {&q_ODD, nullptr, 1}, {&q_EVEN, nullptr, 2})
const Type i2c_type = builtin_type({.name = &q_MicroBitI2C,
                                    .flags = type_flag_eq_identity,
                                    .print = print_type_name,
                                    .locals = &i2c_locals});
const Type spi_type = builtin_type({.name = &q_MicroBitSPI,
                                    .flags = type_flag_eq_identity,
                                    .print = print_type_name,
                                    .locals = &spi_locals});
const Type uart_type = builtin_type({.name = &q_MicroBitUART,
                                     .flags = type_flag_eq_identity,
                                     .print = print_type_name,
                                     .locals = &uart_locals});
const Obj i2c_obj = {&i2c_type};
const Obj spi_obj = {&spi_type};
const Obj uart_obj = {&uart_type};

}  // namespace board

#endif  // MBPY_MICROBIT_BUSES
