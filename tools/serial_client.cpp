// The raw-REPL client: opening the port, entering raw mode, running code with or without raw-paste.
#include "tools/serial_client.hpp"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

namespace tools {

namespace {

double now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
void sleep_s(double s) { usleep(useconds_t(s * 1e6)); }

const std::string kRawBanner = "raw REPL; CTRL-B to exit\r\n>";

// The error for `seconds` of silence: no answer at all, or an answer that stopped before its end.
BoardError silence(const std::string& got, double seconds, const char* what) {
    char s[32];
    snprintf(s, sizeof s, "%g s", seconds);
    if (got.empty())
        return BoardError(std::string("the board did not answer in ") + s + " (waiting for " + what +
                          "; is it running MicroPython?)");
    return BoardError(std::string("the board went silent for ") + s + " after " + std::to_string(got.size()) +
                      " bytes (waiting for " + what + "; --timeout S waits longer)");
}

}  // namespace

std::string exception_line(const std::string& err) {
    size_t end = err.size();
    while (end > 0 && (err[end - 1] == '\r' || err[end - 1] == '\n')) --end;
    size_t start = err.rfind('\n', end ? end - 1 : 0);
    start = start == std::string::npos ? 0 : start + 1;
    return err.substr(start, end - start);
}

SerialClient::SerialClient(const std::string& port) {
    fd_ = ::open(port.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) throw BoardError("can't open " + port + ": " + strerror(errno));
    termios t;
    if (tcgetattr(fd_, &t) == 0) {
        cfmakeraw(&t);
        cfsetispeed(&t, B115200);
        cfsetospeed(&t, B115200);
        t.c_cc[VMIN] = 0;
        t.c_cc[VTIME] = 0;
        tcsetattr(fd_, TCSANOW, &t);
    }
}

SerialClient::~SerialClient() {
    if (fd_ >= 0) ::close(fd_);
}

void SerialClient::write(const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd_, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd p{fd_, POLLOUT, 0};
            poll(&p, 1, 100);
            continue;
        }
        if (n < 0) throw BoardError(std::string("write to the board failed: ") + strerror(errno));
        done += size_t(n);
    }
}

std::string SerialClient::read_until(const std::string& marker, const char* what,
                                     void (*on_output)(const std::string&)) {
    std::string got;
    double deadline = now() + timeout;
    while (got.size() < marker.size() ||
           got.compare(got.size() - marker.size(), marker.size(), marker) != 0) {
        double left = deadline - now();
        if (left <= 0) throw silence(got, timeout, what);
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, int(left * 1000) + 1) <= 0) continue;
        char buf[256];
        ssize_t n = ::read(fd_, buf, 1);  // one at a time: never read past the marker
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) throw BoardError("the serial port closed");
        got.append(buf, size_t(n));
        if (on_output && got.back() != '\x04') on_output(std::string(buf, size_t(n)));
        deadline = now() + timeout;  // the board is alive: time out only on silence
    }
    return got;
}

void SerialClient::drain(double seconds) {
    for (;;) {
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, int(seconds * 1000)) <= 0) return;
        char buf[256];
        if (::read(fd_, buf, sizeof buf) <= 0) return;
    }
}

void SerialClient::enter_raw() {
    write("\x02");  // leave a raw REPL left by someone else (friendly mode ignores it)
    for (int i = 0; i < 3; ++i) {
        write("\r\x03");  // stop a running program, clear the line
        sleep_s(0.01);
    }
    drain(0.1);
    write("\r\x01");
    read_until(kRawBanner, "the raw REPL banner");
    write("\x04");  // soft reset: a clean heap, and main.py does not run in raw mode
    read_until("soft reboot\r\n", "the soft reboot in the raw REPL");
    read_until(kRawBanner, "the raw REPL banner after the soft reboot");
}

void SerialClient::exit_raw() { write("\r\x02"); }

std::string SerialClient::read_exact(size_t n, const char* what) {
    std::string got;
    double deadline = now() + timeout;
    while (got.size() < n) {
        double left = deadline - now();
        if (left <= 0) throw silence(got, timeout, what);
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, int(left * 1000) + 1) <= 0) continue;
        char c;
        ssize_t r = ::read(fd_, &c, 1);
        if (r == 1)
            got += c;
        else if (r == 0 || (errno != EINTR && errno != EAGAIN))
            throw BoardError("the serial port closed");
    }
    return got;
}

std::string SerialClient::exec(const std::string& code, std::string* err,
                               void (*on_output)(const std::string&)) {
    if (raw_paste_ < 0) {  // ask once whether the board has raw-paste
        write(
            std::string("\x05"
                        "A\x01",
                        3));
        std::string reply = read_exact(2, "the reply to raw-paste");
        if (reply == std::string("R\x01", 2)) {
            raw_paste_ = 1;
        } else {
            raw_paste_ = 0;
            if (reply == std::string("R\x00", 2))
                read_until(">", "the raw REPL prompt");  // knows the command, lacks it
            else
                read_until("w REPL; CTRL-B to exit\r\n>",
                           "the raw REPL banner");  // v1: "ra" + the rest of its banner
        }
    } else if (raw_paste_ == 1) {
        write(
            std::string("\x05"
                        "A\x01",
                        3));
        if (read_exact(2, "the reply to raw-paste") != std::string("R\x01", 2))
            throw BoardError("the board refused raw-paste");
    }
    if (raw_paste_ == 1) {
        std::string hdr =
            read_exact(3, "the raw-paste window size");  // u16le window, then \x01: two windows are free
        size_t window = size_t(uint8_t(hdr[0])) | size_t(uint8_t(hdr[1])) << 8;
        size_t remain = window + (hdr[2] == '\x01' ? window : 0);
        size_t i = 0;
        bool stopped = false;
        while (i < code.size() && !stopped) {
            // Take what the board says (\x01: one more window) without waiting unless we must.
            for (;;) {
                pollfd p{fd_, POLLIN, 0};
                if (poll(&p, 1, remain ? 0 : int(timeout * 1000)) <= 0) {
                    if (remain) break;
                    throw BoardError("the board stopped taking data");
                }
                char c;
                if (::read(fd_, &c, 1) != 1) continue;
                if (c == '\x01') {
                    remain += window;
                } else if (c == '\x04') {  // the board ended the transfer early
                    stopped = true;
                    break;
                } else {
                    throw BoardError("unexpected byte from the board during raw-paste");
                }
            }
            if (stopped) break;
            size_t n = std::min(remain, code.size() - i);
            write(code.substr(i, n));
            i += n;
            remain -= n;
        }
        write("\x04");
        if (!stopped) read_until("\x04", "the end of the raw-paste upload");  // the board has all the source
    } else {
        // Plain raw REPL: 32-byte slices 10 ms apart stay within the v1 board's 64-byte buffer.
        for (size_t i = 0; i < code.size(); i += 32) {
            write(code.substr(i, 32));
            sleep_s(0.01);
        }
        write("\x04");
        if (read_exact(2, "the raw REPL's OK") != "OK") throw BoardError("the board did not accept the code");
    }
    std::string out = read_until("\x04", "the end of the program's output", on_output);
    out.pop_back();
    std::string e = read_until("\x04", "the end of the program's error output");
    e.pop_back();
    read_until(">", "the raw REPL prompt after the run");
    if (err) *err = e;
    return out;
}

}  // namespace tools
