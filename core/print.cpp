// Text output: Printer's printf, repr()/str() of any value, and StrBuilder (strings built in the heap).
#include <string.h>

#include "core/gc.hpp"
#include "core/message.hpp"
#include "core/obj_containers.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

void Printer::printf(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

namespace {

// The words as the printer reads them: each its length byte, then its text packed with the shorter words
// (" arguments" is " argument" and "s"), which the printer expands in turn: 15% less than the plain texts.
constexpr size_t words_plain_size() {
    size_t n = 0;
    for (size_t w = 0; w < msg::word_count; ++w) n += 1 + msg::word_lengths.n[w];
    return n;
}
struct WordsPacked {
    char data[words_plain_size()];
    size_t size;
};
// The fewest bytes for s[0..n) with the words shorter than n: msg::pack's dynamic programming.
constexpr size_t pack_word(const char* s, size_t n, char* out) {
    size_t best[64] = {}, step[64] = {}, code[64] = {};
    for (size_t i = n; i-- > 0;) {
        best[i] = 1 + best[i + 1], step[i] = 1, code[i] = 0;
        for (size_t w = 0; w < msg::word_count; ++w) {
            const char* t = msg::word_list[w];
            size_t len = msg::word_lengths.n[w];
            if (len >= n || t[0] != s[i] || i + len > n || 1 + best[i + len] >= best[i]) continue;
            size_t k = 1;
            while (k < len && s[i + k] == t[k]) ++k;
            if (k == len) best[i] = 1 + best[i + len], step[i] = len, code[i] = msg::first_code + w;
        }
    }
    size_t o = 0;
    for (size_t i = 0; i < n; i += step[i]) out[o++] = code[i] ? char(code[i]) : s[i];
    return o;
}
constexpr WordsPacked pack_words() {
    WordsPacked p{};
    for (size_t w = 0; w < msg::word_count; ++w) {
        size_t n = pack_word(msg::word_list[w], msg::word_lengths.n[w], p.data + p.size + 1);
        p.data[p.size] = char(n);
        p.size += 1 + n;
    }
    return p;
}
constexpr WordsPacked words_packed = pack_words();
constexpr bool words_fit() {
    for (uint8_t len : msg::word_lengths.n)
        if (len >= 64) return false;
    return true;
}
static_assert(words_fit(), "pack_word's tables hold words of up to 63 bytes");
struct Words {
    char data[words_packed.size];
};
constexpr Words words = [] {
    Words w{};
    for (size_t i = 0; i < words_packed.size; ++i) w.data[i] = words_packed.data[i];
    return w;
}();

#ifndef __OPTIMIZE_SIZE__
// Where each word starts in `words`, so that a packed byte finds its word at once (walking the table
// made the exceptions benchmark, which raises builtin errors in a loop, 3.6% slower); where flash is
// scarce the walk is 256 bytes less.
constexpr auto word_offsets = [] {
    struct {
        uint16_t at[msg::word_count];
    } t{};
    size_t o = 0;
    for (size_t w = 0; w < msg::word_count; ++w) {
        t.at[w] = uint16_t(o);
        o += 1 + uint8_t(words.data[o]);
    }
    return t;
}();
#endif

const char* word_at(uint8_t code) {
#ifndef __OPTIMIZE_SIZE__
    return words.data + word_offsets.at[code - msg::first_code];
#else
    const char* w = words.data;
    for (unsigned i = msg::first_code; i < code; ++i) w += 1 + uint8_t(*w);
    return w;
#endif
}

// Expanded text through a small buffer, so that a message is one write or two rather than one per word.
struct Expander {
    Printer& out;
    char buf[64];
    size_t n = 0;
    void put(char c) {
        if (n == sizeof buf) flush();
        buf[n++] = c;
    }
    void flush() { out.write(buf, n), n = 0; }
    void word(uint8_t code) {
        const char* w = word_at(code);
        for (size_t i = 1, len = uint8_t(*w); i <= len; ++i)
            uint8_t(w[i]) < msg::first_code ? put(w[i]) : word(uint8_t(w[i]));
    }
};

// Writes the text at p up to its NUL, or up to a '%' when `format`, with its words expanded. Returns where
// it stopped.
const char* write_packed(Printer& out, const char* p, bool format) {
    Expander e{out, {}, 0};
    for (; *p && !(format && *p == '%'); ++p) uint8_t(*p) < msg::first_code ? e.put(*p) : e.word(uint8_t(*p));
    if (e.n) e.flush();
    return p;
}

}  // namespace

void Printer::write_message(const char* m) { write_packed(*this, m, false); }

void Printer::vprintf(const char* fmt, va_list ap) {
    char num[32];
    for (const char* p = fmt; *p; ++p) {
        if (*p != '%') {  // text, perhaps a packed message (core/message.hpp)
            p = write_packed(*this, p, true) - 1;
            continue;
        }
        ++p;
        bool is_long = false, is_size = false;
        if (*p == 'l') is_long = true, ++p;
        if (*p == 'z') is_size = true, ++p;
        switch (*p) {
            case 's': {
                const char* s = va_arg(ap, const char*);
                write(s ? s : "(null)", s ? strlen(s) : 6);
                break;
            }
            case 'm': write_message(va_arg(ap, const char*)); break;
            case 'q': {
                const Str* s = va_arg(ap, const Str*);
                write(s->data, s->len);
                break;
            }
            case 'T': {
                // A Value is one trivially copyable word: it travels through `...` as its bits.
                Value v = Value::from_bits(va_arg(ap, uintptr_t));
                write(type_name(v), strlen(type_name(v)));
                break;
            }
            case 'r': {
                Value v = Value::from_bits(va_arg(ap, uintptr_t));
                if (!pending()) print_value(*this, v, PrintKind::Repr);
                break;
            }
            case 'd':
            case 'u':
            case 'x':
            case 'p': {
                // Digits of our own rather than snprintf's: the firmware then links no printf at all.
                unsigned long v;
                bool negative = false;
                if (*p == 'd') {
                    long s = is_long   ? va_arg(ap, long)
                             : is_size ? long(va_arg(ap, ptrdiff_t))
                                       : va_arg(ap, int);
                    negative = s < 0;
                    v = negative ? 0ul - static_cast<unsigned long>(s) : static_cast<unsigned long>(s);
                } else if (*p == 'p') {
                    v = static_cast<unsigned long>(reinterpret_cast<uintptr_t>(va_arg(ap, void*)));
                } else {
                    v = is_long   ? va_arg(ap, unsigned long)
                        : is_size ? va_arg(ap, size_t)
                                  : va_arg(ap, unsigned);
                }
                unsigned radix = *p == 'd' || *p == 'u' ? 10 : 16;
                char* d = num + sizeof num;
                do {
                    *--d = "0123456789abcdef"[v % radix];
                    v /= radix;
                } while (v);
                if (negative) *--d = '-';
                write(d, size_t(num + sizeof num - d));
                break;
            }
            case 'c': put(static_cast<char>(va_arg(ap, int))); break;
            case '%': put('%'); break;
            case 0: return;
            default:
                put('%');
                put(*p);
                break;
        }
    }
}

bool print_value(Printer& out, Value v, PrintKind kind) {
    const Type* t = type_of(v);
    if (t->print) {
        if (!check_c_stack()) return false;
        return t->print(out, v, kind);
    }
    out.printf("<%s object at 0x%p>", t->name->data, v.obj());
    return true;
}

Value print_to_str(Value v, PrintKind kind) {
    StrBuilder sb;
    Printer p = sb.printer();
    if (!print_value(p, v, kind)) return {};
    return sb.finish();
}

// An instance of a class statement's class goes straight to its __repr__ (__str__), with no builder on
// the C stack under the call: a __repr__ calling repr() nests these frames (instance_text).
Value repr(Value v) {
    if (type_of(v)->flags & type_flag_user) return instance_text(v, PrintKind::Repr);
    return print_to_str(v, PrintKind::Repr);
}

Value to_str(Value v) {
    if (is_str(v)) return v;
    if (type_of(v)->flags & type_flag_user) return instance_text(v, PrintKind::Str);
    return print_to_str(v, PrintKind::Str);
}

// ---- StrBuilder: the buffer is a Str allocation whose data follows the header, so finish() only
// fills in the header and trims the block. ----

bool StrBuilder::reserve(size_t extra) {
    if (failed_) return false;
    if (extra < cap_ - len_) return true;  // (no overflow: len_ < cap_ once a block is there)
    if (extra > str_limit - len_) {        // longer than a Str holds, or than any heap
        failed_ = true;
        raise_memory_error();
        return false;
    }
    size_t cap = cap_ ? cap_ * 2 : 32;
    while (cap < len_ + extra + 1) cap *= 2;
    // A leaf: str/bytes text and a header whose type is static (realloc keeps the kind).
    void* block = block_ ? gc::realloc(block_, sizeof(Str) + cap) : gc::alloc_leaf(sizeof(Str) + cap);
    if (!block) {
        failed_ = true;
        raise_memory_error();
        return false;
    }
    block_ = static_cast<char*>(block);
    cap_ = cap;
    return true;
}

bool StrBuilder::append(std::string_view s) {
    if (!reserve(s.size())) return false;
    memcpy(data() + len_, s.data(), s.size());
    len_ += s.size();
    return true;
}

bool StrBuilder::append_char(uint32_t c) {
    char b[4];
    return append({b, unicode::encode(c, b)});
}

bool StrBuilder::append_repeat(std::string_view s, size_t n) {
    if (s.empty() || n == 0) return !failed_;
    if (n > SIZE_MAX / 4 / s.size()) return reserve(SIZE_MAX);  // fails: MemoryError
    if (!reserve(s.size() * n)) return false;
    for (size_t i = 0; i < n; ++i) append(s);
    return true;
}

static void builder_write(void* ctx, const char* data, size_t n) {
    static_cast<StrBuilder*>(ctx)->append({data, n});
}

Printer StrBuilder::printer() { return Printer(builder_write, this); }

Value StrBuilder::finish() { return finish(&str_type); }

Value StrBuilder::finish(const Type* type) {
    if (failed_) return {};
    if (!reserve(0)) return {};
    Str* s = reinterpret_cast<Str*>(block_);
    char* text = data();
    text[len_] = 0;
    gc::realloc(s, sizeof(Str) + len_ + 1);  // shrinking in place never fails
    s->type = type;
    s->len = StrWord(len_);
    s->data = text;
    s->hash = 0;  // computed when first needed (str_hash)
    s->set_char_count(type == &str_type ? utf8_count(text, len_) : len_);
    block_ = nullptr;
    len_ = cap_ = 0;
    return Value(s);
}

}  // namespace core
