// `mbpy --headless`: runs a board program on the virtual clock with timed input events (JSON lines)
// and writes every output to a trace (JSON lines), for tests and auto-marking. See docs/board.md.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "board/board.hpp"
#include "core/engine.hpp"
#include "core/obj_exception.hpp"
#include "ports/host/board_host.hpp"
#include "ports/host/host.hpp"

namespace host {

// ---- a minimal JSON reader for one flat object per line -----------------------------------------------
struct Json {
    enum Kind { null, boolean, number, string, array } kind = null;
    double num = 0;
    bool b = false;
    std::string str;
    std::vector<double> arr;
};
using Members = std::vector<std::pair<std::string, Json>>;

static void skip_ws(const char*& p) {
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') ++p;
}
static bool parse_string(const char*& p, std::string* out) {
    if (*p != '"') return false;
    for (++p; *p && *p != '"'; ++p) {
        if (*p != '\\') {
            out->push_back(*p);
            continue;
        }
        ++p;
        switch (*p) {
            case 'n': out->push_back('\n'); break;
            case 'r': out->push_back('\r'); break;
            case 't': out->push_back('\t'); break;
            case 'u': {
                unsigned cp = unsigned(strtoul(std::string(p + 1, 4).c_str(), nullptr, 16));
                p += 4;
                if (cp < 0x80)
                    out->push_back(char(cp));
                else if (cp < 0x800)
                    out->push_back(char(0xC0 | (cp >> 6))), out->push_back(char(0x80 | (cp & 63)));
                else {
                    out->push_back(char(0xE0 | (cp >> 12)));
                    out->push_back(char(0x80 | ((cp >> 6) & 63)));
                    out->push_back(char(0x80 | (cp & 63)));
                }
                break;
            }
            default: out->push_back(*p);
        }
    }
    if (*p != '"') return false;
    ++p;
    return true;
}
static bool parse_value(const char*& p, Json* v) {
    skip_ws(p);
    if (*p == '"') return v->kind = Json::string, parse_string(p, &v->str);
    if (!strncmp(p, "true", 4)) return p += 4, v->kind = Json::boolean, v->b = true, true;
    if (!strncmp(p, "false", 5)) return p += 5, v->kind = Json::boolean, v->b = false, true;
    if (!strncmp(p, "null", 4)) return p += 4, true;
    if (*p == '[') {
        v->kind = Json::array;
        ++p;
        for (skip_ws(p); *p && *p != ']'; skip_ws(p)) {
            char* end;
            v->arr.push_back(strtod(p, &end));
            if (end == p) return false;
            p = end;
            skip_ws(p);
            if (*p == ',') ++p;
        }
        if (*p != ']') return false;
        ++p;
        return true;
    }
    char* end;
    v->num = strtod(p, &end);
    if (end == p) return false;
    v->kind = Json::number;
    p = end;
    return true;
}
static bool parse_object(const std::string& line, Members* out) {
    const char* p = line.c_str();
    skip_ws(p);
    if (*p++ != '{') return false;
    for (skip_ws(p); *p && *p != '}'; skip_ws(p)) {
        std::string key;
        if (!parse_string(p, &key)) return false;
        skip_ws(p);
        if (*p++ != ':') return false;
        Json v;
        if (!parse_value(p, &v)) return false;
        out->emplace_back(key, v);
        skip_ws(p);
        if (*p == ',') ++p;
    }
    return *p == '}';
}
static const Json* member(const Members& m, const char* key) {
    for (auto& kv : m)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

// Hook for the radio module: receives a packet's bytes from an input event.
void (*radio_event_hook)(const std::string& bytes) = nullptr;

bool apply_event_json(const std::string& line) {
    Members m;
    if (!parse_object(line, &m)) return false;
    BoardInputs& in = inputs();
    if (const Json* b = member(m, "button")) {
        const Json* act = member(m, "action");
        bool down = !act || act->str != "release";
        if (b->str == "a" || b->str == "both") in.button[0] = down;
        if (b->str == "b" || b->str == "both") in.button[1] = down;
    } else if (const Json* g = member(m, "gesture")) {
        int code = board::gesture_from_name(g->str);
        in.gesture = code < 0 ? 0 : code;
    } else if (const Json* a = member(m, "accelerometer")) {
        for (size_t i = 0; i < 3 && i < a->arr.size(); ++i) in.accel[i] = int(a->arr[i]);
        // The posture the sensor reports for these values (the DAL's thresholds, simplified).
        int x = in.accel[0], y = in.accel[1], z = in.accel[2];
        int g = board::g_none;
        if (x * x + y * y + z * z < 400 * 400)
            g = board::g_freefall;
        else if (z < -800)
            g = board::g_face_up;
        else if (z > 800)
            g = board::g_face_down;
        else if (x < -500)
            g = board::g_left;
        else if (x > 500)
            g = board::g_right;
        else if (y < -500)
            g = board::g_up;
        else if (y > 500)
            g = board::g_down;
        in.gesture = g;
    } else if (const Json* c = member(m, "compass")) {
        for (size_t i = 0; i < 3 && i < c->arr.size(); ++i) in.compass[i] = int(c->arr[i]);
    } else if (const Json* t = member(m, "temperature")) {
        in.temperature = int(t->num);
    } else if (const Json* l = member(m, "light")) {
        in.light = int(l->num);
    } else if (const Json* p = member(m, "pin")) {
        int n = int(p->num);
        if (n < 0 || n > 20) return false;
        if (const Json* touch = member(m, "touch")) in.pin_touch[n] = touch->b;
        if (const Json* level = member(m, "level")) in.pin_level[n] = int(level->num);
    } else if (const Json* s = member(m, "serial")) {
        in.serial_in += s->str;
    } else if (const Json* r = member(m, "radio")) {
        std::string bytes;
        for (size_t i = 0; i + 1 < r->str.size(); i += 2)
            bytes.push_back(char(strtoul(r->str.substr(i, 2).c_str(), nullptr, 16)));
        if (radio_event_hook) radio_event_hook(bytes);
    } else {
        return false;
    }
    return true;
}

static bool load_events(const char* path, std::vector<Event>* out) {
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
        if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
        Members m;
        const Json* t;
        if (!parse_object(line, &m) || !(t = member(m, "t")) || t->kind != Json::number || t->num < 0) {
            fprintf(stderr, "mbpy: %s:%zu: bad event (want {\"t\": ms, ...})\n", path, lineno);
            return false;
        }
        out->push_back({uint64_t(t->num), line});
    }
    return true;
}

int run_headless(const std::string& source, const std::string& path, const char* events, const char* trace,
                 long long until_ms) {
    set_virtual_clock(true);
    std::vector<Event> ev;
    if (events && !load_events(events, &ev)) return 2;
    set_events(std::move(ev));
    if (trace) {
        FILE* f = strcmp(trace, "-") == 0 ? stdout : fopen(trace, "w");
        if (!f) {
            fprintf(stderr, "mbpy: can't write trace file '%s'\n", trace);
            return 2;
        }
        set_trace(f);
    }
    if (until_ms > 0) set_until_ms(uint64_t(until_ms));
    board_boot();
    board::tick(0);  // events at t=0 apply before the program starts
    board_sleep_ms(0);
    if (core::exec_source(source, path.c_str())) finish_run(0);
    core::Value exc = core::take_exception();
    int status = core::report_exception(exc, false);
    if (status >= 0) finish_run(status);  // SystemExit
    if (!core::exc_matches(exc, &core::keyboard_interrupt_type)) {
        // As the device: the message scrolls once on the LEDs, then the REPL would start.
        board::Trace().str("error", core::type_of(exc)->name->view()).send();
        board::scroll_error(exc);
    }
    finish_run(1);
}

}  // namespace host
