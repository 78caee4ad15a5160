// The host port's HAL: stdio as the serial line, the monotonic clock, /dev/urandom, module files.
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "core/hal.hpp"
#include "ports/host/host.hpp"

namespace hal {

void stdout_write(const char* data, size_t n) { fwrite(data, 1, n, stdout); }

void stderr_write(const char* data, size_t n) {
    fflush(stdout);  // keep stdout and stderr in order when both go to one place
    fwrite(data, 1, n, stderr);
    fflush(stderr);
}

int serial_read() {
    unsigned char c;
    return read(0, &c, 1) == 1 ? c : -1;
}

static uint64_t now_us() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1000000u + static_cast<uint64_t>(ts.tv_nsec) / 1000u;
}
static const uint64_t start_us = now_us();

uint32_t ticks_ms() { return static_cast<uint32_t>((now_us() - start_us) / 1000u); }
uint64_t ticks_us() { return now_us() - start_us; }

void sleep_ms(uint32_t ms) {
    timespec ts{static_cast<time_t>(ms / 1000), static_cast<long>(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && !host::interrupted()) {
    }
}

uint32_t random32() {
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
