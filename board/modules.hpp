// The micro:bit's modules, each defined in its board/mod_*.cpp and listed in the board's core::port.
#pragma once
#include "core/object.hpp"

namespace board {

#define MBPY_BOARD_MODULE(n) extern const core::AttrTable n##_module_table;
MBPY_BOARD_MODULE(microbit)
MBPY_BOARD_MODULE(music)
MBPY_BOARD_MODULE(speech)
MBPY_BOARD_MODULE(audio)
MBPY_BOARD_MODULE(radio)
MBPY_BOARD_MODULE(neopixel)
MBPY_BOARD_MODULE(machine)
MBPY_BOARD_MODULE(love)
MBPY_BOARD_MODULE(this)
MBPY_BOARD_MODULE(antigravity)
MBPY_BOARD_MODULE(vfs)
#undef MBPY_BOARD_MODULE

}  // namespace board
