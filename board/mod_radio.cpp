// The radio module: settings with the firmware's ranges and errors, the receive queue with its drop
// behaviour, the 3-byte header of string packets, over the HAL's link (loopback boards on the host).
#include <atomic>
#include <cstddef>

#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/text.hpp"

#if MBPY_MOD_RADIO  // core/config.hpp

hal::RadioQueue hal::radio_queue;  // in the heap block in roots.radio_buf while the radio is on

namespace board {
using namespace core;

// The firmware's defaults: 32-byte payloads, 3 queued packets, channel 7 (2407 MHz), power 6 (0 dBm),
// address "uBit", group 0, 1 Mbit/s.
struct Config {
    uint8_t length = 32, queue = 3, channel = 7, power = 6, group = 0, data_rate = 0;
    uint32_t address = 0x75626974;
};
enum Rate : uint8_t { rate_1mbit = 0, rate_2mbit = 1, rate_250kbit = 2 };  // the nRF51's MODE values

using Slot = hal::RadioSlot;

static Config cfg;
static bool enabled;
static hal::RadioQueue& rq = hal::radio_queue;

static void disable() {
    if (enabled) hal::radio_enable(nullptr);  // the device's receiver stops writing into the block
    enabled = false;
    roots.radio_buf = Value();
    rq = hal::RadioQueue{};
}

// The device allocates the queue from the Python heap when the radio goes on (MemoryError if short):
// queue + 1 slots, as the original's queue + 1 packets (its first one the transmit buffer).
static bool enable() {
    disable();
    size_t size = (offsetof(Slot, data) + cfg.length + 3) & ~size_t(3), n = cfg.queue + 1u;
    void* block = alloc_raw(size * n);
    if (!block) return false;
    roots.radio_buf = Value(static_cast<const Obj*>(block));
    rq.base = static_cast<uint8_t*>(block), rq.size = uint16_t(size), rq.n = uint8_t(n);
    rq.max_len = cfg.length;
    enabled = true;
    hal::RadioLink link{cfg.address, cfg.channel, cfg.group, cfg.data_rate, cfg.power};
    hal::radio_enable(&link);
    return true;
}

void radio_reset() {
    disable();
    cfg = Config{};
}

// Moves what the link heard into the queue; once it is full, new packets are dropped.
static void poll() {
    if (!enabled) return;
    uint8_t tmp[256];
    int rssi;
    uint32_t t;
    for (int n; (n = hal::radio_receive(tmp, sizeof tmp, &rssi, &t)) >= 0;) {
        uint8_t next = rq.next(rq.tail);
        if (next == rq.head) {
            Trace().str("radio_drop", "queue full").num("len", n).send();
            continue;
        }
        Slot* s = rq.at(rq.tail);
        s->len = uint8_t(n > cfg.length ? cfg.length : n);
        s->rssi = int8_t(rssi);
        s->time_us = t;
        for (size_t i = 0; i < s->len; ++i) s->data[i] = tmp[i];
        rq.tail = next;
    }
}

static bool check_enabled() {
    if (!enabled) raise_value_error("radio is not enabled"_msg);
    return enabled;
}

static void send(const uint8_t* head, size_t head_n, std::string_view body) {
    uint8_t pkt[256];
    size_t n = 0;
    for (size_t i = 0; i < head_n && n < cfg.length; ++i) pkt[n++] = head[i];
    for (size_t i = 0; i < body.size() && n < cfg.length; ++i) pkt[n++] = uint8_t(body[i]);  // truncated
    hal::radio_send(pkt, n);
    if constexpr (core::config::board_trace) {  // the hex text is 513 B of C stack: none on the device
        char hex[2 * 256 + 1];
        hex_into(hex, pkt, n);
        Trace().str("radio_send", hex).num("channel", cfg.channel).num("group", cfg.group).send();
    }
}

static Value r_on(const Args&) {
    if (!enabled && !enable()) return {};
    return none();
}
static Value r_off(const Args&) {
    disable();
    return none();
}
static Value r_reset(const Args&) {
    bool was = enabled;
    radio_reset();
    if (was && !enable()) return {};
    return none();
}

static Value r_config(const Args& a) {
    if (a.n_pos) return raise_type_error("arguments must be keywords"_msg);
    Config c = cfg;
    for (size_t k = 0; k < a.n_kw; ++k) {
        std::string_view name = as_str(a.kw[2 * k])->view();
        Value v = a.kw[2 * k + 1];
        intptr_t i;
        // The byte fields: a constant table of offsets (one of pointers into `c` was built at every call).
        struct Key {
            const char* name;
            uint8_t field, lo, hi;
        };
        static constexpr Key keys[] = {
            {"length", offsetof(Config, length), 1, 251},  {"queue", offsetof(Config, queue), 1, 254},
            {"channel", offsetof(Config, channel), 0, 83}, {"power", offsetof(Config, power), 0, 7},
            {"group", offsetof(Config, group), 0, 255},    {"data_rate", offsetof(Config, data_rate), 0, 2}};
        bool known = false;
        for (const Key& key : keys) {
            if (name != key.name) continue;
            known = true;
            if (!to_intptr(v, &i)) return {};
            if (i < key.lo || i > key.hi)
                return raise_value_error("value out of range for argument '%s'"_msg, key.name);
            reinterpret_cast<uint8_t*>(&c)[key.field] = uint8_t(i);
        }
        if (name == "address") {  // any int: the hardware keeps its low 32 bits
            known = true;
            if (!is_int(v)) return raise_type_error("can't convert %T to int"_msg, v);
            Value low = binary_op(BinaryOp::And, v, make_int_ull(0xFFFFFFFFull));
            if (!low) return {};
            unsigned long long u = 0;
            intptr_t part;
            Value hi = binary_op(BinaryOp::RShift, low, Value::small(16));
            if (!hi || !to_intptr(hi, &part)) return {};
            u = (unsigned long long)part << 16;
            Value lo16 = binary_op(BinaryOp::And, low, Value::small(0xFFFF));
            if (!lo16 || !to_intptr(lo16, &part)) return {};
            c.address = uint32_t(u | (unsigned long long)part);
        }
        if (!known) {
            return raise_value_error("unknown argument '%s'"_msg, as_str(a.kw[2 * k])->data);
        }
    }
    bool rebuild = enabled && (c.length != cfg.length || c.queue != cfg.queue);
    cfg = c;
    if (rebuild) return enable() ? none() : Value();  // new buffers: the queue starts empty
    if (enabled) {
        hal::RadioLink link{cfg.address, cfg.channel, cfg.group, cfg.data_rate, cfg.power};
        hal::radio_enable(&link);
    }
    return none();
}

static Value r_send_bytes(const Args& a) {
    std::string_view buf;
    if (!check_enabled()) return {};
    if (!get_buffer(a.pos[0], &buf)) {
        if (!is_str(a.pos[0])) return raise_type_error("object with buffer protocol required"_msg);
        buf = as_str(a.pos[0])->view();
    }
    send(nullptr, 0, buf);
    return none();
}

// Strings go out after the 3 header bytes 01 00 01 (packet type, destination, source).
static constexpr uint8_t str_header[3] = {1, 0, 1};
static Value r_send(const Args& a) {
    std::string_view text;
    if (is_str(a.pos[0])) {
        text = as_str(a.pos[0])->view();
    } else if (!is_type(a.pos[0], &bytes_type) || !get_buffer(a.pos[0], &text)) {
        return raise_type_error("can't convert '%T' object to str implicitly"_msg, a.pos[0]);
    }
    if (!check_enabled()) return {};
    send(str_header, 3, text);
    return none();
}

// The oldest packet, or null when the queue is empty.
static const Slot* peek() {
    poll();
    if (rq.head == rq.tail) return nullptr;
    std::atomic_signal_fence(std::memory_order_acquire);  // the slot is read after `tail` (the interrupt's)
    return rq.at(rq.head);
}
static void pop() {
    std::atomic_signal_fence(std::memory_order_release);  // done with the slot before it is given back
    rq.head = rq.next(rq.head);
}

static Value r_receive_bytes(const Args&) {
    if (!check_enabled()) return {};
    const Slot* s = peek();
    if (!s) return none();
    Value b = make_bytes({reinterpret_cast<const char*>(s->data), s->len});
    if (b) pop();
    return b;
}

static Value r_receive(const Args&) {
    if (!check_enabled()) return {};
    const Slot* s = peek();
    if (!s) return none();
    bool ok = s->len >= 3 && s->data[0] == 1 && s->data[1] == 0 && s->data[2] == 1;
    std::string_view body(reinterpret_cast<const char*>(s->data) + 3, ok ? s->len - 3u : 0u);
    Value r = ok ? make_str(body) : Value();
    pop();  // a bad packet is dropped with the error, as on the device
    if (!ok) return raise_value_error("received packet is not a string"_msg);
    return r;
}

static Value r_receive_bytes_into(const Args& a) {
    Value target = a.pos[0];
    std::string_view view;
    if (!is_type(target, &bytearray_type) || !get_buffer(target, &view))
        return raise_type_error("object with buffer protocol required"_msg);
    if (!check_enabled()) return {};
    const Slot* s = peek();
    if (!s) return none();
    auto* ba = target.as<ByteArray>();
    size_t n = s->len < ba->len ? s->len : ba->len;
    for (size_t i = 0; i < n; ++i) ba->items[i] = char(s->data[i]);
    size_t len = s->len;
    pop();
    return Value::small(intptr_t(len));
}

static Value r_receive_full(const Args&) {
    if (!check_enabled()) return {};
    const Slot* s = peek();
    if (!s) return none();
    Value t[3] = {make_bytes({reinterpret_cast<const char*>(s->data), s->len}), Value::small(s->rssi),
                  make_int_ull(s->time_us)};
    if (!t[0] || !t[2]) return {};
    pop();
    return make_tuple(3, t);
}

static constexpr core::NativeFunction f_reset = core::native(q_reset, r_reset, 0, 0);
static constexpr core::NativeFunction f_config = core::native(q_config, r_config, 0, var_pos, true);
static constexpr core::NativeFunction f_on = core::native(q_on, r_on, 0, 0);
static constexpr core::NativeFunction f_off = core::native(q_off, r_off, 0, 0);
static constexpr core::NativeFunction f_send_bytes = core::native(q_send_bytes, r_send_bytes, 1, 1);
static constexpr core::NativeFunction f_receive_bytes = core::native(q_receive_bytes, r_receive_bytes, 0, 0);
static constexpr core::NativeFunction f_send = core::native(q_send, r_send, 1, 1);
static constexpr core::NativeFunction f_receive = core::native(q_receive, r_receive, 0, 0);
static constexpr core::NativeFunction f_receive_bytes_into =
    core::native(q_receive_bytes_into, r_receive_bytes_into, 1, 1);
static constexpr core::NativeFunction f_receive_full = core::native(q_receive_full, r_receive_full, 0, 0);
static const AttrEntry radio_entries[] = {{&q_dunder_name, &q_radio},
                                          {&q_reset, &f_reset},
                                          {&q_config, &f_config},
                                          {&q_on, &f_on},
                                          {&q_off, &f_off},
                                          {&q_send_bytes, &f_send_bytes},
                                          {&q_receive_bytes, &f_receive_bytes},
                                          {&q_send, &f_send},
                                          {&q_receive, &f_receive},
                                          {&q_receive_bytes_into, &f_receive_bytes_into},
                                          {&q_receive_full, &f_receive_full},
                                          {&q_RATE_250KBIT, nullptr, rate_250kbit},
                                          {&q_RATE_1MBIT, nullptr, rate_1mbit},
                                          {&q_RATE_2MBIT, nullptr, rate_2mbit}};
const AttrTable radio_module_table = {radio_entries, sizeof(radio_entries) / sizeof(radio_entries[0])};

}  // namespace board

#endif  // MBPY_MOD_RADIO
