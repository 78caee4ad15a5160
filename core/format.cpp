// The format-spec mini-language, format(), str.format / format_map, ascii(), and the f-string helpers.
#include <string.h>

#include "core/config.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

using std::string_view;

namespace {
bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a decimal number at spec[*i]; -1 when there is none. Caps at a value no output could reach.
bool read_number(string_view spec, size_t* i, int* out) {
    if (*i >= spec.size() || !is_digit(spec[*i])) return true;
    long v = 0;
    while (*i < spec.size() && is_digit(spec[*i])) {
        v = v * 10 + (spec[(*i)++] - '0');
        if (v > 0x7FFFFFF) {
            raise_value_error("Too many decimal digits in format string"_msg);
            return false;
        }
    }
    *out = static_cast<int>(v);
    return true;
}

// Parses as CPython's parse_internal_render_format_spec; `what` names the type in the error message.
// Out of line, as format_str_value: format_spec's frame stays on the C stack under a number's formatting.
[[gnu::noinline]] bool parse_spec(string_view spec, FormatSpec* out, const char* what, bool* z_flag) {
    *out = FormatSpec{};
    *z_flag = false;
    size_t i = 0, n = spec.size();
    bool fill_given = false;
    if (n > 0) {
        size_t j = 0;
        uint32_t c = unicode::decode(spec.data(), n, &j);
        if (j < n && is_align(spec[j])) {
            out->fill = c;
            out->align = spec[j];
            fill_given = true;
            i = j + 1;
        } else if (is_align(spec[0])) {
            out->align = spec[0];
            i = 1;
        }
    }
    if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out->sign = spec[i++];
#if MBPY_FORMAT_SPEC_EXTRA
    if (i < n && spec[i] == 'z') *z_flag = true, ++i;
#endif
    if (i < n && spec[i] == '#') out->alternate = true, ++i;
    if (i < n && spec[i] == '0') {
        // Sign-aware zero padding, unless an explicit fill was given.
        out->zero_pad = true;
        if (!fill_given) out->fill = '0';
        ++i;
    }
    if (!read_number(spec, &i, &out->width)) return false;
#if MBPY_FORMAT_SPEC_EXTRA
    if (i < n && (spec[i] == ',' || spec[i] == '_')) out->grouping = spec[i++];
    if (i < n && (spec[i] == ',' || spec[i] == '_')) {
        raise_value_error("Cannot specify both ',' and '_'."_msg);
        return false;
    }
#else
    if (i < n && spec[i] == ',') out->grouping = spec[i++];
#endif
    if (i < n && spec[i] == '.') {
        ++i;
        size_t before = i;
        if (!read_number(spec, &i, &out->precision)) return false;
        if (i == before) {
            raise_value_error("Format specifier missing precision"_msg);
            return false;
        }
    }
    if (n - i > 1) {
        Value sv = what ? make_str(spec) : Value();
        if (sv)
            raise_value_error("Invalid format specifier '%q' for object of type '%s'"_msg, sv.as<Str>(),
                              what);
        else if (!pending())
            raise_value_error("Invalid format specifier"_msg);
        return false;
    }
    if (i < n) out->type = spec[i];
    if (out->grouping && out->type && !strchr("deEfFgG%", out->type) &&
        !(MBPY_FORMAT_SPEC_EXTRA && out->grouping == '_' && strchr("bxXo", out->type))) {
        raise_value_error("Cannot specify '%c' with '%c'."_msg, out->grouping, out->type);
        return false;
    }
    return true;
}

[[gnu::noinline]] bool format_str_value(StrBuilder& out, const Str* s, const FormatSpec& spec) {
    if (spec.type && spec.type != 's') {
        raise_value_error("Unknown format code '%c' for object of type 'str'"_msg, spec.type);
        return false;
    }
    if (spec.sign) {
        raise_value_error("Sign not allowed in string format specifier"_msg);
        return false;
    }
    if (spec.alternate) {
        raise_value_error("Alternate form (#) not allowed in string format specifier"_msg);
        return false;
    }
    if (spec.align == '=') {
        raise_value_error("'=' alignment not allowed in string format specifier"_msg);
        return false;
    }
    if (spec.grouping) {
        raise_value_error("Cannot specify '%c' with 's'."_msg, spec.grouping);
        return false;
    }
    string_view body = s->view();
    size_t chars = s->char_count();
    if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < chars) {
        chars = static_cast<size_t>(spec.precision);
        body = body.substr(0, unicode::byte_offset(body.data(), body.size(), chars));
    }
    return pad_formatted(out, body, chars, spec, '<');
}

bool is_number(Value v) {
    const Type* t = type_of(v);
    return t == &int_type || t == &bool_type || t == &float_type || is_complex(v);
}

#if MBPY_FORMAT_SPEC_EXTRA
// z flag: a rendered negative zero ("-0.00") loses its minus sign (or gets the requested sign).
string_view strip_negative_zero(StrBuilder& body, char sign) {
    char* d = body.data();
    size_t n = body.size();
    string_view all(d, n);
    if (n == 0 || d[0] != '-') return all;
    for (size_t i = 1; i < n; ++i)
        if (is_digit(d[i]) && d[i] != '0') return all;
    if (sign == '+' || sign == ' ') {
        d[0] = sign;
        return all;
    }
    return all.substr(1);
}
#endif
}  // namespace

bool parse_format_spec(string_view spec, FormatSpec* out) {
    bool z;
    return parse_spec(spec, out, nullptr, &z);
}

bool pad_formatted(StrBuilder& out, string_view body, size_t body_chars, const FormatSpec& spec,
                   char default_align) {
    FormatSpec s = spec;
    s.align = spec.align ? spec.align : (spec.zero_pad && default_align == '>') ? '=' : default_align;
    s.zero_pad = false;  // the fill is the spec's as given (layout's '0' rule is for numbers)
    s.sign = 0;          // a sign is part of the body here
    // '=': the padding goes after the sign.
    size_t p = s.align == '=' && !body.empty() && (body[0] == '+' || body[0] == '-' || body[0] == ' ');
    return layout(out, s, false, body.substr(0, p), body.substr(p), 0, 3, body.size() - body_chars);
}

namespace {
// A str or a number under a non-empty spec.
[[gnu::noinline]] Value format_spec(Value v, string_view spec) {
    const Str* s = str_of(v);
    if (!s && !is_number(v)) {
        return raise_type_error("unsupported format string passed to %T.__format__"_msg, v);
    }
    FormatSpec fs;
    bool z;
    if (!parse_spec(spec, &fs, type_name(v), &z)) return {};
    StrBuilder sb;
    if (s) {
        if (!format_str_value(sb, s, fs)) return {};
#if MBPY_FORMAT_SPEC_EXTRA
    } else if (z && type_of(v) != &float_type && !is_complex(v)) {
        return raise_value_error("Negative zero coercion (z) not allowed in integer format specifier"_msg);
    } else if (z) {
        // Render without padding, fix the sign, then pad.
        FormatSpec inner = fs;
        inner.width = -1;
        inner.zero_pad = false;
        StrBuilder body;
        if (!format_number(body, v, inner)) return {};
        if (body.failed()) return {};
        string_view b = strip_negative_zero(body, fs.sign);
        if (!pad_formatted(sb, b, unicode::char_count(b.data(), b.size()), fs, '>')) return {};
#endif
    } else if (!format_number(sb, v, fs)) {
        return {};
    }
    if (sb.failed()) return {};
    return sb.finish();
}
}  // namespace

// An instance of a class statement's class: its own __format__ (object's is the native one), else its
// native part's or its str. Out of format_value's frame, as format_spec: format_value stays on the C
// stack under every `'{}'.format(x)`.
[[gnu::noinline]] static Value format_user(Value v, string_view spec) {
    Value meth;
    Lookup l = lookup_attr(v, &q_dunder_format, &meth);
    if (l == Lookup::Error) return {};
    if (l == Lookup::Found && meth.is_obj() && meth.obj()->type != &native_function_type) {
        Value s = make_str(spec);
        if (!s) return {};
        Value r = call1(meth, s);
        if (!r) return {};
        if (!str_of(r)) return raise_type_error("__format__ must return a str, not %T"_msg, r);
        return r;
    }
    if (spec.empty()) return to_str(v);
    return format_spec(native_of(v), spec);
}

Value format_value(Value v, string_view spec) {
    if (type_of(v)->flags & type_flag_user) return format_user(v, spec);
    if (spec.empty()) return to_str(v);
    return format_spec(v, spec);
}

Value ascii_repr(Value v) {
    Value r = repr(v);
    if (!r) return {};
    const Str* s = as_str(r);
    if (s->is_ascii()) return r;
    StrBuilder sb;
    Printer p = sb.printer();
    for (size_t i = 0; i < s->len;) {
        size_t at = i;
        uint32_t c = unicode::decode(s->data, s->len, &i);
        if (c < 0x80)
            sb.append({s->data + at, 1});
        else
            print_hex_escape(p, c);
    }
    if (sb.failed()) return {};
    return sb.finish();
}

Value fstring_value(Value v, int conversion, Value spec) {
    if (!spec && (conversion == 0 || conversion == 's') && v.is_small()) return str_from_int(v.small_value());
    if (conversion == 'r')
        v = repr(v);
    else if (conversion == 's')
        v = to_str(v);
    else if (conversion == 'a')
        v = ascii_repr(v);
    if (!v) return {};
    if (!spec && str_of(v)) return v;
    return format_value(v, spec ? as_str(spec)->view() : string_view());
}

Value fstring_join(size_t n, const Value* parts) {
    if (n == 1 && str_of(parts[0])) return parts[0];
    // Sizes first, then one exact allocation (code points summed, not counted).
    size_t bytes = 0, chars = 0;
    for (size_t i = 0; i < n; ++i) {
        const Str* s = str_of(parts[i]);
        if (!s) return raise_type_error("can only join str (not \"%T\")"_msg, parts[i]);
        bytes += s->len;
        chars += s->char_count();
    }
    if (bytes <= 1) {
        for (size_t i = 0; i < n; ++i)
            if (str_of(parts[i])->len) return make_text(&str_type, str_of(parts[i])->view(), 1);
        return make_text(&str_type, {}, 0);
    }
    Str* r = str_alloc(&str_type, bytes);
    if (!r) return {};
    char* out = str_text(r);
    for (size_t i = 0; i < n; ++i) {
        const Str* s = str_of(parts[i]);
        memcpy(out, s->data, s->len);
        out += s->len;
    }
    return str_seal(r, chars);
}

}  // namespace core
