// The built-in melodies (board/music_tunes.cpp), for the music module's table.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/obj_module.hpp"

namespace board {

// X(name) for every tune, in the firmware's order (none without MBPY_MUSIC_TUNES).
#if !MBPY_MUSIC_TUNES
#define MUSIC_TUNES(X)
#else
#define MUSIC_TUNES(X) \
    X(DADADADUM)       \
    X(ENTERTAINER)     \
    X(PRELUDE)         \
    X(ODE)             \
    X(NYAN)            \
    X(RINGTONE)        \
    X(FUNK)            \
    X(BLUES)           \
    X(BIRTHDAY)        \
    X(WEDDING)         \
    X(FUNERAL)         \
    X(PUNCHLINE)       \
    X(PYTHON)          \
    X(BADDY)           \
    X(CHASE)           \
    X(BA_DING)         \
    X(WAWAWAWAA)       \
    X(JUMP_UP)         \
    X(JUMP_DOWN)       \
    X(POWER_UP)        \
    X(POWER_DOWN)
#endif

enum TuneId : uint8_t {
#define MBPY_TUNE_ID(name) tune_##name,
    MUSIC_TUNES(MBPY_TUNE_ID)
#undef MBPY_TUNE_ID
        tune_count
};
#if MBPY_MUSIC_TUNES
// music.NYAN ...: each read makes the tune's tuple (core::ModuleLazy), from one byte a note in flash. With
// its bound, so that the music module's table takes their addresses as constants.
extern const core::ModuleLazy music_tunes[tune_count];
// The built-in tune whose notes `t` holds item for item (music.NYAN as read), or -1: the player then reads
// the notes from flash instead of keeping the tuple (NYAN's is 832 B of the device's heap).
int tune_of(const core::Tuple* t);
// The text of note i of a built-in tune (i below its length).
std::string_view tune_note(int tune, size_t i);
#endif

}  // namespace board
