// str.format and str.format_map: replacement fields {name.attr[key]!conv:spec}, auto/manual numbering,
// nested fields in the spec, {{ }} escapes, with CPython's error messages.
#include <string.h>

#include "core/config.hpp"
#include "core/obj_exception.hpp"
#include "core/text.hpp"

namespace core {

using std::string_view;

namespace {

// Nested replacement fields inside a spec may go one level deep, as in CPython.
constexpr int max_format_depth = 2;

struct FormatState {  // it stays on the C stack while the fields are formatted: packed
    const Args* args;
    Value mapping;
    int auto_index = 0;  // next automatic field number
    uint8_t first_pos;   // 0 or 1 (self)
    char numbering = 0;  // 0 undecided, 'a' automatic, 'm' manual
};

bool all_digits(string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

intptr_t parse_digits(string_view s) {
    intptr_t v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

Value raise_key_error(string_view key) {
    Value k = make_str(key);
    if (!k) return {};
    Value e = make_exception(&key_error_type, 1, &k);
    if (!e) return {};
    return raise_value(e);
}

// The object a field name designates: argument (by number, auto number or keyword), then .attr / [key].
// Out of format_field's frame, which stays on the C stack while the value is formatted.
[[gnu::noinline]] Value resolve_field(FormatState& st, string_view name) {
    size_t head_end = 0;
    while (head_end < name.size() && name[head_end] != '.' && name[head_end] != '[') ++head_end;
#if !MBPY_FORMAT_ATTRS
    // The firmware's error, before the argument is looked up.
    if (head_end < name.size()) return raise(&not_implemented_error_type, "attributes not supported yet"_msg);
#endif
    string_view head = name.substr(0, head_end);
    Value obj;
    if (head.empty() || all_digits(head)) {
        intptr_t idx;
        if (head.empty()) {
            if (st.numbering == 'm')
                return raise_value_error(
                    "cannot switch from manual field specification to automatic field numbering"_msg);
            st.numbering = 'a';
            idx = st.auto_index++;
        } else {
            if (st.numbering == 'a')
                return raise_value_error(
                    "cannot switch from automatic field numbering to manual field specification"_msg);
            st.numbering = 'm';
            idx = parse_digits(head);
        }
        size_t n_pos = st.args->n_pos > st.first_pos ? st.args->n_pos - st.first_pos : 0;
        if (static_cast<size_t>(idx) >= n_pos)
            return raise_index_error("Replacement index %d out of range for positional args tuple"_msg,
                                     static_cast<int>(idx));
        obj = st.args->pos[st.first_pos + idx];
    } else if (st.mapping) {
        Value k = make_str(head);
        if (!k) return {};
        obj = subscr_load(st.mapping, k);
        if (!obj) return {};
    } else {
        for (size_t i = 0; i < st.args->n_kw; ++i)
            if (st.args->kw[2 * i].as<Str>()->view() == head) obj = st.args->kw[2 * i + 1];
        if (!obj) return raise_key_error(head);
    }
#if MBPY_FORMAT_ATTRS
    size_t i = head_end;
    while (i < name.size()) {
        if (name[i] == '.') {
            size_t j = ++i;
            while (j < name.size() && name[j] != '.' && name[j] != '[') ++j;
            if (j == i) return raise_value_error("Empty attribute in format string"_msg);
            Value attr = intern(name.substr(i, j - i));
            if (!attr) return {};
            obj = load_attr(obj, attr.as<Str>());
            if (!obj) return {};
            i = j;
        } else if (name[i] == '[') {
            size_t j = name.find(']', i);
            if (j == string_view::npos) return raise_value_error("Missing ']' in format string"_msg);
            string_view key = name.substr(i + 1, j - i - 1);
            if (key.empty()) return raise_value_error("Empty attribute in format string"_msg);
            Value k = all_digits(key) ? make_int(parse_digits(key)) : make_str(key);
            if (!k) return {};
            obj = subscr_load(obj, k);
            if (!obj) return {};
            i = j + 1;
            if (i < name.size() && name[i] != '.' && name[i] != '[')
                return raise_value_error("Only '.' or '[' may follow ']' in format field specifier"_msg);
        } else {
            return raise_value_error("Only '.' or '[' may follow ']' in format field specifier"_msg);
        }
    }
#endif
    return obj;
}

bool format_into(FormatState& st, StrBuilder& out, string_view fmt, int depth);

// A spec holding nested fields, expanded into a str (kept alive in *holder).
[[gnu::noinline]] bool expand_spec(FormatState& st, string_view* spec, int depth, Value* holder) {
    if (depth + 1 >= max_format_depth) {
        raise_value_error("Max string recursion exceeded"_msg);
        return false;
    }
    StrBuilder sb;
    if (!format_into(st, sb, *spec, depth + 1)) return false;
    *holder = sb.finish();
    if (!*holder) return false;
    *spec = holder->as<Str>()->view();
    return true;
}

// Splits a replacement field (the text between the braces) into its name, conversion and spec.
[[gnu::noinline]] bool split_field(string_view field, string_view* name, char* conv, string_view* spec) {
    // The name ends at '!' or ':' outside brackets.
    size_t i = 0;
    int bracket = 0;
    for (; i < field.size(); ++i) {
        char c = field[i];
        if (c == '[')
            bracket = 1;
        else if (c == ']')
            bracket = 0;
        else if (!bracket && (c == '!' || c == ':'))
            break;
    }
    *name = field.substr(0, i);
    *conv = 0;
    if (i < field.size() && field[i] == '!') {
        if (i + 1 >= field.size()) {
            raise_value_error("end of string while looking for conversion specifier"_msg);
            return false;
        }
        *conv = field[i + 1];
        i += 2;
        if (i < field.size() && field[i] != ':') {
            raise_value_error("expected ':' after conversion specifier"_msg);
            return false;
        }
    }
    *spec = i < field.size() ? field.substr(i + 1) : string_view();
    return true;
}

// One replacement field (the text between the braces). Its frame stays on the C stack while the value
// is converted and formatted (a __repr__ or __format__ in Python, a float's digits): the parsing is out
// of line.
bool format_field(FormatState& st, StrBuilder& out, string_view field, int depth) {
    string_view name, spec;
    char conv;
    if (!split_field(field, &name, &conv, &spec)) return false;
    Value obj = resolve_field(st, name);
    if (!obj) return false;
    if (conv == 'r')
        obj = repr(obj);
    else if (conv == 's')
        obj = to_str(obj);
    else if (conv == 'a')
        obj = ascii_repr(obj);
    else if (conv)
        return raise_value_error("Unknown conversion specifier %c"_msg, conv), false;
    if (!obj) return false;
    Value spec_str;  // keeps an expanded spec alive
    if (spec.find('{') != string_view::npos && !expand_spec(st, &spec, depth, &spec_str)) return false;
    Value r = format_value(obj, spec);
    if (!r) return false;
    return out.append(as_str(r)->view());
}

bool format_into(FormatState& st, StrBuilder& out, string_view fmt, int depth) {
    size_t i = 0, n = fmt.size();
    while (i < n) {
        char c = fmt[i];
        if (c == '}') {
            if (i + 1 < n && fmt[i + 1] == '}') {
                out.append_byte('}');
                i += 2;
                continue;
            }
            raise_value_error("Single '}' encountered in format string"_msg);
            return false;
        }
        if (c != '{') {
            size_t j = i;
            while (j < n && fmt[j] != '{' && fmt[j] != '}') ++j;
            out.append(fmt.substr(i, j - i));
            i = j;
            continue;
        }
        if (i + 1 < n && fmt[i + 1] == '{') {
            out.append_byte('{');
            i += 2;
            continue;
        }
        if (i + 1 >= n) {
            raise_value_error("Single '{' encountered in format string"_msg);
            return false;
        }
        // Find the matching '}' (specs may hold nested fields; in the field name, `[...]` may hold any
        // character, as CPython's scanner allows).
        size_t j = i + 1;
        int level = 1;
        bool in_name = true;
        for (; j < n; ++j) {
            if (in_name && fmt[j] == '[') {
                while (j < n && fmt[j] != ']') ++j;
                if (j >= n) break;
            } else if (fmt[j] == ':' || fmt[j] == '!') {
                in_name = false;
            } else if (fmt[j] == '{') {
                ++level;
            } else if (fmt[j] == '}' && --level == 0) {
                break;
            }
        }
        if (j >= n) {
            raise_value_error("expected '}' before end of string"_msg);
            return false;
        }
        if (!format_field(st, out, fmt.substr(i + 1, j - i - 1), depth)) return false;
        i = j + 1;
    }
    return !out.failed();
}

}  // namespace

Value str_format_args(const Str* fmt, const Args& args, size_t first_pos, Value mapping) {
    FormatState st{&args, mapping, 0, uint8_t(first_pos)};
    StrBuilder sb;
    if (!format_into(st, sb, fmt->view(), 0)) return {};
    return sb.finish();
}

}  // namespace core
