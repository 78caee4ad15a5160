// The built-in melodies (board/music_tunes.cpp), for the music module's table.
#pragma once
#include <cstddef>

#include "core/runtime.hpp"

namespace board {

template <size_t N>
struct TuneTuple {  // the layout of core::Tuple, as constant data
    core::Obj header;
    size_t len;
    core::Value items[N];
};
extern const TuneTuple<10> t_DADADADUM;
extern const TuneTuple<18> t_ENTERTAINER;
extern const TuneTuple<64> t_PRELUDE;
extern const TuneTuple<30> t_ODE;
extern const TuneTuple<106> t_NYAN;
extern const TuneTuple<13> t_RINGTONE;
extern const TuneTuple<18> t_FUNK;
extern const TuneTuple<48> t_BLUES;
extern const TuneTuple<25> t_BIRTHDAY;
extern const TuneTuple<18> t_WEDDING;
extern const TuneTuple<11> t_FUNERAL;
extern const TuneTuple<9> t_PUNCHLINE;
extern const TuneTuple<79> t_PYTHON;
extern const TuneTuple<8> t_BADDY;
extern const TuneTuple<40> t_CHASE;
extern const TuneTuple<2> t_BA_DING;
extern const TuneTuple<7> t_WAWAWAWAA;
extern const TuneTuple<5> t_JUMP_UP;
extern const TuneTuple<5> t_JUMP_DOWN;
extern const TuneTuple<6> t_POWER_UP;
extern const TuneTuple<6> t_POWER_DOWN;

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

}  // namespace board
