// bytes and bytearray: type objects, constructors, repr, hex/fromhex/decode/translate, bytearray mutation.
// The methods shared with str live in str_methods.cpp / str_split.cpp; memoryview is in obj_memoryview.cpp.
#include <string.h>

#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"

namespace core {

using std::string_view;

// ---- buffers -------------------------------------------------------------------------------------------

bool get_buffer(Value v, string_view* out) {
    if (!v.is_obj()) return false;
    if (v.obj()->type->flags & type_flag_user) {
        v = native_of(v);
        if (!v.is_obj()) return false;
    }
    const Type* t = v.obj()->type;
    string_view r;
    if (t == &bytes_type) {
        r = v.as<Str>()->view();
    } else if (t == &bytearray_type) {
        // An empty bytearray may have no block: callers memcmp/memcpy the data, which must not be null.
        const ByteArray* b = v.as<ByteArray>();
        r = b->items ? string_view(b->items, b->len) : string_view("", 0);
#if MBPY_MEMORYVIEW
    } else if (t == &memoryview_type) {
        const MemoryView* m = v.as<MemoryView>();
        string_view base;
        if (!get_buffer(m->base, &base)) return false;
        size_t off = m->offset < base.size() ? m->offset : base.size();
        size_t len = m->len < base.size() - off ? m->len : base.size() - off;
        r = base.substr(off, len);
#endif
    } else if (!array_data(v, &r, nullptr)) {
        return false;
    }
    if (out) *out = r;
    return true;
}

string_view buffer_text(Value x) {
    string_view d;
    get_buffer(x, &d);
    return d;
}

ByteArray* new_bytearray(string_view data) {
    ByteArray* b = alloc<ByteArray>(&bytearray_type);
    if (!b) return nullptr;
    if (!data.empty()) {
        char* items = static_cast<char*>(alloc_raw(data.size()));
        if (!items) return nullptr;
        memcpy(items, data.data(), data.size());
        b->items = items;
        b->alloc = data.size();
        b->len = data.size();
    }
    return b;
}

// Makes room for `len` bytes (contents kept); false with MemoryError pending.
static bool bytearray_reserve(ByteArray* b, size_t len) {
    if (len <= b->alloc) return true;
    size_t cap = b->alloc + b->alloc / 2 + 8;  // grow by 1.5x: appends stay amortised O(1)
    if (cap < len) cap = len;
    char* p = static_cast<char*>(b->items ? realloc_raw(b->items, cap) : alloc_raw(cap));
    if (!p) return false;
    b->items = p;
    b->alloc = cap;
    return true;
}

// Replaces bytes [start, start+count) with `data` (which must not point into b).
static bool bytearray_splice(ByteArray* b, size_t start, size_t count, string_view data) {
    size_t new_len = b->len - count + data.size();
    if (!bytearray_reserve(b, new_len)) return false;
    if (b->items) memmove(b->items + start + data.size(), b->items + start + count, b->len - start - count);
    if (!data.empty()) memcpy(b->items + start, data.data(), data.size());
    b->len = new_len;
    return true;
}

// ---- constructors -------------------------------------------------------------------------------------

static bool byte_value(Value v, char* out) {
    intptr_t i;
    if (!is_int(v) && !(type_of(v)->flags & type_flag_user)) {
        raise_type_error("'%T' object cannot be interpreted as an integer"_msg, v);
        return false;
    }
    if (!to_index(v, &i)) return false;
    if (i < 0 || i > 255) {
        raise_value_error("byte must be in range(0, 256)"_msg);
        return false;
    }
    *out = static_cast<char>(i);
    return true;
}

// Appends the ints of an iterable (each 0..255) to sb.
static bool collect_ints(StrBuilder& sb, Value iterable) {
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value item = iter_next(it);
        if (!item) return false;
        if (item == stop_marker()) return !sb.failed();
        char c;
        if (!byte_value(item, &c)) {
            if (exc_matches(state.exc, &value_error_type)) {
                take_exception();
                raise_value_error("bytes must be in range(0, 256)"_msg);
            }
            return false;
        }
        sb.append_byte(c);
    }
}

Value bytes_make_new(const Type* type, const Args& args) {
    static const char* const allowed[] = {"source", "encoding", "errors", nullptr};
    if (!check_kwargs(args, allowed)) return {};
    bool is_array = is_subtype(type, &bytearray_type);
    const Type* result = is_array ? &bytearray_type : &bytes_type;
    auto make = [&](string_view d) -> Value {
        if (is_array) {
            ByteArray* b = new_bytearray(d);
            return b ? Value(b) : Value();
        }
        return make_bytes(d);
    };
    Value src = args.n_pos > 0 ? args.pos[0] : kwarg(args, "source");
    Value enc = args.n_pos > 1 ? args.pos[1] : kwarg(args, "encoding");
    Value err = args.n_pos > 2 ? args.pos[2] : kwarg(args, "errors");
    if (!src) {
        if (enc || err) return raise_type_error("encoding or errors without sequence argument"_msg);
        return make({});
    }
    if (const Str* s = str_of(src)) {
        if (!enc) return raise_type_error("string argument without an encoding"_msg);
        return encode_to_bytes(s, enc, err, result);
    }
    if (enc) return raise_type_error("encoding without a string argument"_msg);
    if (err) return raise_type_error("errors without a string argument"_msg);
    string_view buf;
    if (get_buffer(src, &buf)) return make(buf);
    if (is_int(src)) {
        intptr_t n;
        if (!to_intptr(src, &n)) return {};
        if (n < 0) return raise_value_error("negative count"_msg);
        // n zero bytes made in place: no buffer to copy from, so the largest bytearray(n) is about all
        // the free heap, not half of it.
        if (is_array) {
            ByteArray* b = new_bytearray({});
            if (!b || !bytearray_reserve(b, size_t(n))) return {};
            if (n) memset(b->items, 0, size_t(n));
            b->len = size_t(n);
            return Value(b);
        }
        Str* r = str_alloc(&bytes_type, size_t(n));
        if (!r) return {};
        memset(str_text(r), 0, size_t(n));
        return str_seal(r, size_t(n));
    }
    if (!is_array && (type_of(src)->flags & type_flag_user)) {
        Value m;
        Lookup l = lookup_attr(src, &q_dunder_bytes, &m);
        if (l == Lookup::Error) return {};
        if (l == Lookup::Found) {
            Value r = call0(m);
            if (!r) return {};
            if (!is_type(r, &bytes_type))
                return raise_type_error("__bytes__ returned non-bytes (type %T)"_msg, r);
            return r;
        }
    }
    if (src == none() || is_type(src, &float_type))
        return raise_type_error("cannot convert '%T' object to %s"_msg, src,
                                is_array ? "bytearray" : "bytes");
    StrBuilder sb;
    if (!collect_ints(sb, src)) return {};
    return make({sb.data(), sb.size()});
}

// ---- repr ---------------------------------------------------------------------------------------------

static bool bytes_print(Printer& out, Value self, PrintKind) {
    string_view s;
    get_buffer(self, &s);
    bool array = type_of(native_of(self)) == &bytearray_type;
    if (array) out.write("bytearray(", 10);
    print_str_repr(out, s, array ? 'a' : 'b');
    if (array) out.put(')');
    return true;
}

static Value bytes_unary_op(UnaryOp op, Value self) {
    string_view s;
    get_buffer(self, &s);
    switch (op) {
        case UnaryOp::Bool: return py_bool(!s.empty());
        case UnaryOp::Len: return make_int(static_cast<intptr_t>(s.size()));
        case UnaryOp::Hash:
            if (type_of(native_of(self)) == &bytearray_type)
                return raise_type_error("unhashable type: 'bytearray'"_msg);
            return Value::small(static_cast<intptr_t>(str_hash(native_of(self).as<Str>())));
        default: return not_implemented();
    }
}

// ---- hex, fromhex, decode, translate -----------------------------------------------------------------

#if MBPY_BYTES_HEX || MBPY_MEMORYVIEW
Value bytes_hex_of(string_view data, const Args& a) {
    Value sep_v = a.n_pos > 1 ? a.pos[1] : kwarg(a, "sep");
    Value per_v = a.n_pos > 2 ? a.pos[2] : kwarg(a, "bytes_per_sep");
    string_view sep;
    intptr_t per = 1;
    if (sep_v) {
        if (const Str* s = str_of(sep_v))
            sep = s->view();
        else if (!get_buffer(sep_v, &sep))
            return raise_type_error("sep must be str or bytes."_msg);
        if (sep.size() != 1) return raise_value_error("sep must be length 1."_msg);
    }
    if (per_v && !to_intptr(per_v, &per)) return {};
    size_t group = static_cast<size_t>(per < 0 ? -per : per);
    StrBuilder sb;
    Printer p = sb.printer();
    for (size_t i = 0; i < data.size(); ++i) {
        // Separators count groups from the right for positive bytes_per_sep, from the left for negative.
        if (i > 0 && !sep.empty() && group > 0) {
            size_t k = per > 0 ? data.size() - i : i;
            if (k % group == 0) sb.append(sep);
        }
        print_hex(p, static_cast<uint8_t>(data[i]), 2);
    }
    if (sb.failed()) return {};
    return sb.finish();
}
#endif

#if MBPY_BYTES_HEX
static Value bytes_hex(const Args& a) {
    string_view d;
    get_buffer(a.pos[0], &d);
    return bytes_hex_of(d, a);
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value fromhex_common(Value arg, bool array) {
    const Str* s = str_of(arg);
    if (!s) return raise_type_error("fromhex() argument must be str, not %T"_msg, arg);
    StrBuilder sb;
    string_view d = s->view();
    for (size_t i = 0; i < d.size();) {
        if (is_ascii_space(d[i])) {
            ++i;
            continue;
        }
        int hi = hex_digit(d[i]);
        int lo = i + 1 < d.size() ? hex_digit(d[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return raise_value_error("non-hexadecimal number found in fromhex() arg at position %zu"_msg,
                                     hi < 0 ? i : i + 1);
        sb.append_byte(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    if (sb.failed()) return {};
    if (array) {
        ByteArray* b = new_bytearray({sb.data(), sb.size()});
        return b ? Value(b) : Value();
    }
    return sb.finish(&bytes_type);
}
// Called as bytes.fromhex(s) (one argument) or b.fromhex(s) (self first).
static Value bytes_fromhex(const Args& a) { return fromhex_common(a.pos[0], false); }
static Value bytearray_fromhex(const Args& a) { return fromhex_common(a.pos[0], true); }
#endif

#if MBPY_STR_CODECS
static Value bytes_decode(const Args& a) {
    static const char* const allowed[] = {"encoding", "errors", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    string_view d;
    get_buffer(a.pos[0], &d);
    return decode_to_str(d, a.n_pos > 1 ? a.pos[1] : kwarg(a, "encoding"),
                         a.n_pos > 2 ? a.pos[2] : kwarg(a, "errors"));
}
#endif

#if MBPY_STR_METHODS_EXTRA
static Value bytes_translate(const Args& a) {
    TextSelf t;
    if (!text_self(a.pos[0], &t)) return {};
    string_view table, del;
    if (a.pos[1] != none()) {
        if (!get_buffer(a.pos[1], &table))
            return raise_type_error("a bytes-like object is required, not '%T'"_msg, a.pos[1]);
        if (table.size() != 256)
            return raise_value_error("translation table must be 256 characters long"_msg);
    }
    Value dv = a.n_pos > 2 ? a.pos[2] : kwarg(a, "delete");
    if (dv && !get_buffer(dv, &del))
        return raise_type_error("a bytes-like object is required, not '%T'"_msg, dv);
    StrBuilder sb;
    for (size_t i = 0; i < t.len; ++i) {
        char c = t.data[i];
        if (del.find(c) != string_view::npos) continue;
        sb.append_byte(table.empty() ? c : table[static_cast<uint8_t>(c)]);
    }
    if (sb.failed()) return {};
    return text_make(t, {sb.data(), sb.size()});
}

static Value bytes_maketrans(const Args& a) {
    string_view from, to;
    const Value* p = a.pos;
    if (!get_buffer(p[0], &from) || !get_buffer(p[1], &to))
        return raise_type_error("a bytes-like object is required, not '%T'"_msg,
                                get_buffer(p[0], nullptr) ? p[1] : p[0]);
    if (from.size() != to.size()) return raise_value_error("maketrans arguments must have same length"_msg);
    char table[256];
    for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); ++i) table[static_cast<uint8_t>(from[i])] = to[i];
    return make_bytes({table, 256});
}
#endif

// ---- bytearray mutation ------------------------------------------------------------------------------

static ByteArray* self_array(Value v) { return native_of(v).as<ByteArray>(); }

static Value ba_append(const Args& a) {
    char c;
    if (!byte_value(a.pos[1], &c)) return {};
    ByteArray* b = self_array(a.pos[0]);
    if (!bytearray_splice(b, b->len, 0, {&c, 1})) return {};
    return none();
}

// Bytes of a buffer or an iterable of ints, copied (so the source may alias the target).
static Value bytes_from_any(Value v) {
    string_view buf;
    if (get_buffer(v, &buf)) return make_bytes(buf);
    if (str_of(v)) return raise_type_error("can't extend bytearray with str"_msg);
    StrBuilder sb;
    if (!collect_ints(sb, v)) return {};
    return sb.finish(&bytes_type);
}

static Value ba_extend(const Args& a) {
    if (is_int(a.pos[1])) return raise_type_error("can't extend bytearray with int"_msg);
    Value data = bytes_from_any(a.pos[1]);
    if (!data) return {};
    ByteArray* b = self_array(a.pos[0]);
    if (!bytearray_splice(b, b->len, 0, as_str(data)->view())) return {};
    return none();
}

#if MBPY_BYTEARRAY_METHODS
static Value ba_insert(const Args& a) {
    ByteArray* b = self_array(a.pos[0]);
    intptr_t i;
    char c;
    if (!to_index(a.pos[1], &i) || !byte_value(a.pos[2], &c)) return {};
    intptr_t n = static_cast<intptr_t>(b->len);
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    if (!bytearray_splice(b, static_cast<size_t>(i), 0, {&c, 1})) return {};
    return none();
}

static Value ba_pop(const Args& a) {
    ByteArray* b = self_array(a.pos[0]);
    if (b->len == 0) return raise_index_error("pop from empty bytearray"_msg);
    size_t i = b->len - 1;
    if (a.n_pos > 1 && !normalize_index(a.pos[1], b->len, &i, "pop index")) return {};
    Value r = Value::small(static_cast<uint8_t>(b->items[i]));
    bytearray_splice(b, i, 1, {});
    return r;
}

static Value ba_remove(const Args& a) {
    ByteArray* b = self_array(a.pos[0]);
    char c;
    if (!byte_value(a.pos[1], &c)) return {};
    const void* at = b->len ? memchr(b->items, c, b->len) : nullptr;
    if (!at) return raise_value_error("value not found in bytearray"_msg);
    bytearray_splice(b, static_cast<size_t>(static_cast<const char*>(at) - b->items), 1, {});
    return none();
}

static Value ba_clear(const Args& a) {
    self_array(a.pos[0])->len = 0;
    return none();
}

static Value ba_reverse(const Args& a) {
    ByteArray* b = self_array(a.pos[0]);
    for (size_t i = 0, j = b->len; i + 1 < j; ++i, --j) {
        char t = b->items[i];
        b->items[i] = b->items[j - 1];
        b->items[j - 1] = t;
    }
    return none();
}

static Value ba_copy(const Args& a) {
    ByteArray* b = self_array(a.pos[0]);
    ByteArray* c = new_bytearray({b->items, b->len});
    return c ? Value(c) : Value();
}
#endif

// Item and slice load/store/delete.
static Value bytearray_subscr(Value self, Value index, Value value) {
    if (!value) return str_subscr(self, index, value);
    ByteArray* b = self_array(self);
    if (!is_type(index, &slice_type)) {
        size_t i;
        if (!is_int(index) && !(type_of(index)->flags & type_flag_user))
            return raise_type_error("bytearray indices must be integers or slices, not %T"_msg, index);
        if (!normalize_index(index, b->len, &i, "bytearray index")) return {};
        if (value == subscr_delete()) {
            bytearray_splice(b, i, 1, {});
            return none();
        }
        char c;
        if (!byte_value(value, &c)) return {};
        b->items[i] = c;
        return none();
    }
    intptr_t start, stop, step;
    if (!slice_indices(index, static_cast<intptr_t>(b->len), &start, &stop, &step)) return {};
    intptr_t count = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
                              : (start > stop ? (start - stop - 1) / (-step) + 1 : 0);
    if (value == subscr_delete()) {
        if (step == 1) {
            if (count > 0) bytearray_splice(b, static_cast<size_t>(start), static_cast<size_t>(count), {});
            return none();
        }
        // Extended slice: keep the bytes not selected, in order.
        size_t w = 0;
        for (size_t r = 0; r < b->len; ++r) {
            intptr_t ri = static_cast<intptr_t>(r);
            intptr_t off = step > 0 ? ri - start : start - ri;
            intptr_t s = step > 0 ? step : -step;
            bool hit = off >= 0 && off % s == 0 && off / s < count;
            if (!hit) b->items[w++] = b->items[r];
        }
        b->len = w;
        return none();
    }
    if (is_int(value) || str_of(value))
        return raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"_msg);
    Value data = bytes_from_any(value);
    if (!data) return {};
    string_view d = as_str(data)->view();
    if (step == 1) {
        if (stop < start) stop = start;
        if (!bytearray_splice(b, static_cast<size_t>(start), static_cast<size_t>(stop - start), d)) return {};
        return none();
    }
    if (static_cast<intptr_t>(d.size()) != count)
        return raise_value_error("attempt to assign bytes of size %zu to extended slice of size %zu"_msg,
                                 d.size(), static_cast<size_t>(count));
    for (intptr_t k = 0; k < count; ++k) b->items[start + k * step] = d[static_cast<size_t>(k)];
    return none();
}

static Value bytearray_binary_op(BinaryOp op, Value lhs, Value rhs) {
    if (op == BinaryOp::InplaceAdd) {
        string_view d;
        if (!get_buffer(rhs, &d)) return raise_type_error("can't concat %T to bytearray"_msg, rhs);
        Value copy = make_bytes(d);
        if (!copy) return {};
        ByteArray* b = self_array(lhs);
        if (!bytearray_splice(b, b->len, 0, as_str(copy)->view())) return {};
        return lhs;
    }
    if (op == BinaryOp::InplaceMul && is_int(rhs)) {
        ByteArray* b = self_array(lhs);
        intptr_t n;
        if (!to_intptr(rhs, &n)) return {};
        if (n <= 0 || b->len == 0) {
            b->len = 0;
            return lhs;
        }
        size_t one = b->len;
        if (static_cast<size_t>(n) > SIZE_MAX / 2 / one) return raise_memory_error();
        if (!bytearray_reserve(b, one * static_cast<size_t>(n))) return {};
        for (intptr_t k = 1; k < n; ++k) memcpy(b->items + one * k, b->items, one);
        b->len = one * static_cast<size_t>(n);
        return lhs;
    }
    return str_binary_op(op, lhs, rhs);
}

// ---- method tables and types -------------------------------------------------------------------------

#if MBPY_BYTES_HEX
static constexpr NativeFunction f_bytes_hex = native(q_hex, bytes_hex, 1, 3, true);
static constexpr NativeFunction f_bytes_fromhex = native(q_fromhex, bytes_fromhex, 1, 1);
static constexpr NativeFunction f_bytearray_fromhex = native(q_fromhex, bytearray_fromhex, 1, 1);
#endif
#if MBPY_STR_CODECS
static constexpr NativeFunction f_bytes_decode = native(q_decode, bytes_decode, 1, 3, true);
#endif
#if MBPY_STR_METHODS_EXTRA
static constexpr NativeFunction f_bytes_translate = native(q_translate, bytes_translate, 2, 3, true);
static constexpr NativeFunction f_bytes_maketrans = native(q_maketrans, bytes_maketrans, 2, 2);
#endif
// Static methods (no self: any value may come first, so they are no methods of the type).
#if MBPY_BYTES_HEX
static const MethodWrapper sm_bytes_fromhex = {{&staticmethod_type}, Value(&f_bytes_fromhex)};
static const MethodWrapper sm_bytearray_fromhex = {{&staticmethod_type}, Value(&f_bytearray_fromhex)};
#endif
#if MBPY_STR_METHODS_EXTRA
static const MethodWrapper sm_bytes_maketrans = {{&staticmethod_type}, Value(&f_bytes_maketrans)};
#endif
static constexpr NativeFunction f_ba_append = native(q_append, ba_append, 2, 2);
static constexpr NativeFunction f_ba_extend = native(q_extend, ba_extend, 2, 2);
#if MBPY_BYTEARRAY_METHODS
static constexpr NativeFunction f_ba_insert = native(q_insert, ba_insert, 3, 3);
static constexpr NativeFunction f_ba_pop = native(q_pop, ba_pop, 1, 2);
static constexpr NativeFunction f_ba_remove = native(q_remove, ba_remove, 2, 2);
static constexpr NativeFunction f_ba_clear = native(q_clear, ba_clear, 1, 1);
static constexpr NativeFunction f_ba_reverse = native(q_reverse, ba_reverse, 1, 1);
static constexpr NativeFunction f_ba_copy = native(q_copy, ba_copy, 1, 1);
#endif

// clang-format off
#define SHARED_ENTRY(name) {&q_##name, &text_method_##name},
static MBPY_VALUE_CONSTINIT const AttrEntry bytes_entries[] = {
    MBPY_TEXT_SHARED_METHODS(SHARED_ENTRY)
#if MBPY_BYTES_HEX
    {&q_hex, &f_bytes_hex},
    {&q_fromhex, &sm_bytes_fromhex},
#endif
#if MBPY_STR_CODECS
    {&q_decode, &f_bytes_decode},
#endif
#if MBPY_STR_METHODS_EXTRA
    {&q_translate, &f_bytes_translate},
    {&q_maketrans, &sm_bytes_maketrans},
#endif
};
static MBPY_VALUE_CONSTINIT const AttrEntry bytearray_entries[] = {
#if MBPY_BYTEARRAY_METHODS
    MBPY_TEXT_SHARED_METHODS(SHARED_ENTRY)
#if MBPY_BYTES_HEX
    {&q_hex, &f_bytes_hex},
    {&q_fromhex, &sm_bytearray_fromhex},
#endif
#if MBPY_STR_CODECS
    {&q_decode, &f_bytes_decode},
#endif
#if MBPY_STR_METHODS_EXTRA
    {&q_translate, &f_bytes_translate},
    {&q_maketrans, &sm_bytes_maketrans},
#endif
#endif
    {&q_append, &f_ba_append},
    {&q_extend, &f_ba_extend},
#if MBPY_BYTEARRAY_METHODS
    {&q_insert, &f_ba_insert},
    {&q_pop, &f_ba_pop},
    {&q_remove, &f_ba_remove},
    {&q_clear, &f_ba_clear},
    {&q_reverse, &f_ba_reverse},
    {&q_copy, &f_ba_copy},
#endif
};
// clang-format on
#undef SHARED_ENTRY

extern const AttrTable bytes_locals = {bytes_entries, sizeof(bytes_entries) / sizeof(bytes_entries[0])};
static constexpr AttrTable bytearray_locals = {bytearray_entries,
                                               sizeof(bytearray_entries) / sizeof(bytearray_entries[0])};

const Type bytes_type = builtin_type({.name = &q_bytes,
                                      .flags = type_flag_base_ok,
                                      .make_new = bytes_make_new,
                                      .print = bytes_print,
                                      .unary_op = bytes_unary_op,
                                      .binary_op = str_binary_op,
                                      .subscr = str_subscr,
                                      .getiter = str_getiter,
                                      .locals = &bytes_locals,
                                      .base = &object_type});

const Type bytearray_type = builtin_type({.name = &q_bytearray,
                                          .flags = type_flag_base_ok,
                                          .make_new = bytes_make_new,
                                          .print = bytes_print,
                                          .unary_op = bytes_unary_op,
                                          .binary_op = bytearray_binary_op,
                                          .subscr = bytearray_subscr,
                                          .getiter = str_getiter,
                                          .locals = &bytearray_locals,
                                          .base = &object_type});

}  // namespace core
