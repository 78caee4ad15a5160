// libFuzzer target: any bytes given to the parser (all three modes) end in a tree or a clean exception.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/gc.hpp"
#include "core/parser.hpp"
#include "core/runtime.hpp"

// glibc's address of the initial thread's stack top: the whole C stack is scanned by the conservative GC.
extern "C" void* __libc_stack_end;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // A small heap on purpose: MemoryError paths get exercised too (the v1 device has ~10 KB).
    alignas(16) static char heap[256 * 1024];
    static bool ready = false;
    if (!ready) {
        if (!core::init(heap, sizeof heap, static_cast<char*>(__libc_stack_end))) abort();
        ready = true;
    }
    std::string_view src(reinterpret_cast<const char*>(data), size);
    for (core::ParseMode mode : {core::ParseMode::File, core::ParseMode::Single, core::ParseMode::Eval}) {
        core::ParseError err;
        core::ast::Node* n = core::parse(src, nullptr, mode, &err);
        if (!n && !core::pending()) abort();  // a failure must always leave an exception
        if (n && core::pending()) abort();    // and success must not
        core::take_exception();
        (void)core::is_incomplete_input(src);
        if (core::pending()) abort();
    }
    core::gc::collect();
    return 0;
}
