// Layouts and core operations of tuple, list and dict, which every part of the runtime uses.
#pragma once
#include "core/runtime.hpp"

namespace core {

struct Tuple : Obj {
    size_t len;
    Value items[];  // flexible array (GCC/Clang extension, used on purpose: one allocation per tuple)
};

// A tuple in constant data: Tuple's layout with a fixed item count (Tuple's items are a flexible array,
// which a constant cannot initialise).
template <size_t N>
struct ConstTuple : Obj {
    size_t len;
    Value items[N];
    Tuple* tuple() const { return const_cast<Tuple*>(reinterpret_cast<const Tuple*>(this)); }
};
static_assert(sizeof(ConstTuple<1>) == sizeof(Tuple) + sizeof(Value), "ConstTuple must have Tuple's layout");

struct List : Obj {
    size_t len;
    size_t alloc;
    Value* items;  // separate block so the list can grow
};

// Insertion-ordered hash table (the "compact dict" layout): entries in order, plus an index of
// slots into them. Deleted entries keep their place with a null key until the next resize. With
// MBPY_DICT_WIDE off (core/config.hpp) an entry keeps no hash and the index slots are 16 bits.
struct DictEntry {
    Value key;
    Value value;
#if MBPY_DICT_WIDE
    uintptr_t hash;
#endif
};
struct Dict : Obj {
    uint32_t used;       // live entries
    uint32_t n_entries;  // entries[0..n_entries) filled, some may be deleted
    uint32_t cap;        // capacity of entries
    uint32_t mask;       // index size - 1 (index size is a power of two > cap)
    DictEntry* entries;
    int32_t* index;  // -1 empty, -2 deleted, else entry number (16-bit slots: 0xFFFF, 0xFFFE)
    uint32_t flags;  // dict_flag_*
};
// The dict of a user class: changing it invalidates the attribute cache (attr_cache.cpp).
constexpr uint32_t dict_flag_class = 1;

Tuple* new_tuple(size_t n);  // items are null; fill them before the tuple escapes
List* new_list(size_t n);    // len n, items null; fill them
bool list_append(List* l, Value v);
Dict* new_dict(size_t capacity_hint);
// Room for `more` new keys without growing on the way (exactly that much when it must grow: a dict that
// is filled once and then mostly read, such as a namespace after `import *`); false: MemoryError.
bool dict_reserve(Dict* d, size_t more);

// Dict operations. Keys may be any hashable value; hashing or comparing user objects can raise.
Lookup dict_lookup(Dict* d, Value key, Value* out);
bool dict_store(Dict* d, Value key, Value value);
Lookup dict_remove(Dict* d, Value key, Value* old);  // old may be nullptr
// String-keyed fast paths (never raise): for globals, attributes and module tables.
Value dict_get_str(const Dict* d, const Str* key);          // null when missing
bool dict_store_str(Dict* d, const Str* key, Value value);  // false: MemoryError pending
// Iteration in insertion order: `for (size_t i = 0; dict_next(d, &i, &k, &v);)`.
bool dict_next(const Dict* d, size_t* pos, Value* key, Value* value);
void dict_clear(Dict* d);
Dict* dict_copy(const Dict* d);

}  // namespace core
