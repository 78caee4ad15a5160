// The host's serial line for the REPL: a reader thread (Ctrl-C -> KeyboardInterrupt while code runs),
// cooked stdout/stderr, and the raw serial HAL functions.
#include "ports/host/serial_line.hpp"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <atomic>

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/runtime.hpp"
#include "ports/host/board_host.hpp"
#include "ports/host/term_keys.hpp"

namespace host::serial {

namespace {

int line_in = -1;  // where the bytes come from (the reader thread's only fd)
int line_out = 1;  // where output goes; 1 until start() (plain `mbpy file.py` never starts the line)
int pipe_write = -1;
Kind line_kind = Kind::Stdio;
bool started = false;
bool board_keys = false;  // the terminal's board keys go to the panel (term_view.cpp)
pthread_t main_thread;
std::atomic<int> interrupt_char{-1};
std::atomic<bool> leave{false};
bool line_start = true;  // the last byte out was a newline (or nothing went out yet)
// Held around each write to a terminal, so that the panel's escape sequences never split the output's.
pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
// A second is long enough for any wait or bytecode loop to see the leave request; a longer native
// operation (a huge integer power) is cut short.
constexpr int kLeaveGraceMs = 1000;

void write_all(int fd, const char* data, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, data, n);
        if (w > 0) {
            data += w;
            n -= size_t(w);
        } else if (w < 0 && errno == EINTR) {
            continue;
        } else if (w < 0 && errno == EAGAIN) {
            pollfd p{fd, POLLOUT, 0};
            poll(&p, 1, 100);
        } else {
            return;  // the terminal or pipe is gone: nobody can read the bytes any more
        }
    }
}

// Writes everything: a terminal or pipe blocks the board while it is full. A pty waits for a connected
// client and drops output while nobody is connected (pty.cpp). Nothing goes out once mbpy is leaving
// (the KeyboardInterrupt that stopped the program is no news to the person who left).
void write_line(const char* data, size_t n) {
    if (line_kind == Kind::Pty) return host::pty::write_to_client(line_out, data, n);
    if (leave.load() || n == 0) return;
    pthread_mutex_lock(&out_lock);
    write_all(line_out, data, n);
    line_start = data[n - 1] == '\n';
    pthread_mutex_unlock(&out_lock);
}

// Ctrl-]: stop what runs, let the main thread end mbpy at its next wait (exit: the atexit work, such as
// the --wav file, gets done), and end it from here if that does not come.
void request_leave() {
    leave.store(true);
    core::request_interrupt();
    pthread_kill(main_thread, SIGUSR1);
    usleep(kLeaveGraceMs * 1000);
    host::terminal::restore();
    _exit(0);
}

// stdout/stderr of the board: "\n" goes out as "\r\n".
ssize_t cooked_write(void*, const char* data, size_t n) {
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
        if (data[i] != '\n') continue;
        write_line(data + start, i - start);
        write_line("\r\n", 2);
        start = i + 1;
    }
    write_line(data + start, n - start);
    return ssize_t(n);
}

void on_wake(int) {}  // SIGUSR1 only interrupts a sleep (nanosleep/poll return EINTR)

void* reader(void*) {
    // Signals are the main thread's business.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    unsigned char buf[256];
    host::keys::Decoder keys(board_keys);
    std::string bytes;    // what a read brings for the serial line, once the terminal's keys are out
    bool client = false;  // a pty client was seen connected: when it leaves, its unread output goes
    for (;;) {
        pollfd p{line_in, POLLIN, 0};
        int pr = poll(&p, 1, line_kind == Kind::Pty ? 200 : -1);
        if (pr < 0 && errno != EINTR) break;
        if (pr < 0) continue;
        if (!(p.revents & POLLHUP)) client = true;  // a pty without a client reports POLLHUP at once
        if (pr == 0) continue;
        ssize_t n = (p.revents & POLLIN) ? read(line_in, buf, sizeof buf) : 0;
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) {
            if (line_kind == Kind::Pty) {  // no client right now: wait for the next one
                host::pty::no_client(line_in, client);
                client = false;
                usleep(50000);
                continue;
            }
            break;  // end of input: the board's serial line is gone
        }
        bytes.clear();
        for (ssize_t i = 0; i < n; ++i) {
            if (line_kind != Kind::Terminal) {
                bytes.push_back(char(buf[i]));
                continue;
            }
            host::keys::Action a = keys.feed(buf[i], &bytes);
            if (a == host::keys::Action::Leave) request_leave();
            if (a != host::keys::Action::None) host::term_view_key(a);
        }
        for (unsigned char c : bytes) {
            if (c == interrupt_char.load()) {
                core::request_interrupt();
                pthread_kill(main_thread, SIGUSR1);
                continue;
            }
            while (write(pipe_write, &c, 1) < 0 && errno == EINTR) {
            }
        }
    }
    close(pipe_write);  // the board sees end of input
    return nullptr;
}

}  // namespace

void write_terminal(const char* data, size_t n, bool last) {
    bool locked = true;
    if (!last) {
        if (leave.load()) return;
        pthread_mutex_lock(&out_lock);
    } else {
        // At exit, maybe in a signal handler that interrupted a write: wait a little for it, not forever.
        int tries = 0;
        while ((locked = pthread_mutex_trylock(&out_lock) == 0) == false && ++tries < 50) usleep(1000);
    }
    write_all(line_out, data, n);
    if (locked) pthread_mutex_unlock(&out_lock);
}

bool at_line_start() { return line_start; }
bool leaving() { return leave.load(); }

bool start(int in_fd, int out_fd, Kind kind, bool keys) {
    int fds[2];
    if (pipe(fds) != 0) return false;
    line_in = dup(in_fd);  // fd 0 is about to become the pipe
    line_out = out_fd == 0 ? dup(out_fd) : out_fd;
    if (line_in < 0 || line_out < 0) return false;
    line_kind = kind;
    board_keys = keys;
    pipe_write = fds[1];
    fcntl(pipe_write, F_SETFD, FD_CLOEXEC);
    if (dup2(fds[0], 0) < 0) return false;
    close(fds[0]);
    fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);  // hal::serial_read: a byte or -1, never waits

    struct sigaction sa {};
    sa.sa_handler = on_wake;  // no SA_RESTART: the sleep must return
    sigaction(SIGUSR1, &sa, nullptr);
    main_thread = pthread_self();

    // Program output through stdio goes cooked to the line, unbuffered so it interleaves with the
    // REPL's raw bytes in order (the device has one line for stdout and stderr).
    cookie_io_functions_t io{nullptr, cooked_write, nullptr, nullptr};
    FILE* f = fopencookie(nullptr, "w", io);
    if (!f) return false;
    setvbuf(f, nullptr, _IONBF, 0);
    fflush(stdout);
    fflush(stderr);
    stdout = f;
    stderr = f;

    pthread_t t;
    if (pthread_create(&t, nullptr, reader, nullptr) != 0) return false;
    pthread_detach(t);
    started = true;
    return true;
}

}  // namespace host::serial

namespace hal {

void serial_write(const char* data, size_t n) {
    if (host::virtual_clock()) return host::headless_serial_write(data, n);
    if (!host::serial::started) {
        fwrite(data, 1, n, stdout);
        return;
    }
    host::serial::write_line(data, n);
}

int serial_read_wait() {
    using namespace host::serial;
    if (host::virtual_clock()) return host::serial_wait_byte();  // headless: board time runs to the event
    if (!started) fflush(stdout);
    for (;;) {
        if (leave.load()) exit(0);
        if (started) host::board_idle();  // the keys typed, and the ticker (animations go on at the prompt)
        unsigned char c;
        ssize_t n = read(0, &c, 1);
        if (n == 1) return c;
        if (n == 0) return -1;
        // Ctrl-C while a program waits in input(), after the bytes typed before it: the line editor gets
        // it and raises KeyboardInterrupt.
        if (started && core::state.interrupt && interrupt_char.load() >= 0) {
            core::state.interrupt = false;
            return interrupt_char.load();
        }
        if (errno == EAGAIN) {
            pollfd p[2] = {{0, POLLIN, 0}, {host::term_view_wake_fd(), POLLIN, 0}};
            poll(p, p[1].fd >= 0 ? 2 : 1, started ? host::board_idle_ms() : -1);
        } else if (errno != EINTR) {
            return -1;
        }
    }
}

void serial_set_interrupt_char(int c) { host::serial::interrupt_char.store(c); }

}  // namespace hal
