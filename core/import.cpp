// import: sys.modules cache, builtin modules, packages and relative imports, source from flash or the port.
// Without MBPY_IMPORT_PACKAGES a name is one flat module, as on the original (its filesystem has no folders).
#include "core/compiler.hpp"
#include "core/engine.hpp"
#include "core/hal.hpp"
#include "core/mod_stdlib.hpp"
#include "core/modules.hpp"
#include "core/names.hpp"
#include "core/obj_module.hpp"
#include "core/vm_support.hpp"

namespace core {

// Set by the filesystem layer (board code) to search the flash filesystem before the port.
bool (*find_module_source_hook)(const char* name, size_t name_len, bool package_init, SourceReader* reader,
                                const char** path) = nullptr;

namespace {

// Longest dotted module name we build on the C stack; longer names are an ImportError.
constexpr size_t max_module_name = 128;

// ModuleNotFoundError (an ImportError) as CPython raises, so `except ModuleNotFoundError` works; the
// message keeps MicroPython's wording.
Value no_module(std::string_view name) {
    Value n = make_str(name);
    if (!n) return {};
    return raise(&module_not_found_error_type, "no module named '%q'"_msg, n.as<Str>());
}

// The filesystem's module, through *reader, else the port's, in *text.
bool find_source(std::string_view name, bool package_init, SourceReader* reader, std::string_view* text,
                 const char** path) {
    if (find_module_source_hook &&
        find_module_source_hook(name.data(), name.size(), package_init, reader, path))
        return true;
    const char* data;
    size_t len;
    if (!hal::find_module_source(name.data(), name.size(), package_init, &data, &len, path)) return false;
    *text = {data, len};
    return true;
}

// Loads one module whose parent packages are already imported. Returns null with ImportError when absent.
Value load_module(std::string_view fullname) {
    Value key = intern(fullname);
    if (!key) return {};
    const Str* name = key.as<Str>();
    Value m = dict_get_str(state.modules, name);
    if (m) return m;
    if (const BuiltinModule* b = find_builtin_module(name)) {
        m = make_builtin_module(name, b->table);
        if (m && b->table == &builtins_module_table) {
            // Its namespace is the builtins' own: `builtins.x = ...` is seen by every module (MicroPython).
            builtins_fill_all();  // __name__ too: it is one of the builtins
            if (pending()) return {};
            m.as<Module>()->globals = state.builtins;
        }
        if (!m || !dict_store_str(state.modules, name, m)) return {};
        return m;
    }
    SourceReader reader;
    std::string_view text;
    const char* path;
    bool package = false;
    if (!find_source(fullname, false, &reader, &text, &path)) {
        if (!MBPY_IMPORT_PACKAGES || !find_source(fullname, true, &reader, &text, &path))
            return no_module(fullname);
        package = true;
    }
    // Copy what the port lent us: the next lookup may reuse its buffers.
    size_t plen = 0;
    while (path[plen]) ++plen;
    Value file = make_str({path, plen});
    if (!file) return {};
    Value src = make_bytes(text);  // (empty for a reader)
    if (!src) return {};
    m = make_module(name);
    if (!m) return {};
    Dict* g = m.as<Module>()->globals;
    if (!dict_store_str(g, &q_dunder_file, file)) return {};
    if (MBPY_IMPORT_PACKAGES && package) {
        std::string_view p = file.as<Str>()->view();
        size_t slash = p.rfind('/');
        Value dir = make_str(slash == std::string_view::npos ? std::string_view("") : p.substr(0, slash));
        if (!dir || !dict_store_str(g, &q_dunder_path, dir)) return {};
    }
    // Registered before running, so circular imports see the partly initialised module.
    if (!dict_store_str(state.modules, name, m)) return {};
    Code* code = compile_source(src.as<Str>()->view(), file.as<Str>(), CompileMode::File, &reader);
    if (!code || !run_code(code, g, g)) {
        Value e = take_exception();
        dict_remove(state.modules, key, nullptr);
        state.exc = e;
        return {};
    }
    return dict_get_str(state.modules, name);  // the module may have replaced itself in sys.modules
}

#if MBPY_IMPORT_PACKAGES
// Imports every prefix of a dotted name ("a", "a.b", "a.b.c"), binding each child in its parent.
Value import_dotted(std::string_view full) {
    Value top, prev, cur;
    size_t pos = 0;
    for (;;) {
        size_t dot = full.find('.', pos);
        std::string_view prefix = full.substr(0, dot);
        cur = load_module(prefix);
        if (!cur) return {};
        if (prev && is_type(prev, &module_type)) {
            Value child = intern(full.substr(pos, dot == std::string_view::npos ? full.npos : dot - pos));
            if (!child) return {};
            Dict* pg = prev.as<Module>()->globals;
            if (pg && !dict_get_str(pg, child.as<Str>()) && !dict_store_str(pg, child.as<Str>(), cur))
                return {};
        }
        if (!top) top = cur;
        prev = cur;
        if (dot == std::string_view::npos) break;
        pos = dot + 1;
    }
    return cur;
}
#else
// No packages: `import a.b` is ImportError naming a, as the original's.
Value import_dotted(std::string_view full) {
    size_t dot = full.find('.');
    if (dot != std::string_view::npos) return no_module(full.substr(0, dot));
    return load_module(full);
}
#endif

}  // namespace

#if MBPY_IMPORT_PACKAGES
Value import_name(const Str* name, Dict* globals, Value fromlist, intptr_t level) {
    if (!check_c_stack()) return {};
    char buf[max_module_name];
    size_t n = 0;
    std::string_view base;
    if (level > 0) {
        Value modname = globals ? dict_get_str(globals, &q_dunder_name) : Value();
        if (!modname || !is_str(modname))
            return raise(&import_error_type, "can't perform relative import"_msg);
        std::string_view pkg = modname.as<Str>()->view();
        bool is_package = globals && dict_get_str(globals, &q_dunder_path);
        if (!is_package) {
            size_t dot = pkg.rfind('.');
            pkg = dot == std::string_view::npos ? std::string_view() : pkg.substr(0, dot);
        }
        for (intptr_t i = 1; i < level; ++i) {
            size_t dot = pkg.rfind('.');
            if (dot == std::string_view::npos) {
                pkg = {};
                break;
            }
            pkg = pkg.substr(0, dot);
        }
        if (pkg.empty() || pkg == "__main__")
            return raise(&import_error_type, "can't perform relative import"_msg);
        base = pkg;
    }
    std::string_view rel = name->view();
    if (base.size() + 1 + rel.size() > sizeof buf)
        return raise(&import_error_type, "module name too long"_msg);
    for (char ch : base) buf[n++] = ch;
    if (!base.empty() && !rel.empty()) buf[n++] = '.';
    for (char ch : rel) buf[n++] = ch;
    std::string_view full(buf, n);
    if (full.empty()) return raise_value_error("empty module name"_msg);

    Value last = import_dotted(full);
    if (!last) return {};
    bool has_fromlist =
        fromlist && fromlist != none() && !(is_type(fromlist, &tuple_type) && fromlist.as<Tuple>()->len == 0);
    if (has_fromlist) return last;
    // `import a.b.c` binds a: return the top package.
    size_t dot = full.find('.');
    if (dot == std::string_view::npos) return last;
    Value top = intern(full.substr(0, dot));
    if (!top) return {};
    Value m = dict_get_str(state.modules, top.as<Str>());
    return m ? m : last;
}
#else
// No packages: the name is the module's whole name, with or without a fromlist (no buffer to join a
// package's name into).
Value import_name(const Str* name, Dict*, Value, intptr_t level) {
    if (!check_c_stack()) return {};
    if (level > 0) return raise(&import_error_type, "can't perform relative import"_msg);
    if (!name->len) return raise_value_error("empty module name"_msg);
    return import_dotted(name->view());
}
#endif

Value import_from(Value module, const Str* name) {
    Value v;
    Lookup l = lookup_attr(module, name, &v);
    if (l == Lookup::Found) return v;
    if (l == Lookup::Error) return {};
    // `from pkg import sub`: a submodule not imported yet.
    if (MBPY_IMPORT_PACKAGES && is_type(module, &module_type)) {
        Dict* g = module.as<Module>()->globals;
        Value pkgname = g ? dict_get_str(g, &q_dunder_name) : Value();
        if (pkgname && is_str(pkgname) && dict_get_str(g, &q_dunder_path)) {
            char buf[max_module_name];
            std::string_view p = pkgname.as<Str>()->view(), s = name->view();
            if (p.size() + 1 + s.size() <= sizeof buf) {
                size_t n = 0;
                for (char ch : p) buf[n++] = ch;
                buf[n++] = '.';
                for (char ch : s) buf[n++] = ch;
                Value m = import_dotted({buf, n});
                if (m) return m;
                if (!exc_matches(state.exc, &import_error_type)) return {};
                take_exception();
            }
        }
    }
    return raise(&import_error_type, "can't import name %q"_msg, name);
}

bool import_star(Value module, Dict* dest) {
    if (!is_type(module, &module_type)) return raise_type_error("import * needs a module"_msg), false;
    Module* m = module.as<Module>();
    Value all = m->globals ? dict_get_str(m->globals, &q_dunder_all) : Value();
    if (all) {
        Value it = get_iter(all);
        if (!it) return false;
        for (;;) {
            Value k = iter_next(it);
            if (!k) return false;
            if (k == stop_marker()) return true;
            if (!is_str(k)) return raise_type_error("__all__ must contain strings"_msg), false;
            Value v = load_attr(module, k.as<Str>());
            if (!v || !dict_store_str(dest, k.as<Str>(), v)) return false;
        }
    }
    // Sized once for what comes: growing by doubling on the way would leave the namespace (__main__'s
    // after `from microbit import *` at boot) with room for twice its names.
    auto is_public = [](const Str* name) { return name->len && name->data[0] != '_'; };
    size_t more = m->globals ? m->globals->used : 0;
    for (size_t i = 0; m->table && i < m->table->count; ++i) more += is_public(m->table->entries[i].name);
    if (!dict_reserve(dest, more)) return false;
    if (m->globals) {
        Value k, v;
        for (size_t i = 0; dict_next(m->globals, &i, &k, &v);) {
            if (!is_str(k) || k.as<Str>()->len == 0 || k.as<Str>()->data[0] == '_') continue;
            if (!dict_store_str(dest, k.as<Str>(), v)) return false;
        }
    }
    if (m->table) {
        for (size_t i = 0; i < m->table->count; ++i) {
            const AttrEntry& e = m->table->entries[i];
            if (!is_public(e.name)) continue;
            Value v = module_entry_value(e.value);
            if (!v || !dict_store_str(dest, e.name, v)) return false;
        }
    }
    return true;
}

}  // namespace core

namespace core {
// Called by core::init: modules that must exist at start-up. Builtin modules are made on first import
// (from their constant tables), so nothing is needed yet.
void runtime_init_modules() { vm_init(); }
}  // namespace core
