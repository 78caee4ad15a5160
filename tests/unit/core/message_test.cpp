// Unit tests of the packed messages (core/message.hpp): packing at compile time, expansion by the Printer.
#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/runtime.hpp"

using namespace core;

namespace {

void collect(void* ctx, const char* d, size_t n) { static_cast<std::string*>(ctx)->append(d, n); }

std::string format(const char* fmt, ...) {
    std::string out;
    Printer p(collect, &out);
    va_list ap;
    va_start(ap, fmt);
    p.vprintf(fmt, ap);
    va_end(ap);
    return out;
}

std::string expand(const char* m) {
    std::string out;
    Printer p(collect, &out);
    p.write_message(m);
    return out;
}

bool has_code(const char* m) {
    for (; *m; ++m)
        if (uint8_t(*m) >= msg::first_code) return true;
    return false;
}

TEST(Message, PackedIsShorterAndExpandsToTheText) {
    const char* m = "%q() takes %d positional arguments but %d were given"_msg;
    EXPECT_TRUE(has_code(m));
    EXPECT_LT(strlen(m), strlen("%q() takes %d positional arguments but %d were given"));
    EXPECT_EQ(format("%s() takes %d positional arguments but %d were given"_msg, "f", 1, 2),
              "f() takes 1 positional arguments but 2 were given");
}

TEST(Message, EveryWordExpandsToItself) {
    ASSERT_GT(msg::word_count, 0u);
    for (size_t w = 0; w < msg::word_count; ++w) {
        const char packed[] = {char(msg::first_code + w), 0};
        EXPECT_EQ(expand(packed), msg::word_list[w]) << "word " << w;
        EXPECT_EQ(format(packed), msg::word_list[w]) << "word " << w;
    }
}

TEST(Message, ConversionsAreNeverPacked) {
    // "%s" followed by a word's text: the conversion stays, the rest may be packed.
    EXPECT_EQ(format("%s argument must be %d%%"_msg, "x", 5), "x argument must be 5%");
    EXPECT_EQ(format("%ld arguments %zu"_msg, 3L, size_t(4)), "3 arguments 4");
}

TEST(Message, LongTextIsWrittenWhole) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "must be an integer argument, ";
    EXPECT_EQ(expand(text.c_str()), text);
    EXPECT_EQ(
        format("%s: %s argument must be an integer argument must be an integer argument must be an integer "
               "argument must be an integer %d"_msg,
               "a", "b", 7),
        "a: b argument must be an integer argument must be an integer argument must be an integer "
        "argument must be an integer 7");
}

TEST(Message, TextWithoutWordsIsUnchanged) {
    EXPECT_STREQ("zq"_msg, "zq");
    EXPECT_STREQ(""_msg, "");
    EXPECT_EQ(expand("plain ASCII, not packed"), "plain ASCII, not packed");
}

TEST(Message, PercentMPrintsAPackedArgument) {
    const char* inner = "invalid syntax for integer with base 16"_msg;
    EXPECT_EQ(format("%m: char %d"_msg, inner, 7), "invalid syntax for integer with base 16: char 7");
    EXPECT_EQ(expand(inner), "invalid syntax for integer with base 16");
}

TEST(Message, IdenticalMessagesAreOneObject) {
    EXPECT_EQ(static_cast<const void*>("Expecting value"_msg),
              static_cast<const void*>("Expecting value"_msg));
}

}  // namespace

// The Printer's own integer conversions give C's digits, at both ends of each type's range.
TEST(Message, IntegerConversionsMatchC) {
    char want[64];
    const long longs[] = {0, 7, -7, 2147483647L, -2147483647L - 1, LONG_MAX, LONG_MIN};
    for (long v : longs) {
        snprintf(want, sizeof want, "%ld|%lu|%lx", v, static_cast<unsigned long>(v),
                 static_cast<unsigned long>(v));
        EXPECT_EQ(format("%ld|%lu|%lx", v, static_cast<unsigned long>(v), static_cast<unsigned long>(v)),
                  want);
    }
    const int ints[] = {0, 9, -10, INT_MAX, INT_MIN};
    for (int v : ints) {
        snprintf(want, sizeof want, "%d|%u|%x", v, unsigned(v), unsigned(v));
        EXPECT_EQ(format("%d|%u|%x", v, unsigned(v), unsigned(v)), want);
    }
    snprintf(want, sizeof want, "%zu %zd %zd", SIZE_MAX, PTRDIFF_MIN, ptrdiff_t(-1));
    EXPECT_EQ(format("%zu %zd %zd", SIZE_MAX, PTRDIFF_MIN, ptrdiff_t(-1)), want);
    int x = 0;
    snprintf(want, sizeof want, "<0x%lx>", static_cast<unsigned long>(reinterpret_cast<uintptr_t>(&x)));
    EXPECT_EQ(format("<0x%p>", static_cast<void*>(&x)), want);
}
