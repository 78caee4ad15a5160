// Standard-library modules: registry and aliases, interpreter-dependent members (sys), the fake clock
// (time), determinism (random), and GC safety of the modules' objects in a small heap.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "core/engine.hpp"
#include "core/gc.hpp"
#include "core/mod_stdlib.hpp"
#include "core/obj_module.hpp"
#include "tests/support/stack_top.hpp"

namespace {

class StdlibTest : public ::testing::Test {
   protected:
    void init(size_t heap_bytes) {
        alignas(16) static char heap[4 << 20];
        ASSERT_LE(heap_bytes, sizeof heap);
        ASSERT_TRUE(core::init(heap, heap_bytes, test_support::stack_top()));
    }
    void SetUp() override { init(4 << 20); }

    // Runs `src` in __main__ and returns repr(r) or "ERR:<Type>".
    std::string run(const std::string& src) {
        if (!core::exec_source(src, "<test>")) return error();
        core::Value m = core::main_module();
        core::Value v = core::dict_get_str(m.as<core::Module>()->globals, core::intern("r").as<core::Str>());
        if (!v) return "<unset>";
        core::Value s = core::repr(v);
        if (!s) return error();
        return std::string(core::as_str(s)->view());
    }
    static std::string error() {
        core::Value e = core::take_exception();
        return std::string("ERR:") + (e ? core::type_name(e) : "?");
    }
};

const core::BuiltinModule* find(const char* name) {
    core::Value n = core::intern(name);
    return n ? core::find_builtin_module(n.as<core::Str>()) : nullptr;
}

TEST_F(StdlibTest, EveryModuleAndAliasIsRegistered) {
    struct Module {
        const char* name;
        bool on;  // the build has it (core/config.hpp)
    };
    const Module modules[] = {{"sys", true},
                              {"usys", true},
                              {"gc", true},
                              {"micropython", true},
                              {"time", true},
                              {"utime", true},
                              {"random", true},
                              {"urandom", true},
                              {"struct", true},
                              {"ustruct", true},
                              {"errno", true},
                              {"uerrno", true},
                              {"collections", true},
                              {"ucollections", true},
                              {"array", true},
                              {"uarray", true},
                              {"builtins", true},
                              {"json", MBPY_MOD_JSON},
                              {"ujson", MBPY_MOD_JSON},
                              {"re", MBPY_MOD_RE},
                              {"ure", MBPY_MOD_RE},
                              {"io", MBPY_MOD_IO},
                              {"uio", MBPY_MOD_IO},
                              {"binascii", MBPY_MOD_BINASCII},
                              {"ubinascii", MBPY_MOD_BINASCII},
                              {"heapq", MBPY_MOD_HEAPQ},
                              {"uheapq", MBPY_MOD_HEAPQ},
                              {"cmath", MBPY_COMPLEX}};
    for (const Module& m : modules) EXPECT_EQ(find(m.name) != nullptr, m.on) << m.name;
    EXPECT_EQ(find("nosuch"), nullptr);
    // Constant modules share one table with their alias.
    EXPECT_EQ(find("time")->table, find("utime")->table);
    if (MBPY_MOD_RE) {
        EXPECT_EQ(find("re")->table, find("ure")->table);
    }
}

TEST_F(StdlibTest, SysMembersComeFromTheInterpreter) {
    if (MBPY_SYS_EXTRA) {
        EXPECT_EQ(run("import sys\nr = sys.argv"), "['']");  // the test HAL's program arguments
        EXPECT_EQ(run("import sys\nr = sys.modules['sys'] is sys"), "True");
        EXPECT_EQ(
            run("import sys, usys\nsys.path.append('x')\nr = (usys.path is sys.path, usys.argv is sys.argv)"),
            "(True, True)");
        EXPECT_EQ(run("import sys\nr = sys.maxsize == (1 << 63) - 1"), "True");
    } else {
        // The original firmware's sys (config.hpp): no argv, path, modules or maxsize.
        EXPECT_EQ(run("import sys\nr = [hasattr(sys, n) for n in ('argv', 'path', 'modules', 'maxsize')]"),
                  "[False, False, False, False]");
    }
    EXPECT_EQ(run("import sys\nr = (sys.implementation.name, sys.platform)"), "('micropython', 'test')");
    EXPECT_EQ(run("import sys\ntry:\n sys.exit(4)\nexcept SystemExit as e:\n r = e.args"), "(4,)");
    EXPECT_EQ(run("import errno\nr = (errno.errorcode[errno.ENOENT], errno.EIO)"), "('ENOENT', 5)");
    EXPECT_EQ(run("import builtins\nr = builtins.len('ab')"), "2");
}

TEST_F(StdlibTest, TicksFollowTheClockAndWrap) {
    EXPECT_EQ(
        run("import time\na = time.ticks_ms()\ntime.sleep_ms(1500)\nr = time.ticks_diff(time.ticks_ms(), a)"),
        "1500");
    EXPECT_EQ(
        run("import time\na = time.ticks_us()\ntime.sleep(0.25)\nr = time.ticks_diff(time.ticks_us(), a)"),
        "250000");
    EXPECT_EQ(run("import time\nr = (time.ticks_add(2**30 - 10, 20), time.ticks_diff(5, 2**30 - 5), "
                  "time.ticks_diff(2**29, 0), time.ticks_diff(0, 2**29))"),
              "(10, 10, -536870912, -536870912)");
    if (MBPY_TIME_CALENDAR) {
        EXPECT_EQ(run("import time\nr = time.gmtime(951782400)"), "(2000, 2, 29, 0, 0, 0, 1, 60)");
    }
}

TEST_F(StdlibTest, RandomIsDeterministicAfterSeed) {
    std::string a = run("import random\nrandom.seed(7)\nr = [random.getrandbits(32) for i in range(4)]");
    std::string b = run("import random\nrandom.seed(7)\nr = [random.getrandbits(32) for i in range(4)]");
    EXPECT_EQ(a, b);
    EXPECT_NE(a, run("import random\nrandom.seed(8)\nr = [random.getrandbits(32) for i in range(4)]"));
    EXPECT_EQ(run("import random\nrandom.seed(1)\nr = sorted(set(random.randint(1, 3) for i in range(300)))"),
              "[1, 2, 3]");
    EXPECT_EQ(run("import random\nr = random.randrange(0)"), "ERR:ValueError");
}

TEST_F(StdlibTest, ReEngineErrorsAndGroups) {
    if (!MBPY_MOD_RE) GTEST_SKIP() << "re is off (MBPY_MOD_RE)";
    EXPECT_EQ(run("import re\nr = re.compile('(a')"), "ERR:ValueError");
    EXPECT_EQ(run("import re\nr = re.compile('a**')"), "ERR:ValueError");
    EXPECT_EQ(run("import re\nr = re.compile('x{1000}{1000}')"), "ERR:ValueError");  // code size cap
    EXPECT_EQ(run("import re\nr = re.match(r'(?P<y>\\d{4})-(\\d\\d)', '2024-05x').groups()"),
              "('2024', '05')");
    EXPECT_EQ(run("import re\nr = re.sub(r'(a*)*b', '-', 'aaab aab')"), "'- -'");
}

// The modules' heap objects (tables, match slots, deque buffers, io buffers) survive collections.
TEST_F(StdlibTest, ObjectsSurviveCollectionsInASmallHeap) {
    if (!MBPY_MOD_RE || !MBPY_MOD_JSON || !MBPY_MOD_IO || !MBPY_COLLECTIONS_DEQUE)
        GTEST_SKIP() << "needs re, json, io and deque";
    init(96 * 1024);
    const char* src =
        "import gc, re, json, io\n"
        "from collections import deque, namedtuple, OrderedDict\n"
        "P = namedtuple('P', 'x y')\n"
        "d = deque((), 50)\n"
        "od = OrderedDict()\n"
        "s = io.StringIO()\n"
        "for i in range(300):\n"
        "    m = re.search(r'(\\d+)-(\\w+)', 'k%d-v%d' % (i, i))\n"
        "    d.append(P(int(m.group(1)), m.group(2)))\n"
        "    od[i % 7] = json.loads(json.dumps({'i': [i, str(i)]}))\n"
        "    s.write('%d,' % i)\n"
        "    if i % 25 == 0: gc.collect()\n"
        "r = (len(d), d[0], d[-1], list(od.items())[-1], s.getvalue()[-8:])\n";
    EXPECT_EQ(run(src), "(50, P(x=250, y='v250'), P(x=299, y='v299'), (6, {'i': [293, '293']}), '298,299,')");
}

TEST_F(StdlibTest, MemInfoAndQstrInfoPrintMicroPythonsLines) {
    testing::internal::CaptureStdout();
    std::string r =
        run("import micropython\nunusual_name_here = [[1], (2, 3)]\nmicropython.mem_info()\n"
            "micropython.qstr_info()\nr = micropython.heap_locked()");
    std::string out = testing::internal::GetCapturedStdout();
    EXPECT_EQ(r, "0");
    std::smatch m;
    std::regex want(
        "stack: (\\d+) out of (\\d+)\nGC: total: (\\d+), used: (\\d+), free: (\\d+)\n"
        " No\\. of 1-blocks: (\\d+), 2-blocks: (\\d+), max blk sz: (\\d+), max free sz: (\\d+)\n"
        "qstr pool: n_pool=1, n_qstr=(\\d+), n_str_data_bytes=(\\d+), n_total_bytes=(\\d+)\n");
    ASSERT_TRUE(std::regex_match(out, m, want)) << out;
    auto n = [&](int i) { return std::stoull(m[i].str()); };
    EXPECT_GT(n(1), 0u);
    EXPECT_LE(n(1), n(2));
    EXPECT_EQ(n(3), n(4) + n(5));  // total = used + free
    EXPECT_GT(n(6), 0u);           // the lists and tuples above are one and two blocks
    EXPECT_GT(n(7), 0u);
    EXPECT_GE(n(8), 2u);
    EXPECT_LE((n(6) + 2 * n(7)) * 16, n(4));  // blocks counted are used
    EXPECT_GT(n(9), 0u);
    EXPECT_LE(n(9) * 16, n(5));  // the longest free run is free
    EXPECT_GT(n(10), 0u);
    EXPECT_GE(n(11), sizeof("unusual_name_here") - 1);
    EXPECT_GT(n(12), n(11));
}

}  // namespace
