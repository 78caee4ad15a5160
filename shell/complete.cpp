// TAB completion for the REPL: names in __main__ and attribute chains, as MicroPython's
// mp_repl_autocomplete (builtins are not offered; several matches print in 16-column slots).
#include <cstring>

#include "core/engine.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"
#include "core/obj_module.hpp"
#include "shell/readline.hpp"

namespace shell {

using namespace core;

namespace {

// Where names are looked up: a dict (module globals, class dict) and/or a constant table.
struct Space {
    const Dict* dict = nullptr;
    const AttrTable* table = nullptr;
    const Str* module_name = nullptr;  // a builtin module with no dict yet: its __name__
};

// Calls f(ctx, name, value) for each name of the namespace. Through a function pointer: one copy of the
// walk rather than one per caller's lambda.
void for_each_name(const Space& sp, void (*f)(void* ctx, const Str* name, Value v), void* ctx) {
    if (sp.module_name) f(ctx, &q_dunder_name, Value(sp.module_name));
    if (sp.dict) {
        Value k;
        Value v;
        for (size_t i = 0; dict_next(sp.dict, &i, &k, &v);) {
            if (is_str(k)) f(ctx, as_str(k), v);
        }
    }
    if (sp.table) {
        for (size_t i = 0; i < sp.table->count; ++i) {
            const AttrEntry& e = sp.table->entries[i];
            f(ctx, e.name, e.value);
        }
    }
}

template <class F>
void for_each_name(const Space& sp, F f) {
    for_each_name(
        sp, [](void* ctx, const Str* name, Value v) { (*static_cast<F*>(ctx))(name, v); }, &f);
}

// The names an object offers after a '.'.
bool space_of(Value obj, Space* sp) {
    *sp = Space{};
    if (is_type(obj, &module_type)) {
        const Module* m = obj.as<Module>();
        sp->dict = m->globals;
        sp->table = m->table;
        if (!m->globals) sp->module_name = m->name;
        return true;
    }
    const Type* t = is_type(obj, &type_type) ? obj.as<Type>() : type_of(obj);
    if (t->flags & type_flag_user) {
        sp->dict = type_dict(t);
        return sp->dict != nullptr;
    }
    sp->table = t->locals;
    return sp->table != nullptr;
}

bool is_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || (static_cast<unsigned char>(c) >= 0x80);
}

bool starts_with(const Str* name, const char* s, size_t n) {
    return name->len >= n && (n == 0 || !memcmp(name->data, s, n));  // TAB on nothing: s may be null
}

// Prints the matches in 16-column slots, at most 64 columns a line (MicroPython's layout).
void list_matches(const Space& sp, const char* s, size_t n) {
    constexpr size_t slot = 16, max_line = 4 * slot;
    size_t line_len = max_line;  // forces a line break before the first word
    for_each_name(sp, [&](const Str* name, Value) {
        if (!starts_with(name, s, n)) return;
        size_t gap = (line_len + slot - 1) / slot * slot - line_len;
        if (gap < 2) gap += slot;
        if (line_len + gap + name->len <= max_line) {
            for (size_t j = 0; j < gap; ++j) out_n(" ", 1);
            out_n(name->data, name->len);
            line_len += gap + name->len;
        } else {
            out("\r\n");
            out_n(name->data, name->len);
            line_len = name->len;
        }
    });
    out("\r\n");
}

}  // namespace

size_t autocomplete(const char* str, size_t len, const char** insert) {
    const char* top = str + len;
    for (const char* s = top; s > str; --s) {
        if (!is_ident_char(s[-1])) {
            str = s;
            break;
        }
    }
    Value main = main_module();
    if (!main) {
        take_exception();
        return 0;
    }
    Space sp;
    sp.dict = main.as<Module>()->globals;
    for (;;) {
        const char* word = str;
        while (str < top && *str != '.') ++str;
        size_t n = size_t(str - word);
        if (str < top) {  // a complete word followed by '.': descend into it
            Value found;
            for_each_name(sp, [&](const Str* name, Value v) {
                if (!found && name->len == n && !memcmp(name->data, word, n)) found = v;
            });
            if (!found || !space_of(found, &sp)) return 0;
            ++str;
            continue;
        }
        const Str* first = nullptr;
        size_t match_len = 0, n_found = 0;
        for_each_name(sp, [&](const Str* name, Value) {
            if (!starts_with(name, word, n)) return;
            if (!first) {
                first = name;
                match_len = name->len;
            } else {
                size_t j = n;
                while (j < match_len && j < name->len && first->data[j] == name->data[j]) ++j;
                match_len = j;
            }
            ++n_found;
        });
        if (n_found == 0) return 0;
        if (n_found == 1 || match_len > n) {
            *insert = first->data + n;
            return match_len - n;
        }
        list_matches(sp, word, n);
        return SIZE_MAX;
    }
}

}  // namespace shell
