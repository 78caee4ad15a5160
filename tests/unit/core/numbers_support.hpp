// Shared fixture for the numbers tests: a fresh runtime heap, and Value <-> std::string helpers.
#pragma once
#include <gtest/gtest.h>

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

}  // namespace numbers_test
