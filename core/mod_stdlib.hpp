// Declarations shared by the standard-library modules (core/mod_*.cpp) and their registry (modules.cpp).
#pragma once
#include "core/modules.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"

namespace core {

// A native function constant: MBPY_NATIVE(f_name, impl, "name", min_pos, max_pos, takes_kw).

#define MBPY_DECLARE_MODULE(name) extern const AttrTable name##_module_table;

MBPY_DECLARE_MODULE(sys)
MBPY_DECLARE_MODULE(gc)
MBPY_DECLARE_MODULE(micropython)
MBPY_DECLARE_MODULE(time)
MBPY_DECLARE_MODULE(random)
MBPY_DECLARE_MODULE(struct)
MBPY_DECLARE_MODULE(errno)
MBPY_DECLARE_MODULE(collections)
MBPY_DECLARE_MODULE(array)
MBPY_DECLARE_MODULE(builtins)
MBPY_DECLARE_MODULE(json)
MBPY_DECLARE_MODULE(re)
MBPY_DECLARE_MODULE(io)
MBPY_DECLARE_MODULE(binascii)
MBPY_DECLARE_MODULE(heapq)
#undef MBPY_DECLARE_MODULE

// Modules whose members depend on the running interpreter (sys.argv, sys.modules, the builtins
// namespace) get a table built in the heap at import time. Returns the table, or nullptr with an
// exception pending.
const AttrTable* sys_dynamic_table(const AttrTable* constant);
const AttrTable* errno_dynamic_table();

// A heap AttrTable with room for `n` entries (count starts at 0). The table is the block start, so a
// Module pointing at it keeps the whole block alive.
AttrTable* new_attr_table(size_t n);
bool attr_table_add(AttrTable* t, const Str* name, Value v);

}  // namespace core

namespace core {
// One value of a struct/array format code <-> `size` bytes (mod_struct.cpp). Sizes: native or standard.
size_t binary_item_size(char code, bool native);
bool binary_pack_one(char code, Value v, uint8_t* dst, size_t size, bool little);
Value binary_unpack_one(char code, const uint8_t* src, size_t size, bool little);
}  // namespace core

namespace core {
// The collections types (collections_dicts.cpp, collections_deque.cpp).
extern const Type ordereddict_type, defaultdict_type, counter_type, deque_type;
}  // namespace core
