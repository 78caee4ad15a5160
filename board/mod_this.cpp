// The this module: `import this` prints the Zen of MicroPython; this.authors() the contributors.
#include "core/config.hpp"
#include "core/names.hpp"
#include "board/modules.hpp"
#include "board/sound.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

#if MBPY_MOD_EGGS  // core/config.hpp

namespace board {
using namespace core;

static const char zen[] =
    "The Zen of MicroPython, by Nicholas H. Tollervey\n"
    "\n"
    "Code,\n"
    "Hack it,\n"
    "Less is more,\n"
    "Keep it simple,\n"
    "Small is beautiful,\n"
    "\n"
    "Be brave! Break things! Learn and have fun!\n"
    "Express yourself with MicroPython.\n"
    "\n"
    "Happy hacking! :-)\n";
static const char authors[] =
    "MicroPython on the micro:bit is brought to you by:\n"
    "Damien P. George, Mark Shannon, Radomir Dopieralski, Matthew Else,\n"
    "Carol Willing, Tom Viner, Alan Jackson, Nick Coghlan, Joseph Haig,\n"
    "Alex Chan, Andrea Grandi, Paul Egan, Piotr Kasprzyk, Andrew Mulholland,\n"
    "Matt Wheeler, Joe Glancy, Abbie Brooks and Nicholas H. Tollervey.\n";

static Value th_init(const Args&) {
    hal::stdout_write(zen, sizeof zen - 1);
    return none();
}
static Value th_authors(const Args&) {
    hal::stdout_write(authors, sizeof authors - 1);
    return none();
}

static constexpr core::NativeFunction f_init = core::native(q_dunder_init, th_init, 0, 0);
static constexpr core::NativeFunction f_authors = core::native(q_authors, th_authors, 0, 0);
static const AttrEntry this_entries[] = {
    {&q_dunder_name, &q_this}, {&q_dunder_init, &f_init}, {&q_authors, &f_authors}};
const AttrTable this_module_table = {this_entries, 3};

}  // namespace board

#endif  // MBPY_MOD_EGGS
