// Raw mode for the user's terminal while the simulated board's REPL runs on it, restored on every exit
// path: normal exit, SIGTERM/SIGHUP/SIGQUIT, and crashes (owner: repl helper).
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include <initializer_list>

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
    if (raw_fd >= 0) tcsetattr(raw_fd, TCSAFLUSH, &saved);
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
