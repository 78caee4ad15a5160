// The json module (ujson): dumps/dump with separators, indent and sort_keys; loads/load; CPython's output.
#include <math.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

#if MBPY_MOD_JSON  // config.hpp
namespace core {

struct JsonOut {
    StrBuilder sb;
    std::string_view item_sep = ", ", key_sep = ": ";
    Value indent;  // null: compact; else the str repeated per level
    bool sort_keys = false;
    bool ensure_ascii = true;  // CPython's default: non-ASCII as \uXXXX escapes
};

static bool put(JsonOut& o, std::string_view s) { return o.sb.append(s); }

static bool newline(JsonOut& o, int level) {
    if (!o.indent) return true;
    if (!o.sb.append_byte('\n')) return false;
    std::string_view ind = o.indent.as<Str>()->view();
    for (int i = 0; i < level; ++i) {
        if (!o.sb.append(ind)) return false;
    }
    return true;
}

static bool put_u(JsonOut& o, uint32_t c) {
    char buf[7] = {'\\', 'u', 0, 0, 0, 0, 0};
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 4; ++i) buf[2 + i] = hex[(c >> (12 - 4 * i)) & 15];
    return o.sb.append({buf, 6});
}

// A JSON string with ensure_ascii: everything outside ' '..'~' escaped, astral chars as surrogate pairs.
static bool put_string(JsonOut& o, std::string_view s) {
    if (!o.sb.append_byte('"')) return false;
    size_t i = 0;
    while (i < s.size()) {
        uint8_t c = uint8_t(s[i]);
        uint32_t cp;
        size_t n = 1;
        if (c < 0x80)
            cp = c;
        else if (c < 0xE0)
            cp = c & 0x1F, n = 2;
        else if (c < 0xF0)
            cp = c & 0x0F, n = 3;
        else
            cp = c & 0x07, n = 4;
        for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (uint8_t(s[i + k]) & 0x3F);
        i += n;
        bool ok;
        switch (cp) {
            case '"': ok = put(o, "\\\""); break;
            case '\\': ok = put(o, "\\\\"); break;
            case '\n': ok = put(o, "\\n"); break;
            case '\r': ok = put(o, "\\r"); break;
            case '\t': ok = put(o, "\\t"); break;
            case '\b': ok = put(o, "\\b"); break;
            case '\f': ok = put(o, "\\f"); break;
            default:
                if (cp >= 0x20 && cp < 0x7F)
                    ok = o.sb.append_byte(char(cp));
                else if (!o.ensure_ascii && cp >= 0x7F)
                    ok = o.sb.append_char(cp);
                else if (cp >= 0x10000) {
                    cp -= 0x10000;
                    ok = put_u(o, 0xD800 | (cp >> 10)) && put_u(o, 0xDC00 | (cp & 0x3FF));
                } else
                    ok = put_u(o, cp);
        }
        if (!ok) return false;
    }
    return o.sb.append_byte('"');
}

static bool put_float(JsonOut& o, Float d) {
    if (isnan(d)) return put(o, "NaN");
    if (isinf(d)) return put(o, d > 0 ? "Infinity" : "-Infinity");
    return format_float_repr(o.sb, d);
}

static bool put_value(JsonOut& o, Value v, int level);

static bool put_key(JsonOut& o, Value k) {
    if (is_str(k)) return put_string(o, k.as<Str>()->view());
    if (k == py_bool(true)) return put_string(o, "true");
    if (k == py_bool(false)) return put_string(o, "false");
    if (k == none()) return put_string(o, "null");
    if (is_float(k) || is_int(k)) {
        if (!o.sb.append_byte('"')) return false;
        if (is_float(k) ? !put_float(o, float_value(k)) : !put_value(o, k, 0)) return false;
        return o.sb.append_byte('"');
    }
    raise_type_error("keys must be str, int, float, bool or None, not %T"_msg, k);
    return false;
}

static bool put_value(JsonOut& o, Value v, int level) {
    if (!check_c_stack()) return false;
    if (v == none()) return put(o, "null");
    if (v == py_bool(true)) return put(o, "true");
    if (v == py_bool(false)) return put(o, "false");
    if (is_str(v)) return put_string(o, v.as<Str>()->view());
    if (is_float(v)) return put_float(o, float_value(v));
    if (is_int(v)) {
        Printer p = o.sb.printer();
        return print_value(p, v, PrintKind::Repr) && !o.sb.failed();
    }
    Value n = native_of(v);
    if (is_type(n, &list_type) || is_type(n, &tuple_type)) {
        if (!o.sb.append_byte('[')) return false;
        for (size_t i = 0;; ++i) {
            // Re-read each time: converting an item may run code that changes the list.
            size_t len = is_type(n, &list_type) ? n.as<List>()->len : n.as<Tuple>()->len;
            if (i >= len) {
                if (i > 0 && !newline(o, level)) return false;
                break;
            }
            Value item = is_type(n, &list_type) ? n.as<List>()->items[i] : n.as<Tuple>()->items[i];
            if (i > 0 && !put(o, o.item_sep)) return false;
            if (!newline(o, level + 1) || !put_value(o, item, level + 1)) return false;
        }
        return o.sb.append_byte(']');
    }
    if (is_subtype(type_of(n), &dict_type)) {  // dict, OrderedDict, defaultdict
        Dict* d = n.as<Dict>();
        if (!o.sb.append_byte('{')) return false;
        Value keys;
        if (o.sort_keys) {
            List* l = new_list(0);
            if (!l) return false;
            keys = Value(l);
            Value k, val;
            for (size_t i = 0; dict_next(d, &i, &k, &val);) {
                if (!list_append(l, k)) return false;
            }
            if (!seq_sort(l->items, l->len, Value(), false)) return false;
        }
        size_t count = 0;
        Value k, val;
        for (size_t i = 0;; ++count) {
            if (keys) {
                if (count >= keys.as<List>()->len) break;
                k = keys.as<List>()->items[count];
                if (dict_lookup(d, k, &val) != Lookup::Found) return false;
            } else if (!dict_next(d, &i, &k, &val)) {
                break;
            }
            if (count > 0 && !put(o, o.item_sep)) return false;
            if (!newline(o, level + 1) || !put_key(o, k) || !put(o, o.key_sep) ||
                !put_value(o, val, level + 1))
                return false;
        }
        if (count > 0 && !newline(o, level)) return false;
        return o.sb.append_byte('}');
    }
    raise_type_error("Object of type %T is not JSON serializable"_msg, v);
    return false;
}

static Value dumps_impl(Value obj, const Args& a) {
    static const char* const allowed[] = {"separators", "indent", "sort_keys", "ensure_ascii", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    JsonOut o;
    Value ind = kwarg(a, "indent");
    if (ind && ind != none()) {
        if (is_str(ind)) {
            o.indent = ind;
        } else {
            intptr_t n;
            if (!to_intptr(ind, &n)) return {};
            StrBuilder sp;
            if (n > 0) sp.append_repeat(" ", static_cast<size_t>(n));
            o.indent = sp.finish();
            if (!o.indent) return {};
        }
        o.item_sep = ",";
    }
    Value seps = kwarg(a, "separators");
    if (seps && seps != none()) {
        Value s0 = subscr_load(seps, Value::small(0));
        Value s1 = s0 ? subscr_load(seps, Value::small(1)) : Value();
        if (!s1) return {};
        if (!is_str(s0) || !is_str(s1)) return raise_type_error("separators must be strings"_msg);
        o.item_sep = s0.as<Str>()->view();
        o.key_sep = s1.as<Str>()->view();
    }
    Value sk = kwarg(a, "sort_keys");
    if (sk) {
        int t = truth(sk);
        if (t < 0) return {};
        o.sort_keys = t;
    }
    Value ea = kwarg(a, "ensure_ascii");
    if (ea) {
        int t = truth(ea);
        if (t < 0) return {};
        o.ensure_ascii = t;
    }
    if (!put_value(o, obj, 0)) return {};
    return o.sb.finish();
}

static Value j_dumps(const Args& a) { return dumps_impl(a.pos[0], a); }
static Value j_dump(const Args& a) {
    Value s = dumps_impl(a.pos[0], a);
    if (!s || !call_method(a.pos[1], &q_write, 1, &s)) return {};
    return none();
}

// ---- parsing ------------------------------------------------------------------------------------------
struct JsonIn {
    const char* p;
    const char* begin;
    const char* end;
};

static Value syntax_error(JsonIn& in, const char* what) {
    return raise_value_error("%m: char %d"_msg, what, int(in.p - in.begin));
}

static void skip_ws(JsonIn& in) {
    while (in.p < in.end && (*in.p == ' ' || *in.p == '\t' || *in.p == '\n' || *in.p == '\r')) ++in.p;
}

static bool match(JsonIn& in, std::string_view w) {
    if (size_t(in.end - in.p) >= w.size() && std::string_view(in.p, w.size()) == w) {
        in.p += w.size();
        return true;
    }
    return false;
}

static int hex4(const char* p) {
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        char c = p[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static Value parse_string(JsonIn& in) {
    ++in.p;  // opening quote
    StrBuilder sb;
    for (;;) {
        if (in.p >= in.end) return syntax_error(in, "Unterminated string starting at"_msg);
        char c = *in.p++;
        if (c == '"') break;
        if (uint8_t(c) < 0x20) return syntax_error(in, "Invalid control character at"_msg);
        if (c != '\\') {
            if (!sb.append_byte(c)) return {};
            continue;
        }
        if (in.p >= in.end) return syntax_error(in, "Unterminated string starting at"_msg);
        char e = *in.p++;
        uint32_t cp;
        switch (e) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u': {
                int h = in.end - in.p >= 4 ? hex4(in.p) : -1;
                if (h < 0) return syntax_error(in, "Invalid \\uXXXX escape"_msg);
                in.p += 4;
                cp = uint32_t(h);
                if (cp >= 0xD800 && cp < 0xDC00 && in.end - in.p >= 6 && in.p[0] == '\\' && in.p[1] == 'u') {
                    int lo = hex4(in.p + 2);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + uint32_t(lo - 0xDC00);
                        in.p += 6;
                    }
                }
                break;
            }
            default: return syntax_error(in, "Invalid \\escape"_msg);
        }
        if (!sb.append_char(cp)) return {};
    }
    return sb.finish();
}

static Value parse_number(JsonIn& in) {
    const char* start = in.p;
    bool is_float_num = false;
    if (in.p < in.end && *in.p == '-') ++in.p;
    if (match(in, "Infinity")) return make_float(start[0] == '-' ? -float_inf : float_inf);
    const char* digits = in.p;
    while (in.p < in.end && *in.p >= '0' && *in.p <= '9') ++in.p;
    if (in.p == digits) return syntax_error(in, "Expecting value"_msg);
    if (in.p < in.end && *in.p == '.') {
        const char* frac = ++in.p;
        while (in.p < in.end && *in.p >= '0' && *in.p <= '9') ++in.p;
        if (in.p == frac) return syntax_error(in, "Expecting value"_msg);
        is_float_num = true;
    }
    if (in.p < in.end && (*in.p == 'e' || *in.p == 'E')) {
        ++in.p;
        if (in.p < in.end && (*in.p == '+' || *in.p == '-')) ++in.p;
        const char* ex = in.p;
        while (in.p < in.end && *in.p >= '0' && *in.p <= '9') ++in.p;
        if (in.p == ex) return syntax_error(in, "Expecting value"_msg);
        is_float_num = true;
    }
    std::string_view text(start, size_t(in.p - start));
    if (!is_float_num) return int_from_string(text, 10);
    Float d;
    if (!float_parse(text, &d)) return syntax_error(in, "Expecting value"_msg);
    return make_float(d);
}

static Value parse_value(JsonIn& in) {
    if (!check_c_stack()) return {};
    skip_ws(in);
    if (in.p >= in.end) return syntax_error(in, "Expecting value"_msg);
    char c = *in.p;
    if (c == '"') return parse_string(in);
    if (c == '{') {
        ++in.p;
        Dict* d = new_dict(0);
        if (!d) return {};
        Value dv(d);
        skip_ws(in);
        if (in.p < in.end && *in.p == '}') return ++in.p, dv;
        for (;;) {
            skip_ws(in);
            if (in.p >= in.end || *in.p != '"')
                return syntax_error(in, "Expecting property name enclosed in double quotes"_msg);
            Value k = parse_string(in);
            if (!k) return {};
            skip_ws(in);
            if (in.p >= in.end || *in.p != ':') return syntax_error(in, "Expecting ':' delimiter"_msg);
            ++in.p;
            Value v = parse_value(in);
            if (!v || !dict_store(d, k, v)) return {};
            skip_ws(in);
            if (in.p < in.end && *in.p == ',') {
                ++in.p;
                continue;
            }
            if (in.p < in.end && *in.p == '}') return ++in.p, dv;
            return syntax_error(in, "Expecting ',' delimiter"_msg);
        }
    }
    if (c == '[') {
        ++in.p;
        List* l = new_list(0);
        if (!l) return {};
        Value lv(l);
        skip_ws(in);
        if (in.p < in.end && *in.p == ']') return ++in.p, lv;
        for (;;) {
            Value v = parse_value(in);
            if (!v || !list_append(l, v)) return {};
            skip_ws(in);
            if (in.p < in.end && *in.p == ',') {
                ++in.p;
                continue;
            }
            if (in.p < in.end && *in.p == ']') return ++in.p, lv;
            return syntax_error(in, "Expecting ',' delimiter"_msg);
        }
    }
    if (match(in, "null")) return none();
    if (match(in, "true")) return py_bool(true);
    if (match(in, "false")) return py_bool(false);
    if (match(in, "NaN")) return make_float(float_nan);
    if (c == '-' || (c >= '0' && c <= '9') || c == 'I') return parse_number(in);
    return syntax_error(in, "Expecting value"_msg);
}

static Value j_loads(const Args& a) {
    std::string_view text;
    if (is_str(a.pos[0]))
        text = a.pos[0].as<Str>()->view();
    else if (!get_buffer(a.pos[0], &text)) {
        return raise_type_error("the JSON object must be str, bytes or bytearray, not %T"_msg, a.pos[0]);
    }
    JsonIn in{text.data(), text.data(), text.data() + text.size()};
    Value v = parse_value(in);
    if (!v) return {};
    skip_ws(in);
    if (in.p != in.end) return syntax_error(in, "Extra data"_msg);
    return v;
}

static Value j_load(const Args& a) {
    Value s = call_method(a.pos[0], &q_read, 0, nullptr);
    if (!s) return {};
    return j_loads(Args{&s, 1});
}

static constexpr NativeFunction f_dumps = native(q_dumps, j_dumps, 1, 1, true);
static constexpr NativeFunction f_dump = native(q_dump, j_dump, 2, 2, true);
static constexpr NativeFunction f_loads = native(q_loads, j_loads, 1, 1);
static constexpr NativeFunction f_load = native(q_load, j_load, 1, 1);

static const AttrEntry json_entries[] = {
    {&q_dumps, &f_dumps},
    {&q_dump, &f_dump},
    {&q_loads, &f_loads},
    {&q_load, &f_load},
    {&q_JSONDecodeError,
     &value_error_type},  // CPython's derives from ValueError; MicroPython raises ValueError
};
const AttrTable json_module_table = {json_entries, sizeof(json_entries) / sizeof(json_entries[0])};

}  // namespace core

#endif  // MBPY_MOD_JSON
