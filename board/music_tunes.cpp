// The built-in melodies of the real firmware (music.DADADADUM ...), note for note as v1.0.1 has them.
#include "core/config.hpp"
#include "board/music_tunes.hpp"

#if MBPY_MOD_MUSIC && MBPY_MUSIC_TUNES  // core/config.hpp

#include <cstring>

#include "core/gc.hpp"
#include "core/obj_containers.hpp"
#include "core/runtime.hpp"
#include "core/text.hpp"

namespace board {
using namespace core;

// Every distinct note once, shared by the tunes, as text one after the other (each with its NUL): a
// constant str for each would take 12 more bytes of flash a note (flash is scarce on the device).
// clang-format off
static constexpr char note_text[] =
    "r4:2\0" "g\0" "eb:8\0" "r:2\0" "f\0" "d:8\0" "d4:1\0" "d#\0" "e\0" "c5:2\0" "e4:1\0" "c5:3\0" "c:1\0"
    "d\0" "c\0" "e:2\0" "b4:1\0" "d5:2\0" "c:4\0" "c4:1\0" "c5\0" "g4\0" "c4\0" "d5\0" "b3\0" "d4\0" "e4\0"
    "e:6\0" "d:2\0" "e:4\0" "d:6\0" "c:2\0" "c:8\0" "f#5:2\0" "g#\0" "c#:1\0" "d#:2\0" "d5:1\0" "c#\0"
    "b4:2\0" "b\0" "c#5\0" "d:1\0" "c#5:1\0" "f#\0" "b4\0" "d#5:2\0" "g#:1\0" "c#5:2\0" "f#:1\0" "b:2\0"
    "e5\0" "b:1\0" "a#\0" "f:2\0" "a\0" "e:1\0" "g:2\0" "c5:4\0" "c2:2\0" "f#:2\0" "c3\0" "a2\0" "d3\0"
    "f2\0" "c4:3\0" "d:4\0" "e:8\0" "c:3\0" "f:8\0" "a4\0" "a#:3\0" "a#:1\0" "a:4\0" "c4:4\0" "f:3\0" "f:1\0"
    "g:3\0" "a:1\0" "a4:3\0" "f:4\0" "e:3\0" "g:8\0" "c3:4\0" "d#:3\0" "d:3\0" "b2:1\0" "g3:1\0" "g#:3\0"
    "r\0" "g5\0" "e:5\0" "f#5\0" "d:5\0" "b5\0" "a:5\0" "g:1\0" "r:3\0" "c3:3\0" "f#:8\0" "a4:1\0" "a:2\0"
    "b5:1\0" "e6:3\0" "e3:3\0" "r:1\0" "c#:8\0" "c5:1\0" "g5:1\0" "g4:1\0" "g4:2\0";
// clang-format on
static constexpr size_t note_count = [] {
    size_t n = 0;
    for (char c : note_text) n += c == 0;
    return n - 1;  // the literal's own NUL ends it
}();
static_assert(note_count <= 256, "a tune keeps a note in a byte");

// The tunes one after the other, in MUSIC_TUNES' order, one byte a note (its index in note_text): a constant
// tuple would take 4 bytes a note (2,112 B of flash for these 528).
// clang-format off
static constexpr uint8_t tune_notes[] = {
    // DADADADUM
    0, 1, 1, 1, 2, 3, 4, 4, 4, 5,
    // ENTERTAINER
    6, 7, 8, 9, 10, 9, 10, 11, 12, 13, 7, 8, 14, 13, 15, 16, 17, 18,
    // PRELUDE
    19, 8, 1, 20, 8, 21, 20, 8, 22, 8, 1, 20, 8, 21, 20, 8, 22, 13, 1, 23, 4, 21, 23, 4, 22, 13, 1, 23, 4,
    21, 23, 4, 24, 25, 1, 23, 4, 21, 23, 4, 24, 25, 1, 23, 4, 21, 23, 4, 22, 8, 1, 20, 8, 21, 20, 8, 22,
    8, 1, 20, 8, 21, 20, 8,
    // ODE
    26, 8, 4, 1, 1, 4, 8, 13, 14, 14, 13, 8, 27, 28, 5, 29, 8, 4, 1, 1, 4, 8, 13, 14, 14, 13, 8, 30, 31,
    32,
    // NYAN
    33, 34, 35, 36, 16, 37, 38, 39, 40, 41, 13, 42, 38, 16, 43, 7, 44, 34, 7, 44, 38, 13, 45, 41, 45, 46,
    44, 47, 7, 44, 38, 7, 45, 23, 7, 13, 38, 45, 41, 28, 16, 41, 7, 44, 38, 13, 38, 45, 48, 45, 41, 45,
    49, 34, 50, 49, 34, 40, 41, 7, 45, 51, 7, 8, 44, 39, 40, 49, 34, 40, 44, 51, 7, 38, 45, 44, 7, 8, 44,
    50, 49, 34, 50, 49, 34, 40, 40, 41, 7, 45, 44, 34, 44, 50, 52, 53, 40, 44, 34, 40, 51, 7, 8, 44, 39,
    41,
    // RINGTONE
    19, 13, 15, 1, 42, 8, 54, 55, 56, 4, 57, 40, 58,
    // FUNK
    59, 14, 7, 12, 54, 12, 54, 44, 1, 14, 14, 1, 12, 60, 12, 60, 4, 7,
    // BLUES
    59, 8, 1, 55, 53, 55, 1, 8, 59, 8, 1, 55, 53, 55, 1, 8, 4, 55, 61, 13, 7, 13, 14, 62, 59, 8, 1, 55,
    53, 55, 1, 8, 1, 40, 63, 4, 64, 55, 61, 7, 59, 8, 1, 8, 1, 4, 8, 13,
    // BIRTHDAY
    65, 12, 66, 18, 4, 67, 68, 12, 66, 18, 1, 69, 68, 12, 58, 70, 4, 8, 13, 71, 72, 73, 4, 1, 69,
    // WEDDING
    74, 75, 76, 69, 18, 77, 56, 69, 18, 75, 78, 58, 79, 76, 80, 81, 76, 82,
    // FUNERAL
    83, 68, 12, 18, 84, 42, 85, 12, 68, 86, 83,
    // PUNCHLINE
    65, 87, 44, 1, 88, 1, 89, 40, 22,
    // PYTHON
    37, 45, 89, 40, 40, 53, 40, 90, 89, 13, 13, 89, 45, 20, 89, 14, 14, 89, 13, 91, 12, 70, 89, 55, 55,
    34, 55, 92, 89, 8, 8, 89, 14, 45, 89, 40, 40, 89, 20, 93, 42, 45, 89, 40, 40, 53, 40, 94, 89, 1, 1,
    89, 13, 38, 89, 55, 55, 89, 55, 95, 96, 60, 78, 55, 34, 55, 15, 78, 55, 34, 55, 13, 89, 38, 13, 89,
    38, 28, 97,
    // BADDY
    98, 89, 28, 7, 89, 14, 89, 99,
    // CHASE
    100, 40, 20, 45, 101, 89, 78, 40, 20, 45, 101, 89, 101, 51, 7, 8, 4, 8, 7, 8, 16, 20, 13, 14, 39, 89,
    52, 20, 13, 14, 39, 89, 50, 51, 7, 8, 4, 8, 7, 8,
    // BA_DING
    102, 103,
    // WAWAWAWAA
    104, 105, 84, 105, 66, 105, 106,
    // JUMP_UP
    107, 13, 8, 4, 1,
    // JUMP_DOWN
    108, 4, 8, 13, 14,
    // POWER_UP
    109, 20, 8, 57, 56, 77,
    // POWER_DOWN
    108, 7, 14, 110, 52, 11,
};
// clang-format on
// Where each tune starts in tune_notes, then where the last ends.
static constexpr uint16_t tune_start[] = {0,   10,  28,  92,  122, 228, 241, 259, 307, 332, 350,
                                          361, 370, 449, 457, 497, 499, 506, 511, 516, 522, 528};
static_assert(sizeof tune_start / sizeof tune_start[0] == tune_count + 1, "one start a tune");
static_assert(tune_start[tune_count] == sizeof tune_notes, "the tunes fill tune_notes");
static_assert(
    [] {
        for (uint8_t id : tune_notes)
            if (id >= note_count) return false;
        return true;
    }(),
    "every note of a tune is in note_text");

static const char* note_chars(uint8_t id) {
    const char* text = note_text;
    while (id--) text += strlen(text) + 1;
    return text;
}

// The str of note `id`: a one-character note is the constant str, a longer one a heap str header whose
// text stays in flash (one GC block on the device).
static Value note_str(uint8_t id) {
    const char* text = note_chars(id);
    size_t len = strlen(text);
    if (len == 1) return str_ascii_char(uint8_t(text[0]));
    Str* s = static_cast<Str*>(gc::alloc_leaf(sizeof(Str)));
    if (!s) return raise_memory_error();
    s->type = &str_type;
    s->hash = 0;  // computed when first needed, as for any heap str
    s->len = StrWord(len);
    s->set_char_count(len);
    s->data = text;
    return Value(s);
}

// music.NYAN and the others: a new tuple at each read (4 bytes of heap a note), whose repeated notes share
// one str (the tune's distinct notes cost 16 bytes of heap each while it lives).
static Value make_tune(const ModuleLazy* self) {
    size_t i = size_t(self - music_tunes), start = tune_start[i], n = tune_start[i + 1] - start;
    const uint8_t* ids = tune_notes + start;
    Tuple* t = new_tuple(n);
    if (!t) return {};
    for (size_t k = 0; k < n; ++k) {
        size_t j = 0;
        while (ids[j] != ids[k]) ++j;  // the first time this note comes in the tune (j == k: now)
        Value v = j < k ? t->items[j] : note_str(ids[k]);
        if (!v) return {};
        t->items[k] = v;
    }
    return Value(t);
}

int tune_of(const Tuple* t) {
    for (int i = 0; i < tune_count; ++i) {
        size_t start = tune_start[i], n = tune_start[i + 1] - start, k = 0;
        for (; k < n && k < t->len; ++k) {
            const Str* s = str_of(t->items[k]);
            if (!s || s->view() != note_chars(tune_notes[start + k])) break;
        }
        if (k == n && n == t->len) return i;
    }
    return -1;
}

std::string_view tune_note(int tune, size_t i) { return note_chars(tune_notes[tune_start[tune] + i]); }

#define MBPY_TUNE(name) {{&module_lazy_type}, make_tune},
const ModuleLazy music_tunes[tune_count] = {MUSIC_TUNES(MBPY_TUNE)};
#undef MBPY_TUNE

}  // namespace board

#endif
