// The built-in melodies (board/music_tunes.cpp), for the music module's table.
#pragma once
#include <cstdint>

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
#endif

}  // namespace board
