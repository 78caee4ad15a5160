// The constant interned names (MicroPython's qstrs): one sorted array of Str in read-only data, listed in
// core/names.def, shared by every file that needs a name, so each name exists once in the binary.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/object.hpp"

namespace core {

// A name's id is its index in name_table, so a name fits in 16 bits (NativeFunction keeps one) and a
// `const Str*` into the table converts to its id and back. The board modules' words (display, scroll ...)
// are in the same list: a name is only text, so the core needs no board header for it, and one sorted
// array keeps one id space and one binary search for core::intern.
enum class NameId : uint16_t {
#define MBPY_NAME(id, text) q_##id,
#include "core/names.def"
#undef MBPY_NAME
};
inline constexpr size_t name_count = 0
#define MBPY_NAME(id, text) +1
#include "core/names.def"
#undef MBPY_NAME
    ;
static_assert(name_count < 0x10000, "a name id is 16 bits");

extern const Str name_table[name_count];

// q_append is the constant Str "append" (q for qstr).
#define MBPY_NAME(id, text) inline constexpr const Str& q_##id = name_table[size_t(NameId::q_##id)];
#include "core/names.def"
#undef MBPY_NAME

constexpr const Str* name_str(NameId id) { return &name_table[size_t(id)]; }
inline bool is_const_name(const Str* s) { return s >= name_table && s < name_table + name_count; }
inline NameId name_id(const Str* s) { return NameId(s - name_table); }  // s must be a constant name

extern const Type native_function_type;

// The one way to declare a native function or method, with its name from the table:
//     static constexpr NativeFunction append_fn = native(q_append, list_append, 2, 2);
// A name outside the table does not compile (the id is the name's offset in it). A method trusts its self:
// one fetched from its type (`list.append`) is wrapped in a check (core/slot_methods.cpp), bound calls
// need none.
void native_min_pos_over_63();  // never defined: calling it makes such a constant not compile
constexpr NativeFunction native(const Str& name, NativeFn fn, uint8_t min_pos, uint8_t max_pos,
                                bool takes_kw = false) {
    if (min_pos > 0x3F) native_min_pos_over_63();  // min_pos is 6 bits (object.hpp)
    return {{&native_function_type}, fn, NameId(&name - name_table), min_pos, takes_kw, false, max_pos};
}
// A native function that may sleep or wait for input (hal::sleep_ms, the line editor, a reset).
constexpr NativeFunction native_pausing(const Str& name, NativeFn fn, uint8_t min_pos, uint8_t max_pos,
                                        bool takes_kw = false) {
    NativeFunction f = native(name, fn, min_pos, max_pos, takes_kw);
    f.may_pause = true;
    return f;
}

// The constant name with this text, or nullptr (binary search of the sorted table).
const Str* find_const_name(std::string_view text);

}  // namespace core
