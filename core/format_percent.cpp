// printf-style `%` formatting for str and bytes (%s %r %a %b %c %d %i %u %o %x %X %e %E %f %F %g %G %%),
// with flags, `*` width/precision, %(name)s mapping keys and CPython's error messages.
#include <string.h>

#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

using std::string_view;

namespace {

struct Conv {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    intptr_t width = -1, prec = -1;
    char type = 0;
};

bool has_method(Value v, const Str* name) {
    Value m;
    Lookup l = lookup_attr(v, name, &m);
    if (l == Lookup::Error) take_exception();
    return l == Lookup::Found;
}

// Pads `body` (chars code points) to the conversion's width with spaces (or zeros for numbers).
bool pad(StrBuilder& out, string_view body, size_t chars, const Conv& c) {
    FormatSpec fs;
    fs.width = static_cast<int>(c.width);
    fs.align = c.left ? '<' : '>';
    return layout(out, fs, false, "", body, 0, 3, body.size() - chars);
}

// %d %i %u %o %x %X %e %E %f %F %g %G: checks the argument type, then renders through format_number.
bool format_numeric(StrBuilder& out, Value v, const Conv& c) {
    bool integral = strchr("diuoxX", c.type) != nullptr;
    bool user = (type_of(v)->flags & type_flag_user) != 0;
    if (integral) {
        bool accept_float = strchr("diu", c.type) != nullptr;
        if (is_type(v, &float_type) && accept_float) {
            v = call1(Value(&int_type), v);
            if (!v) return false;
        } else if (!is_int(v)) {
            if (user && (has_method(v, &q_dunder_index) || (accept_float && is_instance(v, &float_type)))) {
                v = call1(Value(&int_type), v);
                if (!v) return false;
            } else if (accept_float) {
                raise_type_error("%%%c format: a real number is required, not %T"_msg, c.type, v);
                return false;
            } else {
                raise_type_error("%%%c format: an integer is required, not %T"_msg, c.type, v);
                return false;
            }
        }
    } else if (!is_int(v) && !is_type(v, &float_type)) {
        if (!user) {
            raise_type_error("must be real number, not %T"_msg, v);
            return false;
        }
        v = call1(Value(&float_type), v);
        if (!v) return false;
    }
    FormatSpec fs;
    fs.type = (c.type == 'i' || c.type == 'u') ? 'd' : c.type;
    fs.sign = c.plus ? '+' : c.space ? ' ' : 0;
    fs.alternate = c.alt;
    if (!integral)
        fs.precision = c.prec >= 0 ? static_cast<int>(c.prec) : 6;
    else if (c.prec > 0)
        fs.min_digits = static_cast<int>(c.prec);  // C's precision on integers: at least prec digits
    fs.width = static_cast<int>(c.width);
    if (c.left)
        fs.align = '<';
    else if (c.zero)
        fs.zero_pad = true, fs.fill = '0', fs.align = '=';
    else
        fs.align = '>';
    // A float straight to its digits: format_number's frame would sit under them (the C stack's depth).
    if (!integral && is_float(v)) return format_float(out, float_value(v), fs);
    return format_number(out, v, fs);
}

// The state of one `%` formatting: the format, its arguments and the text made so far. percent_format's
// frame stays on the C stack under every conversion (a __repr__ in Python, a float's digits): what only
// some conversions need is in the functions below it, each out of line.
struct Percent {
    TextSelf t;
    const Value* items;
    size_t n_items, argi;
    Value mapping;
    StrBuilder sb;
};

Value next_arg(Percent& p) {
    if (p.argi >= p.n_items) return raise_type_error("not enough arguments for format string"_msg);
    return p.items[p.argi++];
}

// `%(key)`: the value the mapping holds for key; *i is just past the '(' and moves past the ')'.
[[gnu::noinline]] Value mapping_value(Percent& p, size_t* i) {
    if (!p.mapping) return raise_type_error("format requires a mapping"_msg);
    const char* d = p.t.data;
    size_t n = p.t.len, j = *i;
    int depth = 1;
    for (; j < n; ++j) {
        if (d[j] == '(')
            ++depth;
        else if (d[j] == ')' && --depth == 0)
            break;
    }
    if (j >= n) return raise_value_error("incomplete format key"_msg);
    Value key = text_make(p.t, {d + *i, j - *i});
    if (!key) return {};
    *i = j + 1;
    return subscr_load(p.mapping, key);
}

// Flags, width, precision (`*` takes them from the arguments) and the type, from d[*i] on. False on error.
[[gnu::noinline]] bool parse_conv(Percent& p, size_t* at, Conv* c) {
    const char* d = p.t.data;
    size_t n = p.t.len, i = *at;
    for (; i < n; ++i) {
        char f = d[i];
        if (f == '-')
            c->left = true;
        else if (f == '+')
            c->plus = true;
        else if (f == ' ')
            c->space = true;
        else if (f == '#')
            c->alt = true;
        else if (f == '0')
            c->zero = true;
        else
            break;
    }
    for (int part = 0; part < 2; ++part) {
        intptr_t* target = part == 0 ? &c->width : &c->prec;
        if (part == 1) {
            if (i >= n || d[i] != '.') break;
            ++i;
            c->prec = 0;
        }
        if (i < n && d[i] == '*') {
            ++i;
            Value w = next_arg(p);
            if (!w) return false;
            if (!is_int(w)) return raise_type_error("* wants int"_msg), false;
            if (!to_intptr(w, target)) return false;
            if (*target < 0) {
                if (part == 0)
                    c->left = true, *target = -*target;
                else
                    *target = 0;
            }
        } else {
            while (i < n && d[i] >= '0' && d[i] <= '9') {
                if (*target < 0) *target = 0;
                *target = *target * 10 + (d[i++] - '0');
            }
        }
    }
    while (i < n && (d[i] == 'h' || d[i] == 'l' || d[i] == 'L')) ++i;
    if (i >= n) return raise_value_error("incomplete format"_msg), false;
    c->type = d[i++];
    *at = i;
    return true;
}

// %s %r %a of a str format (%s and %a of bytes too): the value's text, cut to the precision.
[[gnu::noinline]] bool convert_text(Percent& p, Value val, const Conv& c) {
    Value s = c.type == 's' ? to_str(val) : (c.type == 'r' && p.t.is_str) ? repr(val) : ascii_repr(val);
    if (!s) return false;
    string_view body = as_str(s)->view();
    size_t chars = as_str(s)->char_count();
    if (c.prec >= 0 && static_cast<size_t>(c.prec) < chars) {
        chars = static_cast<size_t>(c.prec);
        body = body.substr(0, unicode::byte_offset(body.data(), body.size(), chars));
    }
    return pad(p.sb, body, p.t.is_str ? chars : body.size(), c);
}

// %b and %s of a bytes format: a buffer, or what __bytes__ gives.
[[gnu::noinline]] bool convert_bytes(Percent& p, Value val, const Conv& c) {
    Value s;
    string_view body;
    if (!get_buffer(val, &body)) {
        if ((type_of(val)->flags & type_flag_user) && has_method(val, &q_dunder_bytes)) {
            s = call_method(val, &q_dunder_bytes, 0, nullptr);
            if (!s) return false;
        }
        if (!s || !get_buffer(s, &body)) {
            raise_type_error(
                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'"_msg,
                val);
            return false;
        }
    }
    if (c.prec >= 0 && static_cast<size_t>(c.prec) < body.size()) body = body.substr(0, c.prec);
    return pad(p.sb, body, body.size(), c);
}

// %c: a code point (a byte for bytes) or a one-character str (a one-byte buffer).
[[gnu::noinline]] bool convert_char(Percent& p, Value val, const Conv& c) {
    const TextSelf& t = p.t;
    char buf[4];
    size_t len = 0;
    if (is_int(val)) {
        intptr_t cp;
        if (!to_intptr(val, &cp)) return false;
        if (cp < 0 || cp > (t.is_str ? 0x10FFFF : 255))
            return raise_overflow_error(t.is_str ? "%%c arg not in range(0x110000)"_msg
                                                 : "%%c arg not in range(256)"_msg),
                   false;
        if (t.is_str)
            len = unicode::encode(static_cast<uint32_t>(cp), buf);
        else
            buf[0] = static_cast<char>(cp), len = 1;
    } else if (t.is_str && str_of(val) && str_of(val)->char_count() == 1) {
        len = str_of(val)->len;
        memcpy(buf, str_of(val)->data, len);
    } else if (!t.is_str && get_buffer(val, nullptr)) {
        string_view b;
        get_buffer(val, &b);
        if (b.size() != 1)
            return raise_type_error("%%c requires an integer in range(256) or a single byte"_msg), false;
        buf[0] = b[0], len = 1;
    } else {
        raise_type_error(t.is_str ? "%%c requires int or char"_msg
                                  : "%%c requires an integer in range(256) or a single byte"_msg);
        return false;
    }
    return pad(p.sb, {buf, len}, 1, c);
}

// CPython's words: the character itself where it is printable ASCII (for bytes, ASCII), else '?', and its
// code in hex without leading zeros. `at` is the index of the character's first byte.
[[gnu::noinline]] void raise_unsupported(const TextSelf& t, size_t at) {
    const char* d = t.data;
    uint32_t ch = static_cast<uint8_t>(d[at]);
    if (t.is_str && ch >= 0x80) {
        size_t k = at;
        ch = unicode::decode(d, t.len, &k);
    }
    char shown = (t.is_str ? ch >= 31 && ch <= 126 : ch < 0x80) ? char(ch) : '?';
    size_t idx = t.is_str ? unicode::char_count(d, at) : at;
    raise_value_error("unsupported format character '%c' (0x%x) at index %zu"_msg, shown, unsigned(ch), idx);
}

// One conversion of type c.type with its value; `at` is where the type character is.
bool convert(Percent& p, Value val, const Conv& c, size_t at) {
    bool is_str = p.t.is_str;
    switch (c.type) {
        case 's':
            if (!is_str) return convert_bytes(p, val, c);
            return convert_text(p, val, c);
        case 'r':
        case 'a': return convert_text(p, val, c);
        case 'b':
            if (is_str) break;
            return convert_bytes(p, val, c);
        case 'c': return convert_char(p, val, c);
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': return format_numeric(p.sb, val, c);
        default: break;
    }
    raise_unsupported(p.t, at);
    return false;
}

// The arguments: a tuple's items, a mapping for %(key)s, or the one value.
[[gnu::noinline]] bool percent_setup(Percent& p, Value fmt_v, const Value* args) {
    if (!text_self(fmt_v, &p.t)) return false;
    Value args_v = *args;
    p.items = args;
    p.n_items = 1;
    p.argi = 0;
    Value nat = native_of(args_v);
    if (is_type(nat, &tuple_type)) {
        p.items = nat.as<Tuple>()->items;
        p.n_items = nat.as<Tuple>()->len;
    } else if (!str_of(args_v) && !get_buffer(args_v, nullptr) &&
               (is_instance(args_v, &dict_type) || is_instance(args_v, &list_type) ||
                ((type_of(args_v)->flags & type_flag_user) && has_method(args_v, &q_dunder_getitem)))) {
        p.mapping = args_v;
    }
    return true;
}

}  // namespace

[[gnu::noinline]] Value percent_format(Value fmt_v, Value args_v) {
    Percent p;
    if (!percent_setup(p, fmt_v, &args_v)) return {};
    const char* d = p.t.data;
    size_t n = p.t.len, i = 0;
    while (i < n) {
        if (d[i] != '%') {
            const char* q = static_cast<const char*>(memchr(d + i, '%', n - i));
            size_t j = q ? static_cast<size_t>(q - d) : n;
            p.sb.append({d + i, j - i});
            i = j;
            continue;
        }
        ++i;
        Value val;
        if (i < n && d[i] == '(') {
            ++i;
            if (!(val = mapping_value(p, &i))) return {};
        }
        Conv c;
        if (!parse_conv(p, &i, &c)) return {};
        if (c.type == '%') {
            p.sb.append_byte('%');
            continue;
        }
        if (!val && !(val = next_arg(p))) return {};
        if (!convert(p, val, c, i - 1)) return {};
    }
    if (p.argi < p.n_items && !p.mapping)
        return raise_type_error("not all arguments converted during string formatting"_msg);
    return text_finish(p.sb, p.t);
}

}  // namespace core
