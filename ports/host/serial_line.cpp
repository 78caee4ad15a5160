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
#include "board/main_loop.hpp"
#include "core/runtime.hpp"

namespace host::serial {

namespace {

int line_in = -1;  // where the bytes come from (the reader thread's only fd)
int line_out = 1;  // where output goes; 1 until start() (plain `mbpy file.py` never starts the line)
int pipe_write = -1;
Kind line_kind = Kind::Stdio;
bool started = false;
pthread_t main_thread;
std::atomic<int> interrupt_char{-1};

// Writes everything: a terminal or pipe blocks the board while it is full. A pty waits for a connected
// client and drops output while nobody is connected (pty.cpp).
void write_line(const char* data, size_t n) {
    if (line_kind == Kind::Pty) return host::pty::write_to_client(line_out, data, n);
    while (n > 0) {
        ssize_t w = write(line_out, data, n);
        if (w > 0) {
            data += w;
            n -= size_t(w);
        } else if (w < 0 && errno == EINTR) {
            continue;
        } else if (w < 0 && errno == EAGAIN) {
            pollfd p{line_out, POLLOUT, 0};
            poll(&p, 1, 100);
        } else {
            return;  // the terminal or pipe is gone: nobody can read the bytes any more
        }
    }
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
        for (ssize_t i = 0; i < n; ++i) {
            if (buf[i] == interrupt_char.load()) {
                core::state.interrupt = true;
                pthread_kill(main_thread, SIGUSR1);
                continue;
            }
            while (write(pipe_write, &buf[i], 1) < 0 && errno == EINTR) {
            }
        }
    }
    close(pipe_write);  // the board sees end of input
    return nullptr;
}

}  // namespace

bool start(int in_fd, int out_fd, Kind kind) {
    int fds[2];
    if (pipe(fds) != 0) return false;
    line_in = dup(in_fd);  // fd 0 is about to become the pipe
    line_out = out_fd == 0 ? dup(out_fd) : out_fd;
    if (line_in < 0 || line_out < 0) return false;
    line_kind = kind;
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
    if (!host::serial::started) {
        fwrite(data, 1, n, stdout);
        return;
    }
    host::serial::write_line(data, n);
}

int serial_read_wait() {
    if (!host::serial::started) fflush(stdout);
    for (;;) {
        unsigned char c;
        ssize_t n = read(0, &c, 1);
        if (n == 1) return c;
        if (n == 0) return -1;
        if (errno == EAGAIN) {
            pollfd p{0, POLLIN, 0};
            poll(&p, 1, -1);
        } else if (errno != EINTR) {
            return -1;
        }
    }
}

void serial_set_interrupt_char(int c) { host::serial::interrupt_char.store(c); }

}  // namespace hal

namespace host::serial {

int run_board(Kind kind, void* heap, size_t heap_bytes, char* c_stack_top) {
    int in_fd = 0, out_fd = 1;
    if (kind == Kind::Pty) {
        char path[256];
        int master = host::pty::open_board_pty(path, sizeof path);
        if (master < 0) {
            perror("mbpy: can't open a pseudo-terminal");
            return 2;
        }
        printf("%s\n", path);  // the first line of stdout: where tools find the board
        fflush(stdout);
        in_fd = out_fd = master;
        signal(SIGINT, SIG_DFL);  // Ctrl-C in mbpy's own terminal stops the simulator
    } else if (kind == Kind::Terminal) {
        if (!host::terminal::enter_raw(0)) kind = Kind::Stdio;
    }
    if (!start(in_fd, out_fd, kind)) {
        perror("mbpy: can't set up the serial line");
        return 2;
    }
    int status = board::main_loop(heap, heap_bytes, c_stack_top);
    host::terminal::restore();
    return status;
}

}  // namespace host::serial
