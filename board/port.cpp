// The micro:bit's additions to the language, for both of its ports: modules, open(), help(), sys.platform
// and the board's GC roots (core/port.hpp).
#include "core/port.hpp"

#include "board/board.hpp"
#include "board/flash_fs.hpp"
#include "board/modules.hpp"
#include "core/message.hpp"
#include "core/names.hpp"

namespace board {

namespace {

using core::operator""_msg;

const core::BuiltinModule modules[] = {
    {&core::q_microbit, &microbit_module_table},
#if MBPY_MOD_MUSIC
    {&core::q_music, &music_module_table},
#endif
#if MBPY_MOD_SPEECH
    {&core::q_speech, &speech_module_table},
#endif
#if MBPY_MOD_AUDIO
    {&core::q_audio, &audio_module_table},
#endif
#if MBPY_MOD_RADIO
    {&core::q_radio, &radio_module_table},
#endif
#if MBPY_MOD_NEOPIXEL
    {&core::q_neopixel, &neopixel_module_table},
#endif
#if MBPY_MOD_MACHINE
    {&core::q_machine, &machine_module_table},
#endif
#if MBPY_MOD_VFS
    {&core::q_vfs, &vfs_module_table},
#endif
#if MBPY_MOD_EGGS
    {&core::q_love, &love_module_table},
    {&core::q_this, &this_module_table},
    {&core::q_antigravity, &antigravity_module_table},
#endif
    {&core::q_os, &os_module_table},
    {&core::q_uos, &os_module_table},
    {nullptr, nullptr},
};

const core::AttrEntry builtin_entries[] = {{&core::q_open, &open_builtin}};
const core::AttrTable builtins = {builtin_entries, sizeof builtin_entries / sizeof builtin_entries[0]};

// As the real v1 firmware prints it (tests/oracle/transcripts/help*.json); packed like the error messages.
constexpr const char* welcome =
    "Welcome to MicroPython on the micro:bit!\n"
    "\n"
    "Try these commands:\n"
    "  display.scroll('Hello')\n"
    "  running_time()\n"
    "  sleep(1000)\n"
    "  button_a.is_pressed()\n"
    "What do these commands do? Can you improve them? HINT: use the up and down\n"
    "arrow keys to get your command history. Press the TAB key to auto-complete\n"
    "unfinished words (so 'di' becomes 'display' after you press TAB). These\n"
    "tricks save a lot of typing and look cool!\n"
    "\n"
    "Explore:\n"
    "Type 'help(something)' to find out about it. Type 'dir(something)' to see what\n"
    "it can do. Type 'dir()' to see what stuff is available. For goodness sake,\n"
    "don't type 'import this'.\n"
    "\n"
    "Control commands:\n"
    "  CTRL-C        -- stop a running program\n"
    "  CTRL-D        -- on a blank line, do a soft reset of the micro:bit\n"
    "  CTRL-E        -- enter paste mode, turning off auto-indent\n"
    "\n"
    "For a list of available modules, type help('modules')\n"
    "\n"
    "For more information about Python, visit: http://python.org/\n"
    "To find out about MicroPython, visit: http://micropython.org/\n"
    "Python/micro:bit documentation is here: https://microbit-micropython.readthedocs.io/\n"_msg;

constexpr core::Str platform = core::const_str(MBPY_SYS_PLATFORM);

}  // namespace

}  // namespace board

const core::Port core::port = {board::modules,   &board::builtins, board::welcome,
                               &board::platform, &board::roots,    sizeof board::roots};
