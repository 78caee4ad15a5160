// split, rsplit and splitlines for str, bytes and bytearray.
#include <string.h>

#include "core/config.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

namespace {

using std::string_view;

// Whitespace test at byte offset i of t; *next gets the offset after the character.
bool space_at(const TextSelf& t, size_t i, size_t* next) {
    if (!t.is_str || static_cast<uint8_t>(t.data[i]) < 0x80) {
        *next = i + 1;
        char c = t.data[i];
        // str also treats \x1c..\x1f as whitespace; bytes only the six ASCII ones.
        return is_ascii_space(c) || (t.is_str && c >= 0x1C && c <= 0x1F);
    }
    *next = i;
    return unicode::is_space(unicode::decode(t.data, t.len, next));
}
// Start offset of the character that ends at byte offset `end` (> 0).
size_t prev_start(const TextSelf& t, size_t end) {
    size_t j = end - 1;
    if (t.is_str)
        while (j > 0 && unicode::is_continuation(static_cast<uint8_t>(t.data[j]))) --j;
    return j;
}

bool add_part(const TextSelf& t, List* out, string_view part) {
    Value v = text_make(t, part);
    return v && list_append(out, v);
}

#if MBPY_STR_FAST_PATHS || MBPY_STR_METHODS_EXTRA
// An empty list with room for n items, so the appends that follow never grow it.
List* list_with_room(size_t n) {
    List* l = new_list(n);
    if (l) l->len = 0;
    return l;
}
#endif

#if MBPY_STR_FAST_PATHS
// Words of ASCII whitespace-separated text (the common case of split()): counted first so the list is
// made once at its size.
// ASCII whitespace: the six of bytes, plus \x1c-\x1f for str.
inline bool ascii_space(char c, bool is_str) {
    uint8_t b = static_cast<uint8_t>(c);
    return b == ' ' || static_cast<uint8_t>(b - '\t') <= 4 || (is_str && static_cast<uint8_t>(b - 0x1C) <= 3);
}

size_t count_ascii_words(const char* d, size_t n, bool is_str) {
    auto space = [is_str](char c) { return ascii_space(c, is_str); };
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < n; ++i) {
        bool sp = space(d[i]);
        words += !sp && !in_word;
        in_word = !sp;
    }
    return words;
}
#endif

// Reverses the list in place (rsplit collects from the right).
void reverse_list(List* l) {
    for (size_t i = 0, j = l->len; i + 1 < j; ++i, --j) {
        Value tmp = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = tmp;
    }
}

Value split_common(const Args& a, bool reverse) {
    static const char* const allowed[] = {"sep", "maxsplit", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    Value sep_v = a.n_pos > 1 ? a.pos[1] : kwarg(a, "sep");
    Value max_v = a.n_pos > 2 ? a.pos[2] : kwarg(a, "maxsplit");
    intptr_t maxsplit = -1;
    if (max_v && !to_index(max_v, &maxsplit)) return {};
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
#if MBPY_STR_FAST_PATHS
    bool ascii = !t.is_str || t.chars == t.len;
    if ((!sep_v || sep_v == none()) && ascii && !reverse && maxsplit == INTPTR_MAX) {
        List* out = list_with_room(count_ascii_words(t.data, t.len, t.is_str));
        if (!out) return {};
        Value keep(out);
        size_t i = 0;
        for (;;) {
            while (i < t.len && ascii_space(t.data[i], t.is_str)) ++i;
            if (i >= t.len) break;
            size_t j = i;
            while (j < t.len && !ascii_space(t.data[j], t.is_str)) ++j;
            if (!add_part(t, out, {t.data + i, j - i})) return {};
            i = j;
        }
        return keep;
    }
#endif
    string_view sep;
    if (sep_v && sep_v != none()) {
        if (!text_arg(t, sep_v, &sep)) return {};
        if (sep.empty()) return raise_value_error("empty separator"_msg);
    }
#if MBPY_STR_FAST_PATHS
    size_t room = 0;
    if (!sep.empty()) {
        // Count the parts first (memchr/memmem speed), so the list is made once.
        string_view s(t.data, t.len);
        room = 1;
        for (size_t at = 0;
             room <= static_cast<size_t>(maxsplit) && (at = s.find(sep, at)) != string_view::npos;
             at += sep.size())
            ++room;
    }
    List* out = list_with_room(room);
#else
    List* out = new_list(0);
#endif
    if (!out) return {};
    Value keep(out);
    if (!sep_v || sep_v == none()) {
        if (!reverse) {
            size_t i = 0, nx;
            for (intptr_t n = 0;; ++n) {
                while (i < t.len && space_at(t, i, &nx)) i = nx;
                if (i >= t.len) break;
                if (n == maxsplit) {
                    if (!add_part(t, out, {t.data + i, t.len - i})) return {};
                    break;
                }
                size_t j = i;
                while (j < t.len && !space_at(t, j, &nx)) j = nx;
                if (!add_part(t, out, {t.data + i, j - i})) return {};
                i = j;
            }
        } else {
            size_t e = t.len, nx;
            for (intptr_t n = 0;; ++n) {
                while (e > 0 && space_at(t, prev_start(t, e), &nx)) e = prev_start(t, e);
                if (e == 0) break;
                if (n == maxsplit) {
                    if (!add_part(t, out, {t.data, e})) return {};
                    break;
                }
                size_t b = e;
                while (b > 0 && !space_at(t, prev_start(t, b), &nx)) b = prev_start(t, b);
                if (!add_part(t, out, {t.data + b, e - b})) return {};
                e = b;
            }
            reverse_list(out);
        }
        return keep;
    }
    string_view s(t.data, t.len);
    if (!reverse) {
        size_t i = 0;
        for (intptr_t n = 0; n < maxsplit; ++n) {
            size_t at = s.find(sep, i);
            if (at == string_view::npos) break;
            if (!add_part(t, out, s.substr(i, at - i))) return {};
            i = at + sep.size();
        }
        if (!add_part(t, out, s.substr(i))) return {};
    } else {
        size_t e = s.size();
        for (intptr_t n = 0; n < maxsplit && e >= sep.size(); ++n) {
            size_t at = s.rfind(sep, e - sep.size());
            if (at == string_view::npos) break;
            if (!add_part(t, out, s.substr(at + sep.size(), e - at - sep.size()))) return {};
            e = at;
        }
        if (!add_part(t, out, s.substr(0, e))) return {};
        reverse_list(out);
    }
    return keep;
}

Value str_split(const Args& a) { return split_common(a, false); }
Value str_rsplit(const Args& a) { return split_common(a, true); }

#if MBPY_STR_METHODS_EXTRA
// Length of the line break at t.data[i], or 0. str knows more breaks than bytes (\v \f \x1c-\x1e,
// U+0085, U+2028, U+2029).
size_t line_break_at(const TextSelf& t, size_t i) {
    char c = t.data[i];
    if (c == '\n') return 1;
    if (c == '\r') return (i + 1 < t.len && t.data[i + 1] == '\n') ? 2 : 1;
    if (!t.is_str) return 0;
    if (c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E)) return 1;
    uint8_t b = static_cast<uint8_t>(c);
    if (b == 0xC2 && i + 1 < t.len && static_cast<uint8_t>(t.data[i + 1]) == 0x85) return 2;
    if (b == 0xE2 && i + 2 < t.len && static_cast<uint8_t>(t.data[i + 1]) == 0x80 &&
        (static_cast<uint8_t>(t.data[i + 2]) == 0xA8 || static_cast<uint8_t>(t.data[i + 2]) == 0xA9))
        return 3;
    return 0;
}

// Calls fn(at, end) for each line break, [at, end) being the break; stops early when fn returns false.
// A byte above 0x1E other than the lead bytes of U+0085/U+2028/U+2029 never starts a line break.
template <class Fn>
bool for_each_line_break(const TextSelf& t, Fn fn) {
    auto plain = [](uint8_t b) { return b > 0x1E && b != 0xC2 && b != 0xE2; };
    for (size_t i = 0; i < t.len;) {
        size_t br = plain(static_cast<uint8_t>(t.data[i])) ? 0 : line_break_at(t, i);
        if (!br) {
            ++i;
            continue;
        }
        if (!fn(i, i + br)) return false;
        i += br;
    }
    return true;
}

Value str_splitlines(const Args& a) {
    static const char* const allowed[] = {"keepends", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    Value kv = a.n_pos > 1 ? a.pos[1] : kwarg(a, "keepends");
    int keepends = 0;
    if (kv && (keepends = truth(kv)) < 0) return {};
    // Count the lines first (so the list is made once at its size), then cut them.
    size_t lines = 0, tail = 0;
    for_each_line_break(t, [&](size_t, size_t end) {
        ++lines;
        tail = end;
        return true;
    });
    List* out = list_with_room(lines + (tail < t.len));
    if (!out) return {};
    Value keep(out);
    size_t start = 0;
    bool ok = for_each_line_break(t, [&](size_t at, size_t end) {
        if (!add_part(t, out, {t.data + start, (keepends ? end : at) - start})) return false;
        start = end;
        return true;
    });
    if (!ok) return {};
    if (start < t.len && !add_part(t, out, {t.data + start, t.len - start})) return {};
    return keep;
}
#endif

}  // namespace

constexpr NativeFunction text_method_split = native(q_split, str_split, 1, 3, true);
constexpr NativeFunction text_method_rsplit = native(q_rsplit, str_rsplit, 1, 3, true);
#if MBPY_STR_METHODS_EXTRA
constexpr NativeFunction text_method_splitlines = native(q_splitlines, str_splitlines, 1, 2, true);
#endif

}  // namespace core
