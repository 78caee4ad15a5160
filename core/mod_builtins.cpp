// The builtins module: the builtins namespace (core::state.builtins) as a module object.
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"

namespace core {

// Members come from state.builtins at import time (see builtins_dynamic_table).
const AttrTable builtins_module_table = {nullptr, 0};

// A snapshot of the builtins namespace taken when the module is imported. Assigning `builtins.x = ...`
// sets the module attribute, not the namespace (a known difference, see docs/known-differences.md).
const AttrTable* builtins_dynamic_table() {
    builtins_fill_all();  // the namespace fills lazily: complete it first
    Dict* b = state.builtins;
    AttrTable* t = new_attr_table(b ? b->used : 0);
    if (!t) return nullptr;
    Value k, v;
    for (size_t i = 0; b && dict_next(b, &i, &k, &v);) {
        if (!is_str(k)) continue;
        if (!attr_table_add(t, k.as<Str>(), v)) return nullptr;
    }
    return t;
}

}  // namespace core
