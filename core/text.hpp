// Shared declarations of the text types (str methods, bytes, bytearray, memoryview) and formatting.
#pragma once
#include <string.h>

#include <array>
#include <string_view>

#include "core/format_spec.hpp"
#include "core/obj_containers.hpp"

namespace core {

// bytearray: a growable byte buffer in its own GC block (so `items` may move on growth).
struct ByteArray : Obj {
    size_t len;
    size_t alloc;
    char* items;
};

// memoryview over a bytes, bytearray or array `base` (never another memoryview: views of views are
// flattened). The data is re-read from `base` on every access, so growing a bytearray or an array never
// leaves a dangling view. Items have the array's typecode ('B' for bytes); offset and len are in bytes.
struct MemoryView : Obj {
    Value base;
    size_t offset;
    size_t len;
};
// Whether v is a memoryview: never where the build has none (MBPY_MEMORYVIEW).
inline bool is_memoryview(Value v) {
#if MBPY_MEMORYVIEW
    return is_type(v, &memoryview_type);
#else
    (void)v;
    return false;
#endif
}

// ---- buffers ------------------------------------------------------------------------------------------
// Contents of bytes, bytearray, array or memoryview (subclass instances unwrapped). False, without
// raising, when v is not a buffer. `out` may be null (just the test).
bool get_buffer(Value v, std::string_view* out);
// The items of an array.array (mod_array.cpp) and its typecode; false, without raising, for anything else.
bool array_data(Value v, std::string_view* out, char* code);
// The bytes of a bytearray or memoryview, which int() and float() parse like bytes.
std::string_view buffer_text(Value x);
// The str behind v (a str or an instance of a str subclass), or nullptr (no exception) otherwise.
const Str* str_of(Value v);
ByteArray* new_bytearray(std::string_view data);
// bytes.hex(sep, bytes_per_sep) on `data`; args.pos[0] is self.
Value bytes_hex_of(std::string_view data, const Args& args);

// ---- hooks for the str and bytes type objects (obj_str_core.cpp) ------------------------------------
extern const AttrTable str_locals;
extern const AttrTable bytes_locals;
// str(x), str(b, encoding, errors), bytes(x), bytes(s, encoding).
Value str_make_new(const Type* type, const Args& args);
Value bytes_make_new(const Type* type, const Args& args);
// Indexing and slicing for str (by code point) and bytes (-> int).
Value str_subscr(Value self, Value index, Value value);
Value str_getiter(Value self);
// Every binary operator of str and bytes: + * % in, comparisons (code-point/byte order), ==.
Value str_binary_op(BinaryOp op, Value lhs, Value rhs);
bool str_print(Printer& out, Value self, PrintKind kind);
// CPython's repr of a str (kind 's': quote choice, escapes, printable non-ASCII kept) or of bytes' text
// (kind 'b': b'...', bytes outside 0x20-0x7E escaped; 'a', bytearray's: a single quote escaped even inside
// double quotes, bytearray(b"a\'b")).
void print_str_repr(Printer& out, std::string_view s, char kind = 's');

// ---- formatting (format.cpp) ------------------------------------------------------------------------
// `fmt % args` for str and bytes (fmt a str or bytes).
Value percent_format(Value fmt, Value args);
// The body of str.format(*args, **kwargs): fmt is the format string, positional arguments start at
// args.pos[first_pos]; keyword fields come from args.kw, or from `mapping` (format_map) when it is set.
Value str_format_args(const Str* fmt, const Args& args, size_t first_pos, Value mapping);
// ascii(v): repr with non-ASCII escaped.
Value ascii_repr(Value v);

// ---- f-strings ---------------------------------------------------------------------------------------
// The compiler emits, for f"a{x!r:>{w}}b": build each part, then one fstring_join.
//   fstring_value(v, conversion, spec): conversion is 0 (none), 's', 'r' or 'a'; spec a str or null.
Value fstring_value(Value v, int conversion, Value spec);
// Concatenates n str parts into one str.
Value fstring_join(size_t n, const Value* parts);

// ---- small shared helpers (obj_str.cpp) -------------------------------------------------------------
// Resolves slice(start, stop, step) against a length, as slice.indices() does. False on error.
bool slice_indices(Value slice, intptr_t len, intptr_t* start, intptr_t* stop, intptr_t* step);
// Normalises a (possibly negative) index; false with IndexError "<what> out of range" if outside.
bool normalize_index(Value index, size_t len, size_t* out, const char* what);

// ---- codecs (str_codecs.cpp): utf-8, ascii, latin-1; errors strict, ignore, replace, backslashreplace ----
// encoding/errors may be null (defaults "utf-8"/"strict"); raise LookupError / UnicodeError.
Value decode_to_str(std::string_view data, Value encoding, Value errors);
Value encode_to_bytes(const Str* s, Value encoding, Value errors, const Type* type);

// ---- internals shared by obj_str.cpp, str_*.cpp and obj_bytes.cpp -----------------------------------
// `self` of a method shared by str, bytes and bytearray.
struct TextSelf {
    const Type* type;  // result type: str_type, bytes_type or bytearray_type
    const char* data;
    size_t len;    // bytes
    size_t chars;  // code points (== len for bytes)
    bool is_str;
};
bool text_self(Value v, TextSelf* out);  // raises TypeError when v is none of the three
// A str/bytes of the same kind as t (bytearray for bytearray).
Value text_make(const TextSelf& t, std::string_view data);
// An argument that must be of t's kind (str, or any buffer for bytes); raises TypeError
// "must be str, not int" / "a bytes-like object is required, not 'int'".
bool text_arg(const TextSelf& t, Value v, std::string_view* out);
// Writes \xNN, \uNNNN or \UNNNNNNNN (lowercase hex, as CPython's repr) for code point c.
void print_hex_escape(Printer& out, uint32_t c);
// Writes v as `digits` lowercase hex digits.
void print_hex(Printer& out, uint32_t v, int digits);
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// ---- making str/bytes without copies (obj_str_core.cpp) ------------------------------------------------
// `chars` arguments: the code-point count when the caller knows it (e.g. ASCII inputs), else count_chars.
constexpr size_t count_chars = SIZE_MAX;
// A str/bytes of `len` bytes (a leaf GC block, not zeroed): write the text at str_text(s), then str_seal,
// which adds the NUL and fills in hash and the code-point count. nullptr with MemoryError pending.
Str* str_alloc(const Type* t, size_t len);
inline char* str_text(Str* s) { return reinterpret_cast<char*>(s + 1); }
Value str_seal(Str* s, size_t chars = count_chars);
// make_bytes_type with a known code-point count; "" and one ASCII character are the constant strs.
Value make_text(const Type* t, std::string_view data, size_t chars);
// The one-character ASCII strs from str_ascii_first on, constant data: chr(), s[i] and iteration allocate
// nothing for them. Without MBPY_STR_CONTROL_CHARS the control characters are heap strs (str_ascii_heap).
inline constexpr uint32_t str_ascii_first = MBPY_STR_CONTROL_CHARS ? 0 : 0x20;
extern const std::array<Str, 0x80 - str_ascii_first> str_ascii_table;
Value str_ascii_heap(uint32_t c);  // null with MemoryError pending
inline Value str_ascii_char(uint32_t c) {
    if (str_ascii_first && c < str_ascii_first) return str_ascii_heap(c);
    return Value(&str_ascii_table[c - str_ascii_first]);
}
// a + b as a new str/bytes of `type` (one allocation, no counting: the caller passes both counts).
Value text_concat(const Type* type, std::string_view a, size_t a_chars, std::string_view b, size_t b_chars);
// lhs + rhs for two exact strs (the VM's fast path for BINARY_ADD on str): returns an operand unchanged
// when the other is empty.
Value str_concat(Value lhs, Value rhs);
// str(i) of a machine int, decimal (str(), f-strings and %d use it for small ints).
Value str_from_int(intptr_t v);
// chr(c) for a valid code point.
Value str_from_codepoint(uint32_t c);

// The text a builder holds as a str/bytes of t's kind (bytearray for bytearray); null when it failed.
Value text_finish(StrBuilder& sb, const TextSelf& t);

// Methods present on str, bytes and bytearray alike (defined in str_methods.cpp / str_split.cpp): those the
// v1 firmware has, then the rest (MBPY_STR_METHODS_EXTRA, core/config.hpp).
// clang-format off
#define MBPY_TEXT_SHARED_METHODS(X) \
    X(count) \
    X(endswith) \
    X(find) \
    X(index) \
    X(isalpha) \
    X(isdigit) \
    X(islower) \
    X(isspace) \
    X(isupper) \
    X(join) \
    X(lower) \
    X(lstrip) \
    X(replace) \
    X(rfind) \
    X(rindex) \
    X(rsplit) \
    X(rstrip) \
    X(split) \
    X(startswith) \
    X(strip) \
    X(upper) \
    MBPY_TEXT_EXTRA_METHODS(X)
#if MBPY_STR_METHODS_EXTRA
#define MBPY_TEXT_EXTRA_METHODS(X) \
    X(capitalize) \
    X(center) \
    X(expandtabs) \
    X(isalnum) \
    X(isascii) \
    X(istitle) \
    X(ljust) \
    X(partition) \
    X(removeprefix) \
    X(removesuffix) \
    X(rjust) \
    X(rpartition) \
    X(splitlines) \
    X(swapcase) \
    X(title) \
    X(zfill)
#else
#define MBPY_TEXT_EXTRA_METHODS(X)
#endif
// clang-format on
#define MBPY_DECLARE_TEXT_METHOD(name) extern const NativeFunction text_method_##name;
MBPY_TEXT_SHARED_METHODS(MBPY_DECLARE_TEXT_METHOD)
#if MBPY_STR_METHODS_EXTRA
MBPY_DECLARE_TEXT_METHOD(casefold)  // str only
#endif
#undef MBPY_DECLARE_TEXT_METHOD

}  // namespace core
