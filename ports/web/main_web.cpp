// The web port's entry point: one board per WebAssembly instance (the runtime's state is global), its main
// loop started by the page and paused whenever the browser needs its thread back.
#include <emscripten/heap.h>
#include <stdlib.h>
#include <unistd.h>

#include "board/board.hpp"
#include "board/main_loop.hpp"
#include "core/config.hpp"
#include "core/gc.hpp"
#include "core/vm.hpp"
#include "ports/web/web.hpp"

namespace web {
void install_hooks();  // hal_web.cpp
}

extern "C" {

// Runs the board (boot, main.py, the REPL, soft resets) on a heap of `heap_bytes` (the page's default leaves
// a program the free heap of a micro:bit v1: site/board.js). Returns only when the heap cannot hold the
// runtime (1).
__attribute__((used)) int web_main(size_t heap_bytes) {
    char stack_top;
    // The collector runs only at the VM's safe points (core/gc.hpp); what is allocated between a request for
    // a collection and the safe point comes from a reserve after the heap: the module's memory that is
    // left (at most 16 MB), less 4 MB for malloc's other users (Asyncify's 1 MB buffer at each pause). A
    // failed malloc aborts the module (its memory cannot grow), so the room is measured first.
    size_t left = emscripten_get_heap_size() - reinterpret_cast<uintptr_t>(sbrk(0));
    size_t spare = size_t(4) << 20;
    size_t reserve = left > heap_bytes + spare ? left - heap_bytes - spare : 0;
    if (reserve > (size_t(16) << 20)) reserve = size_t(16) << 20;
    void* heap = malloc(heap_bytes + reserve);
    if (!heap) return 2;
    core::gc::reserve_bytes = reserve;
    web::install_hooks();
    board::reset_hook = [] {
        mbpy_reset();  // the page starts a fresh instance; this one waits for ever
        // Except under native code that called back into Python, where it cannot pause (hal_web.cpp):
        // machine.reset() then ends the program with SystemExit until the page resets the board.
        if (!core::vm_may_pause()) return;
        for (;;) mbpy_wait(1000000);
    };
    return board::main_loop(heap, heap_bytes + reserve, &stack_top);
}

}  // extern "C"
