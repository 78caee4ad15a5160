// The built-in melodies of the real firmware (music.DADADADUM ...), note for note as v1.0.1 has them.
#include "core/config.hpp"
#include "board/music_tunes.hpp"

#if MBPY_MOD_MUSIC && MBPY_MUSIC_TUNES  // core/config.hpp

#include "core/obj_containers.hpp"

namespace board {
using namespace core;

// Every distinct note once, shared by the tunes (flash is scarce on the device).
static constexpr Str notes[] = {
    const_str("r4:2"), const_str("g"),     const_str("eb:8"), const_str("r:2"),   const_str("f"),
    const_str("d:8"),  const_str("d4:1"),  const_str("d#"),   const_str("e"),     const_str("c5:2"),
    const_str("e4:1"), const_str("c5:3"),  const_str("c:1"),  const_str("d"),     const_str("c"),
    const_str("e:2"),  const_str("b4:1"),  const_str("d5:2"), const_str("c:4"),   const_str("c4:1"),
    const_str("c5"),   const_str("g4"),    const_str("c4"),   const_str("d5"),    const_str("b3"),
    const_str("d4"),   const_str("e4"),    const_str("e:6"),  const_str("d:2"),   const_str("e:4"),
    const_str("d:6"),  const_str("c:2"),   const_str("c:8"),  const_str("f#5:2"), const_str("g#"),
    const_str("c#:1"), const_str("d#:2"),  const_str("d5:1"), const_str("c#"),    const_str("b4:2"),
    const_str("b"),    const_str("c#5"),   const_str("d:1"),  const_str("c#5:1"), const_str("f#"),
    const_str("b4"),   const_str("d#5:2"), const_str("g#:1"), const_str("c#5:2"), const_str("f#:1"),
    const_str("b:2"),  const_str("e5"),    const_str("b:1"),  const_str("a#"),    const_str("f:2"),
    const_str("a"),    const_str("e:1"),   const_str("g:2"),  const_str("c5:4"),  const_str("c2:2"),
    const_str("f#:2"), const_str("c3"),    const_str("a2"),   const_str("d3"),    const_str("f2"),
    const_str("c4:3"), const_str("d:4"),   const_str("e:8"),  const_str("c:3"),   const_str("f:8"),
    const_str("a4"),   const_str("a#:3"),  const_str("a#:1"), const_str("a:4"),   const_str("c4:4"),
    const_str("f:3"),  const_str("f:1"),   const_str("g:3"),  const_str("a:1"),   const_str("a4:3"),
    const_str("f:4"),  const_str("e:3"),   const_str("g:8"),  const_str("c3:4"),  const_str("d#:3"),
    const_str("d:3"),  const_str("b2:1"),  const_str("g3:1"), const_str("g#:3"),  const_str("r"),
    const_str("g5"),   const_str("e:5"),   const_str("f#5"),  const_str("d:5"),   const_str("b5"),
    const_str("a:5"),  const_str("g:1"),   const_str("r:3"),  const_str("c3:3"),  const_str("f#:8"),
    const_str("a4:1"), const_str("a:2"),   const_str("b5:1"), const_str("e6:3"),  const_str("e3:3"),
    const_str("r:1"),  const_str("c#:8"),  const_str("c5:1"), const_str("g5:1"),  const_str("g4:1"),
    const_str("g4:2")};
static_assert(sizeof notes / sizeof notes[0] <= 256, "a tune keeps a note in a byte");

// The tunes one after the other, in MUSIC_TUNES' order, one byte a note (its index in `notes`): a constant
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

// music.NYAN and the others: a new tuple of the constant note strs at each read (4 bytes of heap a note).
static Value make_tune(const ModuleLazy* self) {
    size_t i = size_t(self - music_tunes), start = tune_start[i], n = tune_start[i + 1] - start;
    Tuple* t = new_tuple(n);
    if (!t) return {};
    for (size_t k = 0; k < n; ++k) t->items[k] = Value(&notes[tune_notes[start + k]]);
    return Value(t);
}

#define MBPY_TUNE(name) {{&module_lazy_type}, make_tune},
const ModuleLazy music_tunes[tune_count] = {MUSIC_TUNES(MBPY_TUNE)};
#undef MBPY_TUNE

}  // namespace board

#endif
