// The love module: `import love` (and love.badaboom()) makes the heart beat on the LEDs.
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

#if MBPY_MOD_EGGS  // core/config.hpp

namespace board {
using namespace core;

// 8 beats; each beat fades the heart up and down through 7 brightness steps, 25 ms per step.
static constexpr int beats = 8, steps = 7;
static constexpr uint32_t step_ms = 25;
static constexpr char heart[26] = "0909099999999990999000900";

static Value lv_badaboom(const Args&) {
    uint8_t leds[25];
    for (int b = 0; b < beats && !core::state.interrupt; ++b) {
        for (int s = 0; s < 2 * steps; ++s) {
            int level = s < steps ? s + 3 : 2 * steps - s + 2;  // 3..9 then back down
            for (int i = 0; i < 25; ++i) leds[i] = heart[i] == '9' ? uint8_t(level) : 0;
            display_store(leds);
            hal::sleep_ms(step_ms);
        }
    }
    static const uint8_t blank[25] = {};
    display_store(blank);
    return none();
}

static constexpr core::NativeFunction f_badaboom = core::native_pausing(q_badaboom, lv_badaboom, 0, 0);
static const AttrEntry love_entries[] = {
    {&q_dunder_name, &q_love}, {&q_dunder_init, &f_badaboom}, {&q_badaboom, &f_badaboom}};
const AttrTable love_module_table = {love_entries, 3};

}  // namespace board

#endif  // MBPY_MOD_EGGS
