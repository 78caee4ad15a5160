// The board's main loop, as the micro:bit's: boot, main.py or the appended script, the REPL, soft reset.
#include "board/main_loop.hpp"

#include "board/board.hpp"
#include "board/flash_fs.hpp"
#include "board/sound.hpp"
#include "core/engine.hpp"
#include "core/port.hpp"
#include "fs/memory_map.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "shell/readline.hpp"
#include "shell/repl.hpp"

namespace board {

using namespace core;

bool (*startup_hook)() = nullptr;

// main.py from the filesystem, else the appended script at fs::kAppendedAddress ("MP", u16 length, text).
bool startup_script(core::SourceReader* reader, std::string_view* text, const char** name) {
    static constexpr uint32_t appended_addr = fs::kAppendedAddress;
    static constexpr uint32_t appended_max = fs::kAppendedSize - fs::kAppendedHeader;
    *name = "__main__";  // v1 names main.py "__main__" in tracebacks
    // No main.py, or no usable filesystem: as the firmware, go on.
    if (flash_open_source("main.py", reader)) return true;
    const uint8_t* p = hal::flash_pointer(appended_addr);
    if (!p || !fs::is_appended_marker(p[0], p[1])) return false;
    size_t n = size_t(p[2]) | size_t(p[3]) << 8;
    if (n > appended_max) n = appended_max;
    size_t end = 0;
    while (end < n && p[4 + end]) ++end;  // the block is padded with NULs
    *text = {reinterpret_cast<const char*>(p + 4), end};
    return true;
}

namespace {

// A call of its own: its locals are gone from the stack under the REPL, which runs from the main loop.
[[gnu::noinline]] void run_startup() {
    SourceReader reader;
    std::string_view text;
    const char* name;
    if (startup_script(&reader, &text, &name) && (!startup_hook || startup_hook())) {
        core::state.interrupt = false;
        hal::serial_set_interrupt_char(shell::key_ctrl_c);
        Value r = exec_source(text, name, &reader);
        if (!r) {
            Value exc = take_exception();
            if (!exc_matches(exc, &system_exit_type)) {
                report_exception(exc, true);
                // Then the message scrolls once on the LEDs; Ctrl-C cuts it short (spec 5).
                if (!exc_matches(exc, &keyboard_interrupt_type)) scroll_error(exc);
            }
        }
        hal::serial_set_interrupt_char(-1);
        core::state.interrupt = false;
        if (pending()) take_exception();
        return;
    }
    // The REPL namespace starts with the microbit names when there is no program (v1 behaviour).
    if (exec_source("from microbit import *", "<stdin>")) return;
    take_exception();  // no microbit module in this build
}

}  // namespace

int main_loop(void* heap, size_t heap_bytes, char* c_stack_top) {
    shell::Mode mode = shell::Mode::Friendly;
    for (;;) {
        if (!init(heap, heap_bytes, c_stack_top)) return 1;
        flash_fs_init();  // a fresh mount (new random start index), as at every boot
        reset();          // display, pins, buttons back to power-on state
        shell::init();
        core::input_hook = shell::input_line;  // input() reads through the REPL's line editor
        if (mode == shell::Mode::Friendly) run_startup();
        shell::Exit e;
        for (;;) {
            e = mode == shell::Mode::Raw ? shell::raw_repl() : shell::friendly_repl(banner);
            if (e != shell::Exit::SwitchMode) break;
            mode = mode == shell::Mode::Raw ? shell::Mode::Friendly : shell::Mode::Raw;
        }
        if (e == shell::Exit::EndOfInput) return 0;
        // The radio off before the heap is made anew: on the device it receives into a heap block.
        if (MBPY_MOD_RADIO) radio_reset();
        shell::out("soft reboot\r\n");
    }
}

}  // namespace board
