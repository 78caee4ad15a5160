// Start-up of the simulated board without a program: main.py, else the appended script, then the REPL.
#include <string>

#include "core/engine.hpp"
#include "core/flash_fs.hpp"
#include "core/hal.hpp"
#include "ports/host/flash_host.hpp"

namespace host {

int (*repl_hook)() = nullptr;

namespace {

constexpr uint32_t kAppendedScript = 0x3E000;  // spec 3.3: "MP", u16 length, the script
constexpr uint32_t kAppendedMax = 0x2000 - 4;  // the block is at most 8 KB, header included

// The appended script's text, or false when 0x3E000 does not start with "MP".
bool appended_script(std::string* out) {
    const uint8_t* p = hal::flash_pointer(kAppendedScript);
    if (p[0] != 'M' || p[1] != 'P') return false;
    uint32_t len = uint32_t(p[2]) | uint32_t(p[3]) << 8;
    if (len > kAppendedMax) len = kAppendedMax;
    out->assign(reinterpret_cast<const char*>(p + 4), len);
    // The firmware pads the block with NULs; a script never contains one.
    size_t nul = out->find('\0');
    if (nul != std::string::npos) out->resize(nul);
    return true;
}

}  // namespace

int boot_board(bool interactive) {
    int status = 0;
    core::Value main = core::flash_read_file("main.py");
    if (main) {
        const core::Str* s = main.as<core::Str>();
        status = core::run_main(std::string(s->data, s->len), "main.py");
    } else {
        core::take_exception();  // no main.py (or no usable filesystem): as the firmware, go on
        std::string script;
        if (appended_script(&script)) status = core::run_main(script, "__main__");
    }
    if (interactive && repl_hook) return repl_hook();
    return status;
}

}  // namespace host
