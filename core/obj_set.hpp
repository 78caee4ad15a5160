// The set table (CPython's algorithm, see obj_set.cpp), shared by set, frozenset and dict views.
#pragma once
#include "core/obj_containers.hpp"

namespace core {

struct SetEntry {
    Value key;  // null: never used; the dummy object: deleted
    intptr_t hash;
};
struct Set : Obj {
    size_t fill;    // active + dummy entries
    size_t used;    // active entries
    size_t mask;    // table size - 1
    size_t finger;  // where pop() looks next
    SetEntry* table;
};

Set* new_set(const Type* type);  // set_type or frozenset_type (or a subclass's native part)
bool set_add(Set* s, Value key);
int set_contains(const Set* s, Value key);             // 1, 0, -1 on error
int set_discard(Set* s, Value key);                    // 1 removed, 0 absent, -1 error
bool set_next(const Set* s, size_t* pos, Value* key);  // table order
bool set_pop(Set* s, Value* out);  // false when empty (CPython's order: from the finger on)
void set_clear(Set* s);
bool set_merge(Set* s, const Set* other);
bool set_update(Set* s, Value iterable);
Set* set_copy(const Set* s, const Type* type);
Value set_from_iterable(const Type* type, Value iterable);

}  // namespace core
