// Shared state of the web port: the JavaScript functions it imports (library_mbpy.js) and the simulated
// board's inputs, which the page sets through the exported functions of main_web.cpp.
#pragma once
#include <stddef.h>
#include <stdint.h>

extern "C" {
// ---- imports (ports/web/library_mbpy.js) -----------------------------------------------------------------
// Pauses the runtime (Asyncify) until `ms` milliseconds pass or the page wakes it (input, Ctrl-C, reset);
// 0 gives the browser one turn. Returns 1 when woken early.
int mbpy_wait(int ms);
double mbpy_now_ms();  // performance.now(): board time
uint32_t mbpy_random();
void mbpy_serial_out(const char* data, size_t n, int program_output);
void mbpy_display(const uint8_t* leds);
void mbpy_trace(const char* members, size_t n);
void mbpy_tone(int pin, uint32_t hz);
void mbpy_samples(int pin, const uint8_t* samples, size_t n, uint32_t rate_hz);
void mbpy_radio_enable(int on, uint32_t address, int channel, int group, int data_rate, int power);
void mbpy_radio_send(const uint8_t* data, size_t n);
int mbpy_radio_receive(uint8_t* buf, size_t cap, int* rssi);
void mbpy_flash_changed(uint32_t addr, uint32_t n);
void mbpy_reset();  // microbit.reset(): the page restarts the board
}

namespace web {

struct Inputs {
    bool button[2] = {false, false};
    int accel[3] = {0, 0, -1024};  // lying flat, face up
    int gesture = 5;               // board::g_face_up
    int compass[3] = {0, 30000, -20000};
    int temperature = 21;
    int light = 0;
    bool pin_touch[3] = {false, false, false};
};
Inputs& inputs();

// Serial bytes from the page, waiting for hal::serial_read.
bool serial_pending();
int serial_take();

// Runs board background work that is due (animations, music) and gives the browser its turn when the
// runtime has held it for a while.
void service();
// The LEDs changed: the runtime gives the page its turn sooner until it has drawn them.
void leds_changed();

uint8_t* flash_memory();  // the 256 KiB of code flash, then the 1 KiB UICR page
}  // namespace web
