// The firmware: the board's main loop (core::repl::board_main) on the nRF51, with the GC heap in every
// byte of RAM the link left, and the start-up program chosen as the original does unless it faulted.
#include <cstring>

#include "board/board.hpp"
#include "core/flash_fs.hpp"
#include "core/hal.hpp"
#include "core/repl.hpp"
#include "core/runtime.hpp"
#include "fs/memory_map.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace {

// core::state.extra_roots slot that keeps main.py's text alive while it compiles and runs (slots 8..15
// are the board modules').
constexpr int kStartupRoot = 7;
constexpr size_t kAppendedMax = fs::kAppendedSize - fs::kAppendedHeader;  // the 8 KiB block less its header

}  // namespace

namespace nrf51 {
void startup_finished() { core::state.extra_roots[kStartupRoot] = core::Value(); }
}  // namespace nrf51

// The start-up program (spec 5): main.py, else the appended script at fs::kAppendedAddress. This replaces the
// core's weak default, which it repeats, only to leave main.py out after it faulted (reset_record.cpp) and to
// mark the time it runs; a start-up hook in the core would make the copy unnecessary.
namespace core::repl {
bool startup_script(const char** data, size_t* len, const char** name) {
    if (!nrf51::startup_allowed()) return false;
    Value main = flash_read_file("main.py");
    if (main) {
        state.extra_roots[kStartupRoot] = main;
        *data = as_str(main)->data;
        *len = as_str(main)->len;
        *name = "__main__";
        nrf51::set_phase(nrf51::Phase::MainPy);
        return true;
    }
    take_exception();  // no main.py, or no usable filesystem: go on as the firmware does
    const uint8_t* p = hal::flash_pointer(fs::kAppendedAddress);
    if (!fs::is_appended_marker(p[0], p[1])) return false;
    size_t n = size_t(p[2]) | size_t(p[3]) << 8;
    if (n > kAppendedMax) n = kAppendedMax;
    size_t end = 0;
    while (end < n && p[4 + end]) ++end;  // the block is padded with NULs
    *data = reinterpret_cast<const char*>(p + 4);
    *len = end;
    *name = "__main__";
    nrf51::set_phase(nrf51::Phase::MainPy);
    return true;
}
}  // namespace core::repl

int main() {
    using namespace nrf51;
    boot();
    interrupt_flag = &core::state.interrupt;
    board::reset_hook = [] { requested_reset(); };
    background = [](uint32_t now) { board::tick(now); };
    size_t heap_bytes = size_t(__heap_end - __heap_start);
    core::repl::board_main(__heap_start, heap_bytes, __stack_top);
    // board_main returns only when the heap is too small to start (the link asserts 4 KiB): say so and
    // stay quiet; a reset would only repeat it.
    serial_puts("mbpy: heap too small to start\r\n");
    for (;;) wait_for_interrupt();
}
