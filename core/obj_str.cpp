// str beyond its core: indexing/slicing by code point, iteration, operators, repr. The constructor, the
// str-only methods and the method table (str_locals) are in str_type_methods.cpp.
#include <string.h>

#include "core/config.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"
#include "core/vm_support.hpp"

namespace core {

using std::string_view;

// ---- access helpers ----------------------------------------------------------------------------------

const Str* str_of(Value v) {
    if (!v.is_obj()) return nullptr;
    const Type* t = v.obj()->type;
    if (t == &str_type) return v.as<Str>();
    if ((t->flags & type_flag_user) && is_subtype(t, &str_type)) {
        Value n = native_of(v);
        if (n.is_obj() && n.obj()->type == &str_type) return n.as<Str>();
    }
    return nullptr;
}

bool text_self(Value v, TextSelf* out) {
    if (const Str* s = str_of(v)) {
        *out = {&str_type, s->data, s->len, s->char_count(), true};
        return true;
    }
    Value n = v.is_obj() && (v.obj()->type->flags & type_flag_user) ? native_of(v) : v;
    const Type* t = type_of(n);
    if (t == &bytes_type) {
        const Str* s = n.as<Str>();
        *out = {&bytes_type, s->data, s->len, s->len, false};
        return true;
    }
    if (t == &bytearray_type) {
        const ByteArray* b = n.as<ByteArray>();
        *out = {&bytearray_type, b->items ? b->items : "", b->len, b->len, false};  // never null: memcmp
        return true;
    }
    raise_type_error("descriptor requires a 'str', 'bytes' or 'bytearray' object but received '%T'"_msg, v);
    return false;
}

Value text_make(const TextSelf& t, string_view data) {
    if (t.type == &str_type) {
        // A piece of an ASCII self is ASCII: no need to count code points.
        bool piece = t.chars == t.len && data.data() >= t.data && data.data() + data.size() <= t.data + t.len;
        return make_text(&str_type, data, piece ? data.size() : count_chars);
    }
    if (t.type == &bytes_type) return make_bytes(data);
    ByteArray* b = new_bytearray(data);
    return b ? Value(b) : Value();
}

bool text_arg(const TextSelf& t, Value v, string_view* out) {
    if (t.is_str) {
        const Str* s = str_of(v);
        if (!s) {
            raise_type_error("must be str, not %T"_msg, v);
            return false;
        }
        *out = s->view();
        return true;
    }
    if (!get_buffer(v, out)) {
        raise_type_error("a bytes-like object is required, not '%T'"_msg, v);
        return false;
    }
    return true;
}

// ---- indices and slices ----------------------------------------------------------------------------

bool slice_indices(Value slice, intptr_t len, intptr_t* start, intptr_t* stop, intptr_t* step) {
    SliceRange r;
    if (!slice_resolve(slice, len, &r)) return false;
    *start = r.start, *stop = r.stop, *step = r.step;
    return true;
}

static intptr_t slice_count(intptr_t start, intptr_t stop, intptr_t step) {
    if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

bool normalize_index(Value index, size_t len, size_t* out, const char* what) {
    intptr_t i;
    if (!to_index(index, &i)) return false;
    if (i < 0) i += static_cast<intptr_t>(len);
    if (i < 0 || static_cast<size_t>(i) >= len) {
        raise_index_error("%s out of range"_msg, what);
        return false;
    }
    *out = static_cast<size_t>(i);
    return true;
}

// ---- subscr, iteration --------------------------------------------------------------------------

Value str_subscr(Value self, Value index, Value value) {
    TextSelf t;
    if (!text_self(self, &t)) return {};
    if (value) {
        if (value == subscr_delete())
            return raise_type_error("'%T' object doesn't support item deletion"_msg, self);
        return raise_type_error("'%T' object does not support item assignment"_msg, self);
    }
    if (is_type(index, &slice_type)) {
        intptr_t start, stop, step;
        if (!slice_indices(index, static_cast<intptr_t>(t.chars), &start, &stop, &step)) return {};
        intptr_t n = slice_count(start, stop, step);
        if (n <= 0) return text_make(t, {});
        bool ascii = t.chars == t.len;
        size_t chars = t.is_str ? static_cast<size_t>(n) : count_chars;
        if (step == 1) {
            size_t b0 = ascii ? start : unicode::byte_offset(t.data, t.len, start);
            size_t b1 = ascii ? stop : b0 + unicode::byte_offset(t.data + b0, t.len - b0, stop - start);
            if (t.type == &bytearray_type) return text_make(t, {t.data + b0, b1 - b0});
            return make_text(t.type, {t.data + b0, b1 - b0}, chars);
        }
#if MBPY_STR_FAST_PATHS
        if (ascii && t.type != &bytearray_type) {
            // One byte per item: fill the result directly.
            if (n == 1 && t.is_str) return str_ascii_char(static_cast<uint8_t>(t.data[start]));
            Str* r = str_alloc(t.type, static_cast<size_t>(n));
            if (!r) return {};
            char* out = str_text(r);
            const char* in = t.data + start;
            for (intptr_t k = 0; k < n; ++k, in += step) out[k] = *in;
            return str_seal(r, chars);
        }
#endif
        StrBuilder sb;
        size_t pos = ascii ? start : unicode::byte_offset(t.data, t.len, start);
        for (intptr_t k = 0; k < n; ++k) {
            size_t end = pos + 1;
            if (!ascii)
                while (end < t.len && unicode::is_continuation(static_cast<uint8_t>(t.data[end]))) ++end;
            sb.append({t.data + pos, end - pos});
            if (k + 1 == n) break;
            // Move |step| characters forward or backward.
            for (intptr_t s = step; s > 0; --s) {
                ++pos;
                if (!ascii)
                    while (pos < t.len && unicode::is_continuation(static_cast<uint8_t>(t.data[pos]))) ++pos;
            }
            for (intptr_t s = step; s < 0; ++s) {
                --pos;
                if (!ascii)
                    while (pos > 0 && unicode::is_continuation(static_cast<uint8_t>(t.data[pos]))) --pos;
            }
        }
        return text_finish(sb, t);
    }
    if (!is_int(index) && !(type_of(index)->flags & type_flag_user)) {
        if (t.is_str) return raise_type_error("string indices must be integers, not '%T'"_msg, index);
        return raise_type_error("byte indices must be integers or slices, not %T"_msg, index);
    }
    size_t i;
    // CPython: "string index out of range", "index out of range" (bytes), "bytearray index out of range".
    if (!normalize_index(index, t.chars, &i,
                         t.is_str                ? "string index"
                         : t.type == &bytes_type ? "index"
                                                 : "bytearray index"))
        return {};
    if (!t.is_str) return Value::small(static_cast<uint8_t>(t.data[i]));
    if (t.chars == t.len) return str_ascii_char(static_cast<uint8_t>(t.data[i]));
    size_t b = unicode::byte_offset(t.data, t.len, i);
    size_t e = b + 1;
    while (e < t.len && unicode::is_continuation(static_cast<uint8_t>(t.data[e]))) ++e;
    return make_text(&str_type, {t.data + b, e - b}, 1);
}

namespace {
// The iterator of a str, bytes or bytearray: the text and a byte offset. It is a SeqIterObj so that the
// VM's FOR_ITER can step it over a str's ASCII characters without the slot call (vm.cpp fast_for_next).
using TextIter = SeqIterObj;

Value text_iter_next(Value self) {
    TextIter* it = self.as<TextIter>();
    if (it->seq.is_obj() && it->seq.obj()->type == &str_type) {
        // Plain str: no TextSelf; ASCII characters are the constant strs.
        const Str* s = it->seq.as<Str>();
        size_t b = it->index;
        if (b >= s->len) return stop_marker();
        uint8_t c = static_cast<uint8_t>(s->data[b]);
        if (c < 0x80) {
            it->index = b + 1;
            return str_ascii_char(c);
        }
        size_t e = b + 1;
        while (e < s->len && unicode::is_continuation(static_cast<uint8_t>(s->data[e]))) ++e;
        it->index = e;
        return make_text(&str_type, {s->data + b, e - b}, 1);
    }
    TextSelf t;
    if (!text_self(it->seq, &t)) return {};
    if (it->index >= t.len) return stop_marker();
    if (!t.is_str) return Value::small(static_cast<uint8_t>(t.data[it->index++]));
    size_t b = it->index, e = b + 1;
    while (e < t.len && unicode::is_continuation(static_cast<uint8_t>(t.data[e]))) ++e;
    it->index = e;
    return make_text(&str_type, {t.data + b, e - b}, 1);
}
Value text_iter_self(Value self) { return self; }
}  // namespace

const Type str_iterator_type = builtin_type({.name = &q_str_iterator,
                                             .flags = type_flag_iter_is_self,
                                             .getiter = text_iter_self,
                                             .iternext = text_iter_next});

Value str_getiter(Value self) {
    TextIter* it = alloc<TextIter>(&str_iterator_type);
    if (!it) return {};
    it->seq = self;
    it->index = 0;
    return Value(it);
}

// ---- operators -------------------------------------------------------------------------------------

Value text_concat(const Type* type, string_view a, size_t a_chars, string_view b, size_t b_chars) {
    if (type == &str_type && a.size() + b.size() <= 1) return make_text(type, a.empty() ? b : a, 1);
    Str* r = str_alloc(type, a.size() + b.size());
    if (!r) return {};
    memcpy(str_text(r), a.data(), a.size());
    memcpy(str_text(r) + a.size(), b.data(), b.size());
    return str_seal(r, a_chars + b_chars);
}

Value str_concat(Value lhs, Value rhs) {
    const Str* a = lhs.as<Str>();
    const Str* b = rhs.as<Str>();
    if (b->len == 0) return lhs;  // str is immutable: "" + s is s (CPython does the same)
    if (a->len == 0) return rhs;
    return text_concat(&str_type, a->view(), a->char_count(), b->view(), b->char_count());
}

static Value repeat(const TextSelf& t, Value count) {
    intptr_t n;
    if (!to_index(count, &n)) return {};
    if (n <= 0 || t.len == 0) return text_make(t, {});
    if (static_cast<size_t>(n) > SIZE_MAX / 2 / t.len) return raise_memory_error();
    size_t total = t.len * static_cast<size_t>(n);
    if (t.type == &bytearray_type) {
        StrBuilder sb;
        if (!sb.reserve(total)) return {};
        for (intptr_t i = 0; i < n; ++i) sb.append({t.data, t.len});
        return text_finish(sb, t);
    }
    if (n == 1 && t.is_str) return make_text(&str_type, {t.data, t.len}, t.chars);
    Str* r = str_alloc(t.type, total);
    if (!r) return {};
    char* out = str_text(r);
    // Doubling copies: log2(n) memcpy calls instead of n.
    memcpy(out, t.data, t.len);
    for (size_t done = t.len; done < total;) {
        size_t k = done < total - done ? done : total - done;
        memcpy(out + done, out, k);
        done += k;
    }
    return str_seal(r, t.chars * static_cast<size_t>(n));
}

// Everything but `%`: see str_binary_op.
[[gnu::noinline]] static Value text_binary_op(BinaryOp op, Value lhs, Value rhs) {
    if (rhs.is_obj() && rhs.obj()->type == &str_type && lhs.obj()->type == &str_type) {
        if (op == BinaryOp::Add || op == BinaryOp::InplaceAdd) return str_concat(lhs, rhs);
    }
    if (op <= BinaryOp::Ne && rhs.is_obj() && rhs.obj()->type == &str_type && lhs.obj()->type == &str_type) {
        // Two exact strs compared: bytes directly (UTF-8 byte order is code-point order).
        string_view a = lhs.as<Str>()->view(), b = rhs.as<Str>()->view();
        switch (op) {
            case BinaryOp::Eq: return py_bool(lhs == rhs || a == b);
            case BinaryOp::Ne: return py_bool(lhs != rhs && a != b);
            case BinaryOp::Lt: return py_bool(a < b);
            case BinaryOp::Le: return py_bool(a <= b);
            case BinaryOp::Gt: return py_bool(a > b);
            default: return py_bool(a >= b);
        }
    }
    if (op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow)
        op = static_cast<BinaryOp>(static_cast<int>(op) - binary_inplace_offset);
    // Reflected: only `int * str` means something (self is lhs here, the int is rhs).
    if (op >= BinaryOp::ReverseOr && op < BinaryOp::Count) {
        if (op != BinaryOp::ReverseMul) return not_implemented();
        if (!is_repeat_count(rhs)) {
            if (type_of(rhs)->flags & type_flag_user) return not_implemented();
            return raise_type_error("can't multiply sequence by non-int of type '%T'"_msg, rhs);
        }
        op = BinaryOp::Mul;
    }
    if (op == BinaryOp::Mul) {
        TextSelf t;
        if (is_repeat_count(rhs) && (str_of(lhs) || get_buffer(lhs, nullptr)) && text_self(lhs, &t))
            return repeat(t, rhs);
        if (is_int(lhs) && (str_of(rhs) || get_buffer(rhs, nullptr)) && text_self(rhs, &t))
            return repeat(t, lhs);
        if (type_of(rhs)->flags & type_flag_user) return not_implemented();
        if (str_of(lhs) || str_of(rhs) || get_buffer(lhs, nullptr))
            return raise_type_error("can't multiply sequence by non-int of type '%T'"_msg,
                                    is_int(lhs) || !str_of(rhs) ? rhs : lhs);
        return not_implemented();
    }
    TextSelf t;
    if (!str_of(lhs) && !get_buffer(lhs, nullptr)) return not_implemented();
    if (!text_self(lhs, &t)) return {};
    string_view a(t.data, t.len), b;
    if (op == BinaryOp::Contains) {
        char byte;
        if (t.is_str) {
            const Str* s = str_of(rhs);
            if (!s) return raise_type_error("'in <string>' requires string as left operand, not %T"_msg, rhs);
            b = s->view();
        } else if (is_int(rhs)) {
            intptr_t v;
            if (!to_intptr(rhs, &v)) return {};
            if (v < 0 || v > 255) return raise_value_error("byte must be in range(0, 256)"_msg);
            byte = static_cast<char>(v);
            b = string_view(&byte, 1);
        } else if (!get_buffer(rhs, &b)) {
            return raise_type_error("a bytes-like object is required, not '%T'"_msg, rhs);
        }
        return py_bool(a.find(b) != string_view::npos);
    }
    bool other_ok = t.is_str ? (str_of(rhs) != nullptr) : get_buffer(rhs, &b);
    // bytes only add arrays: they compare with them by value (array's own ==, never equal).
    if (op != BinaryOp::Add && op != BinaryOp::InplaceAdd && !t.is_str &&
        array_data(native_of(rhs), nullptr, nullptr))
        return not_implemented();
    if (t.is_str && other_ok) b = str_of(rhs)->view();
    if (!other_ok) {
        if (op == BinaryOp::Add && !(type_of(rhs)->flags & type_flag_user)) {
            if (t.is_str) return raise_type_error("can only concatenate str (not \"%T\") to str"_msg, rhs);
            return raise_type_error("can't concat %T to %T"_msg, rhs, lhs);
        }
        return not_implemented();
    }
    switch (op) {
        case BinaryOp::Add: {
            if (t.type == &bytearray_type) {
                StrBuilder sb;
                if (!sb.reserve(a.size() + b.size())) return {};
                sb.append(a);
                sb.append(b);
                return text_finish(sb, t);
            }
            if (is_str(lhs) && is_str(rhs)) return str_concat(lhs, rhs);
            return text_concat(t.type, a, t.chars, b, t.is_str ? str_of(rhs)->char_count() : b.size());
        }
        case BinaryOp::Eq: return py_bool(a == b);
        case BinaryOp::Ne: return py_bool(a != b);
        case BinaryOp::Lt: return py_bool(a < b);  // byte order of UTF-8 == code point order
        case BinaryOp::Le: return py_bool(a <= b);
        case BinaryOp::Gt: return py_bool(a > b);
        case BinaryOp::Ge: return py_bool(a >= b);
        default: return not_implemented();
    }
}

// `%` goes on in calls that leave no frame here: percent_format's frame is on the C stack under every
// conversion (a __repr__ in Python, a float's digits), text_binary_op's would be on top of it.
Value str_binary_op(BinaryOp op, Value lhs, Value rhs) {
    if (op == BinaryOp::Mod || op == BinaryOp::InplaceMod) {
        if (str_of(lhs) || is_type(lhs, &bytes_type) || is_type(lhs, &bytearray_type))
            return percent_format(lhs, rhs);
        return not_implemented();
    }
    return text_binary_op(op, lhs, rhs);
}

// ---- printing and repr --------------------------------------------------------------------------

bool str_print(Printer& out, Value self, PrintKind kind) {
    const Str* s = str_of(self);
    if (!s) s = self.as<Str>();
    if (kind == PrintKind::Str)
        out.write(s->data, s->len);
    else
        print_str_repr(out, s->view());
    return true;
}

void print_hex(Printer& out, uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int k = digits - 1; k >= 0; --k) out.put(hex[(v >> (4 * k)) & 0xF]);
}

void print_hex_escape(Printer& out, uint32_t c) {
    out.put('\\');
    if (c < 0x100) {
        out.put('x');
        print_hex(out, c, 2);
    } else if (c < 0x10000) {
        out.put('u');
        print_hex(out, c, 4);
    } else {
        out.put('U');
        print_hex(out, c, 8);
    }
}

void print_str_repr(Printer& out, string_view s, char kind) {
    bool bytes = kind != 's';
    char quote = '\'';
    if (s.find('\'') != string_view::npos && s.find('"') == string_view::npos) quote = '"';
    if (bytes) out.put('b');
    out.put(quote);
    size_t run = 0;  // start of the pending run of characters printed as they are
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        uint32_t c = bytes ? static_cast<uint8_t>(s[i++]) : unicode::decode(s.data(), s.size(), &i);
        bool quoted = c == '\\' || c == static_cast<uint8_t>(quote) || (kind == 'a' && c == '\'');
        if (!quoted && (bytes ? c >= 0x20 && c < 0x7F : unicode::is_printable(c))) continue;
        out.write(s.data() + run, at - run);
        run = i;
        if (quoted) {
            out.put('\\');
            out.put(static_cast<char>(c));
        } else if (c == '\n')
            out.write("\\n", 2);
        else if (c == '\t')
            out.write("\\t", 2);
        else if (c == '\r')
            out.write("\\r", 2);
        else
            print_hex_escape(out, c);
    }
    out.write(s.data() + run, s.size() - run);
    out.put(quote);
}

}  // namespace core
