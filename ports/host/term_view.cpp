// The terminal face of the host board: the 5x5 LEDs (with brightness) in a panel under the serial output,
// with the board's keys beside them, and the keys' effect on the simulated inputs.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <string>

#include "board/board.hpp"
#include "ports/host/board_host.hpp"
#include "ports/host/serial_line.hpp"
#include "ports/host/term_keys.hpp"

namespace host {

namespace {

constexpr int kPanel = 6;              // lines the panel takes at the bottom: a rule and 5 LED rows
constexpr int kMinRows = kPanel + 4;   // smaller terminals get no panel (the output needs room)
constexpr int kMinCols = 20;           // the LEDs alone
constexpr uint64_t kPressUs = 150000;  // a key press holds a button (or the shake) this long
constexpr size_t kQueue = 64;          // keys typed faster than the board takes them wait here
constexpr uint64_t kFrameUs = 16000;   // at most one drawing per 16 ms (the eye sees no more)

// The cursor's save and restore (DEC): the output's place and colours, kept around the panel's drawing.
constexpr const char* kSave = "\0337";
constexpr const char* kRestore = "\0338";

bool active = false;
bool ever_lit = false;  // the panel stays on screen at the end only if it ever showed something
int rows = 24, cols = 80;
uint8_t last[25];
uint64_t release_at_us = 0;
uint64_t drawn_at_us = 0;
bool dirty = false;  // a frame came too soon after the last drawing: it is drawn when due
volatile sig_atomic_t resized = 0;

// Keys from the reader thread, taken by the main thread (the only one that touches the board).
pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
keys::Action queue[kQueue];
size_t queued = 0;
int wake[2] = {-1, -1};

void on_winch(int) { resized = 1; }

bool read_size() {
    winsize ws{};
    if (ioctl(1, TIOCGWINSZ, &ws) != 0 || ws.ws_row < kMinRows || ws.ws_col < kMinCols) return false;
    rows = ws.ws_row, cols = ws.ws_col;
    return true;
}

// Keeps the serial output scrolling in the lines above the panel (the cursor is saved around it: setting
// the region moves the cursor home).
std::string region() { return kSave + ("\x1b[1;" + std::to_string(rows - kPanel) + "r") + kRestore; }

void put_leds(std::string* s, int y) {
    // Off: a dim dot; lit: a disc in one of the nine red shades of the micro:bit's brightness levels.
    static const int shade[10] = {238, 52, 88, 88, 124, 124, 160, 160, 196, 196};
    for (int x = 0; x < 5; ++x) {
        int b = last[y * 5 + x];
        *s += "\x1b[38;5;" + std::to_string(shade[b]) + "m" + (b ? "\u25cf" : "\u00b7") + "\x1b[0m ";
    }
}

std::string key_help(int y) {
    const BoardInputs& in = inputs();
    auto held = [](bool on, const char* what) {
        return on ? std::string("\x1b[7m") + what + "\x1b[0m" : what;
    };
    switch (y) {
        case 0:
            return held(in.button[0], "Alt-a: A") + "  " + held(in.button[1], "Alt-b: B") + "  Alt-c: both";
        case 1: return "Alt-arrows: tilt  Alt-f: flat  " + held(in.gesture == board::g_shake, "Alt-s: shake");
        case 2:
            return "Alt-t/T: " + std::to_string(in.temperature) + " C  Alt-l/L: light " +
                   std::to_string(in.light);
        case 3: return "Ctrl-C: stop the program  Ctrl-]: leave mbpy";
        default: return std::string("gesture: ") + (in.gesture ? board::gesture_names[in.gesture] : "none");
    }
}

// The panel from its first line; `help` adds the keys beside the LEDs (left out of the final frame).
std::string panel(bool help) {
    std::string s = kSave + std::string("\x1b[?7l");  // no line wrap: a narrow terminal cuts the text
    s += "\x1b[" + std::to_string(rows - kPanel + 1) + ";1H\x1b[2K\x1b[38;5;240m";
    for (int x = 0; x < cols && x < 72; ++x) s += "\u2500";
    s += "\x1b[0m";
    for (int y = 0; y < 5; ++y) {
        s += "\x1b[" + std::to_string(rows - kPanel + 2 + y) + ";1H\x1b[2K  ";
        put_leds(&s, y);
        if (help) s += "   " + key_help(y);
    }
    return s + "\x1b[?7h" + kRestore;
}

void draw() {
    if (!active) return;
    if (resized) {
        resized = 0;
        int old = rows;
        if (read_size() && rows != old) {
            // The new bottom lines become the panel; the output keeps scrolling above them.
            std::string s = kSave + ("\x1b[r\x1b[" + std::to_string(rows - kPanel + 1) + ";1H\x1b[J") +
                            kRestore + region();
            serial::write_terminal(s.data(), s.size());
        }
    }
    std::string s = panel(true);
    serial::write_terminal(s.data(), s.size());
    drawn_at_us = board_us();
    dirty = false;
}

void tilt(int x, int y, int g) {
    BoardInputs& in = inputs();
    in.accel[0] = x, in.accel[1] = y, in.accel[2] = (x || y) ? -300 : -1024;
    in.gesture = g;
}

// The ticker sees each change at once, so a short program still counts a press (as the device's ticker,
// which samples the buttons every 6 ms). Not again from inside the ticker (an animation's Python code may
// read the clock, which polls the keys).
void tick_now() {
    static bool ticking = false;
    if (ticking) return;
    ticking = true;
    board::tick(uint32_t(board_us() / 1000));
    ticking = false;
}

void apply(keys::Action a) {
    BoardInputs& in = inputs();
    using keys::Action;
    uint64_t release = board_us() + kPressUs;
    switch (a) {
        case Action::ButtonA: in.button[0] = true, release_at_us = release; break;
        case Action::ButtonB: in.button[1] = true, release_at_us = release; break;
        case Action::Both: in.button[0] = in.button[1] = true, release_at_us = release; break;
        case Action::Shake: in.gesture = board::g_shake, release_at_us = release; break;
        case Action::Flat: tilt(0, 0, board::g_face_up); break;
        case Action::TiltUp: tilt(0, -1000, board::g_up); break;
        case Action::TiltDown: tilt(0, 1000, board::g_down); break;
        case Action::TiltLeft: tilt(-1000, 0, board::g_left); break;
        case Action::TiltRight: tilt(1000, 0, board::g_right); break;
        case Action::Colder: --in.temperature; break;
        case Action::Warmer: ++in.temperature; break;
        case Action::Darker: in.light = in.light < 16 ? 0 : in.light - 16; break;
        case Action::Lighter: in.light = in.light > 239 ? 255 : in.light + 16; break;
        default: break;
    }
}

}  // namespace

bool term_view_active() { return active; }

bool term_view_start() {
    const char* term = getenv("TERM");
    if (active || !isatty(1) || (term && strcmp(term, "dumb") == 0) || !read_size()) return false;
    if (pipe(wake) != 0) return false;
    for (int fd : wake) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK), fcntl(fd, F_SETFD, FD_CLOEXEC);
    struct sigaction sa {};
    sa.sa_handler = on_winch;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &sa, nullptr);
    active = true;
    // Room for the panel under the cursor, then back up to where the output goes on.
    std::string s = "\r" + std::string(kPanel, '\n') + "\x1b[" + std::to_string(kPanel) + "A" + region();
    serial::write_terminal(s.data(), s.size());
    draw();
    return true;
}

void term_view_frame(const uint8_t* leds) {
    for (int i = 0; i < 25; ++i) ever_lit |= (last[i] = leds[i]) != 0;
    if (board_us() >= drawn_at_us + kFrameUs)
        draw();
    else
        dirty = true;
}

void term_view_key(keys::Action a) {
    pthread_mutex_lock(&queue_lock);
    if (queued < kQueue) queue[queued++] = a;
    pthread_mutex_unlock(&queue_lock);
    if (write(wake[1], "k", 1) < 0) {
        // The pipe is full: the main thread has a wake-up waiting already.
    }
}

int term_view_wake_fd() { return active ? wake[0] : -1; }

uint64_t term_view_next_us() {
    uint64_t next = release_at_us ? release_at_us : UINT64_MAX;
    if (dirty && drawn_at_us + kFrameUs < next) next = drawn_at_us + kFrameUs;
    return next;
}

void term_view_poll() {
    if (!active) return;
    if (serial::leaving()) exit(0);
    char drain[64];
    while (read(wake[0], drain, sizeof drain) > 0) {
    }
    keys::Action got[kQueue];
    pthread_mutex_lock(&queue_lock);
    size_t n = queued;
    for (size_t i = 0; i < n; ++i) got[i] = queue[i];
    queued = 0;
    pthread_mutex_unlock(&queue_lock);
    BoardInputs& in = inputs();
    bool changed = n > 0 || resized;
    for (size_t i = 0; i < n; ++i) {
        // A key typed while the last press is still held is a press of its own: release first, so that the
        // ticker sees every press however late this thread comes to the keys.
        bool press = got[i] == keys::Action::ButtonA || got[i] == keys::Action::ButtonB ||
                     got[i] == keys::Action::Both;
        if (press && (in.button[0] || in.button[1])) {
            in.button[0] = in.button[1] = false;
            tick_now();
        }
        apply(got[i]);
        tick_now();
    }
    if (release_at_us && board_us() >= release_at_us) {
        in.button[0] = in.button[1] = false;
        release_at_us = 0;
        if (in.gesture == board::g_shake) in.gesture = board::g_face_up;
        tick_now();
        changed = true;
    }
    if (changed || (dirty && board_us() >= drawn_at_us + kFrameUs)) draw();
}

void term_view_finish() {
    if (!active) return;
    active = false;
    std::string s;
    if (ever_lit) {
        // The last frame stays, without the keys; the terminal's own prompt comes under it.
        s = panel(false) + "\x1b[r\x1b[" + std::to_string(rows) + ";1H\r\n";
    } else {
        // Nothing was ever shown: the panel goes, the output ends where it ended.
        s = std::string(serial::at_line_start() ? "" : "\r\n") + kSave + "\x1b[r" + kRestore + "\x1b[J";
    }
    serial::write_terminal(s.data(), s.size(), true);
}

}  // namespace host
