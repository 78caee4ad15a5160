// Deep nesting: the parser and compiler keep what is open on stacks in the GC heap, so every construct
// nests far deeper than the original firmware allows (it crashes past 22 nested calls or 60 lists) with
// the same C stack, and past the nesting budget the source fails with a Python exception, never a crash.
#include <gtest/gtest.h>
#include <pthread.h>

#include <functional>
#include <string>

#include "core/engine.hpp"
#include "core/obj_module.hpp"
#include "core/runtime.hpp"
#include "tests/support/stack_top.hpp"

namespace {

std::string ind(int n) { return std::string(4 * size_t(n), ' '); }

std::string repeat(const std::string& s, int n) {
    std::string r;
    for (int i = 0; i < n; ++i) r += s;
    return r;
}

// Each program nests one construct n deep and leaves its answer in r.
struct Kind {
    const char* name;
    std::function<std::string(int)> source;
    std::function<std::string(int)> expected;
    // Class bodies also run nested in C (__build_class__ calls each from the one around it), where a
    // debug ASan build's frames are several KB: nested that deep only.
    int deepest = 90;
};

const Kind kinds[] = {
    {"parentheses", [](int n) { return "r = " + repeat("(", n) + "1" + repeat(")", n); },
     [](int) { return std::string("1"); }},
    {"lists",
     [](int n) { return "x = " + repeat("[", n) + "7" + repeat("]", n) + "\nr = x" + repeat("[0]", n); },
     [](int) { return std::string("7"); }},
    {"dicts",
     [](int n) { return "x = " + repeat("{1: ", n) + "7" + repeat("}", n) + "\nr = x" + repeat("[1]", n); },
     [](int) { return std::string("7"); }},
    {"tuples", [](int n) { return "x = " + repeat("(1, ", n) + "2" + repeat(")", n) + "\nr = len(x)"; },
     [](int) { return std::string("2"); }},
    {"calls", [](int n) { return "r = " + repeat("abs(", n) + "-3" + repeat(")", n); },
     [](int) { return std::string("3"); }},
    {"additions", [](int n) { return "x = 1\nr = " + repeat("x + (", n) + "x" + repeat(")", n); },
     [](int n) { return std::to_string(n + 1); }},
    {"not", [](int n) { return "x = 1\nr = " + repeat("not ", n) + "x"; },
     [](int n) { return std::string(n % 2 ? "False" : "True"); }},
    {"unary minus", [](int n) { return "x = 1\nr = " + repeat("-", n) + "x"; },
     [](int n) { return std::string(n % 2 ? "-1" : "1"); }},
    {"conditional expressions",
     [](int n) { return "x = 0\nr = " + repeat("x if x else (", n) + "5" + repeat(")", n); },
     [](int) { return std::string("5"); }},
    {"lambdas", [](int n) { return "f = " + repeat("lambda: ", n) + "4\nr = f" + repeat("()", n); },
     [](int) { return std::string("4"); }},
    {"comprehensions",
     [](int n) {
         return "x = " + repeat("[", n) + "1" + repeat(" for i in range(1)]", n) + "\nr = x" +
                repeat("[0]", n);
     },
     [](int) { return std::string("1"); }},
    {"if blocks",
     [](int n) {
         std::string s;
         for (int i = 0; i < n; ++i) s += ind(i) + "if 1:\n";
         return s + ind(n) + "r = 6\n";
     },
     [](int) { return std::string("6"); }},
    {"for blocks",
     [](int n) {
         std::string s = "r = 0\n";
         for (int i = 0; i < n; ++i) s += ind(i) + "for i" + std::to_string(i) + " in range(1):\n";
         return s + ind(n) + "r += 1\n";
     },
     [](int) { return std::string("1"); }},
    {"try blocks",
     [](int n) {
         std::string s;
         for (int i = 0; i < n; ++i) s += ind(i) + "try:\n";
         s += ind(n) + "r = 1 // 0\n";
         for (int i = n; i-- > 0;) s += ind(i) + "except ZeroDivisionError:\n" + ind(i + 1) + "r = 8\n";
         return s;
     },
     [](int) { return std::string("8"); }},
    {"defs",
     [](int n) {
         std::string s;
         for (int i = 0; i < n; ++i) s += ind(i) + "def f():\n";
         s += ind(n) + "return 9\n";
         for (int i = n - 1; i > 0; --i) s += ind(i) + "return f()\n";
         return s + "r = f()\n";
     },
     [](int) { return std::string("9"); }},
    {"classes",
     [](int n) {
         std::string s;
         for (int i = 0; i < n; ++i) s += ind(i) + "class C" + std::to_string(i) + ":\n";
         return s + ind(n) + "v = 3\nr = C0" + [n] {
             std::string p;
             for (int i = 1; i < n; ++i) p += ".C" + std::to_string(i);
             return p;
         }() + ".v\n";
     },
     [](int) { return std::string("3"); }, 30},
};

// Runs `body` in a thread with a C stack of `stack_bytes`, the runtime's stack top set for it.
void with_small_stack(size_t stack_bytes, const std::function<void()>& body) {
    struct Arg {
        const std::function<void()>* body;
    } arg{&body};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_bytes);
    pthread_t th;
    auto run = [](void* p) -> void* {
        char top;
        char* saved = core::state.c_stack_top;
        core::state.c_stack_top = &top + 64;  // above this frame: its locals are scanned by the GC
        (*static_cast<Arg*>(p)->body)();
        core::state.c_stack_top = saved;
        return nullptr;
    };
    ASSERT_EQ(pthread_create(&th, &attr, run, &arg), 0);
    pthread_join(th, nullptr);
    pthread_attr_destroy(&attr);
}

class CompileNestingTest : public ::testing::Test {
   protected:
    void SetUp() override {
        alignas(16) static char heap[32 << 20];
        ASSERT_TRUE(core::init(heap, sizeof heap, test_support::stack_top()));
    }
    static std::string run(const std::string& src) {
        if (!core::exec_source(src, "<nesting>")) {
            core::Value e = core::take_exception();
            return std::string("ERR:") + (e ? core::type_name(e) : "?");
        }
        core::Value m = core::main_module();
        core::Value v = core::dict_get_str(m.as<core::Module>()->globals, core::intern("r").as<core::Str>());
        if (!v) return "<unset>";
        core::Value s = core::repr(v);
        return s ? std::string(core::as_str(s)->view()) : "ERR:repr";
    }
};

// 90 deep (blocks: the lexer allows 100 indentation levels, as CPython) in a thread with a C stack of
// 256 KB: a compiler that recursed per nesting level would need megabytes here (x86-64 frames, ASan).
TEST_F(CompileNestingTest, EveryConstructNestsDeepInASmallCStack) {
    for (const Kind& k : kinds) {
        for (int n : {1, 2, 30, 90}) {
            if (n > k.deepest) continue;
            std::string got;
            with_small_stack(256 * 1024, [&] { got = run(k.source(n)); });
            EXPECT_EQ(got, k.expected(n)) << k.name << " nested " << n;
        }
    }
}

// Past the nesting budget (config::parser_max_depth) a Python exception, whatever the construct.
TEST_F(CompileNestingTest, TooDeepIsAPythonException) {
    for (const Kind& k : kinds) {
        std::string got;
        with_small_stack(256 * 1024, [&] { got = run(k.source(3000)); });
        EXPECT_TRUE(got == "ERR:RuntimeError" || got == "ERR:RecursionError" || got == "ERR:SyntaxError" ||
                    got == "ERR:IndentationError" || got == "ERR:MemoryError")
            << k.name << ": " << got;
    }
}

}  // namespace
