// Module objects: a globals dict, plus (for builtin modules) a constant table kept in flash.
#pragma once
#include "core/obj_containers.hpp"

namespace core {

struct Module : Obj {
    // __name__ and everything assigned; for Python modules, their namespace. A builtin module has none
    // until something is assigned to it or its __dict__ is asked for: importing one costs only this
    // object (a dict would be 200 bytes of the device's heap for each module imported).
    Dict* globals;
    const AttrTable* table;  // builtin modules: constant members, searched after globals
    const Str* name;
};

// The module's globals, made (with __name__) on first need; null with MemoryError pending.
Dict* module_globals(Module* m);

// A new empty module with __name__ set.
Value make_module(const Str* name);
// A builtin module over a constant table (nothing copied into RAM, no dict until one is needed).
Value make_builtin_module(const Str* name, const AttrTable* table);

}  // namespace core
