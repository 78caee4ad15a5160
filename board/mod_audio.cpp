// The audio module: AudioFrame (32 unsigned 8-bit samples) and play() of an iterable of frames, in the
// foreground or on the ticker, at the firmware's 7812.5 samples per second.
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/text.hpp"

#if MBPY_MOD_AUDIO  // core/config.hpp

namespace board {
using namespace core;

static constexpr size_t frame_len = 32;
// 7812.5 Hz: one frame lasts 4096 us. The host renders at 7812 Hz, close enough for the ear.
static constexpr uint32_t frame_us = 4096, sample_rate = 7812;
// Frames go to the port this far ahead of their time: the device runs the ticker every 6 ms while the
// program sleeps, and its queue (ports/nrf51/sound.cpp) must not run dry between two runs.
static constexpr uint32_t lead_ms = 10;

struct AudioFrameObj : Obj {
    uint8_t data[frame_len];
};
extern const Type audio_frame_type;

static AudioFrameObj* new_frame() {
    auto* f = alloc<AudioFrameObj>(&audio_frame_type);
    if (f)
        for (uint8_t& s : f->data) s = 128;  // silence
    return f;
}

static Value af_make_new(const Type*, const Args& a) {
    if (a.n_pos)
        return raise_type_error("function takes 0 positional arguments but %d were given"_msg, int(a.n_pos));
    AudioFrameObj* f = new_frame();
    return f ? Value(f) : Value();
}

static bool af_print(Printer& out, Value, PrintKind) {
    out.write("<AudioFrame>");
    return true;
}

static Value af_unary(UnaryOp op, Value) {
    if (op == UnaryOp::Len) return Value::small(frame_len);
    return not_implemented();
}

static Value af_subscr(Value self, Value index, Value value) {
    auto* f = self.as<AudioFrameObj>();
    intptr_t i;
    if (!to_index(index, &i)) return {};
    if (i < 0) i += frame_len;
    if (i < 0 || i >= intptr_t(frame_len)) return raise_value_error("index out of bounds"_msg);
    if (!value) return Value::small(f->data[i]);
    if (value == subscr_delete())
        return raise_type_error("'AudioFrame' object doesn't support item deletion"_msg);
    intptr_t v;
    if (!to_intptr(value, &v)) return {};
    if (v < 0 || v > 255) return raise_value_error("value out of range"_msg);
    f->data[i] = uint8_t(v);
    return none();
}

static uint8_t clip(int v) { return uint8_t(v < 0 ? 0 : v > 255 ? 255 : v); }

// Samples are signed around 128: a + b - 128, a - b + 128, (a - 128) * k + 128, clipped to 0..255.
static Value af_binary(BinaryOp op, Value lhs, Value rhs) {
    bool inplace = op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow;
    BinaryOp base = inplace ? BinaryOp(int(op) - binary_inplace_offset) : op;
    auto* a = lhs.as<AudioFrameObj>();
    AudioFrameObj* r = inplace ? a : nullptr;
    if (base == BinaryOp::Add || base == BinaryOp::Sub) {
        if (!is_type(rhs, &audio_frame_type)) return not_implemented();
        auto* b = rhs.as<AudioFrameObj>();
        if (!r && !(r = new_frame())) return {};
        for (size_t i = 0; i < frame_len; ++i)
            r->data[i] =
                clip(base == BinaryOp::Add ? a->data[i] + b->data[i] - 128 : a->data[i] - b->data[i] + 128);
        return Value(r);
    }
    if (base == BinaryOp::Mul) {
        Float k;
        if (!to_float(rhs, &k)) return take_exception(), not_implemented();
        if (!r && !(r = new_frame())) return {};
        for (size_t i = 0; i < frame_len; ++i) r->data[i] = clip(int(Float(a->data[i] - 128) * k) + 128);
        return Value(r);
    }
    return not_implemented();
}

static Value af_copyfrom(const Args& a) {
    std::string_view buf;
    if (is_type(a.pos[1], &audio_frame_type)) {
        auto* src = a.pos[1].as<AudioFrameObj>();
        buf = {reinterpret_cast<const char*>(src->data), frame_len};
    } else if (!get_buffer(a.pos[1], &buf)) {
        return raise_type_error("object with buffer protocol required"_msg);
    }
    auto* f = a.pos[0].as<AudioFrameObj>();
    for (size_t i = 0; i < frame_len && i < buf.size(); ++i) f->data[i] = uint8_t(buf[i]);
    return none();
}

static constexpr core::NativeFunction f_copyfrom = core::native(q_copyfrom, af_copyfrom, 2, 2);
BOARD_TABLE(frame_locals, {&q_copyfrom, &f_copyfrom})
const Type audio_frame_type = core::builtin_type({.name = &q_AudioFrame,
                                                  .make_new = af_make_new,
                                                  .print = af_print,
                                                  .unary_op = af_unary,
                                                  .binary_op = af_binary,
                                                  .subscr = af_subscr,
                                                  .locals = &frame_locals});

// ---- the player
// --------------------------------------------------------------------------------------------
struct AudioPlayer {
    bool playing, fetched;  // fetched: the source is exhausted, the last frames still sound
    int8_t pin;
    uint64_t next_us;  // board time of the next frame
    uint32_t frames;
};
static AudioPlayer p;

void audio_reset() {
    hal::sound_samples(0, nullptr, 0, 0);
    p = AudioPlayer{};
    p.pin = -1;
    roots.audio_iter = roots.audio_error = Value();
}

static void audio_frames_due(uint32_t now_ms);

static void player_end() {
    if (!p.playing) return;
    Trace().str("audio", "end").num("pin", p.pin).num("frames", long(p.frames)).send();
    hal::sound_samples(p.pin, nullptr, 0, 0);
    pin_release(p.pin, PinMode::audio);
    p.playing = false;
    roots.audio_iter = Value();
}

void audio_tick(uint32_t now_ms) {
    // The source is Python code (often a generator); if it sleeps, the ticker runs again inside it.
    static bool busy_here = false;
    if (busy_here) return;
    busy_here = true;
    audio_frames_due(now_ms);
    busy_here = false;
}

// Frames are taken `lead_ms` before their time; the player ends when the last one has sounded. A frame
// whose time has passed (the ticker ran late) is taken but not sounded, and none sounds while the pin is
// no longer audio's (music took it, as the original lets it).
static int32_t ms_ahead(uint32_t now_ms) {  // until the next frame's time, less the lead while fetching
    return int32_t(uint32_t(p.next_us / 1000) - now_ms) - (p.fetched ? 0 : int32_t(lead_ms));
}

static void audio_frames_due(uint32_t now_ms) {
    int32_t ahead;
    while (p.playing && (ahead = ms_ahead(now_ms)) <= 0) {
        if (p.fetched) return player_end();
        Value item = iter_next(roots.audio_iter);
        if (item && item != stop_marker() && !is_type(item, &audio_frame_type))
            item = raise_type_error("not an AudioFrame"_msg);
        if (!item) roots.audio_error = take_exception();
        if (!item) return player_end();
        if (item == stop_marker()) {
            p.fetched = true;
            continue;
        }
        if (ahead + int32_t(lead_ms + frame_us / 1000) >= 0 && state.pin_mode[p.pin] == PinMode::audio)
            hal::sound_samples(p.pin, item.as<AudioFrameObj>()->data, frame_len, sample_rate);
        ++p.frames;
        p.next_us += frame_us;
    }
}

uint32_t audio_deadline(uint32_t now_ms) {
    if (!p.playing) return UINT32_MAX;
    int32_t ahead = ms_ahead(now_ms);
    return ahead > 0 ? uint32_t(ahead) : 0;
}

static bool busy() { return p.playing; }

static Value au_play(const Args& a) {
    static const char* const names[] = {"source", "wait", "pin", "return_pin", nullptr};
    Value v[4];
    bool wait;
    if (!parse_args(a, 0, names, 1, v) || !opt_bool(v[1], true, &wait)) return {};
    int pin = v[2] && v[2] != none() ? pin_arg(v[2]) : 0;
    if (pin < 0 || (v[3] && v[3] != none() && pin_arg(v[3]) < 0)) return {};
    Value it = get_iter(v[0]);
    if (!it) return {};
    player_end();
    if (!pin_take(pin, PinMode::audio)) return {};
    roots.audio_iter = it;
    roots.audio_error = Value();
    uint64_t now = hal::ticks_us();
    p = AudioPlayer{true, false, int8_t(pin), now, 0};
    Trace().str("audio", "play").num("pin", pin).send();
    audio_tick(hal::ticks_ms());
    if (!wait) return none();
    if (!sound_wait(busy)) player_end();
    Value err = roots.audio_error;
    roots.audio_error = Value();
    if (err) return raise_value(err);
    return none();
}

static Value au_is_playing(const Args&) { return py_bool(p.playing); }
static Value au_stop(const Args&) {
    player_end();
    return none();
}

static constexpr core::NativeFunction f_play = core::native_pausing(q_play, au_play, 0, var_pos, true);
static constexpr core::NativeFunction f_is_playing = core::native(q_is_playing, au_is_playing, 0, 0);
static constexpr core::NativeFunction f_stop = core::native(q_stop, au_stop, 0, 0);
static const AttrEntry audio_entries[] = {{&q_dunder_name, &q_audio},
                                          {&q_stop, &f_stop},
                                          {&q_play, &f_play},
                                          {&q_is_playing, &f_is_playing},
                                          {&q_AudioFrame, &audio_frame_type}};
const AttrTable audio_module_table = {audio_entries, sizeof(audio_entries) / sizeof(audio_entries[0])};

}  // namespace board

#endif  // MBPY_MOD_AUDIO
