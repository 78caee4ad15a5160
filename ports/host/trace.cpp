// The headless run's trace (JSON lines, docs/board.md): serial output a line at a time, LED frames
// coalesced to one per board millisecond, written and flushed as they happen, and the end record.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "board/board.hpp"
#include "board/hal.hpp"
#include "ports/host/board_host.hpp"

namespace host {

namespace {

FILE* trace_file = nullptr;
bool trace_on_stdout = false;
std::string serial_pending;  // serial output is traced a line at a time, with the time the line began
uint64_t serial_t = 0;
// The LED frame of the current millisecond: a program that sets 25 pixels one by one shows one frame, not
// 25. It is written once board time moves on (or before a record of a later time, or at the end), and only
// when it differs from the last frame written.
std::string frame_pending, frame_written;
uint64_t frame_t = 0;
bool have_frame = false;

void put(uint64_t t, const char* members, size_t n) {
    fprintf(trace_file, "{\"t\": %llu, %.*s}\n", (unsigned long long)t, int(n), members);
}

// JSON string text of serial bytes: escapes as board::Trace does; a byte that is not part of valid UTF-8
// becomes \u00XX (its Latin-1 reading), so the trace stays valid JSON whatever the program writes.
void json_escape(const std::string& in, std::string* out) {
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < in.size(); ++i) {
        auto u = static_cast<unsigned char>(in[i]);
        size_t len = u < 0x80             ? 1
                     : (u & 0xE0) == 0xC0 ? 2
                     : (u & 0xF0) == 0xE0 ? 3
                     : (u & 0xF8) == 0xF0 ? 4
                                          : 0;
        bool valid = len > 0 && i + len <= in.size() && !(len == 2 && u < 0xC2);
        for (size_t k = 1; valid && k < len; ++k)
            valid = (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
        if (u == '"' || u == '\\') {
            *out += '\\';
            *out += char(u);
        } else if (u == '\n') {
            *out += "\\n";
        } else if (u < 0x20 || !valid) {
            *out += "\\u00";
            *out += hex[u >> 4];
            *out += hex[u & 15];
        } else {
            out->append(in, i, len);
            i += len - 1;
        }
    }
}

void flush_serial() {
    if (serial_pending.empty()) return;
    std::string members = "\"serial\": \"";
    json_escape(serial_pending, &members);
    members += '"';
    serial_pending.clear();
    put(serial_t, members.data(), members.size());
}

void flush_frame() {
    if (!have_frame) return;
    have_frame = false;
    if (frame_pending == frame_written) return;  // changed and changed back within the millisecond
    flush_serial();
    put(frame_t, frame_pending.data(), frame_pending.size());
    frame_written = frame_pending;
}

}  // namespace

void set_trace(FILE* f) {
    trace_file = f;
    trace_on_stdout = f == stdout;
    // Line buffered: every record is out as soon as it is made, so a run that is killed leaves its trace.
    setvbuf(f, nullptr, _IOLBF, 0);
}
bool trace_is_stdout() { return trace_on_stdout; }

void trace_flush_serial() { flush_serial(); }

void trace_clock(uint64_t now_ms) {
    if (have_frame && now_ms > frame_t) flush_frame();
}

void write_trace(const char* members, size_t n) {
    if (!trace_file) return;
    uint64_t now = board_us() / 1000;
    if (strncmp(members, "\"display\"", 9) == 0) {
        if (have_frame && frame_t != now) flush_frame();
        frame_pending.assign(members, n);
        frame_t = now;
        have_frame = true;
        return;
    }
    if (have_frame && frame_t < now) flush_frame();
    flush_serial();
    put(now, members, n);
}

void trace_serial(const char* data, size_t n) {
    if (!trace_file || n == 0) return;
    if (serial_pending.empty()) serial_t = board_us() / 1000;
    serial_pending.append(data, n);
    // A long line goes in parts, cut between characters (never inside a UTF-8 sequence).
    auto last = static_cast<unsigned char>(serial_pending.back());
    if (last == '\n' || (serial_pending.size() > 200 && last < 0x80) || serial_pending.size() > 1000)
        flush_serial();
}

void end_run(const char* why, int status) {
    fflush(stdout);
    if (trace_file) {
        flush_frame();
        flush_serial();
        board::Trace().str("end", why).num("status", status).send();
        fflush(trace_file);
    }
    exit(status);
}

}  // namespace host

namespace hal {
void board_trace(const char* members, size_t n) { host::write_trace(members, n); }
}  // namespace hal
