// The builtins module: the builtins namespace (core::state.builtins) as a module object.
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"

namespace core {

// No constant members: the module's globals are state.builtins itself (load_module, import.cpp), so
// `builtins.x = ...` adds a builtin every module sees, as in MicroPython.
const AttrTable builtins_module_table = {nullptr, 0};

}  // namespace core
