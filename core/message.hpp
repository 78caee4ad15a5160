// Error messages packed at compile time: "..."_msg replaces the most frequent words by one byte each.
//
// CPython's messages are long ("unpack_from requires a buffer of at least %d bytes ..."); they were the
// largest block of the firmware's read-only data. Each word of core/message_words.def (" argument",
// " must", ...) becomes the byte 0x80 + its index, so a message takes a little over half its bytes
// (MicroPython's ROM text compression does the same). Messages are ASCII (checked here at compile time),
// so the bytes 0x80-0xFF are free; a `%` conversion is never packed. Printer::vprintf expands the words
// while it formats, so a packed literal is used as a format wherever one is expected:
// `raise_type_error("can't convert %s to int"_msg, name)`, and `%m` prints a packed message passed
// as an argument. Identical messages are one object (one template instance). scripts/message-words
// chooses the words from the messages in the tree; a message it has not seen is still packed with the
// words there are. The host packs too: one code path, and the tests compare every message with CPython's.
#pragma once
#include <cstddef>
#include <cstdint>

namespace core {
namespace msg {

inline constexpr unsigned first_code = 0x80;  // the byte of word 0

// The words, for the packer (compile time only: nothing at run time reads this table).
inline constexpr const char* word_list[] = {
#define MBPY_MSG_WORD(text) text,
#include "core/message_words.def"
#undef MBPY_MSG_WORD
};
inline constexpr size_t word_count = sizeof word_list / sizeof word_list[0];
static_assert(word_count <= 256 - first_code, "one byte per word: at most 128 words");

constexpr size_t word_length(const char* w) {
    size_t n = 0;
    while (w[n]) ++n;
    return n;
}

inline void not_ascii() {}  // not constexpr: a call from the packer is a compile error

// Length of the % conversion at s[i] (Printer::vprintf's: %%, %s, %ld, %zu ...), copied unpacked.
constexpr size_t conversion_length(const char* s, size_t i, size_t n) {
    size_t k = i + 1;
    if (k < n && s[k] == 'l') ++k;
    if (k < n && s[k] == 'z') ++k;
    if (k < n) ++k;
    return k - i;
}

inline constexpr auto word_lengths = [] {
    struct {
        uint8_t n[word_count];
    } l{};
    for (size_t w = 0; w < word_count; ++w) l.n[w] = uint8_t(word_length(word_list[w]));
    return l;
}();

template <size_t N>
struct Literal {
    char text[N];
    consteval Literal(const char (&s)[N]) {
        for (size_t i = 0; i < N; ++i) text[i] = s[i];
    }
};

// A message packed into as many bytes as its text (it needs fewer), and the length it needs with the NUL.
template <size_t N>
struct Full {
    char text[N];
    size_t len;
};

// Packs `s` with the fewest bytes: an optimal parse by dynamic programming over the positions, from the
// end. Evaluated once per message (`full` is a variable template), since GCC's constant evaluator is slow.
template <size_t N>
constexpr Full<N> pack(const char (&s)[N]) {
    constexpr size_t n = N - 1;
    size_t best[N] = {};  // best[i]: packed bytes of s[i..n)
    size_t step[N] = {};  // how many source bytes the first choice at i takes
    size_t code[N] = {};  // the word code of that choice, or 0 for a plain byte / conversion
    for (size_t i = n; i-- > 0;) {
        if (uint8_t(s[i]) >= first_code) not_ascii();
        if (s[i] == '%') {
            size_t k = conversion_length(s, i, n);
            best[i] = k + best[i + k], step[i] = k, code[i] = 0;
            continue;
        }
        best[i] = 1 + best[i + 1], step[i] = 1, code[i] = 0;
        for (size_t w = 0; w < word_count; ++w) {
            const char* t = word_list[w];
            size_t len = word_lengths.n[w];
            if (t[0] != s[i] || i + len > n || 1 + best[i + len] >= best[i]) continue;
            size_t k = 1;
            while (k < len && s[i + k] == t[k]) ++k;
            if (k == len) best[i] = 1 + best[i + len], step[i] = len, code[i] = first_code + w;
        }
    }
    Full<N> f{};
    size_t o = 0;
    for (size_t i = 0; i < n; i += step[i]) {
        if (code[i])
            f.text[o++] = char(code[i]);
        else
            for (size_t k = 0; k < step[i]; ++k) f.text[o++] = s[i + k];
    }
    f.len = o + 1;
    return f;
}

template <Literal L>
inline constexpr auto full = pack(L.text);

template <size_t M>
struct Packed {
    char text[M];
};

template <Literal L>
constexpr auto make_packed() {
    Packed<full<L>.len> p{};
    for (size_t i = 0; i < full<L>.len; ++i) p.text[i] = full<L>.text[i];
    return p;
}

template <Literal L>
inline constexpr auto packed = make_packed<L>();

}  // namespace msg

// "text"_msg: the packed message, a format for raise() and Printer::printf.
template <msg::Literal L>
consteval const char* operator""_msg() {
    return msg::packed<L>.text;
}

}  // namespace core
