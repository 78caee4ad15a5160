// Input events of a headless run (JSON lines, docs/board.md): read, checked when the file is loaded (a bad
// event is an error with its line, never ignored), and applied to the simulated inputs at their time.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <utility>
#include <vector>

#include "board/board.hpp"
#include "core/runtime.hpp"
#include "ports/host/board_host.hpp"

namespace host {

namespace {

// ---- a minimal JSON reader for one flat object per line -----------------------------------------------
struct Json {
    enum Kind { null, boolean, number, string, array } kind = null;
    double num = 0;
    bool b = false;
    std::string str;
    std::vector<double> arr;
};
using Members = std::vector<std::pair<std::string, Json>>;

void skip_ws(const char*& p) {
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') ++p;
}
void put_utf8(std::string* out, unsigned cp) {
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 63)));
    } else {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 63)));
        out->push_back(char(0x80 | (cp & 63)));
    }
}
bool parse_string(const char*& p, std::string* out) {
    if (*p != '"') return false;
    for (++p; *p && *p != '"'; ++p) {
        if (*p != '\\') {
            out->push_back(*p);
            continue;
        }
        switch (*++p) {
            case 'n': out->push_back('\n'); break;
            case 'r': out->push_back('\r'); break;
            case 't': out->push_back('\t'); break;
            case 'b': out->push_back('\b'); break;
            case 'f': out->push_back('\f'); break;
            case '"':
            case '\\':
            case '/': out->push_back(*p); break;
            case 'u': {
                unsigned cp = 0;
                for (int i = 1; i <= 4; ++i) {
                    char c = p[i];
                    int d = c >= '0' && c <= '9'   ? c - '0'
                            : c >= 'a' && c <= 'f' ? c - 'a' + 10
                            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                   : -1;
                    if (d < 0) return false;
                    cp = cp * 16 + unsigned(d);
                }
                p += 4;
                put_utf8(out, cp);
                break;
            }
            default: return false;
        }
    }
    if (*p != '"') return false;
    ++p;
    return true;
}
bool parse_number(const char*& p, double* out) {
    if (*p != '-' && (*p < '0' || *p > '9')) return false;  // no "nan", "inf", "+1" or hex
    char* end;
    *out = strtod(p, &end);
    if (end == p || !isfinite(*out)) return false;
    p = end;
    return true;
}
bool parse_value(const char*& p, Json* v) {
    skip_ws(p);
    if (*p == '"') return v->kind = Json::string, parse_string(p, &v->str);
    if (!strncmp(p, "true", 4)) return p += 4, v->kind = Json::boolean, v->b = true, true;
    if (!strncmp(p, "false", 5)) return p += 5, v->kind = Json::boolean, v->b = false, true;
    if (!strncmp(p, "null", 4)) return p += 4, true;
    if (*p == '[') {
        v->kind = Json::array;
        ++p;
        for (skip_ws(p); *p != ']';) {
            double d;
            if (!parse_number(p, &d)) return false;
            v->arr.push_back(d);
            skip_ws(p);
            if (*p == ',')
                ++p, skip_ws(p);
            else if (*p != ']')
                return false;
        }
        ++p;
        return true;
    }
    v->kind = Json::number;
    return parse_number(p, &v->num);
}
bool parse_object(const std::string& line, Members* out) {
    const char* p = line.c_str();
    skip_ws(p);
    if (*p++ != '{') return false;
    for (skip_ws(p); *p != '}'; skip_ws(p)) {
        std::string key;
        if (!parse_string(p, &key)) return false;
        skip_ws(p);
        if (*p++ != ':') return false;
        Json v;
        if (!parse_value(p, &v)) return false;
        out->emplace_back(key, v);
        skip_ws(p);
        if (*p == ',')
            ++p, skip_ws(p);
        else if (*p != '}')
            return false;
    }
    ++p;
    skip_ws(p);
    return *p == 0;
}
const Json* member(const Members& m, const char* key) {
    for (auto& kv : m)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

// ---- checking ------------------------------------------------------------------------------------------
// The event kinds, each with the other members it may have.
struct Kind {
    const char* key;
    const char* extra[3];
};
const Kind kinds[] = {{"button", {"action"}}, {"gesture", {}}, {"accelerometer", {}},       {"compass", {}},
                      {"temperature", {}},    {"light", {}},   {"pin", {"touch", "level"}}, {"serial", {}},
                      {"radio", {}}};

bool whole(const Json* v, double lo, double hi) {
    return v && v->kind == Json::number && v->num == floor(v->num) && v->num >= lo && v->num <= hi;
}
bool is_hex(const std::string& s) {
    if (s.size() % 2) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
    return true;
}

// What is wrong with the event, or "" when it is good.
std::string check(const Members& m, const Kind** kind_out) {
    const Kind* kind = nullptr;
    for (auto& kv : m) {
        if (kv.first == "t") continue;
        const Kind* k = nullptr;
        for (const Kind& c : kinds)
            if (kv.first == c.key) k = &c;
        if (k && kind) return "one event a line (" + std::string(kind->key) + " and " + k->key + ")";
        if (k) kind = k;
    }
    if (!kind)
        return "no event (want one of button, gesture, accelerometer, compass, temperature, light, pin, "
               "serial, "
               "radio)";
    for (auto& kv : m) {
        bool known = kv.first == "t" || kv.first == kind->key;
        for (const char* e : kind->extra) known |= e && kv.first == e;
        if (!known) return "unknown member \"" + kv.first + "\" in a " + kind->key + " event";
    }
    *kind_out = kind;
    const Json* v = member(m, kind->key);
    std::string k = kind->key;
    if (k == "button") {
        if (v->kind != Json::string || (v->str != "a" && v->str != "b" && v->str != "both"))
            return "unknown button (want \"a\", \"b\" or \"both\")";
        const Json* act = member(m, "action");
        if (act && (act->kind != Json::string || (act->str != "press" && act->str != "release")))
            return "unknown action (want \"press\" or \"release\")";
    } else if (k == "gesture") {
        if (v->kind != Json::string || v->str.empty() || board::gesture_from_name(v->str) < 0)
            return "unknown gesture (want up, down, left, right, face up, face down, freefall, 3g, 6g, 8g or "
                   "shake)";
    } else if (k == "accelerometer" || k == "compass") {
        if (v->kind != Json::array || v->arr.size() != 3) return k + " wants [x, y, z]";
        for (double d : v->arr)
            if (d != floor(d) || fabs(d) > 1e7) return k + " wants whole numbers within +-10000000";
    } else if (k == "temperature") {
        if (!whole(v, -40, 125)) return "temperature wants whole degrees, -40..125";
    } else if (k == "light") {
        if (!whole(v, 0, 255)) return "light wants a level 0..255";
    } else if (k == "pin") {
        if (!whole(v, 0, 20) || v->num == 17 || v->num == 18) return "no such pin (0..16, 19, 20)";
        const Json* touch = member(m, "touch");
        const Json* level = member(m, "level");
        if (!touch && !level) return "a pin event wants \"touch\" or \"level\"";
        if (touch && (touch->kind != Json::boolean || v->num > 2))
            return "touch wants true or false, on pins 0-2";
        if (level && !whole(level, -1, 1023)) return "level wants -1 (not driven) or 0..1023";
    } else if (k == "serial") {
        if (v->kind != Json::string) return "serial wants a string";
    } else if (k == "radio") {
        if (v->kind != Json::string || !is_hex(v->str)) return "radio wants the packet's bytes in hex";
    }
    return "";
}

}  // namespace

bool parse_event(const std::string& line, Event* out, std::string* err) {
    Members m;
    if (!parse_object(line, &m)) return *err = "not a JSON object on one line", false;
    const Json* t = member(m, "t");
    if (!t || !whole(t, 0, 1e15)) return *err = "bad event time (want \"t\": whole ms >= 0)", false;
    const Kind* kind = nullptr;
    *err = check(m, &kind);
    if (!err->empty()) return false;
    *out = {uint64_t(t->num), line, !strcmp(kind->key, "serial")};
    return true;
}

// Hook for the radio module (radio_host.cpp): receives a packet's bytes from an input event.
void (*radio_event_hook)(const std::string& bytes) = nullptr;

void apply_event(const Event& e) {
    Members m;
    parse_object(e.json, &m);
    BoardInputs& in = inputs();
    if (const Json* b = member(m, "button")) {
        const Json* act = member(m, "action");
        bool down = !act || act->str != "release";
        if (b->str == "a" || b->str == "both") in.button[0] = down;
        if (b->str == "b" || b->str == "both") in.button[1] = down;
    } else if (const Json* g = member(m, "gesture")) {
        in.gesture = board::gesture_from_name(g->str);
    } else if (const Json* a = member(m, "accelerometer")) {
        for (size_t i = 0; i < 3; ++i) in.accel[i] = int(a->arr[i]);
        // The posture the sensor reports for these values (the DAL's thresholds, simplified).
        long long x = in.accel[0], y = in.accel[1], z = in.accel[2];
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
        for (size_t i = 0; i < 3; ++i) in.compass[i] = int(c->arr[i]);
    } else if (const Json* t = member(m, "temperature")) {
        in.temperature = int(t->num);
    } else if (const Json* l = member(m, "light")) {
        in.light = int(l->num);
    } else if (const Json* p = member(m, "pin")) {
        int n = int(p->num);
        if (const Json* touch = member(m, "touch")) in.pin_touch[n] = touch->b;
        if (const Json* level = member(m, "level")) in.pin_level[n] = int(level->num);
    } else if (const Json* s = member(m, "serial")) {
        // As the device's serial driver while a program runs: Ctrl-C interrupts it and is not queued.
        for (char c : s->str) {
            if (c == 3)
                core::request_interrupt();
            else
                in.serial_in.push_back(c);
        }
    } else if (const Json* r = member(m, "radio")) {
        std::string bytes;
        for (size_t i = 0; i + 1 < r->str.size(); i += 2)
            bytes.push_back(char(strtoul(r->str.substr(i, 2).c_str(), nullptr, 16)));
        if (radio_event_hook) radio_event_hook(bytes);
    }
}

}  // namespace host
