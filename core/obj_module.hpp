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

// A builtin module's member made when it is read (`m.name`, getattr, `from m import *`): the table holds
// this constant, and each read gets a new object from make(self). The music tunes are kept so, one byte a
// note in flash instead of a constant tuple's 4.
struct ModuleLazy : Obj {
    Value (*make)(const ModuleLazy* self);
};
extern const Type module_lazy_type;
// What a program sees of a builtin module's table entry: the value itself, or what a ModuleLazy makes
// (null with an exception pending).
Value module_entry_value(Value v);

}  // namespace core
