// Construction primitives of tuple and list (the types' methods live in obj_tuple/obj_list).
#include <string.h>

#include "core/obj_containers.hpp"

namespace core {

Tuple* new_tuple(size_t n) {
    Tuple* t = alloc<Tuple>(&tuple_type, n * sizeof(Value));
    if (t) t->len = n;
    return t;
}

Value make_tuple(size_t n, const Value* items) {
    Tuple* t = new_tuple(n);
    if (!t) return {};
    if (n) memcpy(t->items, items, n * sizeof(Value));
    return Value(t);
}

List* new_list(size_t n) {
    List* l = alloc<List>(&list_type);
    if (!l) return nullptr;
    if (n) {
        l->items = static_cast<Value*>(alloc_raw(n * sizeof(Value)));
        if (!l->items) return nullptr;
    }
    l->len = l->alloc = n;
    return l;
}

Value make_list(size_t n, const Value* items) {
    List* l = new_list(n);
    if (!l) return {};
    if (n) memcpy(l->items, items, n * sizeof(Value));
    return Value(l);
}

bool list_append(List* l, Value v) {
    if (l->len == l->alloc) {
        size_t cap = l->alloc < 4 ? 4 : l->alloc + l->alloc / 2, bytes;
        auto* items = static_cast<Value*>(
            realloc_grow(l->items, cap * sizeof(Value), (l->len + 1) * sizeof(Value), &bytes));
        if (!items) return false;
        l->items = items;
        l->alloc = bytes / sizeof(Value);
    }
    l->items[l->len++] = v;
    return true;
}

}  // namespace core
