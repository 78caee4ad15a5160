// Raw mode for the user's terminal while the simulated board runs on it, restored (with the LED panel's
// last frame left in place) on every exit path: normal exit, SIGTERM/SIGHUP/SIGQUIT, and crashes.
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <initializer_list>

#include "ports/host/board_host.hpp"
#include "ports/host/serial_line.hpp"

namespace host::terminal {

namespace {
int raw_fd = -1;
termios saved;

void on_fatal(int sig) {
    restore();
    signal(sig, SIG_DFL);  // then die of the same signal (core dump, exit status) as without us
    raise(sig);
}
}  // namespace

void restore() {
    // Once: the main thread's exit and the reader thread's forced leave (serial_line.cpp) may both come.
    static std::atomic<bool> done{false};
    if (raw_fd < 0 || done.exchange(true)) return;
    host::term_view_finish();
    tcsetattr(raw_fd, TCSAFLUSH, &saved);
    raw_fd = -1;
}

bool enter_raw(int fd) {
    if (!isatty(fd) || tcgetattr(fd, &saved) != 0) return false;
    termios t = saved;
    // As a serial line: bytes in and out unchanged. Ctrl-C and Ctrl-D reach the REPL as bytes, and the
    // REPL itself writes "\r\n" (no OPOST), so the terminal shows exactly what a micro:bit sends.
    cfmakeraw(&t);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(fd, TCSAFLUSH, &t) != 0) return false;
    raw_fd = fd;
    atexit(restore);
    for (int sig : {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
        struct sigaction sa {};
        sa.sa_handler = on_fatal;
        sigaction(sig, &sa, nullptr);
    }
    return true;
}

}  // namespace host::terminal
