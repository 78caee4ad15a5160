// The table of builtin modules; each line's reason for being here is that MicroPython has the module.
#include "core/modules.hpp"

#include "core/numbers.hpp"
#include "core/runtime.hpp"

namespace core {

static constexpr Str q_umath = const_str("umath");

const BuiltinModule builtin_modules[] = {
    {&math_module_name, &math_module_table},
    {&q_umath, &math_module_table},
#if MBPY_COMPLEX
    {&cmath_module_name, &cmath_module_table},
#endif
    {nullptr, nullptr},
};

const BuiltinModule* find_builtin_module(const Str* name) {
    for (const BuiltinModule* m = builtin_modules; m->name; ++m) {
        if (str_equal(m->name, name)) return m;
    }
    return nullptr;
}

}  // namespace core
