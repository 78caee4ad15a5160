// The micro:bit v1 firmware (nRF51822: 256 KiB flash, 16 KiB RAM): the defaults of core/config.hpp are
// this board's; only what differs from them goes here.
#pragma once

// @micropython.asm_thumb runs the Thumb code it assembles (core/asm_thumb.cpp), and machine.mem8/16/32
// read and write the chip's memory (board/mod_machine.cpp); the host built with these settings (scripts/build
// device) cannot: it keeps asm_thumb's interpreter and has no mem8/16/32.
#if defined(__arm__) && defined(__thumb__)
#define MBPY_ASM_THUMB_NATIVE 1
#define MBPY_MACHINE_MEM 1
// False, True, None, NotImplemented, Ellipsis and the two markers right after the vector table (nrf51.ld),
// below 256: each Value of one is a `movs` (core/runtime.hpp); 1.3 KB of literal-pool words less.
#define MBPY_CONST_OBJ_ADDR 0x90
// compass.calibrate() runs the original's tilt-to-fill-the-screen game (board/compass.cpp); the host built
// with these settings keeps the simulated board's calibration at once.
#define MBPY_COMPASS_GAME 1
#endif
