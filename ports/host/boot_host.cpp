// Start-up of the simulated board run without a program and without a terminal: main.py, else the
// appended script (spec 5), then the end of input ends the run (with a terminal the REPL runs instead).
#include <string>

#include "core/engine.hpp"
#include "board/main_loop.hpp"
#include "ports/host/flash_host.hpp"

namespace host {

int boot_board(bool) {
    const char* data = nullptr;
    size_t len = 0;
    const char* name = "__main__";
    // The same choice the board's main loop makes: main.py wins over the appended script.
    if (!board::startup_script(&data, &len, &name)) return 0;
    std::string source(data, len);  // copied before anything can move or reuse the text
    return core::run_main(source, name);
}

}  // namespace host
