// libFuzzer target: any bytes given to the parser (all three modes, and read from a file through the
// lexer's window) end in a tree or a clean exception; read from a file, in the same outcome.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "core/gc.hpp"
#include "core/parser.hpp"
#include "core/runtime.hpp"
#include "core/unicode.hpp"

// glibc's address of the initial thread's stack top: the whole C stack is scanned by the conservative GC.
extern "C" void* __libc_stack_end;

namespace {

// The source a few bytes at a time (the count from the source's size), as a file is read.
struct Pieces {
    std::string_view src;
    size_t at = 0;
    static uint32_t read(void* ctx, char* buf, uint32_t n) {
        auto* p = static_cast<Pieces*>(ctx);
        size_t k = p->src.size() - p->at;
        size_t piece = 1 + p->src.size() % 7;
        if (k > piece) k = piece;
        if (k > n) k = n;
        memcpy(buf, p->src.data() + p->at, k);
        p->at += k;
        return uint32_t(k);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // A small heap on purpose: MemoryError paths get exercised too (the v1 device has ~10 KB).
    alignas(16) static char heap[256 * 1024];
    static bool ready = false;
    if (!ready) {
        if (!core::init(heap, sizeof heap, static_cast<char*>(__libc_stack_end))) abort();
        ready = true;
    }
    std::string_view src(reinterpret_cast<const char*>(data), size);
    size_t bad, bad_len;
    const char* why;
    // Bad UTF-8: core::parse reports it before anything else, the lexer's window only once it gets there.
    bool utf8 = core::unicode::validate(src.data(), src.size(), &bad, &bad_len, &why);
    for (core::ParseMode mode : {core::ParseMode::File, core::ParseMode::Single, core::ParseMode::Eval}) {
        core::ParseError err;
        core::ast::Node* n = core::parse(src, nullptr, mode, &err);
        if (!n && !core::pending()) abort();  // a failure must always leave an exception
        if (n && core::pending()) abort();    // and success must not
        bool syntax = !n && core::exc_matches(core::state.exc, &core::syntax_error_type);
        core::take_exception();
        if (mode == core::ParseMode::File) {
            Pieces p{src};
            core::SourceReader reader{Pieces::read, &p};
            core::ParseError read_err;
            core::ast::Node* r = core::parse("", nullptr, mode, &read_err, {}, &reader);
            if (!r && !core::pending()) abort();
            if (r && core::pending()) abort();
            // A tree both ways, or the same SyntaxError line (MemoryError and RuntimeError depend on the
            // heap and the stack, which differ).
            bool read_syntax = !r && core::exc_matches(core::state.exc, &core::syntax_error_type);
            if (utf8 && (n || syntax) && (r || read_syntax) &&
                (bool(n) != bool(r) || err.line != read_err.line))
                abort();
            core::take_exception();
        }
        (void)core::is_incomplete_input(src);
        if (core::pending()) abort();
    }
    core::gc::collect();
    return 0;
}
