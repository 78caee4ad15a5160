// The object model: object header, type objects and their slots, call arguments, native functions.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/config.hpp"
#include "core/value.hpp"

namespace core {

// Every object starts with its type. There is no other header: GC bookkeeping lives in the collector's
// own tables (gc.hpp), so a 2-word object costs 2 words.
struct Obj {
    const Type* type;
};

struct Str;
struct Dict;
struct Tuple;
class Printer;

// Arguments of a call, without allocation: positional values, then keyword (name, value) pairs.
// For methods, pos[0] is self. kw[2*i] is a Str (the keyword name), kw[2*i+1] its value.
struct Args {
    const Value* pos = nullptr;
    size_t n_pos = 0;
    const Value* kw = nullptr;
    size_t n_kw = 0;
};

using NativeFn = Value (*)(const Args& args);

enum class UnaryOp : uint8_t {
    Bool,  // -> True/False (truth value); a missing slot means "always true"
    Len,   // -> small int; a missing slot raises TypeError "object of type 'X' has no len()"
    Hash,  // -> small int; a missing slot hashes by identity
    Pos,
    Neg,
    Invert,
    Abs,  // used by abs() on builtin numbers
};

// Order matters: the VM and compiler index tables by it; inplace ops are `op + inplace_offset`.
enum class BinaryOp : uint8_t {
    Lt,
    Gt,
    Eq,
    Le,
    Ge,
    Ne,        // rich comparisons (Ne defaults to not Eq)
    Contains,  // `lhs in rhs` is dispatched to rhs's slot as Contains(rhs, lhs)
    Or,
    Xor,
    And,
    LShift,
    RShift,
    Add,
    Sub,
    Mul,
    MatMul,
    FloorDiv,
    TrueDiv,
    Mod,
    Pow,
    InplaceOr,
    InplaceXor,
    InplaceAnd,
    InplaceLShift,
    InplaceRShift,
    InplaceAdd,
    InplaceSub,
    InplaceMul,
    InplaceMatMul,
    InplaceFloorDiv,
    InplaceTrueDiv,
    InplaceMod,
    InplacePow,
    DivMod,  // divmod(); only a slot operation, no syntax
    // Reflected arithmetic: `a + b` tries type(a)'s Add(a, b), then type(b)'s ReverseAdd(b, a).
    ReverseOr,
    ReverseXor,
    ReverseAnd,
    ReverseLShift,
    ReverseRShift,
    ReverseAdd,
    ReverseSub,
    ReverseMul,
    ReverseMatMul,
    ReverseFloorDiv,
    ReverseTrueDiv,
    ReverseMod,
    ReversePow,
    Count
};
inline constexpr int binary_reverse_offset = int(BinaryOp::ReverseOr) - int(BinaryOp::Or);
inline constexpr int binary_inplace_offset = int(BinaryOp::InplaceOr) - int(BinaryOp::Or);

enum class PrintKind : uint8_t { Str, Repr };

// Result of an attribute lookup slot: found, absent (caller tries elsewhere / raises AttributeError),
// or an exception is pending.
enum class Lookup : uint8_t { Found, Missing, Error };

// A name -> constant entry of a builtin type's or module's attribute table (in flash on the device):
// `{&q_append, &append_fn}` for an object, `{&q_EPERM, nullptr, 1}` for a small int. The value is one
// Value word (8 bytes an entry on the device, 16 on the host), written through Value's constexpr
// constructors so the tables stay constant data (in WebAssembly, where a Value is made from a pointer at
// run time, they are initialized at start-up: core/value.hpp). Tables are sorted by nothing; lookups
// compare the name's hash first.
struct AttrEntry {
    const Str* name;
    Value value;
    MBPY_VALUE_CONSTEXPR AttrEntry(const Str* n, const Obj* o) : name(n), value(o) {}
    constexpr AttrEntry(const Str* n, std::nullptr_t, intptr_t small) : name(n), value(Value::small(small)) {}
    constexpr AttrEntry(const Str* n, Value v) : name(n), value(v) {}
};
struct AttrTable {
    const AttrEntry* entries;
    size_t count;
};

enum TypeFlags : uint16_t {
    type_flag_none = 0,
    type_flag_user = 1 << 0,          // a class made by a `class` statement (a heap UserType)
    type_flag_base_ok = 1 << 1,       // builtin type that may be subclassed
    type_flag_iter_is_self = 1 << 2,  // iter(x) is x (iterators and generators)
    type_flag_eq_identity = 1 << 3,   // == is `is`: lets dicts skip the slot call
    type_flag_exception = 1 << 4,     // BaseException or a subclass: instances are ExceptionObj
};

// The slots of a type. A null slot means "not supported"; the generic operations in runtime.hpp turn that
// into the MicroPython error message. A builtin type names only the slots it fills (builtin_type below).
struct TypeSlots {
    const Str* name = nullptr;
    uint16_t flags = type_flag_none;
    // Constructor: called for `T(...)` (pos does not include the type).
    Value (*make_new)(const Type* type, const Args& args) = nullptr;
    // repr()/str(); returns false if an exception is pending.
    bool (*print)(Printer& out, Value self, PrintKind kind) = nullptr;
    Value (*call)(Value self, const Args& args) = nullptr;
    Value (*unary_op)(UnaryOp op, Value self) = nullptr;
    // Returns the result, not_implemented(), or null (exception pending). For Contains, lhs is the container.
    Value (*binary_op)(BinaryOp op, Value lhs, Value rhs) = nullptr;
    // Instance attributes, computed attributes; methods in `locals` are found by the generic lookup.
    Lookup (*attr_get)(Value self, const Str* name, Value* out) = nullptr;
    // Store (value set) or delete (value null). Returns false with an exception pending.
    bool (*attr_set)(Value self, const Str* name, Value value) = nullptr;
    // Load (value null), store, or delete (value == subscr_delete()). Returns null on error, None after
    // a store or delete.
    Value (*subscr)(Value self, Value index, Value value) = nullptr;
    Value (*getiter)(Value self) = nullptr;
    // Next item, stop_marker() when exhausted (no StopIteration object is made), or null on error.
    Value (*iternext)(Value self) = nullptr;
    // Builtin types: constant method/attribute table. (User classes keep theirs in `dict`.)
    const AttrTable* locals = nullptr;
    // Single base of a builtin type (nullptr for object itself).
    const Type* base = nullptr;
};

// Type objects. Builtin types are constant data, the slots only (16 bytes less each in flash than with a
// class's fields); a class is a heap UserType.
struct Type : Obj, TypeSlots {};
// A class made by a `class` statement or type(name, bases, dict): flagged type_flag_user.
struct UserType : Type {
    // Class dict, tuple of bases, linearised MRO (tuple of types, self first).
    Dict* dict;
    Tuple* bases;
    Tuple* mro;
    // How many attributes instances have ended up with, so a new instance's dict is made at that size
    // instead of growing to it (attr.cpp).
    uint32_t instance_attrs;
};
// The class `t` is (it must have type_flag_user).
inline UserType* user_type(const Type* t) { return static_cast<UserType*>(const_cast<Type*>(t)); }
// A class's dict, bases and MRO; null for a builtin type.
inline Dict* type_dict(const Type* t) { return (t->flags & type_flag_user) ? user_type(t)->dict : nullptr; }
inline Tuple* type_bases(const Type* t) {
    return (t->flags & type_flag_user) ? user_type(t)->bases : nullptr;
}
inline Tuple* type_mro(const Type* t) { return (t->flags & type_flag_user) ? user_type(t)->mro : nullptr; }

extern const Type type_type;

// A builtin type, constant data in flash:
//     const Type list_type = builtin_type({.name = &q_list, .flags = type_flag_base_ok, ...});
// (designated initializers in the order of TypeSlots; the slots left out are null).
constexpr Type builtin_type(const TypeSlots& slots) { return {{&type_type}, slots}; }

// The id of a constant name: its index in core::name_table (names.hpp).
enum class NameId : uint16_t;

// A C++ function callable from Python, declared with core::native (names.hpp). min/max count positional
// arguments including self for methods; max_pos == var_pos means "any number". Keyword arguments are
// passed only if takes_kw is set, else a call with keywords raises TypeError "function doesn't take
// keyword arguments". takes_kw shares min_pos's byte (no function needs 128 arguments), so the object is
// 12 bytes on the device (~500 of them are in flash), 24 on a 64-bit host.
struct NativeFunction : Obj {
    NativeFn fn;
    NameId name;
    uint8_t min_pos : 6;
    bool takes_kw : 1;
    bool may_pause : 1;  // sleeps or waits (native_pausing): MBPY_VM_PAUSE_OUTSIDE calls it outside the loop
    uint8_t max_pos;
};
inline constexpr uint8_t var_pos = 0xFF;
static_assert(sizeof(void*) != 4 || sizeof(NativeFunction) == 12,
              "a native function is 12 bytes on the device");

// Strings and bytes share a layout. `data` points at the bytes: right after the header for heap strings,
// into flash for constant ones. Text is UTF-8; char_count() counts code points (== len when ASCII).
// `hash` is 0 until first needed (str_hash): most strings built at run time are never dict keys.
// With MBPY_STR_LONG (the host, the page) the counts are 32 bits and the code-point count is kept, so
// len(s) and indexing never scan. Without it (the device) hash and len are 16 bits and only one bit says
// whether the text is ASCII (15 bits of hash remain); a non-ASCII text's count is computed by scanning its
// UTF-8, as MicroPython does: a 12-byte header, not 16 (the ~780 constant names are 3 KB less of flash).
#if MBPY_STR_LONG
using StrWord = uint32_t;
#else
using StrWord = uint16_t;
#endif
// The bits of a hash a Str keeps.
inline constexpr uint32_t str_hash_mask = MBPY_STR_LONG ? 0xFFFFFFFFu : 0x7FFFu;
// The longest text a Str holds; str_alloc and the builders raise MemoryError past it (where a StrWord is
// as wide as size_t, SIZE_MAX / 4: no heap holds more, and the builders' doubling cannot overflow).
inline constexpr size_t str_limit =
    sizeof(StrWord) < sizeof(size_t) ? size_t(StrWord(~StrWord(0))) : SIZE_MAX / 4;
// Code points in UTF-8 text (a word at a time; obj_str_core.cpp).
size_t utf8_count(const char* s, size_t n);
struct Str : Obj {
#if MBPY_STR_LONG
    StrWord hash;
    StrWord len;
    StrWord char_len;
#else
    StrWord hash : 15;
    StrWord ascii : 1;
    StrWord len;
#endif
    const char* data;
    constexpr std::string_view view() const { return {data, len}; }
#if MBPY_STR_LONG
    bool is_ascii() const { return char_len == len; }
    size_t char_count() const { return char_len; }
    void set_char_count(size_t chars) { char_len = StrWord(chars); }
#else
    bool is_ascii() const { return ascii; }
    size_t char_count() const { return ascii ? len : utf8_count(data, len); }
    void set_char_count(size_t chars) { ascii = chars == len; }
#endif
};
static_assert(sizeof(void*) != 4 || MBPY_STR_LONG || sizeof(Str) == 12,
              "a str header is 12 bytes on the device");

// 32 bits, four bytes a step (the compiler turns the byte assembly into one load on the host), then a
// finalizer that spreads every byte into the low bits the dict index uses. Never 0 (0 marks "not yet
// computed"), so constant strings, which carry their hash from compile time, are never written to.
// Never exposed as a stable value. Folded to str_hash_mask's bits where a Str keeps fewer than 32 (its low
// bits, which the finalizer has mixed): every hash of text, kept or computed, is then the same.
constexpr uint32_t hash_bytes(const char* s, size_t n) {
    auto byte = [s](size_t i) { return static_cast<uint32_t>(static_cast<uint8_t>(s[i])); };
    uint32_t h = 2166136261u ^ static_cast<uint32_t>(n);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint32_t w;
        if (!__builtin_is_constant_evaluated() && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
            __builtin_memcpy(&w, s + i, 4);  // the same little-endian word, one load
        else
            w = byte(i) | byte(i + 1) << 8 | byte(i + 2) << 16 | byte(i + 3) << 24;
        h = ((h << 5 | h >> 27) ^ w) * 0x9E3779B1u;
    }
    uint32_t w = 0;
    for (uint32_t shift = 0; i < n; ++i, shift += 8) w |= byte(i) << shift;
    h = ((h << 5 | h >> 27) ^ w) * 0x9E3779B1u;
    h ^= h >> 16;
    h *= 0x7FEB352Du;
    h ^= h >> 15;
    h &= str_hash_mask;
    return h ? h : 1;
}
constexpr uint32_t utf8_char_count(const char* s, size_t n) {
    uint32_t c = 0;
    for (size_t i = 0; i < n; ++i) c += (static_cast<uint8_t>(s[i]) & 0xC0) != 0x80;
    return c;
}

// The hash of a str or bytes, computed and kept on first use.
inline uint32_t str_hash(const Str* s) {
    if (s->hash) return s->hash;
    uint32_t h = hash_bytes(s->data, s->len);
    const_cast<Str*>(s)->hash = StrWord(h);  // a heap str (constant ones always carry their hash)
    return h;
}

extern const Type str_type;
extern const Type bytes_type;

// A string constant in flash: `static constexpr Str q_append = const_str("append");`
constexpr Str const_str(std::string_view s) {
    size_t chars = utf8_char_count(s.data(), s.size());
#if MBPY_STR_LONG
    return Str{
        {&str_type}, StrWord(hash_bytes(s.data(), s.size())), StrWord(s.size()), StrWord(chars), s.data()};
#else
    return Str{
        {&str_type}, StrWord(hash_bytes(s.data(), s.size())), chars == s.size(), StrWord(s.size()), s.data()};
#endif
}

}  // namespace core
