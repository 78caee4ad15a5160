// Shared fixture for the numbers tests: a fresh runtime heap, and Value <-> std::string helpers.
#pragma once
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "core/format_spec.hpp"
#include "core/numbers.hpp"

extern "C" void* __libc_stack_end;  // glibc: the top of the main thread's stack

namespace numbers_test {

class NumbersTest : public ::testing::Test {
   protected:
    void SetUp() override {
        alignas(16) static char heap[8 << 20];  // 10**5-digit ints need a few hundred KB of scratch
        // The GC scans the C stack up to here: the real top of the main stack (always mapped).
        ASSERT_TRUE(core::init(heap, sizeof heap, static_cast<char*>(__libc_stack_end)));
    }
};

// The pending exception's type name (and clears it), or "" when none is pending.
inline std::string take_error() {
    core::Value e = core::take_exception();
    if (!e) return "";
    return std::string("ERR:") + core::type_name(e);
}

inline std::string str_of(core::Value v) {
    if (!v) return take_error();
    core::Value s = core::to_str(v);
    if (!s) return take_error();
    return std::string(core::as_str(s)->view());
}

inline core::Value int_of_text(const std::string& s) { return core::int_from_string(s, 10); }

inline std::string format_with(core::Value v, const std::string& spec) {
    core::FormatSpec fs;
    if (!core::parse_format_spec(spec, &fs)) return take_error();
    core::StrBuilder sb;
    if (!core::format_number(sb, v, fs)) return take_error();
    return std::string(sb.data(), sb.size());
}

// Checks our results against python3. `check_py` defines `want_and_ours(line)`, which returns python's
// answer and ours for one line of `lines`; the loop over the lines and the report are shared here.
inline void check_with_python(const std::string& name, const char* check_py, const std::string& lines) {
    static const char* const loop_py = R"PY(
bad = total = 0
for line in open(sys.argv[1], encoding='utf-8'):
    want, ours = want_and_ours(line.rstrip('\n'))
    total += 1
    if want != ours:
        bad += 1
        if bad <= 30: print('MISMATCH', line.rstrip('\n'), 'python:', want)
print(f'{total} checked, {bad} mismatches')
sys.exit(1 if bad else 0)
)PY";
    std::string path = testing::TempDir() + name + ".txt", py = testing::TempDir() + name + ".py";
    std::ofstream(path) << lines;
    std::ofstream(py) << check_py << loop_py;
    std::string cmd = "python3 " + py + " " + path + " > " + path + ".out 2>&1";
    int rc = std::system(cmd.c_str());
    std::ifstream res(path + ".out");
    std::string report((std::istreambuf_iterator<char>(res)), std::istreambuf_iterator<char>());
    EXPECT_EQ(rc, 0) << report;
    EXPECT_NE(report.find("0 mismatches"), std::string::npos) << report;
}

}  // namespace numbers_test
