// The terminal face of the host board: the 5x5 LEDs (with brightness) in a panel under the serial output,
// and keys for the buttons, tilt, shake, temperature and light. The terminal is restored on exit.
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "board/board.hpp"
#include "ports/host/board_host.hpp"

namespace host {

static bool active = false;
static termios saved;
static int rows = 24;
static uint8_t last[25];
static uint64_t release_at_us = 0;  // key presses are momentary: released 150 ms later
static constexpr int panel = 7;     // lines the LED panel takes at the bottom

bool term_view_active() { return active; }

static void restore() {
    if (!active) return;
    active = false;
    // Reset the scroll region, clear the panel, put the cursor back at the end of the output.
    printf("\x1b[r\x1b[%d;1H\x1b[J\x1b[%d;1H", rows - panel + 1, rows - panel);
    fflush(stdout);
    tcsetattr(0, TCSANOW, &saved);
}
static void on_signal(int sig) {
    restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void draw() {
    static const char* const shade[10] = {
        "\x1b[38;5;236m", "\x1b[38;5;52m",  "\x1b[38;5;88m",  "\x1b[38;5;88m",  "\x1b[38;5;124m",
        "\x1b[38;5;124m", "\x1b[38;5;160m", "\x1b[38;5;160m", "\x1b[38;5;196m", "\x1b[38;5;196m"};
    const BoardInputs& in = inputs();
    printf(
        "\x1b"
        "7");  // save the cursor of the serial output
    for (int y = 0; y < 5; ++y) {
        printf("\x1b[%d;1H\x1b[K  ", rows - panel + 2 + y);
        for (int x = 0; x < 5; ++x) printf("%s\u25cf\x1b[0m ", shade[last[y * 5 + x]]);
        if (y == 0) printf("   [a] A  [b] B  [c] both  arrows: tilt  [f] flat  [s] shake");
        if (y == 1) printf("   [t/T] temperature %d C   [l/L] light %d", in.temperature, in.light);
        if (y == 2) printf("   Ctrl-C: stop the program");
    }
    printf(
        "\x1b"
        "8");
    fflush(stdout);
}

void term_view_start() {
    if (active || !isatty(0) || !isatty(1)) return;
    winsize ws{};
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > panel + 3) rows = ws.ws_row;
    tcgetattr(0, &saved);
    termios raw = saved;
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO);  // keys without Enter; ISIG stays so Ctrl-C still stops
    tcsetattr(0, TCSANOW, &raw);
    active = true;
    atexit(restore);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    // Make room for the panel and keep the serial output scrolling above it.
    for (int i = 0; i < panel; ++i) putchar('\n');
    printf("\x1b[1;%dr\x1b[%d;1H", rows - panel, rows - panel);
    draw();
}

void term_view_frame(const uint8_t* leds) {
    for (int i = 0; i < 25; ++i) last[i] = leds[i];
    if (active) draw();
}

static void tilt(int x, int y, int g) {
    BoardInputs& in = inputs();
    in.accel[0] = x, in.accel[1] = y, in.accel[2] = (x || y) ? -300 : -1024;
    in.gesture = g;
}

void term_view_poll() {
    if (!active) return;
    BoardInputs& in = inputs();
    if (release_at_us && board_us() >= release_at_us) {
        in.button[0] = in.button[1] = false;
        release_at_us = 0;
        if (in.gesture == board::g_shake) in.gesture = board::g_face_up;
    }
    pollfd pfd{0, POLLIN, 0};
    while (poll(&pfd, 1, 0) > 0) {
        char c;
        if (read(0, &c, 1) != 1) return;
        bool redraw = true;
        switch (c) {
            case 'a': in.button[0] = true, release_at_us = board_us() + 150000; break;
            case 'b': in.button[1] = true, release_at_us = board_us() + 150000; break;
            case 'c': in.button[0] = in.button[1] = true, release_at_us = board_us() + 150000; break;
            case 's': in.gesture = board::g_shake, release_at_us = board_us() + 150000; break;
            case 'f': tilt(0, 0, board::g_face_up); break;
            case 't': --in.temperature; break;
            case 'T': ++in.temperature; break;
            case 'l': in.light = in.light < 16 ? 0 : in.light - 16; break;
            case 'L': in.light = in.light > 239 ? 255 : in.light + 16; break;
            case 0x1b: {  // arrow keys: ESC [ A..D
                char seq[2];
                if (read(0, seq, 2) != 2 || seq[0] != '[') break;
                if (seq[1] == 'A') tilt(0, -1000, board::g_up);
                if (seq[1] == 'B') tilt(0, 1000, board::g_down);
                if (seq[1] == 'C') tilt(1000, 0, board::g_right);
                if (seq[1] == 'D') tilt(-1000, 0, board::g_left);
                break;
            }
            default: in.serial_in.push_back(c), redraw = false;  // anything else is serial input
        }
        if (redraw) draw();
    }
}

}  // namespace host
