// The micro:bit v1 firmware with the language, the REPLs, the filesystem, import and, of the microbit
// module, the display, the buttons, Image and the functions only (MBPY_NRF51_BASE_ONLY in
// ports/nrf51/CMakeLists.txt): the switches of core/config.hpp that leave out the board's other modules
// and objects, to measure what the rest of the firmware takes (docs/nrf51.md, "The base image").
#pragma once
#include "ports/nrf51/port_config.hpp"

#define MBPY_MOD_MUSIC 0
#define MBPY_MUSIC_TUNES 0
#define MBPY_MOD_SPEECH 0
#define MBPY_MOD_AUDIO 0
#define MBPY_MOD_RADIO 0
#define MBPY_MOD_NEOPIXEL 0
#define MBPY_MOD_MACHINE 0
#define MBPY_ASM_THUMB 0
#define MBPY_MICROBIT_PINS 0
#define MBPY_MICROBIT_ACCEL 0
#define MBPY_MICROBIT_COMPASS 0
#define MBPY_MICROBIT_BUSES 0
#define MBPY_LIGHT_SENSOR 0
#define MBPY_MOD_EGGS 0  // this, love and antigravity, the firmware's jokes
