// help(): the port's welcome text, help('modules') in its column layout, help(object).
// Layout as the real v1 firmware prints it (tests/oracle/transcripts/help*.json).
#include <string.h>

#include <initializer_list>

#include "core/hal.hpp"
#include "core/modules.hpp"
#include "core/obj_containers.hpp"
#include "core/port.hpp"

namespace core {

static void out_sink(void*, const char* data, size_t n) { hal::stdout_write(data, n); }

// Module names sorted, in 4 columns of 18 characters filled top to bottom (MicroPython's layout).
static void print_modules(Printer& out) {
    constexpr size_t kMax = 64, kColumns = 4, kWidth = 18;
    const char* names[kMax];
    size_t n = 0;
    names[n++] = "__main__";
    for (const BuiltinModule* list : {builtin_modules, port.modules}) {
        for (const BuiltinModule* m = list; m && m->name && n < kMax; ++m) {
            bool dup = false;
            for (size_t i = 0; i < n; ++i) dup |= strcmp(names[i], m->name->data) == 0;
            if (!dup) names[n++] = m->name->data;
        }
    }
    for (size_t i = 1; i < n; ++i) {  // insertion sort: a few dozen names
        const char* k = names[i];
        size_t j = i;
        for (; j > 0 && strcmp(names[j - 1], k) > 0; --j) names[j] = names[j - 1];
        names[j] = k;
    }
    size_t rows = (n + kColumns - 1) / kColumns;
    for (size_t r = 0; r < rows; ++r) {
        for (size_t c = 0; c < kColumns; ++c) {
            size_t i = c * rows + r;
            if (i >= n) break;
            out.write(names[i], strlen(names[i]));
            bool last = c + 1 == kColumns || (c + 1) * rows + r >= n;
            for (size_t pad = strlen(names[i]); !last && pad < kWidth; ++pad) out.put(' ');
        }
        out.put('\n');
    }
    out.write("Plus any modules on the filesystem\n");
}

Value builtin_help_impl(const Args& a) {
    Printer out(out_sink, nullptr);
    if (a.n_pos == 0) {
        if (port.help_text) out.write_message(port.help_text);
        return none();
    }
    Value v = a.pos[0];
    if (is_str(v) && v.as<Str>()->view() == "modules") {
        print_modules(out);
        return none();
    }
    // "object <repr> is of type <type>", then the type's own attributes with their values.
    out.write("object ");
    if (!print_value(out, v, PrintKind::Repr)) return {};
    const Type* t = is_instance(v, &type_type) ? v.as<Type>() : type_of(v);
    out.printf(" is of type %s\n", type_name(v));
    if (t->locals) {
        for (size_t i = 0; i < t->locals->count; ++i) {
            const AttrEntry& e = t->locals->entries[i];
            out.printf("  %q -- ", e.name);
            if (!print_value(out, e.value, PrintKind::Repr)) return {};
            out.put('\n');
        }
    }
    return none();
}

}  // namespace core
