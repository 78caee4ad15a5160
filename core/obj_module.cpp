// The module type: attribute access reads the globals dict, then the builtin table.
#include "core/names.hpp"
#include "core/obj_module.hpp"

namespace core {

Value make_module(const Str* name) {
    Module* m = alloc<Module>(&module_type);
    if (!m) return {};
    m->globals = new_dict(8);
    if (!m->globals || !dict_store_str(m->globals, &q_dunder_name, Value(name))) return {};
    return Value(m);
}

Value make_builtin_module(const Str* name, const AttrTable* table) {
    Value v = make_module(name);
    if (v) v.as<Module>()->table = table;
    return v;
}

static Lookup module_attr_get(Value self, const Str* name, Value* out) {
    Module* m = self.as<Module>();
    Value v = dict_get_str(m->globals, name);
    if (v) {
        *out = v;
        return Lookup::Found;
    }
    if (m->table) {
        for (size_t i = 0; i < m->table->count; ++i) {
            const AttrEntry& e = m->table->entries[i];
            if (str_equal(e.name, name)) {
                *out = e.obj ? Value(e.obj) : Value::small(e.small);
                return Lookup::Found;
            }
        }
    }
    if (str_equal(name, &q_dunder_dict)) {
        *out = Value(m->globals);
        return Lookup::Found;
    }
    return Lookup::Missing;
}

static bool module_attr_set(Value self, const Str* name, Value value) {
    Module* m = self.as<Module>();
    if (!value) {
        if (dict_remove(m->globals, Value(name), nullptr) == Lookup::Found) return true;
        raise(&attribute_error_type, "module has no attribute '%q'", name);
        return false;
    }
    return dict_store_str(m->globals, name, value);
}

static bool module_print(Printer& out, Value self, PrintKind) {
    Module* m = self.as<Module>();
    Value name = dict_get_str(m->globals, &q_dunder_name);
    Value file = dict_get_str(m->globals, &q_dunder_file);
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
