// Methods shared by str, bytes and bytearray: search, padding, stripping, case, predicates, join, replace.
// One implementation serves all three (as MicroPython's objstr.c does): str counts and indexes code
// points, bytes count bytes, and results have the type of `self`.
#include <string.h>

#include "core/config.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

namespace {

using std::string_view;

// Next character of t at byte offset *i: a code point for str, a byte for bytes.
uint32_t next_char(const TextSelf& t, size_t* i) {
    if (!t.is_str) return static_cast<uint8_t>(t.data[(*i)++]);
    return unicode::decode(t.data, t.len, i);
}

size_t to_byte(const TextSelf& t, intptr_t c) {
    if (t.chars == t.len) return static_cast<size_t>(c);
    return unicode::byte_offset(t.data, t.len, static_cast<size_t>(c));
}
intptr_t to_char(const TextSelf& t, size_t b) {
    if (t.chars == t.len) return static_cast<intptr_t>(b);
    return static_cast<intptr_t>(unicode::char_count(t.data, b));
}
size_t chars_of(const TextSelf& t, string_view s) {
    return t.is_str ? unicode::char_count(s.data(), s.size()) : s.size();
}

// Optional start/end arguments at pos[i], pos[i+1], as character indices (start may exceed the length).
bool get_bounds(const TextSelf& t, const Args& a, size_t i, intptr_t* s, intptr_t* e) {
    intptr_t n = static_cast<intptr_t>(t.chars);
    *s = 0;
    *e = n;
    if (a.n_pos > i && a.pos[i] != none()) {
        if (!to_index(a.pos[i], s)) return false;
        if (*s < 0 && (*s += n) < 0) *s = 0;
    }
    if (a.n_pos > i + 1 && a.pos[i + 1] != none()) {
        if (!to_index(a.pos[i + 1], e)) return false;
        if (*e < 0) {
            if ((*e += n) < 0) *e = 0;
        } else if (*e > n) {
            *e = n;
        }
    }
    return true;
}

// Byte offset of the first (last when reverse) occurrence of sub in hay, or -1.
intptr_t search(string_view hay, string_view sub, bool reverse) {
    if (sub.size() > hay.size()) return -1;
    size_t last = hay.size() - sub.size();
    if (!reverse) {
        size_t at = hay.find(sub);  // memchr for the first byte, then a compare
        return at == string_view::npos ? -1 : static_cast<intptr_t>(at);
    } else {
        for (size_t i = last + 1; i-- > 0;)
            if (memcmp(hay.data() + i, sub.data(), sub.size()) == 0) return static_cast<intptr_t>(i);
    }
    return -1;
}

// The needle of find/count/index: of self's kind, or for bytes also an int 0..255.
bool needle_arg(const TextSelf& t, Value v, string_view* out, char* byte) {
    if (!t.is_str && is_int(v)) {
        intptr_t b;
        if (!to_intptr(v, &b)) return false;
        if (b < 0 || b > 255) {
            raise_value_error("byte must be in range(0, 256)"_msg);
            return false;
        }
        *byte = static_cast<char>(b);
        *out = string_view(byte, 1);
        return true;
    }
    return text_arg(t, v, out);
}

// find/rfind/index/rindex/count share the argument handling. mode: 'f' find, 'i' index, 'c' count.
Value find_common(const Args& a, bool reverse, char mode) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    string_view sub;
    char byte;
    if (!needle_arg(t, a.pos[1], &sub, &byte)) return {};
    intptr_t s, e;
    if (!get_bounds(t, a, 2, &s, &e)) return {};
    intptr_t sub_chars = static_cast<intptr_t>(chars_of(t, sub));
    if (e - s < sub_chars) {
        if (mode == 'c') return Value::small(0);
        if (mode == 'i')
            return raise_value_error(t.is_str ? "substring not found"_msg : "subsection not found"_msg);
        return Value::small(-1);
    }
    size_t b0 = to_byte(t, s), b1 = to_byte(t, e);
    string_view hay(t.data + b0, b1 - b0);
    if (mode == 'c') {
        if (sub.empty()) return make_int(e - s + 1);
        intptr_t n = 0;
        for (size_t i = 0; (i = hay.find(sub, i)) != string_view::npos; i += sub.size()) ++n;
        return make_int(n);
    }
    intptr_t at = search(hay, sub, reverse);
    if (at < 0) {
        if (mode == 'i')
            return raise_value_error(t.is_str ? "substring not found"_msg : "subsection not found"_msg);
        return Value::small(-1);
    }
    return make_int(to_char(t, b0 + static_cast<size_t>(at)));
}

Value str_find(const Args& a) { return find_common(a, false, 'f'); }
Value str_rfind(const Args& a) { return find_common(a, true, 'f'); }
Value str_index(const Args& a) { return find_common(a, false, 'i'); }
Value str_rindex(const Args& a) { return find_common(a, true, 'i'); }
Value str_count(const Args& a) { return find_common(a, false, 'c'); }

Value starts_ends(const Args& a, bool ends, const char* fname) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    intptr_t s, e;
    if (!get_bounds(t, a, 2, &s, &e)) return {};
    Value arg = a.pos[1];
    size_t n = 1;
    const Value* items = &arg;
    if (is_type(arg, &tuple_type)) {
        n = arg.as<Tuple>()->len;
        items = arg.as<Tuple>()->items;
    }
    for (size_t k = 0; k < n; ++k) {
        string_view p;
        bool ok = t.is_str ? (str_of(items[k]) != nullptr) : get_buffer(items[k], &p);
        if (!ok) {
            if (items == &arg)
                return raise_type_error("%s first arg must be %s or a tuple of %s, not %T"_msg, fname,
                                        t.is_str ? "str" : "bytes", t.is_str ? "str" : "bytes", arg);
            return raise_type_error("tuple for %s must only contain %s, not %T"_msg, fname,
                                    t.is_str ? "str" : "bytes", items[k]);
        }
        if (t.is_str) p = str_of(items[k])->view();
        intptr_t pc = static_cast<intptr_t>(chars_of(t, p));
        if (e - s < pc) continue;
        size_t b0 = to_byte(t, s), b1 = to_byte(t, e);
        string_view hay(t.data + b0, b1 - b0);
        bool hit = ends ? hay.size() >= p.size() &&
                              memcmp(hay.data() + hay.size() - p.size(), p.data(), p.size()) == 0
                        : hay.size() >= p.size() && memcmp(hay.data(), p.data(), p.size()) == 0;
        if (hit) return py_bool(true);
    }
    return py_bool(false);
}
Value str_startswith(const Args& a) { return starts_ends(a, false, "startswith"); }
Value str_endswith(const Args& a) { return starts_ends(a, true, "endswith"); }

#if MBPY_STR_METHODS_EXTRA
// ---- padding ----------------------------------------------------------------------------------------

Value pad_common(const Args& a, char how) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    intptr_t width;
    if (!to_index(a.pos[1], &width)) return {};
    string_view fill = " ";
    if (a.n_pos > 2) {
        string_view f;
        if (t.is_str) {
            const Str* fs = str_of(a.pos[2]);
            if (!fs)
                return raise_type_error("The fill character must be a unicode character, not %T"_msg,
                                        a.pos[2]);
            if (fs->char_count() != 1)
                return raise_type_error("The fill character must be exactly one character long"_msg);
            f = fs->view();
        } else if (!get_buffer(a.pos[2], &f) || f.size() != 1) {
            return raise_type_error("argument 2 must be a byte string of length 1, not %T"_msg, a.pos[2]);
        }
        fill = f;
    }
    intptr_t n = static_cast<intptr_t>(t.chars);
    if (width <= n) return text_make(t, {t.data, t.len});
    intptr_t marg = width - n, left = 0;
    if (how == '>')
        left = marg;
    else if (how == '^')
        left = marg / 2 + (marg & width & 1);
    StrBuilder sb;
    sb.append_repeat(fill, static_cast<size_t>(left));
    sb.append({t.data, t.len});
    sb.append_repeat(fill, static_cast<size_t>(marg - left));
    if (sb.failed()) return {};
    return text_make(t, {sb.data(), sb.size()});
}
Value str_center(const Args& a) { return pad_common(a, '^'); }
Value str_ljust(const Args& a) { return pad_common(a, '<'); }
Value str_rjust(const Args& a) { return pad_common(a, '>'); }

Value str_zfill(const Args& a) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    intptr_t width;
    if (!to_index(a.pos[1], &width)) return {};
    intptr_t n = static_cast<intptr_t>(t.chars);
    if (width <= n) return text_make(t, {t.data, t.len});
    StrBuilder sb;
    size_t i = 0;
    if (t.len > 0 && (t.data[0] == '+' || t.data[0] == '-')) sb.append_byte(t.data[i++]);
    sb.append_repeat("0", static_cast<size_t>(width - n));
    sb.append({t.data + i, t.len - i});
    if (sb.failed()) return {};
    return text_make(t, {sb.data(), sb.size()});
}

Value str_expandtabs(const Args& a) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    intptr_t tab = 8;
    Value kw = kwarg(a, "tabsize");
    if (a.n_pos > 1) kw = a.pos[1];
    if (kw && !to_index(kw, &tab)) return {};
    StrBuilder sb;
    intptr_t col = 0;
    for (size_t i = 0; i < t.len;) {
        size_t start = i;
        uint32_t c = next_char(t, &i);
        if (c == '\t') {
            if (tab > 0) {
                intptr_t spaces = tab - col % tab;
                if (!sb.append_repeat(" ", static_cast<size_t>(spaces))) return {};
                col += spaces;
            }
        } else {
            sb.append({t.data + start, i - start});
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    if (sb.failed()) return {};
    return text_make(t, {sb.data(), sb.size()});
}
#endif

// ---- stripping ------------------------------------------------------------------------------------

Value strip_common(const Args& a, bool left, bool right) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    string_view chars;
    bool ws = a.n_pos < 2 || a.pos[1] == none();
    if (!ws && !text_arg(t, a.pos[1], &chars)) return {};
#if MBPY_STR_FAST_PATHS
    if (t.chars == t.len && t.type != &bytearray_type) {
        // ASCII self (or bytes): a byte set of what to strip; a non-ASCII char of `chars` never matches.
        uint32_t set[8] = {};
        if (ws) {
            for (char c : string_view(" \t\n\v\f\r")) set[c >> 5] |= 1u << (c & 31);
            if (t.is_str)
                for (int c = 0x1C; c <= 0x1F; ++c) set[c >> 5] |= 1u << (c & 31);
        } else {
            for (char ch : chars) {
                uint8_t c = static_cast<uint8_t>(ch);
                if (c < 0x80 || !t.is_str) set[c >> 5] |= 1u << (c & 31);
            }
        }
        auto in = [&set](char ch) {
            uint8_t c = static_cast<uint8_t>(ch);
            return (set[c >> 5] >> (c & 31)) & 1;
        };
        size_t b = 0, e = t.len;
        if (left)
            while (b < e && in(t.data[b])) ++b;
        if (right)
            while (e > b && in(t.data[e - 1])) --e;
        if (b == 0 && e == t.len && is_str(a.pos[0])) return a.pos[0];
        return text_make(t, {t.data + b, e - b});
    }
#endif
    TextSelf ct = t;
    ct.data = chars.data();
    ct.len = chars.size();
    auto strip_this = [&](uint32_t c) {
        if (ws) return t.is_str ? unicode::is_space(c) : (c < 0x80 && is_ascii_space(static_cast<char>(c)));
        for (size_t j = 0; j < ct.len;)
            if (next_char(ct, &j) == c) return true;
        return false;
    };
    size_t b = 0, e = t.len;
    if (left) {
        while (b < e) {
            size_t j = b;
            if (!strip_this(next_char(t, &j))) break;
            b = j;
        }
    }
    if (right) {
        while (e > b) {
            size_t j = e - 1;
            if (t.is_str)
                while (j > b && unicode::is_continuation(static_cast<uint8_t>(t.data[j]))) --j;
            size_t k = j;
            if (!strip_this(next_char(t, &k))) break;
            e = j;
        }
    }
    return text_make(t, {t.data + b, e - b});
}
Value str_strip(const Args& a) { return strip_common(a, true, true); }
Value str_lstrip(const Args& a) { return strip_common(a, true, false); }
Value str_rstrip(const Args& a) { return strip_common(a, false, true); }

#if MBPY_STR_METHODS_EXTRA
Value str_removeprefix(const Args& a) {
    TextSelf t;
    string_view p;
    if (!text_self(a.pos[0], &t) || !text_arg(t, a.pos[1], &p)) return {};
    string_view s(t.data, t.len);
    if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
    return text_make(t, s);
}
Value str_removesuffix(const Args& a) {
    TextSelf t;
    string_view p;
    if (!text_self(a.pos[0], &t) || !text_arg(t, a.pos[1], &p)) return {};
    string_view s(t.data, t.len);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p) s.remove_suffix(p.size());
    return text_make(t, s);
}

#endif

// ---- case --------------------------------------------------------------------------------------------

// mode: 'u' upper, 'l' lower, 's' swapcase, 'c' capitalize, 't' title, 'f' casefold.
#if MBPY_STR_FAST_PATHS
// The case mappings on ASCII text (str or bytes): one byte in, one byte out, into an exact allocation.
Value case_ascii(const TextSelf& t, char mode) {
    Str* r = str_alloc(t.type, t.len);
    if (!r) return {};
    char* out = str_text(r);
    bool prev_cased = false;
    for (size_t i = 0; i < t.len; ++i) {
        char c = t.data[i];
        bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        bool to_up;
        switch (mode) {
            case 'u': to_up = true; break;
            case 's': to_up = lower; break;
            case 'c': to_up = i == 0; break;
            case 't': to_up = !prev_cased; break;
            default: to_up = false; break;  // lower, casefold
        }
        if (to_up && lower)
            c = static_cast<char>(c - 32);
        else if (!to_up && upper)
            c = static_cast<char>(c + 32);
        out[i] = c;
        prev_cased = upper || lower;
    }
    return str_seal(r, t.len);
}
#endif

Value case_common(const Args& a, char mode) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
#if MBPY_STR_FAST_PATHS
    if (t.chars == t.len && t.type != &bytearray_type && t.len > 0) return case_ascii(t, mode);
#endif
    StrBuilder sb;
    if (!sb.reserve(t.len)) return {};
    bool prev_cased = false, first = true;
    for (size_t i = 0; i < t.len;) {
        uint32_t c = next_char(t, &i);
        char kind;  // which mapping applies to this character
        switch (mode) {
            case 's': kind = unicode::is_upper(c) ? 'l' : unicode::is_lower(c) ? 'u' : 0; break;
            case 'c': kind = first ? 't' : 'l'; break;
            case 't': kind = prev_cased ? 'l' : 't'; break;
            default: kind = mode; break;
        }
        first = false;
        prev_cased = t.is_str ? unicode::is_cased(c) : (c < 0x80 && unicode::is_cased(c));
        if (!t.is_str) {
            if (c < 0x80 && kind) c = (kind == 'l') ? unicode::to_lower(c) : unicode::to_upper(c);
            sb.append_byte(static_cast<char>(c));
            continue;
        }
        string_view special = kind ? unicode::special_case(c, kind) : string_view();
        if (!special.empty()) {
            sb.append(special);
            continue;
        }
        if (kind == 'u')
            c = unicode::to_upper(c);
        else if (kind == 'l' || kind == 'f')
            c = unicode::to_lower(c);
        else if (kind == 't')
            c = unicode::to_title(c);
        sb.append_char(c);
    }
    return text_finish(sb, t);
}
Value str_upper(const Args& a) { return case_common(a, 'u'); }
Value str_lower(const Args& a) { return case_common(a, 'l'); }
#if MBPY_STR_METHODS_EXTRA
Value str_swapcase(const Args& a) { return case_common(a, 's'); }
Value str_capitalize(const Args& a) { return case_common(a, 'c'); }
Value str_title(const Args& a) { return case_common(a, 't'); }
Value str_casefold(const Args& a) { return case_common(a, 'f'); }
#endif

// ---- predicates -------------------------------------------------------------------------------------

// Every character satisfies `pred` (and there is at least one).
template <class Pred>
Value all_chars(const Args& a, Pred pred) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    if (t.len == 0) return py_bool(false);
    for (size_t i = 0; i < t.len;) {
        uint32_t c = next_char(t, &i);
        if (!t.is_str && c >= 0x80) return py_bool(false);
        if (!pred(c)) return py_bool(false);
    }
    return py_bool(true);
}
Value str_isalpha(const Args& a) { return all_chars(a, unicode::is_alpha); }
Value str_isdigit(const Args& a) { return all_chars(a, unicode::is_digit); }
Value str_isspace(const Args& a) { return all_chars(a, unicode::is_space); }
#if MBPY_STR_METHODS_EXTRA
Value str_isalnum(const Args& a) {
    return all_chars(a, [](uint32_t c) { return unicode::is_alpha(c) || unicode::is_numeric(c); });
}
Value str_isascii(const Args& a) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    for (size_t i = 0; i < t.len; ++i)
        if (static_cast<uint8_t>(t.data[i]) >= 0x80) return py_bool(false);
    return py_bool(true);
}
#endif

// islower/isupper: at least one cased character and none of the other case.
Value case_pred(const Args& a, bool upper) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    bool cased = false;
    for (size_t i = 0; i < t.len;) {
        uint32_t c = next_char(t, &i);
        if (!t.is_str && c >= 0x80) continue;
        bool u = unicode::is_upper(c) || unicode::is_titlecase(c), l = unicode::is_lower(c);
        if (upper ? l : u) return py_bool(false);
        if (upper ? u : l) cased = true;
    }
    return py_bool(cased);
}
Value str_islower(const Args& a) { return case_pred(a, false); }
Value str_isupper(const Args& a) { return case_pred(a, true); }

#if MBPY_STR_METHODS_EXTRA
Value str_istitle(const Args& a) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < t.len;) {
        uint32_t c = next_char(t, &i);
        if (!t.is_str && c >= 0x80) c = 0;
        if (unicode::is_upper(c) || unicode::is_titlecase(c)) {
            if (prev_cased) return py_bool(false);
            prev_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!prev_cased) return py_bool(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return py_bool(cased);
}

#endif

// ---- join, replace, partition ------------------------------------------------------------------------

#if MBPY_STR_FAST_PATHS
// sep.join(items) for a str separator and a list or tuple of exact strs: sizes summed first, one
// allocation, no code-point counting. *other is set (and null returned) when an item is not an exact str.
Value join_strs(const TextSelf& t, const Value* items, size_t n, bool* other) {
    if (n == 0) return make_text(&str_type, {}, 0);
    size_t bytes = t.len * (n - 1), chars = t.chars * (n - 1);
    for (size_t k = 0; k < n; ++k) {
        if (!is_str(items[k])) {
            *other = true;
            return {};
        }
        const Str* s = items[k].as<Str>();
        bytes += s->len;
        chars += s->char_count();
    }
    if (n == 1) return items[0];
    Str* r = str_alloc(&str_type, bytes);
    if (!r) return {};
    char* out = str_text(r);
    for (size_t k = 0; k < n; ++k) {
        if (k > 0 && t.len) {
            if (t.len == 1)
                *out = *t.data;
            else
                memcpy(out, t.data, t.len);
            out += t.len;
        }
        const Str* s = items[k].as<Str>();
        memcpy(out, s->data, s->len);
        out += s->len;
    }
    return str_seal(r, chars);
}
#endif

Value str_join(const Args& a) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
#if MBPY_STR_FAST_PATHS
    if (t.type == &str_type && (is_type(a.pos[1], &list_type) || is_type(a.pos[1], &tuple_type))) {
        bool is_list = is_type(a.pos[1], &list_type);
        const Value* items = is_list ? a.pos[1].as<List>()->items : a.pos[1].as<Tuple>()->items;
        size_t n = is_list ? a.pos[1].as<List>()->len : a.pos[1].as<Tuple>()->len;
        bool other = false;
        Value r = join_strs(t, items, n, &other);
        if (!other) return r;
        // Some item is not an exact str: the general loop below gives the error or handles subclasses.
    }
#endif
    Value it = get_iter(a.pos[1]);
    if (!it) return {};
    StrBuilder sb;
    for (size_t k = 0;; ++k) {
        Value item = iter_next(it);
        if (!item) return {};
        if (item == stop_marker()) break;
        string_view part;
        if (t.is_str) {
            const Str* s = str_of(item);
            if (!s)
                return raise_type_error("sequence item %zu: expected str instance, %T found"_msg, k, item);
            part = s->view();
        } else if (!get_buffer(item, &part)) {
            return raise_type_error("sequence item %zu: expected a bytes-like object, %T found"_msg, k, item);
        }
        if (k > 0) sb.append({t.data, t.len});
        sb.append(part);
    }
    return text_finish(sb, t);
}

Value str_replace(const Args& a) {
    TextSelf t;
    string_view old_s, new_s;
    if (!text_self(a.pos[0], &t) || !text_arg(t, a.pos[1], &old_s) || !text_arg(t, a.pos[2], &new_s))
        return {};
    intptr_t count = -1;
    Value cv = a.n_pos > 3 ? a.pos[3] : kwarg(a, "count");
    if (cv && !to_index(cv, &count)) return {};
    if (count < 0) count = INTPTR_MAX;
#if MBPY_STR_FAST_PATHS
    if (!old_s.empty() && t.type != &bytearray_type) {
        // Count the matches (memchr/memcmp speed), then fill one exact allocation.
        string_view hay(t.data, t.len);
        size_t n = 0;
        for (size_t at = 0;
             static_cast<intptr_t>(n) < count && (at = hay.find(old_s, at)) != string_view::npos;
             at += old_s.size())
            ++n;
        if (n == 0) return t.type == &str_type && is_str(a.pos[0]) ? a.pos[0] : text_make(t, hay);
        size_t chars = count_chars;
        if (t.is_str) {
            const Str* os = str_of(a.pos[1]);
            const Str* ns = str_of(a.pos[2]);
            chars = t.chars - n * os->char_count() + n * ns->char_count();
        }
        Str* r = str_alloc(t.type, t.len - n * old_s.size() + n * new_s.size());
        if (!r) return {};
        char* out = str_text(r);
        size_t i = 0;
        for (size_t k = 0; k < n; ++k) {
            size_t at = hay.find(old_s, i);
            memcpy(out, t.data + i, at - i);
            out += at - i;
            memcpy(out, new_s.data(), new_s.size());
            out += new_s.size();
            i = at + old_s.size();
        }
        memcpy(out, t.data + i, t.len - i);
        return str_seal(r, chars);
    }
#endif
    StrBuilder sb;
    size_t i = 0;
    if (old_s.empty()) {
        // Insert `new` before every character and at the end, up to count times.
        intptr_t done = 0;
        while (done < count) {
            sb.append(new_s);
            ++done;
            if (i >= t.len) break;
            size_t j = i;
            next_char(t, &j);
            sb.append({t.data + i, j - i});
            i = j;
        }
        sb.append({t.data + i, t.len - i});
    } else {
        for (intptr_t done = 0; done < count; ++done) {
            intptr_t at = search({t.data + i, t.len - i}, old_s, false);
            if (at < 0) break;
            sb.append({t.data + i, static_cast<size_t>(at)});
            sb.append(new_s);
            i += static_cast<size_t>(at) + old_s.size();
        }
        sb.append({t.data + i, t.len - i});
    }
    return text_finish(sb, t);
}

#if MBPY_STR_METHODS_EXTRA
Value partition_common(const Args& a, bool reverse) {
    TextSelf t;
    string_view sep;
    if (!text_self(a.pos[0], &t) || !text_arg(t, a.pos[1], &sep)) return {};
    if (sep.empty()) return raise_value_error("empty separator"_msg);
    intptr_t at = search({t.data, t.len}, sep, reverse);
    Tuple* tup = new_tuple(3);
    if (!tup) return {};
    Value keep(tup);
    string_view parts[3];
    if (at < 0) {
        parts[reverse ? 2 : 0] = {t.data, t.len};
    } else {
        size_t p = static_cast<size_t>(at);
        parts[0] = {t.data, p};
        parts[1] = {t.data + p, sep.size()};
        parts[2] = {t.data + p + sep.size(), t.len - p - sep.size()};
    }
    for (int k = 0; k < 3; ++k) {
        Value v = text_make(t, parts[k]);
        if (!v) return {};
        tup->items[k] = v;
    }
    return keep;
}
Value str_partition(const Args& a) { return partition_common(a, false); }
Value str_rpartition(const Args& a) { return partition_common(a, true); }
#endif

}  // namespace

constexpr NativeFunction text_method_count = native(q_count, str_count, 2, 4);
constexpr NativeFunction text_method_endswith = native(q_endswith, str_endswith, 2, 4);
constexpr NativeFunction text_method_find = native(q_find, str_find, 2, 4);
constexpr NativeFunction text_method_index = native(q_index, str_index, 2, 4);
constexpr NativeFunction text_method_isalpha = native(q_isalpha, str_isalpha, 1, 1);
constexpr NativeFunction text_method_isdigit = native(q_isdigit, str_isdigit, 1, 1);
constexpr NativeFunction text_method_islower = native(q_islower, str_islower, 1, 1);
constexpr NativeFunction text_method_isspace = native(q_isspace, str_isspace, 1, 1);
constexpr NativeFunction text_method_isupper = native(q_isupper, str_isupper, 1, 1);
constexpr NativeFunction text_method_join = native(q_join, str_join, 2, 2);
constexpr NativeFunction text_method_lower = native(q_lower, str_lower, 1, 1);
constexpr NativeFunction text_method_lstrip = native(q_lstrip, str_lstrip, 1, 2);
constexpr NativeFunction text_method_replace = native(q_replace, str_replace, 3, 4, true);
constexpr NativeFunction text_method_rfind = native(q_rfind, str_rfind, 2, 4);
constexpr NativeFunction text_method_rindex = native(q_rindex, str_rindex, 2, 4);
constexpr NativeFunction text_method_rstrip = native(q_rstrip, str_rstrip, 1, 2);
constexpr NativeFunction text_method_startswith = native(q_startswith, str_startswith, 2, 4);
constexpr NativeFunction text_method_strip = native(q_strip, str_strip, 1, 2);
constexpr NativeFunction text_method_upper = native(q_upper, str_upper, 1, 1);
#if MBPY_STR_METHODS_EXTRA
constexpr NativeFunction text_method_capitalize = native(q_capitalize, str_capitalize, 1, 1);
constexpr NativeFunction text_method_casefold = native(q_casefold, str_casefold, 1, 1);
constexpr NativeFunction text_method_center = native(q_center, str_center, 2, 3);
constexpr NativeFunction text_method_expandtabs = native(q_expandtabs, str_expandtabs, 1, 2, true);
constexpr NativeFunction text_method_isalnum = native(q_isalnum, str_isalnum, 1, 1);
constexpr NativeFunction text_method_isascii = native(q_isascii, str_isascii, 1, 1);
constexpr NativeFunction text_method_istitle = native(q_istitle, str_istitle, 1, 1);
constexpr NativeFunction text_method_ljust = native(q_ljust, str_ljust, 2, 3);
constexpr NativeFunction text_method_partition = native(q_partition, str_partition, 2, 2);
constexpr NativeFunction text_method_removeprefix = native(q_removeprefix, str_removeprefix, 2, 2);
constexpr NativeFunction text_method_removesuffix = native(q_removesuffix, str_removesuffix, 2, 2);
constexpr NativeFunction text_method_rjust = native(q_rjust, str_rjust, 2, 3);
constexpr NativeFunction text_method_rpartition = native(q_rpartition, str_rpartition, 2, 2);
constexpr NativeFunction text_method_swapcase = native(q_swapcase, str_swapcase, 1, 1);
constexpr NativeFunction text_method_title = native(q_title, str_title, 1, 1);
constexpr NativeFunction text_method_zfill = native(q_zfill, str_zfill, 2, 2);
#endif

}  // namespace core
