// The REPL's line editor and continuation rule, byte for byte against the real firmware's transcripts.
#include <gtest/gtest.h>

#include <string>

#include "core/engine.hpp"
#include "shell/readline.hpp"
#include "shell/repl.hpp"
#include "core/runtime.hpp"
#include "tests/support/stack_top.hpp"

namespace {

using shell::Buf;
using shell::LineEditor;

class ReplTest : public ::testing::Test {
   protected:
    void SetUp() override {
        alignas(16) static char heap[256 * 1024];
        ASSERT_TRUE(core::init(heap, sizeof heap, test_support::stack_top()));
        shell::readline_init0();
    }
    // Feeds `keys` to an editor started with `prompt` on `line`; returns the bytes it sent and the
    // result of the last key (-1: still editing).
    std::string type(Buf* line, const char* prompt, const std::string& keys, int* result = nullptr) {
        testing::internal::CaptureStdout();
        LineEditor ed;
        ed.begin(line, prompt);
        int r = -1;
        for (char c : keys) {
            r = ed.feed(static_cast<unsigned char>(c));
            if (r >= 0) break;
        }
        if (result) *result = r;
        return testing::internal::GetCapturedStdout();
    }
    std::string text(Buf& b) { return std::string(b.data ? b.data : "", b.len); }
};

TEST_F(ReplTest, ContinuationRule) {
    using shell::continue_with_input;
    EXPECT_FALSE(continue_with_input(""));
    EXPECT_FALSE(continue_with_input("x = 1"));
    EXPECT_TRUE(continue_with_input("def f():"));
    EXPECT_TRUE(continue_with_input("for i in range(2): print(i)"));  // one-liners need one more line
    EXPECT_FALSE(continue_with_input("for i in range(2): print(i)\n"));
    EXPECT_FALSE(continue_with_input("format(1)"));  // "for" only as a whole word
    EXPECT_TRUE(continue_with_input("(1,"));
    EXPECT_TRUE(continue_with_input("[1,\n"));
    EXPECT_TRUE(continue_with_input("1 + \\"));
    EXPECT_TRUE(continue_with_input("s = '''abc"));
    EXPECT_FALSE(continue_with_input("s = '''abc'''"));
    EXPECT_FALSE(continue_with_input("s = '('"));
    EXPECT_TRUE(continue_with_input("@decorator"));
    EXPECT_FALSE(continue_with_input("  1"));
}

TEST_F(ReplTest, BackspaceInTheMiddleRedrawsTheTail) {  // transcript backspace_plain
    Buf line;
    std::string out = type(&line, ">>> ", "12345\x7f\x1b[D\x1b[D\x7f");
    EXPECT_EQ(out, ">>> 12345\b \b\b\b\b   \b\b\b34\b\b");
    EXPECT_EQ(text(line), "134");
}

TEST_F(ReplTest, KillKeys) {  // transcript line_edit_kill
    Buf a;
    EXPECT_EQ(type(&a, "", "123456\x1b[D\x1b[D\x1b[D\x0b"), "123456\b\b\b   \b\b\b");
    EXPECT_EQ(text(a), "123");
    Buf b;
    EXPECT_EQ(type(&b, "", "abcdef\x1b[D\x1b[D\x1b[D\x15"), "abcdef\b\b\b\b\b\b      \b\b\b\b\b\bdef\b\b\b");
    EXPECT_EQ(text(b), "def");
}

TEST_F(ReplTest, HomeEndAndInsert) {  // transcript line_edit_home_end
    Buf line;
    EXPECT_EQ(type(&line, "", "2+3\x1b[H1+\x1bOF+4"), "2+3\b\b\b12+3\b\b\b+2+3\b\b\b2+3+4");
    EXPECT_EQ(text(line), "1+2+3+4");
}

TEST_F(ReplTest, ControlKeysOnEmptyAndNonEmptyLines) {
    Buf line;
    int r;
    type(&line, ">>> ", "\x04", &r);
    EXPECT_EQ(r, 4);  // empty line: Ctrl-D is a command (soft reset)
    Buf l2;
    std::string out = type(&l2, ">>> ", "abc\x1b[D\x04\r", &r);
    EXPECT_EQ(r, 0);  // non-empty: Ctrl-D deletes at the cursor
    EXPECT_EQ(text(l2), "ab");
    EXPECT_EQ(out, ">>> abc\b \b\r\n");
    Buf l3;
    type(&l3, ">>> ", "xy\x03", &r);
    EXPECT_EQ(r, 3);  // Ctrl-C cancels any line
}

TEST_F(ReplTest, HistoryKeepsEightDistinctLines) {
    for (int i = 0; i < 10; ++i) {
        Buf l;
        type(&l, "", std::to_string(i) + "\r");
    }
    Buf dup;
    type(&dup, "", "9\r");  // a repeat of the last line is not stored
    Buf blank;
    type(&blank, "", "\r");  // nor a blank line
    Buf l;
    std::string up10;
    for (int i = 0; i < 10; ++i) up10 += "\x1b[A";
    std::string out = type(&l, "", up10);
    EXPECT_EQ(out, "9\b8\b7\b6\b5\b4\b3\b2");
    EXPECT_EQ(text(l), "2");
}

TEST_F(ReplTest, HistoryDownReturnsToNewerLinesThenTheEmptyOne) {
    for (const char* line : {"ab\r", "cde\r"}) {
        Buf l;
        type(&l, "", line);
    }
    Buf l;
    std::string out = type(&l, "", "\x1b[A\x1b[A\x1b[B\x1b[B\x1b[B");  // up up down down (down: no-op)
    EXPECT_EQ(out, "cde\b\b\b   \b\b\bab\b\bcde\b\b\b   \b\b\b");
    EXPECT_EQ(text(l), "");
}

TEST_F(ReplTest, AutoIndentAndBackspaceOverIt) {  // transcripts continuation_def, backspace_auto_indent
    Buf line;
    line.append("if 1:\n", 6);
    int r;
    EXPECT_EQ(type(&line, "... ", "\x7fx\x7f\x7f", &r), "...     \b\b\b\b    \b\b\b\bx\b \b");
    Buf l2;
    l2.append("def f():\n    return 42\n    \n", 28);
    EXPECT_EQ(type(&l2, "... ", ""), "...     ");  // one blank indented line: indent again
    Buf l3;
    l3.append("def f():\n    return 42\n    \n    \n", 33);
    EXPECT_EQ(type(&l3, "... ", ""), "... ");  // two: no indent, the next Enter ends the block
}

TEST_F(ReplTest, TabCompletesNamesInMain) {
    ASSERT_TRUE(core::exec_source("my_var = 3\nmy_other = 4\nimport math\n", "<stdin>"));
    Buf a;
    EXPECT_EQ(type(&a, ">>> ", "my_v\t"), ">>> my_var");
    Buf b;
    EXPECT_EQ(type(&b, ">>> ", "my\t"), ">>> my_");  // common prefix first
    Buf c;
    EXPECT_EQ(type(&c, ">>> ", "my_\t"), ">>> my_\r\nmy_var          my_other\r\n>>> my_");
    Buf d;
    EXPECT_EQ(type(&d, ">>> ", "pri\t"), ">>> pri");  // builtins are not offered
    Buf e;
    EXPECT_EQ(type(&e, ">>> ", "x = math.sqr\t"), ">>> x = math.sqrt");
}

}  // namespace
