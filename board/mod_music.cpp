// The music module: note strings, tempo, play/pitch/stop/reset, and the background player on the ticker.
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/music_tunes.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/obj_containers.hpp"

#if MBPY_MOD_MUSIC  // core/config.hpp

namespace board {
using namespace core;

// The firmware's defaults: 120 beats per minute, 4 ticks per beat, octave 4 (c4 = middle C), crotchets.
static constexpr int default_bpm = 120, default_ticks = 4, default_octave = 4, default_duration = 4;
static constexpr uint32_t articulation_ms = 10;  // silence between notes, so repeated notes are heard

enum class MusicState : uint8_t { idle, next_note, articulate };
struct Music {
    uint16_t bpm, ticks;  // 16 bits as on the device: set_tempo(ticks=-3) reads back as 65533
    uint8_t octave;
    uint32_t duration;
    MusicState player;
    bool loop;
    int8_t pin;           // the pin the background player holds, -1 when none
    uint32_t wait_until;  // board time (ms) of the player's next step
    size_t index, len;    // note position in the sequence in roots.music_data (a str, list or tuple)
    int8_t tune;          // the built-in tune playing from flash in place of music_data, -1 when none
};
static Music m;

void music_reset() {
    hal::sound_tone(m.pin >= 0 ? m.pin : 0, 0);  // a soft reset silences the pin, as at boot
    m = Music{};
    m.bpm = default_bpm, m.ticks = default_ticks, m.octave = default_octave, m.duration = default_duration;
    m.pin = -1;
    m.tune = -1;
    roots.music_data = Value();
}

// Periods of octave 4 in microseconds, C to B (A4 = 440 Hz); other octaves halve or double them.
static constexpr uint32_t periods_us[12] = {3822, 3608, 3405, 3214, 3034, 2863,
                                            2703, 2551, 2408, 2273, 2145, 2025};
static constexpr int8_t note_semitone[7] = {9, 11, 0, 2, 4, 5, 7};  // a b c d e f g

static void trace_note(int pin, std::string_view note, uint32_t freq, uint32_t ms) {
    Trace().str("music", note).num("pin", pin).num("freq", long(freq)).num("ms", long(ms)).send();
}

// Starts one note `NOTE[#|b][octave][:duration]` (or a rest `r`) on `pin`; returns how long it sounds.
// Octave and duration carry over to later notes, as on the device.
static uint32_t start_note(std::string_view s, int pin) {
    uint32_t freq = 0;
    uint32_t duration = m.duration;
    if (!s.empty()) {
        char c = char(s[0] | 0x20);
        int semitone = c >= 'a' && c <= 'g' ? note_semitone[c - 'a'] : -1;  // else a rest
        size_t i = 1;
        if (i < s.size() && (s[i] == '#' || s[i] == 'b')) semitone += s[i++] == '#' ? 1 : -1;
        if (i < s.size() && s[i] >= '0' && s[i] <= '9') m.octave = uint8_t(s[i++] - '0');
        if (i < s.size() && s[i] == ':') {
            ++i;
            if (i < s.size()) {
                uint32_t d = 0;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9') d = d * 10 + uint32_t(s[i++] - '0');
                m.duration = duration = d;
            }
        }
        if (c != 'r' && semitone >= -1) {
            int octave = m.octave;
            if (semitone < 0) semitone += 12, --octave;   // cb is b of the octave below
            if (semitone > 11) semitone -= 12, ++octave;  // b# is c of the octave above
            uint32_t period = periods_us[semitone];
            period = octave >= 4 ? period >> (octave - 4) : period << (4 - octave);
            if (period) freq = (1000000 + period / 2) / period;
        }
    }
    hal::sound_tone(pin, freq);
    // The note sounds for its ticks less the articulation gap (never less than the gap).
    uint32_t ms = 60000u / m.bpm / m.ticks * duration;
    ms = ms > 2 * articulation_ms ? ms - articulation_ms : articulation_ms;
    trace_note(pin, s, freq, ms);
    return ms;
}

static bool has_notes() { return roots.music_data || m.tune >= 0; }

// The text of note i (empty for anything else: a list may change while it plays).
static std::string_view note_at(size_t i) {
#if MBPY_MUSIC_TUNES
    if (m.tune >= 0) return tune_note(m.tune, i);
#endif
    Value d = roots.music_data, note = d;
    if (is_type(d, &list_type))
        note = i < d.as<List>()->len ? d.as<List>()->items[i] : Value();
    else if (is_type(d, &tuple_type))
        note = d.as<Tuple>()->items[i];
    return note && is_str(note) ? as_str(note)->view() : std::string_view();
}

static void player_stop() {
    if (m.pin >= 0) {
        hal::sound_tone(m.pin, 0);
        pin_release(m.pin, PinMode::music);
    }
    m.player = MusicState::idle;
    m.pin = -1;
    m.tune = -1;
    roots.music_data = Value();
}

void music_tick(uint32_t now) {
    while (m.player != MusicState::idle && int32_t(now - m.wait_until) >= 0) {
        if (m.player == MusicState::articulate) {
            hal::sound_tone(m.pin, 0);
            m.player = MusicState::next_note;
            m.wait_until += articulation_ms;
            continue;
        }
        // next_note: a pitch() with a duration has no data and ends here.
        if (!has_notes() || m.index >= m.len) {
            if (has_notes() && m.loop && m.len) {
                m.index = 0;
            } else {
                player_stop();
                return;
            }
        }
        uint32_t ms = start_note(note_at(m.index++), m.pin);
        m.wait_until += ms;
        m.player = MusicState::articulate;
    }
}

uint32_t music_deadline(uint32_t now) {
    if (m.player == MusicState::idle) return UINT32_MAX;
    return int32_t(m.wait_until - now) > 0 ? m.wait_until - now : 0;
}

static bool busy() { return m.player != MusicState::idle; }

// Hands `pin` to the player (releasing the one it had) as the device does before every play/pitch.
static bool take_pin(Value pin_v, int* pin) {
    *pin = pin_v ? pin_arg(pin_v) : 0;
    if (*pin < 0) return false;
    player_stop();
    return pin_take(*pin, PinMode::music);
}

static Value mu_play(const Args& a) {
    static const char* const names[] = {"music", "pin", "wait", "loop", nullptr};
    Value v[4];
    bool wait, loop;
    if (!parse_args(a, 0, names, 1, v) || !opt_bool(v[2], true, &wait) || !opt_bool(v[3], false, &loop))
        return {};
    Value music = v[0];
    size_t len;
    if (is_str(music)) {
        len = 1;
    } else if (is_type(music, &list_type) || is_type(music, &tuple_type)) {
        if (!core::len(music, &len)) return {};
        for (size_t i = 0; i < len; ++i) {  // the device converts every note before playing any
            Value n = is_type(music, &list_type) ? music.as<List>()->items[i] : music.as<Tuple>()->items[i];
            if (!is_str(n)) return raise_type_error("can't convert '%T' object to str implicitly"_msg, n);
        }
    } else {
        return raise_type_error("object '%T' is not a tuple or list"_msg, music);
    }
    int pin;
    if (!take_pin(v[1], &pin)) return {};
    uint32_t now = hal::ticks_ms();  // before the player starts: reading the clock runs the ticker
    roots.music_data = music;
#if MBPY_MUSIC_TUNES
    if (is_type(music, &tuple_type) && (m.tune = int8_t(tune_of(music.as<Tuple>()))) >= 0)
        roots.music_data = Value();
#endif
    m.index = 0, m.len = len, m.loop = loop, m.pin = int8_t(pin);
    m.wait_until = now;
    m.player = MusicState::next_note;
    music_tick(m.wait_until);
    if (wait && !sound_wait(busy)) player_stop();
    return none();
}

static Value mu_pitch(const Args& a) {
    static const char* const names[] = {"frequency", "duration", "pin", "wait", nullptr};
    Value v[4];
    int freq, duration;
    bool wait;
    if (!parse_args(a, 0, names, 1, v) || !arg_int(v[0], &freq) || !opt_int(v[1], -1, &duration) ||
        !opt_bool(v[3], true, &wait))
        return {};
    int pin;
    if (!take_pin(v[2], &pin)) return {};
    // The PWM period must fit the timer: 256 us to 16.7 s (the DAL's limits), else "invalid pitch".
    if (freq != 0 && (freq < 0 || 1000000 / freq < 256)) {
        pin_release(pin, PinMode::music);
        return raise_value_error("invalid pitch"_msg);
    }
    uint32_t now = hal::ticks_ms();
    hal::sound_tone(pin, uint32_t(freq));
    Trace().num("pitch", freq).num("pin", pin).num("ms", duration).send();
    m.pin = int8_t(pin);
    if (duration >= 0) {  // the player silences it after `duration` ms
        m.wait_until = now + uint32_t(duration);
        m.player = MusicState::articulate;
        m.len = 0;
        if (wait && !sound_wait(busy)) player_stop();
    }
    return none();
}

static Value mu_stop(const Args& a) {
    int pin = 0;
    if (a.n_pos > 0 && (pin = pin_arg(a.pos[0])) < 0) return {};
    if (m.pin == pin || m.pin < 0) {
        if (m.pin >= 0) Trace().str("music", "stop").num("pin", pin).send();
        player_stop();
    }
    hal::sound_tone(pin, 0);
    pin_release(pin, PinMode::music);
    return none();
}

static Value mu_reset(const Args&) {
    m.bpm = default_bpm, m.ticks = default_ticks, m.octave = default_octave, m.duration = default_duration;
    return none();
}

static Value mu_set_tempo(const Args& a) {
    static const char* const names[] = {"ticks", "bpm", nullptr};
    Value v[2];
    int ticks, bpm;
    if (a.n_pos) return raise_type_error("extra positional arguments given"_msg);
    if (!parse_args(a, 0, names, 0, v) || !opt_int(v[0], 0, &ticks) || !opt_int(v[1], 0, &bpm)) return {};
    if (ticks != 0) m.ticks = uint16_t(ticks);  // 0 keeps the old value, as on the device
    if (bpm != 0) m.bpm = uint16_t(bpm);
    if (!m.ticks) m.ticks = 1;  // a tick count that truncates to 0 would divide by zero
    if (!m.bpm) m.bpm = 1;
    return none();
}

// (bpm, ticks): the firmware returns them in this order, although its docs say (ticks, bpm).
static Value mu_get_tempo(const Args&) {
    Value t[2] = {Value::small(m.bpm), Value::small(m.ticks)};
    return make_tuple(2, t);
}

static constexpr core::NativeFunction f_play = core::native_pausing(q_play, mu_play, 0, var_pos, true);
static constexpr core::NativeFunction f_pitch = core::native_pausing(q_pitch, mu_pitch, 0, var_pos, true);
static constexpr core::NativeFunction f_stop = core::native(q_stop, mu_stop, 0, 1);
static constexpr core::NativeFunction f_reset = core::native(q_reset, mu_reset, 0, 0);
static constexpr core::NativeFunction f_set_tempo = core::native(q_set_tempo, mu_set_tempo, 0, var_pos, true);
static constexpr core::NativeFunction f_get_tempo = core::native(q_get_tempo, mu_get_tempo, 0, 0);

#define TUNE(n) {&q_##n, &music_tunes[tune_##n]},
static const AttrEntry music_entries[] = {{&q_dunder_name, &q_music},   {&q_reset, &f_reset},
                                          {&q_set_tempo, &f_set_tempo}, {&q_get_tempo, &f_get_tempo},
                                          {&q_play, &f_play},           {&q_pitch, &f_pitch},
                                          {&q_stop, &f_stop},           MUSIC_TUNES(TUNE)};
#undef TUNE
const AttrTable music_module_table = {music_entries, sizeof(music_entries) / sizeof(music_entries[0])};

}  // namespace board

#endif  // MBPY_MOD_MUSIC
