// The module type: attribute access reads the globals dict, then the builtin table.
#include "core/names.hpp"
#include "core/obj_module.hpp"

namespace core {

Dict* module_globals(Module* m) {
    if (m->globals) return m->globals;
    Dict* d = new_dict(8);
    if (!d || !dict_store_str(d, &q_dunder_name, Value(m->name))) return nullptr;
    return m->globals = d;
}

Value make_module(const Str* name) {
    Value v = make_builtin_module(name, nullptr);
    if (v && !module_globals(v.as<Module>())) return {};
    return v;
}

Value make_builtin_module(const Str* name, const AttrTable* table) {
    Module* m = alloc<Module>(&module_type);
    if (!m) return {};
    m->table = table;
    m->name = name;
    return Value(m);
}

// Never seen by a program: module_entry_value replaces it at every read.
const Type module_lazy_type = builtin_type({.name = &q_module});

Value module_entry_value(Value v) {
    if (!is_type(v, &module_lazy_type)) return v;
    const ModuleLazy* lazy = v.as<ModuleLazy>();
    return lazy->make(lazy);
}

static Lookup module_attr_get(Value self, const Str* name, Value* out) {
    Module* m = self.as<Module>();
    Value v = m->globals ? dict_get_str(m->globals, name) : Value();
    if (v) {
        *out = v;
        return Lookup::Found;
    }
    if (m->table) {
        for (size_t i = 0; i < m->table->count; ++i) {
            const AttrEntry& e = m->table->entries[i];
            if (str_equal(e.name, name)) {
                *out = module_entry_value(e.value);
                return *out ? Lookup::Found : Lookup::Error;
            }
        }
    }
    if (!m->globals && str_equal(name, &q_dunder_name)) {
        *out = Value(m->name);
        return Lookup::Found;
    }
    if (str_equal(name, &q_dunder_dict)) {
        if (!module_globals(m)) return Lookup::Error;
        *out = Value(m->globals);
        return Lookup::Found;
    }
    return Lookup::Missing;
}

static bool module_attr_set(Value self, const Str* name, Value value) {
    Module* m = self.as<Module>();
    if (!value) {
        if (m->globals && dict_remove(m->globals, Value(name), nullptr) == Lookup::Found) return true;
        raise_attribute_error("module has no attribute '%q'"_msg, name);
        return false;
    }
    return module_globals(m) && dict_store_str(m->globals, name, value);
}

static bool module_print(Printer& out, Value self, PrintKind) {
    Module* m = self.as<Module>();
    Value name = m->globals ? dict_get_str(m->globals, &q_dunder_name) : Value(m->name);
    Value file = m->globals ? dict_get_str(m->globals, &q_dunder_file) : Value();
    if (name && is_str(name)) {
        if (file && is_str(file)) {
            out.printf("<module '%q' from '%q'>", name.as<Str>(), file.as<Str>());
        } else {
            out.printf("<module '%q'>", name.as<Str>());
        }
    } else {
        out.write("<module>");
    }
    return true;
}

const Type module_type = builtin_type({.name = &q_module,
                                       .flags = type_flag_eq_identity,
                                       .print = module_print,
                                       .attr_get = module_attr_get,
                                       .attr_set = module_attr_set});

}  // namespace core
