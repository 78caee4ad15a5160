// Module objects: a globals dict, plus (for builtin modules) a constant table kept in flash.
#pragma once
#include "core/obj_containers.hpp"

namespace core {

struct Module : Obj {
    Dict* globals;           // __name__ and everything assigned; for Python modules, their namespace
    const AttrTable* table;  // builtin modules: constant members, searched after globals
};

// A new empty module with __name__ set.
Value make_module(const Str* name);
// A builtin module over a constant table (nothing copied into RAM).
Value make_builtin_module(const Str* name, const AttrTable* table);

}  // namespace core
