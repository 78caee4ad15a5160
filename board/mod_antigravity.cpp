// The antigravity module: `import antigravity` prints xkcd 353 as ASCII art, as the firmware does.
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

#if MBPY_MOD_EGGS  // core/config.hpp

namespace board {
using namespace core;

static const char comic[] =
    "+-xkcd.com/353---------------------------------------------------+\n"
    "|                                                                |\n"
    "|                                                    \\0/         |\n"
    "|                                                  /   \\         |\n"
    "|        You're flying!                  MicroPython!  /|        |\n"
    "|            How?                                      \\ \\       |\n"
    "|            /                                                   |\n"
    "|          0                                                     |\n"
    "|         /|\\                                                    |\n"
    "|          |                                                     |\n"
    "|-----____/_\\______________________________----------------------|\n"
    "|                                                                |\n"
    "+----------------------------------------------------------------+\n";

static Value ag_init(const Args&) {
    for (const char *p = comic, *nl; *p; p = nl + 1) {  // line by line: each trace line stays whole
        for (nl = p; *nl != '\n'; ++nl) {
        }
        hal::stdout_write(p, size_t(nl - p + 1));
    }
    return none();
}

static constexpr core::NativeFunction f_init = core::native(q_dunder_init, ag_init, 0, 0);
static const AttrEntry antigravity_entries[] = {{&q_dunder_name, &q_antigravity}, {&q_dunder_init, &f_init}};
const AttrTable antigravity_module_table = {antigravity_entries, 2};

}  // namespace board

#endif  // MBPY_MOD_EGGS
