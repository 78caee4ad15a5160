// Start-up of the simulated board run without a program and without a terminal: main.py, else the
// appended script (spec 5), then the end of input ends the run (with a terminal the REPL runs instead).
#include "core/engine.hpp"
#include "board/main_loop.hpp"
#include "ports/host/flash_host.hpp"

namespace host {

int boot_board(bool) {
    core::SourceReader reader;
    std::string_view text;
    const char* name;
    // The same choice the board's main loop makes: main.py wins over the appended script.
    if (!board::startup_script(&reader, &text, &name)) return 0;
    return core::run_main(text, name, &reader);
}

}  // namespace host
