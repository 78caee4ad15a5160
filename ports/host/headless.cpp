// `mbpy --headless`: runs a board program on the virtual clock with timed input events (JSON lines)
// and writes every output to a trace (JSON lines), for tests and auto-marking. See docs/board.md.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "board/board.hpp"
#include "core/engine.hpp"
#include "core/port.hpp"
#include "core/obj_exception.hpp"
#include "ports/host/board_host.hpp"
#include "ports/host/host.hpp"
#include "shell/repl.hpp"

namespace host {

namespace {

bool headless = false;
bool limits_given = false;  // --events, --trace, --until or --budget: they need --headless
const char* events_path = nullptr;
const char* trace_path = nullptr;
uint64_t until_ms = 0;
// The default budget: 10^8 bytes of bytecode are about 100 s of a 16 MHz board's computing (sleeps not
// counted: a game that sleeps 100 ms a frame gets hours) and at most a second on the host.
uint64_t budget = 100000000ull;

// A whole number >= 1 (--until, --budget): false when `s` is anything else.
bool parse_count(const char* s, uint64_t* out) {
    if (*s < '0' || *s > '9') return false;
    char* end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end || errno || v == 0) return false;
    *out = v;
    return true;
}

bool load_events(const char* path, std::vector<Event>* out) {
    std::string text;
    if (!read_file(path, &text)) {
        fprintf(stderr, "mbpy: can't open events file '%s'\n", path);
        return false;
    }
    size_t start = 0, lineno = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        std::string line = text.substr(start, nl - start);
        start = nl + 1;
        ++lineno;
        size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        Event e;
        std::string err;
        if (!parse_event(line, &e, &err)) {
            fprintf(stderr, "mbpy: %s:%zu: %s: %s\n", path, lineno, err.c_str(), line.c_str());
            return false;
        }
        out->push_back(std::move(e));
    }
    return true;
}

}  // namespace

bool headless_option(int argc, char** argv, int* i, std::string* err) {
    const char* a = argv[*i];
    if (!strcmp(a, "--headless")) return headless = true;
    static const char* const names[] = {"--events", "--trace", "--until", "--budget"};
    const char* name = nullptr;
    const char* value = nullptr;
    for (const char* n : names) {
        size_t len = strlen(n);
        if (strncmp(a, n, len) != 0) continue;
        if (a[len] == '=') {
            name = n, value = a + len + 1;
        } else if (a[len] == 0) {
            name = n;
            if (*i + 1 < argc) value = argv[++*i];
        }
    }
    if (!name) return false;
    limits_given = true;
    if (!value) return *err = std::string(name) + " needs a value", true;
    if (name[2] == 'e') {
        events_path = value;
    } else if (name[2] == 't') {
        trace_path = value;
    } else if (!parse_count(value, name[2] == 'u' ? &until_ms : &budget)) {
        *err = std::string(name) + " wants a whole number" + (name[2] == 'u' ? " of ms" : "") +
               " >= 1, not '" + value + "'";
    }
    return true;
}

bool headless_mode() { return headless; }
bool headless_options_misplaced() { return limits_given && !headless; }

// The raw serial line of a headless run (hal::serial_write: the line editor's echo and prompt): to the
// trace as program output is, "\r\n" as "\n"; to stdout too unless the trace is there.
void headless_serial_write(const char* data, size_t n) {
    std::string text;
    for (size_t k = 0; k < n; ++k)
        if (!(data[k] == '\r' && k + 1 < n && data[k + 1] == '\n')) text.push_back(data[k]);
    if (!trace_is_stdout()) fwrite(text.data(), 1, text.size(), stdout);
    trace_serial(text.data(), text.size());
}

void run_headless(const std::string& source, const std::string& path) {
    std::vector<Event> ev;
    if (events_path && !load_events(events_path, &ev)) exit(2);
    set_events(std::move(ev));
    if (trace_path) {
        FILE* f = strcmp(trace_path, "-") == 0 ? stdout : fopen(trace_path, "w");
        if (!f) {
            fprintf(stderr, "mbpy: can't write trace file '%s': %s\n", trace_path, strerror(errno));
            exit(2);
        }
        set_trace(f);
    }
    set_until_ms(until_ms);
    set_budget(budget);
    set_virtual_clock(true);
    board_boot();
    shell::init();
    core::input_hook = shell::input_line;  // input() as on the device: the line editor, with echo
    board::tick(0);                        // events at t=0 apply before the program starts
    board_sleep_ms(0);
    if (core::exec_source(source, path.c_str())) end_run("done", 0);
    core::Value exc = core::take_exception();
    int status = core::report_exception(exc, false);
    if (status >= 0) end_run("exit", status);  // SystemExit
    set_until_status(1);  // the run failed, also if --until comes while the message scrolls
    board::Trace().str("error", core::type_of(exc)->name->view()).send();
    // As the device: the message scrolls once on the LEDs, then the REPL would start.
    if (!core::exc_matches(exc, &core::keyboard_interrupt_type)) board::scroll_error(exc);
    end_run("error", 1);
}

}  // namespace host
