// The web port's entry point: one board per WebAssembly instance (the runtime's state is global), its main
// loop started by the page and paused whenever the browser needs its thread back.
#include <stdlib.h>

#include "board/board.hpp"
#include "board/main_loop.hpp"
#include "core/config.hpp"
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
    void* heap = malloc(heap_bytes);
    if (!heap) return 2;
    web::install_hooks();
    board::reset_hook = [] {
        mbpy_reset();  // the page starts a fresh instance; this one waits for ever
        for (;;) mbpy_wait(1000000);
    };
    return board::main_loop(heap, heap_bytes, &stack_top);
}

}  // extern "C"
