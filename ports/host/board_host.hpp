// The host board: simulated sensors, the board clock (virtual when headless), trace output, terminal view.
#pragma once
#include <stdint.h>
#include <stdio.h>

#include <string>
#include <vector>

#include "ports/host/term_keys.hpp"

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
// Real time, while the board waits for serial input: board_idle() does what is due (the terminal's
// keys, the ticker); board_idle_ms() is how long the wait may last before more is due (-1: no limit).
void board_idle();
int board_idle_ms();
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

// Terminal view (term_view.cpp): the LED panel and the board's keys when a person runs mbpy at a terminal
// whose size is known (the serial line is that terminal: serial_line.hpp).
bool term_view_start();  // draws the panel under the cursor; false: this terminal cannot show one
bool term_view_active();
void term_view_frame(const uint8_t* leds);
void term_view_key(keys::Action a);  // from the reader thread: queued, and term_view_wake_fd() readable
int term_view_wake_fd();             // -1 without the panel
uint64_t term_view_next_us();        // board time of the next key release (UINT64_MAX: none)
// Main thread, at every wait and sensor read: applies the keys typed and the releases due (and runs the
// ticker so that a press is counted at once); ends mbpy when Ctrl-] was typed.
void term_view_poll();
// At exit: the last frame stays under the output (the panel goes if no LED ever lit), keys are dropped.
void term_view_finish();

// Headless entry point (headless.cpp): parses the options main.cpp hands over.
int run_headless(const std::string& source, const std::string& path, const char* events, const char* trace,
                 long long until_ms);

}  // namespace host
