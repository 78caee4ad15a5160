// Parser error tests: exception type, MicroPython's message, line number, and the REPL's "incomplete" flag.
#include <gtest/gtest.h>

#include <string>

#include "core/parser.hpp"
#include "core/runtime.hpp"

// glibc's address of the initial thread's stack top: the whole C stack is scanned by the conservative GC.
extern "C" void* __libc_stack_end;

namespace {

struct ErrCase {
    const char* src;
    const char* type;  // "SyntaxError" / "IndentationError" / ...
    const char* msg;
    uint32_t line;
    bool incomplete;
};

// Messages as the real micro:bit MicroPython prints them (tests/oracle), or CPython's where
// MicroPython has no such check.
const ErrCase cases[] = {
    {"x = (1,\n", "SyntaxError", "invalid syntax", 2, true},
    {"1 = x", "SyntaxError", "can't assign to literal", 1, false},
    {"f() = 1", "SyntaxError", "can't assign to expression", 1, false},
    {"del f()", "SyntaxError", "can't delete expression", 1, false},
    {"a + 1 = 2", "SyntaxError", "can't assign to expression", 1, false},
    {"[a, 1] = 2", "SyntaxError", "can't assign to literal", 1, false},
    {"None = 1", "SyntaxError", "can't assign to literal", 1, false},
    {"x = 1\nf(1)(2) = 3", "SyntaxError", "can't assign to expression", 2, false},
    {"a if b else c = 1", "SyntaxError", "can't assign to expression", 1, false},
    {"[x for x in 1] = 2", "SyntaxError", "can't assign to expression", 1, false},
    {"*a = 1", "SyntaxError", "can't assign to expression", 1, false},
    {"a, *b, *c = 1", "SyntaxError", "multiple *x in assignment", 1, false},
    {"(x, y) += 1", "SyntaxError", "illegal expression for augmented assignment", 1, false},
    {"for 1 in x: pass", "SyntaxError", "can't assign to literal", 1, false},
    {"with a as f(): pass", "SyntaxError", "can't assign to expression", 1, false},
    {"  x = 1", "IndentationError", "unexpected indent", 1, false},
    {"x = 1\n    y = 2", "IndentationError", "unexpected indent", 2, false},
    {"if 1:\n    x = 1\n  y = 2", "IndentationError", "unindent does not match any outer indentation level",
     3, false},
    {"x = 1\n\n\n  \nif x:\n  pass\n pass", "IndentationError",
     "unindent does not match any outer indentation level", 7, false},
    {"if 1:\nx = 1", "SyntaxError", "invalid syntax", 2, false},
    {"x = 'abc", "SyntaxError", "invalid syntax", 1, false},
    {"x = '''abc", "SyntaxError", "invalid syntax", 1, true},
    {"x = 1__0", "SyntaxError", "invalid syntax for integer with base 10", 1, false},
    {"x = 01", "SyntaxError", "invalid syntax for integer with base 10", 1, false},
    {"print(0x)", "SyntaxError", "invalid syntax for integer with base 16", 1, false},
    {"x = 0b2", "SyntaxError", "invalid syntax for integer with base 2", 1, false},
    {"x = 1_", "SyntaxError", "invalid syntax for integer with base 10", 1, false},
    {"x = 1e1_", "SyntaxError", "invalid syntax for number", 1, false},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, false},
    {"f(a=1, 2)", "SyntaxError", "non-keyword arg after keyword arg", 1, false},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, false},
    {"f(x for x in y, 1)", "SyntaxError", "invalid syntax", 1, false},
    {"x = $", "SyntaxError", "invalid syntax", 1, false},
    {"x = 1 +", "SyntaxError", "invalid syntax", 2, false},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 2, false},
    {"x = 1 if 2", "SyntaxError", "invalid syntax", 2, false},
    {"x = 1 +\ny = 2\n", "SyntaxError", "invalid syntax", 2, false},
    {"x = 1 +  # c\n\ny = 2\n", "SyntaxError", "invalid syntax", 3, false},
    {"if x\n  pass\n", "SyntaxError", "invalid syntax", 2, false},
    {"x = 1\nx = (1,\n", "SyntaxError", "invalid syntax", 3, true},
    {"x = [1,\n2,\n3 4]\n", "SyntaxError", "invalid syntax", 3, false},
    {"def f(:\n pass", "SyntaxError", "invalid syntax", 1, false},
    {"x = 1 )\n", "SyntaxError", "invalid syntax", 1, false},
    {"try:\n  pass\n", "SyntaxError", "invalid syntax", 3, true},
    {"try:\n  pass\nelse:\n  pass", "SyntaxError", "invalid syntax", 3, false},
    {"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "SyntaxError", "default 'except' must be last", 5,
     false},
    {"print(\"a\" b\"b\")", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, false},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, false},
    {"def f(**k, a): pass", "SyntaxError", "invalid syntax", 1, false},
    {"def f():\n", "SyntaxError", "invalid syntax", 2, true},
    {"def f():", "SyntaxError", "invalid syntax", 2, true},
    {"class A:\n    def f(self):\n", "SyntaxError", "invalid syntax", 3, true},
    {"x = [1,\n 2,\n", "SyntaxError", "invalid syntax", 3, true},
    {"x = 1 + \\", "SyntaxError", "invalid syntax", 1, true},
    {"x = 1 \\ 2", "SyntaxError", "invalid syntax", 1, false},
    {"f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
     false},
    {"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, false},
    {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, false},
    {"f'{x'", "SyntaxError", "f-string: expecting '}'", 1, false},
    {"f'{a\\nb}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, false},
    {"x = 1\nf'{a b}'", "SyntaxError", "invalid syntax", 2, false},
    {"f'{x:{y:{z}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, false},
    {"b'\xc3\xa9'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, false},
    {"'\\x4'", "SyntaxError", "invalid syntax", 1, false},
    {"'\\N{NO SUCH NAME}'", "SyntaxError", "(unicode error) unknown Unicode character name", 1, false},
    {"'\\N{BULLET'", "SyntaxError", "(unicode error) unknown Unicode character name", 1, false},
    {"(x) := 1", "SyntaxError", "invalid syntax", 1, false},
    {"x.y := 1", "SyntaxError", "invalid syntax", 1, false},
    {"a = )", "SyntaxError", "invalid syntax", 1, false},
    {"lambda x: yield", "SyntaxError", "invalid syntax", 1, false},
    {"import a.", "SyntaxError", "invalid syntax", 2, false},
    {"from a import b c", "SyntaxError", "invalid syntax", 1, false},
    {"x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, false},
    {"x = 1\ny = '\xff'", "SyntaxError", "invalid UTF-8 in source", 2, false},
    {"# \xc0\x80 overlong", "SyntaxError", "invalid UTF-8 in source", 1, false},
    {"'\xed\xa0\x80'", "SyntaxError", "invalid UTF-8 in source", 1, false},
    {"'\xf4\x90\x80\x80'", "SyntaxError", "invalid UTF-8 in source", 1, false},
    {"'\xe2\x82'", "SyntaxError", "invalid UTF-8 in source", 1, false},
    {"(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, false},
};

std::string type_name_of(core::Value e) { return core::type_name(e); }

std::string message_of(core::Value e) {
    core::Value s = core::to_str(e);
    if (!s) {
        core::take_exception();
        return "?";
    }
    return std::string(core::as_str(s)->view());
}

}  // namespace

class ParserErrorTest : public ::testing::Test {
   protected:
    void SetUp() override {
        alignas(16) static char heap[4 << 20];
        ASSERT_TRUE(core::init(heap, sizeof heap, static_cast<char*>(__libc_stack_end)));
    }
};

TEST_F(ParserErrorTest, MessagesLinesAndIncompleteFlag) {
    for (const ErrCase& c : cases) {
        core::ParseError err;
        core::ast::Node* n = core::parse(c.src, nullptr, core::ParseMode::File, &err);
        EXPECT_EQ(n, nullptr) << c.src;
        if (n) continue;
        core::Value e = core::take_exception();
        ASSERT_TRUE(bool(e)) << c.src;
        if (!MBPY_UNICODE_NAMES && message_of(e) == "unicode name escapes") continue;  // config.hpp
        if (!MBPY_FSTRINGS && message_of(e) == "f-strings not supported") continue;
        if (!MBPY_ASYNC && message_of(e) == "async not supported") continue;
        if (!MBPY_WALRUS && message_of(e) == "assignment expressions not supported") continue;
        // Without `_` in numbers `1_` is the number 1 and the name `_`: plain invalid syntax.
        if (!MBPY_SYNTAX_EXTRA && std::string_view(c.src).find('_') != std::string_view::npos &&
            message_of(e) == "invalid syntax")
            continue;
        if (!MBPY_VAR_ANNOTATIONS && std::string_view(c.msg).find("annotated") != std::string_view::npos &&
            message_of(e) == "invalid syntax")
            continue;
        EXPECT_EQ(type_name_of(e), c.type) << c.src;
        EXPECT_EQ(message_of(e), c.msg) << c.src;
        EXPECT_EQ(err.line, c.line) << c.src;
        EXPECT_EQ(err.incomplete, c.incomplete) << c.src;
    }
}

TEST_F(ParserErrorTest, CompileTimeErrorsNameTheirScope) {
    core::ParseError err;
    EXPECT_EQ(core::parse("def f():\n    1 = 2\n", nullptr, core::ParseMode::File, &err), nullptr);
    core::take_exception();
    EXPECT_TRUE(err.compile_time);
    ASSERT_NE(err.scope, nullptr);
    EXPECT_EQ(err.scope->view(), "f");
    EXPECT_EQ(err.line, 2u);
    EXPECT_EQ(core::parse("1 = 2\n", nullptr, core::ParseMode::File, &err), nullptr);
    core::take_exception();
    EXPECT_TRUE(err.compile_time);
    EXPECT_EQ(err.scope, nullptr);
    EXPECT_EQ(core::parse("x = (\n", nullptr, core::ParseMode::File, &err), nullptr);
    core::take_exception();
    EXPECT_FALSE(err.compile_time);
}

TEST_F(ParserErrorTest, ModerateNestingParses) {
    std::string src = "x = " + std::string(60, '(') + "1" + std::string(60, ')') + "\n";
    src += "y = " + std::string(60, '[') + std::string(60, ']') + "\n";
    src += "z = " + std::string(60, '-') + "1\n";
    EXPECT_NE(core::parse(src, nullptr, core::ParseMode::File), nullptr);
    EXPECT_FALSE(core::pending());
    core::ParseError err;  // CPython's limit on open brackets
    EXPECT_EQ(
        core::parse(std::string(201, '(') + std::string(201, ')'), nullptr, core::ParseMode::File, &err),
        nullptr);
    EXPECT_FALSE(err.incomplete);
    core::take_exception();
}

TEST_F(ParserErrorTest, DeepNestingIsACleanError) {
    for (const char* open : {"(", "[", "{", "-", "not ", "f(", "a[", "lambda: "}) {
        std::string src;
        for (int i = 0; i < 5000; ++i) src += open;
        src += "1";
        core::ParseError err;
        EXPECT_EQ(core::parse(src, nullptr, core::ParseMode::File, &err), nullptr) << open;
        EXPECT_TRUE(core::pending());
        core::take_exception();
    }
    std::string src;  // deeply nested blocks
    for (int i = 0; i < 300; ++i) src += std::string(i, ' ') + "if x:\n";
    src += std::string(300, ' ') + "pass\n";
    EXPECT_EQ(core::parse(src, nullptr, core::ParseMode::File), nullptr);
    core::take_exception();
}

TEST_F(ParserErrorTest, IncompleteInputFollowsMicroPythonRepl) {
    EXPECT_FALSE(core::is_incomplete_input(""));
    EXPECT_FALSE(core::is_incomplete_input("x = 1"));
    EXPECT_TRUE(core::is_incomplete_input("def f():"));
    EXPECT_TRUE(core::is_incomplete_input("if x:\n    pass"));
    EXPECT_FALSE(core::is_incomplete_input("if x:\n    pass\n"));
    EXPECT_TRUE(core::is_incomplete_input("x = (1,"));
    EXPECT_TRUE(core::is_incomplete_input("x = [1,\n2"));
    EXPECT_FALSE(core::is_incomplete_input("x = [1,\n2]"));
    EXPECT_TRUE(core::is_incomplete_input("s = '''abc"));
    EXPECT_FALSE(core::is_incomplete_input("s = '('"));
    EXPECT_TRUE(core::is_incomplete_input("x = 1 + \\"));
    EXPECT_TRUE(core::is_incomplete_input("@dec"));
    EXPECT_FALSE(core::is_incomplete_input("iffy = 1"));
    EXPECT_FALSE(core::pending());
}
