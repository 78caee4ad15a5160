// The host port's HAL: stdio as the serial line, the monotonic clock, /dev/urandom, module files.
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <poll.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "ports/host/host.hpp"
// ---- board clock and serial trace
#include "ports/host/board_host.hpp"

namespace hal {

void stdout_write(const char* data, size_t n) {
    if (!host::trace_is_stdout()) fwrite(data, 1, n, stdout);  // `--trace -`: the trace holds it
    host::trace_serial(data, n);                               // serial output in the headless trace
}

void stderr_write(const char* data, size_t n) {
    fflush(stdout);  // keep stdout and stderr in order when both go to one place
    fwrite(data, 1, n, stderr);
    fflush(stderr);
    host::trace_serial(data, n);  // tracebacks go to the serial line on the device
}

bool serial_any() {
    if (host::serial_in_any()) return true;
    if (host::virtual_clock()) return false;
    pollfd p{0, POLLIN, 0};
    return poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

int serial_read() {
    if (int c = host::serial_in_read(); c >= 0) return c;  // events / terminal keys
    if (host::virtual_clock()) return -1;                  // headless: serial input comes from events only
    unsigned char c;
    return read(0, &c, 1) == 1 ? c : -1;
}

static uint64_t now_us() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1000000u + static_cast<uint64_t>(ts.tv_nsec) / 1000u;
}
static const uint64_t start_us = now_us();

// Board time: virtual in headless runs, the monotonic clock otherwise (board_host.cpp).
uint32_t ticks_ms() { return static_cast<uint32_t>(host::clock_query_us() / 1000u); }
uint64_t ticks_us() { return host::clock_query_us(); }
void sleep_ms(uint32_t ms) { host::board_sleep_ms(ms); }

uint32_t random32() {
    if (host::virtual_clock()) return host::virtual_random32();  // reproducible headless runs
    static FILE* f = fopen("/dev/urandom", "rb");
    uint32_t v = 0;
    if (!f || fread(&v, sizeof v, 1, f) != 1) v = static_cast<uint32_t>(now_us() * 2654435761u);
    return v;
}

// Module search: the script's folder, then each MICROPYPATH entry. A.B.C -> A/B/C.py or A/B/C/__init__.py.
bool find_module_source(const char* name, size_t name_len, bool package_init, const char** data, size_t* len,
                        const char** path) {
    static std::string source, found_path;
    std::string rel(name, name_len);
    for (char& c : rel) {
        if (c == '.') c = '/';
    }
    rel += package_init ? "/__init__.py" : ".py";
    for (const std::string& dir : host::module_path()) {
        std::string candidate = dir.empty() ? rel : dir + "/" + rel;
        if (host::read_file(candidate, &source)) {
            found_path = candidate;
            *data = source.data();
            *len = source.size();
            *path = found_path.c_str();
            return true;
        }
    }
    return false;
}

void program_args(int* argc, const char* const** argv) {
    const std::vector<const char*>& a = host::program_args();
    *argc = static_cast<int>(a.size());
    *argv = a.data();
}

}  // namespace hal
