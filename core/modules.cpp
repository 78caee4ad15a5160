// The table of builtin modules; each line's reason for being here is that MicroPython has the module.
#include "core/modules.hpp"

#include <initializer_list>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/port.hpp"
#include "core/runtime.hpp"

namespace core {

const BuiltinModule builtin_modules[] = {
    {&q_math, &math_module_table},
    {&q_umath, &math_module_table},
#if MBPY_COMPLEX
    {&q_cmath, &cmath_module_table},
#endif
    {&q_sys, &sys_module_table},
    {&q_usys, &sys_module_table},
    {&q_builtins, &builtins_module_table},
    {&q_gc, &gc_module_table},
    {&q_micropython, &micropython_module_table},
    {&q_time, &time_module_table},
    {&q_utime, &time_module_table},
    {&q_random, &random_module_table},
    {&q_urandom, &random_module_table},
    {&q_struct, &struct_module_table},
    {&q_ustruct, &struct_module_table},
    {&q_errno, &errno_module_table},
    {&q_uerrno, &errno_module_table},
    {&q_collections, &collections_module_table},
    {&q_ucollections, &collections_module_table},
    {&q_array, &array_module_table},
    {&q_uarray, &array_module_table},
#if MBPY_MOD_JSON
    {&q_json, &json_module_table},
    {&q_ujson, &json_module_table},
#endif
#if MBPY_MOD_RE
    {&q_re, &re_module_table},
    {&q_ure, &re_module_table},
#endif
#if MBPY_MOD_IO
    {&q_io, &io_module_table},
    {&q_uio, &io_module_table},
#endif
#if MBPY_MOD_BINASCII
    {&q_binascii, &binascii_module_table},
    {&q_ubinascii, &binascii_module_table},
#endif
#if MBPY_MOD_HEAPQ
    {&q_heapq, &heapq_module_table},
    {&q_uheapq, &heapq_module_table},
#endif
    {nullptr, nullptr},
};

AttrTable* new_attr_table(size_t n) {
    auto* t = static_cast<AttrTable*>(alloc_raw(sizeof(AttrTable) + n * sizeof(AttrEntry)));
    if (!t) return nullptr;
    t->entries = reinterpret_cast<const AttrEntry*>(t + 1);
    t->count = 0;
    return t;
}

bool attr_table_add(AttrTable* t, const Str* name, Value v) {
    if (!v) return false;
    const_cast<AttrEntry*>(t->entries)[t->count++] = AttrEntry(name, v);
    return true;
}

// Modules with interpreter-dependent members get a heap table; the returned BuiltinModule is its own
// heap block (the importer holds it on the C stack, so the GC keeps it and the table alive meanwhile).
static const BuiltinModule* dynamic_module(const BuiltinModule* m) {
    const AttrTable* t = nullptr;
    if (m->table == &sys_module_table)
        t = sys_dynamic_table(m->table);
    else if (m->table == &errno_module_table)
        t = errno_dynamic_table();
    else
        return m;
    if (!t) return nullptr;
    auto* b = static_cast<BuiltinModule*>(alloc_raw(sizeof(BuiltinModule)));
    if (!b) return nullptr;
    b->name = m->name;
    b->table = t;
    return b;
}

// A builtin module's `__init__` runs on its first import, as MicroPython's MICROPY_MODULE_BUILTIN_INIT
// (this, love and antigravity print or animate when imported). Errors in it are dropped.
static void run_module_init(const AttrTable* table) {
    for (size_t i = 0; i < table->count; ++i) {
        if (table->entries[i].value.is_obj() && str_equal(table->entries[i].name, &q_dunder_init)) {
            if (!call0(table->entries[i].value)) take_exception();
            return;
        }
    }
}

const BuiltinModule* find_builtin_module(const Str* name) {
    for (const BuiltinModule* list : {builtin_modules, port.modules}) {
        for (const BuiltinModule* m = list; m && m->name; ++m) {
            if (str_equal(m->name, name)) {
                run_module_init(m->table);  // only reached on a first import: later ones hit sys.modules
                return dynamic_module(m);
            }
        }
    }
    return nullptr;
}

}  // namespace core
