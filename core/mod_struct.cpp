// The struct module (ustruct): CPython's formats, byte orders and alignment; errors as CPython words them.
// Without MBPY_STRUCT_EXTRA the original's codes only (b B h H i I l L q Q f d s P) and no iter_unpack.
#include <cmath>
#include <string.h>

#include "core/bigint_value.hpp"
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"

namespace core {

// ---- one value <-> bytes (shared with array) ---------------------------------------------------------
static bool is_signed_code(char c) {
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || (MBPY_STRUCT_EXTRA && c == 'n');
}

size_t binary_item_size(char code, bool native) {
    switch (code) {
#if MBPY_STRUCT_EXTRA
        case 'x':
        case 'c':
        case '?':
        case 'p': return 1;
        case 'e': return 2;
        case 'n':
        case 'N': return native ? sizeof(size_t) : 0;
#endif
        case 's':
        case 'b':
        case 'B': return 1;
        case 'h':
        case 'H': return 2;
        case 'i':
        case 'I':
        case 'f': return 4;
        case 'l':
        case 'L': return native ? sizeof(long) : 4;
        case 'q':
        case 'Q':
        case 'd': return 8;
        case 'P': return native ? sizeof(void*) : 0;
        default: return 0;
    }
}

static void put_bytes(uint8_t* dst, uint64_t v, size_t n, bool little) {
    for (size_t i = 0; i < n; ++i) dst[little ? i : n - 1 - i] = uint8_t(v >> (8 * i));
}
static uint64_t get_bytes(const uint8_t* src, size_t n, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= uint64_t(src[little ? i : n - 1 - i]) << (8 * i);
    return v;
}

// CPython's words: "byte format requires -128 <= number <= 127", "'I' format requires 0 <= number <= ...".
static Value range_error(char code, size_t size) {
    if (size >= 8 || code == 'n' || code == 'N' || code == 'P')
        return raise_value_error("argument out of range"_msg);
    size_t bits = size * 8 - is_signed_code(code);
    long lo = is_signed_code(code) ? long(-int64_t(uint64_t(1) << bits)) : 0;
    unsigned long hi = (unsigned long)((uint64_t(1) << bits) - 1);
    const char* name = code == 'b'   ? "byte"
                       : code == 'B' ? "ubyte"
                       : code == 'h' ? "short"
                       : code == 'H' ? "ushort"
                                     : nullptr;
    if (name) return raise_value_error("%s format requires %ld <= number <= %lu"_msg, name, lo, hi);
    return raise_value_error("'%c' format requires %ld <= number <= %lu"_msg, code, lo, hi);
}

// Packs one value of format `code` (not s/p/x) into dst[0..size).
bool binary_pack_one(char code, Value v, uint8_t* dst, size_t size, bool little) {
    if (code == 'f' || code == 'd' || (MBPY_STRUCT_EXTRA && code == 'e')) {
        Float d;
        if (!to_float(v, &d)) {
            if (pending()) take_exception();
            raise_value_error("required argument is not a float"_msg);
            return false;
        }
        if (code == 'd') {
            put_bytes(dst, float_to_double_bits(d), 8, little);
        } else if (code == 'f') {
            float f = float(d);
            if (float_isinf(f) && !float_isinf(d))
                return raise_overflow_error("float too large to pack with f format"_msg), false;
            uint32_t bits;
            memcpy(&bits, &f, 4);
            put_bytes(dst, bits, 4, little);
        } else {
#if MBPY_STRUCT_EXTRA
            bool overflow = false;
            uint16_t h = float_to_half(d, &overflow);
            if (overflow) return raise_overflow_error("float too large to pack with e format"_msg), false;
            put_bytes(dst, h, 2, little);
#endif
        }
        return true;
    }
#if MBPY_STRUCT_EXTRA
    if (code == '?') {
        int t = truth(v);
        if (t < 0) return false;
        dst[0] = uint8_t(t);
        return true;
    }
    if (code == 'c') {
        std::string_view b;
        if (!is_type(v, &bytes_type) && !is_type(v, &bytearray_type))
            b = std::string_view("xx");
        else
            get_buffer(v, &b);
        if (b.size() != 1)
            return raise_value_error("char format requires a bytes object of length 1"_msg), false;
        dst[0] = uint8_t(b[0]);
        return true;
    }
#endif
    Value i = int_of(v);
    if (!i || is_float(v)) return raise_value_error("required argument is not an integer"_msg), false;
    IntView iv(i);
    bool sgn = is_signed_code(code);
    if (iv.n > big::u64_limbs) return range_error(code, size), false;
    uint64_t mag = big::to_u64(iv.d, iv.n);
    uint64_t limit_pos = sgn ? (uint64_t(1) << (size * 8 - 1)) - 1
                             : (size == 8 ? ~uint64_t(0) : (uint64_t(1) << (size * 8)) - 1);
    uint64_t limit_neg = sgn ? (uint64_t(1) << (size * 8 - 1)) : 0;
    if ((!iv.neg && mag > limit_pos) || (iv.neg && mag > limit_neg)) return range_error(code, size), false;
    uint64_t bits = iv.neg ? uint64_t(0) - mag : mag;
    put_bytes(dst, bits, size, little);
    return true;
}

Value binary_unpack_one(char code, const uint8_t* src, size_t size, bool little) {
    uint64_t bits = get_bytes(src, size, little);
    switch (code) {
        case 'd': return make_float(double_bits_to_float(bits));
        case 'f': {
            uint32_t b32 = uint32_t(bits);
            float f;
            memcpy(&f, &b32, 4);
            return make_float(f);
        }
#if MBPY_STRUCT_EXTRA
        case 'e': return make_float(half_to_float(uint16_t(bits)));
        case '?': return py_bool(bits != 0);
        case 'c': return make_bytes({reinterpret_cast<const char*>(src), 1});
#endif
        default: break;
    }
    if (is_signed_code(code)) {
        if (size < 8 && (bits >> (size * 8 - 1)) & 1) bits |= ~uint64_t(0) << (size * 8);
        return make_int_ll((long long)int64_t(bits));
    }
    return make_int_ull(bits);
}

// ---- format strings --------------------------------------------------------------------------------
struct Format {
    const char* p;
    const char* end;
    bool native;  // '@': native sizes and alignment
    bool little;
};

static Format format_begin(std::string_view f) {
    Format fmt{f.data(), f.data() + f.size(), true, true};
    if (fmt.p < fmt.end) {
        char c = *fmt.p;
        if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!') {
            fmt.native = c == '@';
            fmt.little = c == '<' || c == '@' || c == '=';  // the supported targets are little-endian
            ++fmt.p;
        }
    }
    return fmt;
}

// Next item: count and code; false at the end. Raises (returns false with an exception) on bad input.
static bool format_next(Format& f, size_t* count, char* code, bool* has_count) {
    while (f.p < f.end && is_ascii_space(*f.p)) ++f.p;
    if (f.p >= f.end) return false;
    size_t n = 0;
    *has_count = false;
    while (f.p < f.end && *f.p >= '0' && *f.p <= '9') {
        n = n * 10 + size_t(*f.p++ - '0');
        *has_count = true;
    }
    if (f.p >= f.end) return raise_value_error("repeat count given without format specifier"_msg), false;
    *code = *f.p++;
    *count = *has_count ? n : 1;
    if (binary_item_size(*code, f.native) == 0)
        return raise_value_error("bad char in struct format"_msg), false;
    return true;
}

// 's' and 'p': the count is the field's length, one value.
static bool is_bytes_code(char code) { return code == 's' || (MBPY_STRUCT_EXTRA && code == 'p'); }

static size_t align_to(size_t off, char code, bool native) {
    if (!native || is_bytes_code(code) || (MBPY_STRUCT_EXTRA && (code == 'x' || code == 'c'))) return off;
    size_t a = binary_item_size(code, true);
    return (off + a - 1) / a * a;
}

// Total size and number of values; false with an exception pending.
static bool format_measure(std::string_view text, size_t* size, size_t* items) {
    Format f = format_begin(text);
    size_t off = 0, n = 0, count;
    char code;
    bool has;
    while (format_next(f, &count, &code, &has)) {
        off = align_to(off, code, f.native);
        if (is_bytes_code(code)) {
            off += count;
            n += 1;
        } else {
            off += count * binary_item_size(code, f.native);
            if (!MBPY_STRUCT_EXTRA || code != 'x') n += count;
        }
    }
    if (pending()) return false;
    *size = off;
    *items = n;
    return true;
}

static bool fmt_arg(Value v, std::string_view* out) {
    if (is_str(v) || get_buffer(v, out)) {
        if (is_str(v)) *out = v.as<Str>()->view();
        return true;
    }
    raise_type_error("Struct() argument 1 must be a str or bytes object, not %T"_msg, v);
    return false;
}

static bool pack_into_buf(std::string_view text, uint8_t* buf, const Value* vals, size_t nvals) {
    Format f = format_begin(text);
    size_t off = 0, vi = 0, count;
    char code;
    bool has;
    while (format_next(f, &count, &code, &has)) {
        off = align_to(off, code, f.native);
#if MBPY_STRUCT_EXTRA
        if (code == 'x') {
            memset(buf + off, 0, count);
            off += count;
            continue;
        }
#endif
        if (is_bytes_code(code)) {
            Value v = vals[vi++];
            std::string_view b;
            if (!is_type(v, &bytes_type) && !is_type(v, &bytearray_type)) {
                return raise_value_error("argument for '%c' must be a bytes object"_msg, code), false;
            }
            get_buffer(v, &b);
            memset(buf + off, 0, count);
            if (code == 's') {
                memcpy(buf + off, b.data(), b.size() < count ? b.size() : count);
            } else if (count > 0) {
                size_t n = b.size() < count - 1 ? b.size() : count - 1;
                if (n > 255) n = 255;
                buf[off] = uint8_t(n);
                memcpy(buf + off + 1, b.data(), n);
            }
            off += count;
            continue;
        }
        size_t sz = binary_item_size(code, f.native);
        for (size_t i = 0; i < count; ++i, off += sz) {
            if (!binary_pack_one(code, vals[vi++], buf + off, sz, f.little)) return false;
        }
    }
    (void)nvals;
    return !pending();
}

static Value unpack_buf(std::string_view text, const uint8_t* buf, size_t nitems) {
    Tuple* t = new_tuple(nitems);
    if (!t) return {};
    Format f = format_begin(text);
    size_t off = 0, vi = 0, count;
    char code;
    bool has;
    while (format_next(f, &count, &code, &has)) {
        off = align_to(off, code, f.native);
#if MBPY_STRUCT_EXTRA
        if (code == 'x') {
            off += count;
            continue;
        }
#endif
        if (is_bytes_code(code)) {
            size_t n = count;
            const char* s = reinterpret_cast<const char*>(buf + off);
            if (MBPY_STRUCT_EXTRA && code == 'p') {
                n = count ? buf[off] : 0;
                if (n > count - 1) n = count ? count - 1 : 0;
                ++s;
            }
            Value b = make_bytes({s, n});
            if (!b) return {};
            t->items[vi++] = b;
            off += count;
            continue;
        }
        size_t sz = binary_item_size(code, f.native);
        for (size_t i = 0; i < count; ++i, off += sz) {
            Value v = binary_unpack_one(code, buf + off, sz, f.little);
            if (!v) return {};
            t->items[vi++] = v;
        }
    }
    if (pending()) return {};
    return Value(t);
}

// ---- module functions -------------------------------------------------------------------------------
static Value s_calcsize(const Args& a) {
    std::string_view f;
    size_t size, n;
    if (!fmt_arg(a.pos[0], &f) || !format_measure(f, &size, &n)) return {};
    return make_int(intptr_t(size));
}

static Value s_pack(const Args& a) {
    std::string_view f;
    size_t size, n;
    if (!fmt_arg(a.pos[0], &f) || !format_measure(f, &size, &n)) return {};
    if (a.n_pos - 1 != n) {
        return raise_value_error("pack expected %d items for packing (got %d)"_msg, int(n), int(a.n_pos - 1));
    }
    StrBuilder sb;
    if (!sb.append_repeat(std::string_view("", 1), size)) return {};
    if (!pack_into_buf(f, reinterpret_cast<uint8_t*>(sb.data()), a.pos + 1, n)) return {};
    return sb.finish(&bytes_type);
}

// A writable buffer: bytearray (or a memoryview of one).
static bool writable(Value v, uint8_t** data, size_t* len) {
    Value n = native_of(v);
    if (is_type(n, &bytearray_type)) {
        *data = reinterpret_cast<uint8_t*>(n.as<ByteArray>()->items);
        *len = n.as<ByteArray>()->len;
        return true;
    }
    if (is_memoryview(n)) {
        MemoryView* m = n.as<MemoryView>();
        if (is_type(m->base, &bytearray_type)) {
            ByteArray* b = m->base.as<ByteArray>();
            size_t l = m->offset > b->len ? 0 : b->len - m->offset;
            *data = reinterpret_cast<uint8_t*>(b->items) + m->offset;
            *len = l < m->len ? l : m->len;
            return true;
        }
    }
    raise_type_error("argument must be read-write bytes-like object, not %T"_msg, v);
    return false;
}

static bool resolve_offset(Value off_v, size_t buflen, size_t need, size_t* off, bool unpack) {
    intptr_t off_i = 0;
    if (off_v && !to_intptr(off_v, &off_i)) return false;
    if (off_i < 0) {
        if (intptr_t(buflen) + off_i < 0)
            return raise_value_error("offset %d out of range for %d-byte buffer"_msg, int(off_i),
                                     int(buflen)),
                   false;
        off_i += intptr_t(buflen);
    }
    if (size_t(off_i) > buflen || buflen - size_t(off_i) < need) {
        raise_value_error(
            "%s requires a buffer of at least %d bytes for %s %d bytes at offset %d (actual buffer size is %d)"_msg,
            unpack ? "unpack_from" : "pack_into", int(need + size_t(off_i)), unpack ? "unpacking" : "packing",
            int(need), int(off_i), int(buflen));
        return false;
    }
    *off = size_t(off_i);
    return true;
}

static Value s_pack_into(const Args& a) {
    std::string_view f;
    size_t size, n;
    if (!fmt_arg(a.pos[0], &f) || !format_measure(f, &size, &n)) return {};
    if (a.n_pos - 3 != n) {
        return raise_value_error("pack_into expected %d items for packing (got %d)"_msg, int(n),
                                 int(a.n_pos - 3));
    }
    uint8_t* data;
    size_t blen, off;
    if (!writable(a.pos[1], &data, &blen)) return {};
    if (!resolve_offset(a.pos[2], blen, size, &off, false)) return {};
    // Pack into a scratch copy first so a failing value leaves the buffer as it was.
    StrBuilder sb;
    if (!sb.append_repeat(std::string_view("", 1), size)) return {};
    if (!pack_into_buf(f, reinterpret_cast<uint8_t*>(sb.data()), a.pos + 3, n)) return {};
    if (!writable(a.pos[1], &data, &blen)) return {};
    memcpy(data + off, sb.data(), size);
    return none();
}

static bool readable(Value v, std::string_view* out) {
    if (get_buffer(v, out)) return true;
    raise_type_error("a bytes-like object is required, not '%T'"_msg, v);
    return false;
}

static Value s_unpack(const Args& a) {
    std::string_view f, b;
    size_t size, n;
    if (!fmt_arg(a.pos[0], &f) || !format_measure(f, &size, &n) || !readable(a.pos[1], &b)) return {};
    if (b.size() != size) return raise_value_error("unpack requires a buffer of %d bytes"_msg, int(size));
    return unpack_buf(f, reinterpret_cast<const uint8_t*>(b.data()), n);
}

static Value s_unpack_from(const Args& a) {
    static const char* const allowed[] = {"offset", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    std::string_view f, b;
    size_t size, n, off;
    if (!fmt_arg(a.pos[0], &f) || !format_measure(f, &size, &n) || !readable(a.pos[1], &b)) return {};
    Value off_v = a.n_pos > 2 ? a.pos[2] : kwarg(a, "offset");
    if (!resolve_offset(off_v, b.size(), size, &off, true)) return {};
    return unpack_buf(f, reinterpret_cast<const uint8_t*>(b.data()) + off, n);
}

#if MBPY_STRUCT_EXTRA
static Value s_iter_unpack(const Args& a) {
    std::string_view f, b;
    size_t size, n;
    if (!fmt_arg(a.pos[0], &f) || !format_measure(f, &size, &n) || !readable(a.pos[1], &b)) return {};
    if (size == 0) return raise_value_error("cannot iteratively unpack with a struct of length 0"_msg);
    if (b.size() % size) {
        return raise_value_error("iterative unpacking requires a buffer of a multiple of %d bytes"_msg,
                                 int(size));
    }
    List* out = new_list(0);
    if (!out) return {};
    for (size_t off = 0; off < b.size(); off += size) {
        std::string_view again;
        get_buffer(a.pos[1], &again);  // the GC does not move blocks, but re-read for clarity
        Value t = unpack_buf(f, reinterpret_cast<const uint8_t*>(again.data()) + off, n);
        if (!t || !list_append(out, t)) return {};
    }
    return get_iter(Value(out));
}
#endif

static constexpr NativeFunction f_calcsize = native(q_calcsize, s_calcsize, 1, 1);
static constexpr NativeFunction f_pack = native(q_pack, s_pack, 1, var_pos);
static constexpr NativeFunction f_pack_into = native(q_pack_into, s_pack_into, 3, var_pos);
static constexpr NativeFunction f_unpack = native(q_unpack, s_unpack, 2, 2);
static constexpr NativeFunction f_unpack_from = native(q_unpack_from, s_unpack_from, 2, 3, true);
#if MBPY_STRUCT_EXTRA
static constexpr NativeFunction f_iter_unpack = native(q_iter_unpack, s_iter_unpack, 2, 2);
#endif

static const AttrEntry struct_entries[] = {
    {&q_calcsize, &f_calcsize},
    {&q_pack, &f_pack},
    {&q_pack_into, &f_pack_into},
    {&q_unpack, &f_unpack},
    {&q_unpack_from, &f_unpack_from},
#if MBPY_STRUCT_EXTRA
    {&q_iter_unpack, &f_iter_unpack},
#endif
    // MicroPython raises ValueError where CPython raises struct.error; `except struct.error` catches
    // both.
    {&q_error, &value_error_type},
};
const AttrTable struct_module_table = {struct_entries, sizeof(struct_entries) / sizeof(struct_entries[0])};

}  // namespace core
