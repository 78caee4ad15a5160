// The firmware: the board's main loop (board::main_loop) on the nRF51, with the GC heap in every byte of
// RAM the link left, and the start-up program run as the original does unless it faulted.
#include <cstring>

#include "board/board.hpp"
#include "board/main_loop.hpp"
#include "core/runtime.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

int main() {
    using namespace nrf51;
    boot();
#if MBPY_MICROBIT_ACCEL || MBPY_MICROBIT_COMPASS
    sensors_init();  // at boot, as the original starts them
#endif
    interrupt_flag = &core::state.interrupt;
    poll_flag = &core::state.poll;
    board::reset_hook = [] { requested_reset(); };
    // main.py, unless it faulted the last time it ran (reset_record.cpp); the record follows its run.
    board::startup_hook = [] {
        if (!startup_allowed()) return false;
        set_phase(Phase::MainPy);
        return true;
    };
    background = [](uint32_t now) { board::tick(now); };
    size_t heap_bytes = size_t(__heap_end - __heap_start);
    board::main_loop(__heap_start, heap_bytes, __stack_top);
    // main_loop returns only when the heap is too small to start (the link asserts 4 KiB): say so and
    // stay quiet; a reset would only repeat it.
    serial_puts("mbpy: heap too small to start\r\n");
    for (;;) wait_for_interrupt();
}
