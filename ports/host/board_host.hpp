// The host board: simulated sensors, the board clock (virtual when headless), trace output, terminal view.
#pragma once
#include <stdint.h>
#include <stdio.h>

#include <string>
#include <vector>

#include "ports/host/term_keys.hpp"
#include "board/board.hpp"

namespace host {

// Simulated inputs (set by headless events or terminal keys).
struct BoardInputs {
    bool button[2] = {false, false};
    int accel[3] = {0, 0, -1024};    // lying flat, face up
    int gesture = board::g_face_up;  // what the sensor reports lying flat
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

// Clock. Headless: virtual microseconds advanced by sleeps, by queries (a small cost each) and by the work
// the program does (core::vm_meter: work_ns_per_byte per byte of bytecode).
void set_virtual_clock(bool on);
bool virtual_clock();
uint64_t board_us();
uint64_t clock_query_us();  // board_us() for the program's clock reads (costs a query when virtual)
int serial_in_read();       // next byte from input events / terminal keys, or -1
bool serial_in_any();       // a byte waits for serial_in_read
// Headless: the next serial input byte, advancing board time to the serial event that brings it; 3 for a
// Ctrl-C; -1 when no serial event is left (after running to --until, which ends the run, if given).
int serial_wait_byte();
void board_sleep_ms(uint32_t ms);
// Real time, while the board waits for serial input: board_idle() does what is due (the terminal's
// keys, the ticker); board_idle_ms() is how long the wait may last before more is due (-1: no limit).
void board_idle();
int board_idle_ms();
uint32_t virtual_random32();  // the hardware RNG of a headless run: fixed sequence, reproducible
void board_boot();            // board state at start-up (interactive runs)

// A bytecode byte on a 16 MHz nRF51 (docs/board.md): the real firmware in qemu sums 0..9999 in 12.5 ms
// of 1 GHz time (global loop variables), 200 ms at 16 MHz, 20 us an iteration.
inline constexpr uint64_t work_ns_per_byte = 1000;
// Limits of a headless run and how it ends (exit statuses: docs/board.md).
inline constexpr int budget_status = 3;  // the run used up its --budget
void set_until_ms(uint64_t ms);
void set_until_status(int status);  // the status at --until: 1 once an uncaught exception is scrolling
void set_budget(uint64_t work);     // bytes of bytecode; 0: none
uint64_t work_total();
// Trace (trace.cpp). Records are flushed as they are written; LED frames are held until board time
// leaves their millisecond (trace_clock).
void set_trace(FILE* f);
bool trace_is_stdout();  // the program's serial output then goes only into the trace
void trace_clock(uint64_t now_ms);
void write_trace(const char* members, size_t n);
void trace_serial(const char* data, size_t n);
void trace_flush_serial();  // the serial text so far as a record of its own (a prompt before input waits)
// Ends the run: the pending frame and serial text, then {"end": why, "status": status}, then exit(status).
[[noreturn]] void end_run(const char* why, int status);
// Input events of a headless run (events.cpp), applied as board time reaches them.
struct Event {
    uint64_t t_ms;
    std::string json;  // the whole line, checked when loaded and parsed again when applied
    bool serial;       // brings serial input (input() waits for these)
};
// Parses and checks one line: false with a message in *err. Applying a checked event cannot fail.
bool parse_event(const std::string& line, Event* out, std::string* err);
void apply_event(const Event& e);
void set_events(std::vector<Event> events);

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

// Headless runs (headless.cpp). main.cpp hands each option to headless_option (true: it was one, with
// *err set when its value is bad); a headless run never returns.
bool headless_option(int argc, char** argv, int* i, std::string* err);
bool headless_mode();               // --headless was given
bool headless_options_misplaced();  // --events, --trace, --until or --budget without --headless
void headless_serial_write(const char* data, size_t n);
[[noreturn]] void run_headless(const std::string& source, const std::string& path);

}  // namespace host
