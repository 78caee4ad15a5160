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

static constexpr char comic[] =
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

// The comic is mostly runs of one character: kept in flash with each run of 3 or more as the character
// and a count byte (0x80 + repeats), packed while compiling (about a third of the text's size).
constexpr bool is_run(const char* p) { return p[0] != '\n' && p[1] == p[0] && p[2] == p[0]; }
constexpr size_t packed_size() {
    size_t n = 0;
    for (const char* p = comic; *p; ++n) {
        if (is_run(p)) {
            const char* q = p;
            while (*q == *p && q - p < 127) ++q;
            p = q;
            ++n;
        } else {
            ++p;
        }
    }
    return n;
}
struct Packed {
    char text[packed_size()];
};
consteval Packed pack() {
    Packed out{};
    size_t n = 0;
    for (const char* p = comic; *p;) {
        out.text[n++] = *p;
        if (is_run(p)) {
            const char* q = p;
            while (*q == *p && q - p < 127) ++q;
            out.text[n++] = char(0x80 + (q - p - 1));
            p = q;
        } else {
            ++p;
        }
    }
    return out;
}
static constexpr Packed packed = pack();

static Value ag_init(const Args&) {
    char line[80];  // the longest line is 67 characters
    size_t len = 0;
    for (size_t i = 0; i < sizeof packed.text; ++i) {
        char c = packed.text[i];
        size_t repeat = 1;
        if (i + 1 < sizeof packed.text && uint8_t(packed.text[i + 1]) >= 0x80)
            repeat += uint8_t(packed.text[++i]) - 0x80;
        while (repeat--) line[len++] = c;
        if (c == '\n') {  // line by line: each trace line stays whole
            hal::stdout_write(line, len);
            len = 0;
        }
    }
    return none();
}

static constexpr core::NativeFunction f_init = core::native(q_dunder_init, ag_init, 0, 0);
static const AttrEntry antigravity_entries[] = {{&q_dunder_name, &q_antigravity}, {&q_dunder_init, &f_init}};
const AttrTable antigravity_module_table = {antigravity_entries, 2};

}  // namespace board

#endif  // MBPY_MOD_EGGS
