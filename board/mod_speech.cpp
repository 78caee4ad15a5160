// The speech module: translate (SAM's reciter, exact), say, pronounce and sing through the SAM renderer.
#include "core/config.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sam.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

#if MBPY_MOD_SPEECH  // core/config.hpp

namespace board {
using namespace core;

// The firmware refuses text longer than its reciter's input buffer allows ("text too long").
static constexpr size_t max_text = 80;
static constexpr uint32_t speech_rate = 7812;  // the audio module's sample rate (Hz), which speech uses
static constexpr size_t max_phonemes = 256;    // SAM's phoneme buffer

static bool text_arg(Value v, std::string_view* out) {
    if (!is_str(v)) return raise_type_error("can't convert '%T' object to str implicitly"_msg, v), false;
    *out = as_str(v)->view();
    return true;
}

// translate() into `out` (sam::buffer_size bytes); false with ValueError pending.
static bool recite(std::string_view text, char* out) {
    if (text.size() > max_text) return raise_value_error("text too long"_msg), false;
    if (!sam::translate(text.data(), text.size(), out))
        return raise_value_error("could not parse input"_msg), false;
    return true;
}

static Value sp_translate(const Args& a) {
    std::string_view text;
    char out[sam::buffer_size];
    if (!text_arg(a.pos[0], &text) || !recite(text, out)) return {};
    size_t n = 0;
    while (n < sizeof out && out[n]) ++n;
    return make_str({out, n});
}

static void sink(void* ctx, const uint8_t* s, size_t n) {
    hal::sound_samples(*static_cast<int*>(ctx), s, n, speech_rate);
}

// Speaks `phonemes` with the voice settings in the keyword arguments; blocks until done (board time).
static Value speak(const Args& a, const char* how, std::string_view phonemes, bool sing) {
    static const char* const names[] = {"pitch", "speed", "mouth", "throat", nullptr};
    Value v[4];
    int pitch, speed, mouth, throat;
    if (!parse_args(a, 1, names, 0, v) || !opt_int(v[0], 64, &pitch) || !opt_int(v[1], 72, &speed) ||
        !opt_int(v[2], 128, &mouth) || !opt_int(v[3], 128, &throat))
        return {};
    // 768 bytes: too much for the device's 2 KB C stack and a waste of its RAM as a static, so they are
    // heap blocks while speaking (no pointers in them: a leaf), given back at once.
    struct Phonemes {
        sam::Phoneme* p = static_cast<sam::Phoneme*>(gc::alloc_leaf(max_phonemes * sizeof(sam::Phoneme)));
        ~Phonemes() { gc::free(p); }
    } buf;
    sam::Phoneme* ph = buf.p;
    if (!ph) return raise_memory_error();
    int n = sam::parse(phonemes.data(), phonemes.size(), sing, ph, max_phonemes);
    if (n < 0) return raise_value_error("Phoneme not understood"_msg);
    int pin = 0;
    if (!pin_take(pin, PinMode::audio)) return {};
    uint32_t start = hal::ticks_ms();
    // Render first to know the length for the trace; the samples are queued from now.
    uint32_t ms = sam::render(ph, size_t(n), pitch, speed, mouth, throat, speech_rate, sink, &pin);
    Trace()
        .str("speech", how)
        .str("phonemes", phonemes)
        .num("pitch", pitch)
        .num("speed", speed)
        .num("ms", long(ms))
        .send();
    uint32_t end = start + ms;
    while (int32_t(end - hal::ticks_ms()) > 0 && !core::state.interrupt) hal::sleep_ms(end - hal::ticks_ms());
    hal::sound_samples(pin, nullptr, 0, 0);
    pin_release(pin, PinMode::audio);
    return none();
}

static Value sp_say(const Args& a) {
    std::string_view text;
    char out[sam::buffer_size];
    if (!text_arg(a.pos[0], &text) || !recite(text, out)) return {};
    size_t n = 0;
    while (n < sizeof out && out[n]) ++n;
    return speak(a, "say", {out, n}, false);
}
static Value sp_pronounce(const Args& a) {
    std::string_view text;
    if (!text_arg(a.pos[0], &text)) return {};
    return speak(a, "pronounce", text, false);
}
static Value sp_sing(const Args& a) {
    std::string_view text;
    if (!text_arg(a.pos[0], &text)) return {};
    return speak(a, "sing", text, true);
}

static constexpr core::NativeFunction f_translate = core::native(q_translate, sp_translate, 1, 1);
static constexpr core::NativeFunction f_say = core::native_pausing(q_say, sp_say, 1, 1, true);
static constexpr core::NativeFunction f_pronounce =
    core::native_pausing(q_pronounce, sp_pronounce, 1, 1, true);
static constexpr core::NativeFunction f_sing = core::native_pausing(q_sing, sp_sing, 1, 1, true);

static const AttrEntry speech_entries[] = {{&q_dunder_name, &q_speech},
                                           {&q_say, &f_say},
                                           {&q_sing, &f_sing},
                                           {&q_pronounce, &f_pronounce},
                                           {&q_translate, &f_translate}};
const AttrTable speech_module_table = {speech_entries, sizeof(speech_entries) / sizeof(speech_entries[0])};

}  // namespace board

#endif  // MBPY_MOD_SPEECH
