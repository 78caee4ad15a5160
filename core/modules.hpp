// The registry of builtin modules (import finds them here before looking for source files).
//
// To add a module `foo`: define in its file `const AttrTable foo_module_table = {...};` (entries:
// functions, constants, types), declare it in a header, add "foo" to core/names.def, and add one line
// `{&q_foo, &foo_module_table}` to builtin_modules[] in modules.cpp (a port's modules go in its core::port
// instead, core/port.hpp). Aliases (utime for time, ...) are separate lines with the same table.
#pragma once
#include "core/object.hpp"

namespace core {

struct BuiltinModule {
    const Str* name;
    const AttrTable* table;
};

// The builtin module called `name`, or nullptr.
const BuiltinModule* find_builtin_module(const Str* name);
// The core's own (for help('modules'), with core::port.modules), terminated by {nullptr, nullptr}.
extern const BuiltinModule builtin_modules[];

}  // namespace core
