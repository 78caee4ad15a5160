// Shared declarations of the text types (str methods, bytes, bytearray, memoryview) and formatting.
#pragma once
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

// memoryview over a bytes or bytearray `base` (never another memoryview: views of views are flattened).
// The data is re-read from `base` on every access, so growing a bytearray never leaves a dangling view.
struct MemoryView : Obj {
    Value base;
    size_t offset;
    size_t len;
};

// ---- buffers ------------------------------------------------------------------------------------------
// Contents of bytes, bytearray or memoryview (subclass instances unwrapped). False, without raising, when
// v is not a buffer. `out` may be null (just the test).
bool get_buffer(Value v, std::string_view* out);
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
// CPython's repr: quote choice, escapes, printable non-ASCII kept.
void print_str_repr(Printer& out, std::string_view s);
void print_bytes_repr(Printer& out, std::string_view s);

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

// Methods present on str, bytes and bytearray alike (defined in str_methods.cpp / str_split.cpp).
// clang-format off
#define MBPY_TEXT_SHARED_METHODS(X) \
    X(capitalize) \
    X(center) \
    X(count) \
    X(endswith) \
    X(expandtabs) \
    X(find) \
    X(index) \
    X(isalnum) \
    X(isalpha) \
    X(isascii) \
    X(isdigit) \
    X(islower) \
    X(isspace) \
    X(istitle) \
    X(isupper) \
    X(join) \
    X(ljust) \
    X(lower) \
    X(lstrip) \
    X(partition) \
    X(removeprefix) \
    X(removesuffix) \
    X(replace) \
    X(rfind) \
    X(rindex) \
    X(rjust) \
    X(rpartition) \
    X(rsplit) \
    X(rstrip) \
    X(split) \
    X(splitlines) \
    X(startswith) \
    X(strip) \
    X(swapcase) \
    X(title) \
    X(upper) \
    X(zfill)
// clang-format on
#define MBPY_DECLARE_TEXT_METHOD(name) extern const NativeFunction text_method_##name;
MBPY_TEXT_SHARED_METHODS(MBPY_DECLARE_TEXT_METHOD)
MBPY_DECLARE_TEXT_METHOD(casefold)  // str only
#undef MBPY_DECLARE_TEXT_METHOD

}  // namespace core
