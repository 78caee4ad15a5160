// The str type object and the string primitives everything needs: make_str, make_bytes, intern.
//
// The methods and the operator slots of str are the text helper's (obj_str.cpp), which defines the
// functions declared below; this file only wires them into the type object.
#include <string.h>

#include "core/obj_containers.hpp"

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
        case UnaryOp::Len: return Value::small(s->char_len);
        case UnaryOp::Hash: return Value::small(static_cast<intptr_t>(s->hash));
        default: return not_implemented();
    }
}

static constexpr Str q_str = const_str("str");

const Type str_type = {
    {&type_type}, &q_str,        type_flag_base_ok, str_make_new, str_print,  nullptr,
    str_unary_op, str_binary_op, nullptr,           nullptr,      str_subscr, str_getiter,
    nullptr,      &str_locals,   &object_type,      nullptr,      nullptr,    nullptr,
};

// Heap strings keep their bytes right after the header, NUL-terminated (so type and class names can be
// used as C strings).
Value make_bytes_type(const Type* t, std::string_view data) {
    Str* s = alloc<Str>(t, data.size() + 1);
    if (!s) return {};
    char* text = reinterpret_cast<char*>(s + 1);
    if (!data.empty()) memcpy(text, data.data(), data.size());
    text[data.size()] = 0;
    s->len = static_cast<uint32_t>(data.size());
    s->data = text;
    s->hash = hash_bytes(text, data.size());
    s->char_len = t == &str_type ? utf8_char_count(text, data.size()) : s->len;
    return Value(s);
}

Value make_str(std::string_view utf8) { return make_bytes_type(&str_type, utf8); }
Value make_bytes(std::string_view data) { return make_bytes_type(&bytes_type, data); }

Value intern(std::string_view name) {
    Str probe = const_str(name);
    Value v = dict_get_str(state.interned, &probe);
    if (v) return v;
    v = make_str(name);
    if (!v) return {};
    if (!dict_store(state.interned, v, v)) return {};
    return v;
}

}  // namespace core
