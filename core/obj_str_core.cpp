// The str type object and the string primitives everything needs: make_str, make_bytes, intern, and the
// no-copy builders (str_alloc/str_seal, text_finish) and the constant one-character strs.
//
// The methods and the operator slots of str are in obj_str.cpp and str_type_methods.cpp, which define the
// functions declared below; this file only wires them into the type object.
#include <string.h>

#include <utility>

#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

// ---- provided by obj_str.cpp (text) ----
extern const AttrTable str_locals;
Value str_make_new(const Type* type, const Args& args);    // str(x), str(b, encoding)
bool str_print(Printer& out, Value self, PrintKind kind);  // Str: raw text; Repr: quoted, escaped
Value str_binary_op(BinaryOp op, Value lhs, Value rhs);    // + * % comparisons, Contains
Value str_subscr(Value self, Value index, Value value);    // s[i], s[a:b:c]
Value str_getiter(Value self);                             // iteration by code point

static Value str_unary_op(UnaryOp op, Value self) {
    const Str* s = self.as<Str>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(s->len != 0);
        case UnaryOp::Len: return Value::small(s->char_count());
        case UnaryOp::Hash: return Value::small(static_cast<intptr_t>(str_hash(s)));
        default: return not_implemented();
    }
}

const Type str_type = builtin_type({.name = &q_str,
                                    .flags = type_flag_base_ok,
                                    .make_new = str_make_new,
                                    .print = str_print,
                                    .unary_op = str_unary_op,
                                    .binary_op = str_binary_op,
                                    .subscr = str_subscr,
                                    .getiter = str_getiter,
                                    .locals = &str_locals,
                                    .base = &object_type});

// ---- constant strs: "" and the one-character ASCII strs (CPython caches these too), so chr(), s[i],
// iteration and single-character results allocate nothing. In flash on the device (~1.7 KB: the 96 from
// the space on, str_ascii_first). ----

namespace {
constexpr size_t ascii_count = 0x80 - str_ascii_first;
constexpr std::array<char, 2 * ascii_count> make_ascii_text() {
    std::array<char, 2 * ascii_count> a{};
    for (size_t i = 0; i < ascii_count; ++i)
        a[2 * i] = static_cast<char>(str_ascii_first + i);  // each followed by its NUL
    return a;
}
constexpr std::array<char, 2 * ascii_count> ascii_text = make_ascii_text();
template <size_t... I>
constexpr std::array<Str, ascii_count> make_ascii_strs(std::index_sequence<I...>) {
    return {{const_str(std::string_view(ascii_text.data() + 2 * I, 1))...}};
}
}  // namespace

constexpr std::array<Str, ascii_count> str_ascii_table =
    make_ascii_strs(std::make_index_sequence<ascii_count>{});
constexpr Str str_empty = const_str("");

Value str_ascii_heap(uint32_t c) {
    Str* s = str_alloc(&str_type, 1);
    if (!s) return {};
    str_text(s)[0] = static_cast<char>(c);
    return str_seal(s, 1);
}

// ---- making strs ------------------------------------------------------------------------------------

// Code points in UTF-8 text: a word at a time, counting continuation bytes (10xxxxxx) only in words
// that have a byte >= 0x80.
size_t utf8_count(const char* s, size_t n) {
    constexpr uintptr_t high = static_cast<uintptr_t>(0x8080808080808080ull);
    size_t cont = 0, i = 0;
    for (; i + sizeof(uintptr_t) <= n; i += sizeof(uintptr_t)) {
        uintptr_t w;
        memcpy(&w, s + i, sizeof w);
        if (!(w & high)) continue;
        uintptr_t c = w & ~(w << 1) & high;  // bit 7 set and bit 6 clear
        while (c) {
            c &= c - 1;
            ++cont;
        }
    }
    for (; i < n; ++i) cont += (static_cast<uint8_t>(s[i]) & 0xC0) == 0x80;
    return n - cont;
}

// Heap strings keep their bytes right after the header, NUL-terminated (so type and class names can be
// used as C strings). The header holds no heap pointer (type is static, data points into the block
// itself), so the whole str is a leaf block: not zeroed, never scanned.
Str* str_alloc(const Type* t, size_t len) {
    Str* s = len <= str_limit ? static_cast<Str*>(gc::alloc_leaf(sizeof(Str) + len + 1)) : nullptr;
    if (!s) {
        raise_memory_error();
        return nullptr;
    }
    s->type = t;
    s->len = StrWord(len);
    s->data = reinterpret_cast<char*>(s + 1);
    return s;
}

Value str_seal(Str* s, size_t chars) {
    char* text = str_text(s);
    text[s->len] = 0;
    s->hash = 0;  // computed when first needed (str_hash)
    if (s->type != &str_type)
        chars = s->len;
    else if (chars == count_chars)
        chars = utf8_count(text, s->len);
    s->set_char_count(chars);
    return Value(s);
}

Value make_text(const Type* t, std::string_view data, size_t chars) {
    if (t == &str_type && data.size() <= 1) {
        if (data.empty()) return Value(&str_empty);
        uint8_t c = static_cast<uint8_t>(data[0]);
        if (c < 0x80 && c >= str_ascii_first) return str_ascii_char(c);
    }
    Str* s = str_alloc(t, data.size());
    if (!s) return {};
    if (!data.empty()) memcpy(str_text(s), data.data(), data.size());
    return str_seal(s, chars);
}

Value make_bytes_type(const Type* t, std::string_view data) { return make_text(t, data, count_chars); }
Value make_str(std::string_view utf8) { return make_text(&str_type, utf8, count_chars); }
Value make_bytes(std::string_view data) { return make_text(&bytes_type, data, count_chars); }

Value str_from_codepoint(uint32_t c) {
    if (c < 0x80) return str_ascii_char(c);
    char b[4];
    size_t n = unicode::encode(c, b);
    return make_text(&str_type, {b, n}, 1);
}

Value str_from_int(intptr_t v) {
    char buf[24];  // 20 digits of 2**64 and a sign
    char* end = buf + sizeof buf;
    char* p = end;
    uintptr_t u = v < 0 ? 0 - static_cast<uintptr_t>(v) : static_cast<uintptr_t>(v);
    do {
        *--p = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    return make_text(&str_type, {p, static_cast<size_t>(end - p)}, static_cast<size_t>(end - p));
}

// The interned identifiers. A name in the constant table (names.hpp) is that Str; the others are heap
// strs in open-addressing tables over Str pointers, each one GC block (scanned, so it keeps its strs
// alive), at most 3/4 full. A dict spent an entry (key, value, hash) and two index words per name;
// this spends at most two pointers, which is most of an identifier's cost after its str.
// A full table is not rehashed into a bigger one: a new table, twice the size of the newest, is put in
// front of the chain (MicroPython's qstr pools), so no block ever holds every name. On the device the
// heap is fragmented by the time a program has many names (its strs and code objects lie between the
// compiler's freed temporaries): a single table of 256 slots failed to find its 1 KB with 13 KB free.
struct InternTable {
    InternTable* next;  // the older, smaller tables
    uint32_t used;
    uint32_t mask;  // slots - 1 (a power of two)
    const Str* slots[];
};

namespace {
constexpr uint32_t kInternFirstSlots = 32;  // a small program's names; each new table doubles the newest

// A table in front of `older`: twice the newest's slots, else as many as the heap has room for (down to
// the first size). nullptr (MemoryError raised) when not even that fits.
InternTable* intern_table_new(InternTable* older) {
    uint32_t n = older ? (older->mask + 1) * 2 : kInternFirstSlots;
    for (;; n /= 2) {
        size_t bytes = sizeof(InternTable) + n * sizeof(Str*);
        auto* t = static_cast<InternTable*>(n > kInternFirstSlots ? gc::alloc(bytes) : alloc_raw(bytes));
        if (t) return t->next = older, t->mask = n - 1, t;
        if (n <= kInternFirstSlots) return nullptr;
    }
}

bool has_room(const InternTable* t) { return t && (t->used + 1) * 4 <= (t->mask + 1) * 3; }

void intern_insert(InternTable* t, const Str* s) {
    uint32_t i = str_hash(s) & t->mask;
    while (t->slots[i]) i = (i + 1) & t->mask;
    t->slots[i] = s;
    t->used++;
}
}  // namespace

size_t interned_count(size_t* text_bytes, size_t* total_bytes, size_t* tables) {
    size_t n = 0;
    if (text_bytes) *text_bytes = *total_bytes = 0;
    if (tables) *tables = 0;
    for (const InternTable* t = state.interned; t; t = t->next) {
        n += t->used;
        if (tables) ++*tables;
        if (!text_bytes) continue;
        *total_bytes += gc::block_bytes(t);
        for (uint32_t i = 0; i <= t->mask; ++i) {
            if (!t->slots[i]) continue;
            *text_bytes += t->slots[i]->len;
            *total_bytes += gc::block_bytes(t->slots[i]);
        }
    }
    return n;
}

Value intern(std::string_view name) {
    uint32_t h = hash_bytes(name.data(), name.size());
    for (const InternTable* t = state.interned; t; t = t->next)
        for (uint32_t i = h & t->mask; t->slots[i]; i = (i + 1) & t->mask) {
            const Str* s = t->slots[i];
            if (str_hash(s) == h && s->view() == name) return Value(s);
        }
    InternTable* t = state.interned;
    const Str* c = find_const_name(name);
    // A constant is cached only in a table with room (config.hpp): it never needs the heap.
    if (c && (!MBPY_INTERN_CONST_CACHE || !has_room(t))) return Value(c);
    if (!has_room(t)) {  // make room first: the new str must not be lost
        if (!(t = intern_table_new(t))) return {};
        state.interned = t;
    }
    // One-character names are the constant strs (make_str): s[i] then matches by pointer.
    Value v = c ? Value(c) : make_str(name);
    if (!v) return {};
    intern_insert(t, v.as<Str>());
    return v;
}

Value text_finish(StrBuilder& sb, const TextSelf& t) {
    if (sb.failed()) return {};
    // "" and one ASCII character are the constant strs; a bytearray is no Str.
    if (t.type == &bytearray_type || (t.is_str && sb.size() <= 1))
        return text_make(t, {sb.data(), sb.size()});
    return sb.finish(t.type);
}

}  // namespace core
