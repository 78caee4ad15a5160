// The table of builtin modules; each line's reason for being here is that MicroPython has the module.
#include "core/modules.hpp"
#include "core/names.hpp"

#include <initializer_list>

#include "core/mod_stdlib.hpp"
#include "core/numbers.hpp"
#include "core/port.hpp"
#include "core/runtime.hpp"

namespace core {

const BuiltinModule builtin_modules[] = {
    {&math_module_name, &math_module_table},
    {&q_umath, &math_module_table},
#if MBPY_COMPLEX
    {&cmath_module_name, &cmath_module_table},
#endif
    {&sys_module_name, &sys_module_table},
    {&q_usys, &sys_module_table},
    {&builtins_module_name, &builtins_module_table},
    {&gc_module_name, &gc_module_table},
    {&micropython_module_name, &micropython_module_table},
    {&time_module_name, &time_module_table},
    {&q_utime, &time_module_table},
    {&random_module_name, &random_module_table},
    {&q_urandom, &random_module_table},
    {&struct_module_name, &struct_module_table},
    {&q_ustruct, &struct_module_table},
    {&errno_module_name, &errno_module_table},
    {&q_uerrno, &errno_module_table},
    {&collections_module_name, &collections_module_table},
    {&q_ucollections, &collections_module_table},
    {&array_module_name, &array_module_table},
    {&q_uarray, &array_module_table},
#if MBPY_MOD_JSON
    {&json_module_name, &json_module_table},
    {&q_ujson, &json_module_table},
#endif
#if MBPY_MOD_RE
    {&re_module_name, &re_module_table},
    {&q_ure, &re_module_table},
#endif
#if MBPY_MOD_IO
    {&io_module_name, &io_module_table},
    {&q_uio, &io_module_table},
#endif
#if MBPY_MOD_BINASCII
    {&binascii_module_name, &binascii_module_table},
    {&q_ubinascii, &binascii_module_table},
#endif
#if MBPY_MOD_HEAPQ
    {&heapq_module_name, &heapq_module_table},
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
    auto* e = const_cast<AttrEntry*>(t->entries) + t->count++;
    e->name = name;
    if (v.is_small()) {
        e->obj = nullptr;
        e->small = v.small_value();
    } else {
        e->obj = v.obj();
    }
    return true;
}

// Modules with interpreter-dependent members get a heap table; the returned BuiltinModule is its own
// heap block (the importer holds it on the C stack, so the GC keeps it and the table alive meanwhile).
static const BuiltinModule* dynamic_module(const BuiltinModule* m) {
    const AttrTable* t = nullptr;
    if (m->table == &sys_module_table)
        t = sys_dynamic_table(m->table);
    else if (m->table == &builtins_module_table)
        t = builtins_dynamic_table();
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
        if (table->entries[i].obj && str_equal(table->entries[i].name, &q_dunder_init)) {
            if (!call0(Value(table->entries[i].obj))) take_exception();
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
