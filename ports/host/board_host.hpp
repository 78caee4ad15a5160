// The host board: simulated sensors, the board clock (virtual when headless), trace output, terminal view.
#pragma once
#include <stdint.h>
#include <stdio.h>

#include <string>
#include <vector>

namespace host {

// Simulated inputs (set by headless events or terminal keys).
struct BoardInputs {
    bool button[2] = {false, false};
    int accel[3] = {0, 0, -1024};  // lying flat, face up
    int gesture = 0;               // board::Gesture
    int compass[3] = {0, 30000, -20000};
    int temperature = 21;
    int light = 0;
    int pin_level[21];  // -1: nothing drives the pin
    bool pin_touch[21] = {};
    std::string serial_in;  // bytes waiting for serial_read
    BoardInputs() {
        for (int& l : pin_level) l = -1;
    }
};
BoardInputs& inputs();

// Clock. Headless: virtual microseconds advanced only by sleeps and by queries (a small cost each).
void set_virtual_clock(bool on);
bool virtual_clock();
uint64_t board_us();
uint64_t clock_query_us();  // board_us() for the program's clock reads (costs a query when virtual)
int serial_in_read();       // next byte from input events / terminal keys, or -1
void board_sleep_ms(uint32_t ms);
uint32_t virtual_random32();  // the hardware RNG of a headless run: fixed sequence, reproducible
void board_boot();            // board state at start-up (interactive runs)
// Trace and time limit of a headless run.
void set_trace(FILE* f);
void set_until_ms(uint64_t ms);
[[noreturn]] void finish_run(int status);
void trace_serial(const char* data, size_t n);
// Input events of a headless run (loaded by headless.cpp), applied as board time reaches them.
struct Event {
    uint64_t t_ms;
    std::string json;  // the whole line, parsed when applied
};
void set_events(std::vector<Event> events);
bool apply_event_json(const std::string& line);  // false: not understood

// Terminal view (term_view.cpp): active when a person runs a board program on a terminal.
void term_view_start();
void term_view_frame(const uint8_t* leds);
void term_view_poll();  // keys -> inputs
bool term_view_active();

// Headless entry point (headless.cpp): parses the options main.cpp hands over.
int run_headless(const std::string& source, const std::string& path, const char* events, const char* trace,
                 long long until_ms);

}  // namespace host
