// memoryview over bytes, bytearray and array: slicing without copying, item assignment into a bytearray
// or array (items of the array's typecode), tobytes/tolist/hex, comparison with any buffer.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"

#if MBPY_MEMORYVIEW
namespace core {

using std::string_view;

static Value memoryview_make(Value base, size_t offset, size_t len) {
    MemoryView* m = alloc<MemoryView>(&memoryview_type);
    if (!m) return {};
    m->base = base;
    m->offset = offset;
    m->len = len;
    return Value(m);
}

static Value memoryview_make_new(const Type*, const Args& args) {
    if (args.n_pos != 1 || args.n_kw) return raise_type_error("memoryview() takes exactly one argument"_msg);
    Value src = native_of(args.pos[0]);
    if (is_type(src, &memoryview_type)) {
        const MemoryView* m = src.as<MemoryView>();
        return memoryview_make(m->base, m->offset, m->len);
    }
    string_view d;
    if (!get_buffer(src, &d))
        return raise_type_error("memoryview: a bytes-like object is required, not '%T'"_msg, args.pos[0]);
    return memoryview_make(src, 0, is_type(src, &bytes_type) ? d.size() : SIZE_MAX);
}

static bool mv_writable(const MemoryView* m) { return !is_type(m->base, &bytes_type); }

// The typecode of the items ('B' unless the base is an array) and their size.
static char mv_code(const MemoryView* m) {
    char code = 'B';
    array_data(m->base, nullptr, &code);
    return code;
}
static size_t mv_itemsize(const MemoryView* m) { return binary_item_size(mv_code(m), true); }

// The items as a list (tolist() and iteration: a copy, so a view of a resized buffer stays safe).
static Value mv_tolist_of(Value self) {
    const MemoryView* m = self.as<MemoryView>();
    string_view d;
    get_buffer(self, &d);
    char code = mv_code(m);
    size_t size = binary_item_size(code, true);
    List* l = new_list(d.size() / size);
    if (!l) return {};
    const uint8_t* p = reinterpret_cast<const uint8_t*>(d.data());  // unpacking never resizes the base
    for (size_t i = 0; i < l->len; ++i) {
        l->items[i] = binary_unpack_one(code, p + i * size, size, true);
        if (!l->items[i]) return {};
    }
    return Value(l);
}

static size_t mv_len(Value self) {
    string_view d;
    get_buffer(self, &d);
    return d.size();
}

static bool memoryview_print(Printer& out, Value self, PrintKind) {
    out.printf("<memory at 0x%p>", self.obj());
    return true;
}

static Value memoryview_unary_op(UnaryOp op, Value self) {
    switch (op) {
        case UnaryOp::Bool: return py_bool(mv_len(self) != 0);
        case UnaryOp::Len:
            return make_int(static_cast<intptr_t>(mv_len(self) / mv_itemsize(self.as<MemoryView>())));
        case UnaryOp::Hash: {
            if (mv_writable(self.as<MemoryView>()))
                return raise_value_error("cannot hash writable memoryview object"_msg);
            string_view d;
            get_buffer(self, &d);
            return Value::small(static_cast<intptr_t>(hash_bytes(d.data(), d.size())));
        }
        default: return not_implemented();
    }
}

static Value memoryview_binary_op(BinaryOp op, Value lhs, Value rhs) {
    string_view a, b;
    if ((op != BinaryOp::Eq && op != BinaryOp::Ne) || !get_buffer(lhs, &a)) return not_implemented();
    if (!get_buffer(rhs, &b)) return op == BinaryOp::Eq ? py_bool(false) : py_bool(true);
    return py_bool((a == b) == (op == BinaryOp::Eq));
}

static Value memoryview_subscr(Value self, Value index, Value value) {
    MemoryView* m = self.as<MemoryView>();
    string_view d;
    get_buffer(self, &d);
    char code = mv_code(m);
    size_t size = binary_item_size(code, true);
    if (is_type(index, &slice_type)) {
        intptr_t start, stop, step;
        if (!slice_indices(index, static_cast<intptr_t>(d.size() / size), &start, &stop, &step)) return {};
        if (step != 1) return raise(&not_implemented_error_type, "memoryview slices with a step"_msg);
        if (stop < start) stop = start;
        size_t from = size_t(start) * size, n = size_t(stop - start) * size;
        if (!value) return memoryview_make(m->base, m->offset + from, n);
        if (value == subscr_delete()) return raise_type_error("cannot delete memory"_msg);
        if (!mv_writable(m)) return raise_type_error("cannot modify read-only memory"_msg);
        string_view src;
        if (!get_buffer(value, &src))
            return raise_type_error("a bytes-like object is required, not '%T'"_msg, value);
        char src_code = 'B';
        Value v = native_of(value);
        if (is_type(v, &memoryview_type)) v = v.as<MemoryView>()->base;
        array_data(v, nullptr, &src_code);
        if (src.size() != n || src_code != code)
            return raise_value_error(
                "memoryview assignment: lvalue and rvalue have different structures"_msg);
        memmove(const_cast<char*>(d.data()) + from, src.data(), n);
        return none();
    }
    if (!is_int(index) && !(type_of(index)->flags & type_flag_user))
        return raise_type_error("memoryview: invalid slice key"_msg);
    size_t i;
    if (!normalize_index(index, d.size() / size, &i, "index")) return {};
    uint8_t* item = reinterpret_cast<uint8_t*>(const_cast<char*>(d.data())) + i * size;
    if (!value) return binary_unpack_one(code, item, size, true);
    if (value == subscr_delete()) return raise_type_error("cannot delete memory"_msg);
    if (!mv_writable(m)) return raise_type_error("cannot modify read-only memory"_msg);
    bool real = code == 'f' || code == 'd';
    if (real ? !is_int(value) && !is_float(value) : !is_int(value) || is_float(value))
        return raise_type_error("memoryview: invalid type for format '%c'"_msg, code);
    uint8_t tmp[8];
    if (!binary_pack_one(code, value, tmp, size, true)) {
        if (!exc_matches(state.exc, &value_error_type)) return {};
        take_exception();
        return raise_value_error("memoryview: invalid value for format '%c'"_msg, code);
    }
    memcpy(item, tmp, size);
    return none();
}

static Value memoryview_getiter(Value self) {
    Value items = mv_tolist_of(self);
    return items ? get_iter(items) : Value();
}

static Value mv_tobytes(const Args& a) {
    string_view d;
    get_buffer(a.pos[0], &d);
    return make_bytes(d);
}

static Value mv_tolist(const Args& a) { return mv_tolist_of(a.pos[0]); }

static Value mv_hex(const Args& a) {
    string_view d;
    get_buffer(a.pos[0], &d);
    return bytes_hex_of(d, a);
}

static Value mv_release(const Args&) { return none(); }

static Lookup memoryview_attr_get(Value self, const Str* name, Value* out) {
    const MemoryView* m = self.as<MemoryView>();
    if (str_equal(name, &q_readonly))
        *out = py_bool(!mv_writable(m));
    else if (str_equal(name, &q_nbytes))
        *out = make_int(static_cast<intptr_t>(mv_len(self)));
    else if (str_equal(name, &q_obj))
        *out = m->base;
    else if (str_equal(name, &q_itemsize))
        *out = Value::small(static_cast<intptr_t>(mv_itemsize(m)));
    else
        return Lookup::Missing;
    return Lookup::Found;
}

static constexpr NativeFunction f_tobytes = native(q_tobytes, mv_tobytes, 1, 1);
static constexpr NativeFunction f_tolist = native(q_tolist, mv_tolist, 1, 1);
static constexpr NativeFunction f_hex = native(q_hex, mv_hex, 1, 3, true);
static constexpr NativeFunction f_release = native(q_release, mv_release, 1, 1);
static MBPY_VALUE_CONSTINIT const AttrEntry memoryview_entries[] = {
    {&q_tobytes, &f_tobytes}, {&q_tolist, &f_tolist}, {&q_hex, &f_hex}, {&q_release, &f_release}};
static constexpr AttrTable memoryview_locals = {memoryview_entries, 4};

const Type memoryview_type = builtin_type({.name = &q_memoryview,
                                           .make_new = memoryview_make_new,
                                           .print = memoryview_print,
                                           .unary_op = memoryview_unary_op,
                                           .binary_op = memoryview_binary_op,
                                           .attr_get = memoryview_attr_get,
                                           .subscr = memoryview_subscr,
                                           .getiter = memoryview_getiter,
                                           .locals = &memoryview_locals,
                                           .base = &object_type});

}  // namespace core
#endif  // MBPY_MEMORYVIEW
