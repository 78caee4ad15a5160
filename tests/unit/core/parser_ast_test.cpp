// Parser tests: every snippet's tree must print exactly as CPython's ast.dump (parser_golden.inc).
#include <gtest/gtest.h>

#include <string>

#include "core/gc.hpp"
#include "parser_dump.hpp"

// glibc's address of the initial thread's stack top: the whole C stack is scanned by the conservative GC.
extern "C" void* __libc_stack_end;

namespace {

struct Golden {
    const char* src;
    const char* dump;
};
const Golden goldens[] = {
#include "parser_golden.inc"
};

// The goldens written in MBPY_SYNTAX_EXTRA's syntax (core/config.hpp): `_` in a number, `@`, `/` among the
// parameters, `*x` in a set or a subscript, `**m` in a dict, `except*`, a parenthesised `with` list.
bool uses_syntax_extra(const Golden& g) {
    std::string_view s = g.src, d = g.dump;
    auto has = [](std::string_view h, const char* n) { return h.find(n) != std::string_view::npos; };
    return (s[0] >= '0' && s[0] <= '9' && has(s, "_")) || has(d, "MatMult()") || has(d, "posonlyargs=[arg") ||
           (has(d, "Set(elts=") && has(d, "Starred(")) || has(d, "slice=Starred(") ||
           has(d, "slice=Tuple(elts=[Starred(") || (has(d, "Dict(") && has(s, "**")) || has(d, "TryStar(") ||
           has(s, "with (");
}

}  // namespace

// A heap for the runtime, shared by the parser test files (each test re-initialises it).
class ParserTest : public ::testing::Test {
   protected:
    void SetUp() override {
        alignas(16) static char heap[8 << 20];
        ASSERT_TRUE(core::init(heap, sizeof heap, static_cast<char*>(__libc_stack_end)));
    }
    std::string parse_dump(std::string_view src, core::ParseMode mode = core::ParseMode::File) {
        core::ParseError err;
        core::ast::Node* n = core::parse(src, nullptr, mode, &err);
        if (!n) {
            core::Value e = core::take_exception();
            core::Value r = e ? core::repr(e) : core::Value();
            return "ERROR line " + std::to_string(err.line) + ": " +
                   (r ? std::string(core::as_str(r)->view()) : std::string("?"));
        }
        return parser_test::dump(n);
    }
};

TEST_F(ParserTest, MatchesCPythonAstDump) {
    int failures = 0;
    for (const Golden& g : goldens) {
        std::string got = parse_dump(g.src);
        // What a build leaves out (core/config.hpp) is an error there, as in MicroPython without it.
        if ((!MBPY_COMPLEX && got.find("complex values not supported") != std::string::npos) ||
            (!MBPY_UNICODE_NAMES && got.find("unicode name escapes") != std::string::npos) ||
            (!MBPY_FSTRINGS && got.find("f-strings not supported") != std::string::npos) ||
            (!MBPY_ASYNC && got.find("async not supported") != std::string::npos) ||
            (!MBPY_WALRUS && got.find("assignment expressions not supported") != std::string::npos) ||
            (!MBPY_VAR_ANNOTATIONS && std::string_view(g.dump).find("AnnAssign(") != std::string_view::npos &&
             got.find("invalid syntax") != std::string::npos))
            continue;
        if (!MBPY_SYNTAX_EXTRA && uses_syntax_extra(g)) {
            // Refused; `with (a, b):` is a tuple's context there, as on the original firmware.
            EXPECT_TRUE(got.rfind("ERROR", 0) == 0 || std::string_view(g.src).find("with (") == 0)
                << "source: " << g.src;
            continue;
        }
        EXPECT_EQ(got, g.dump) << "source: " << g.src;
        failures += got != g.dump;
    }
    std::printf("%zu golden snippets, %d mismatches\n", sizeof goldens / sizeof goldens[0], failures);
}

TEST_F(ParserTest, EvalAndSingleModes) {
    EXPECT_EQ(parse_dump("1 + 2", core::ParseMode::Eval),
              "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
    EXPECT_EQ(
        parse_dump(" x, y \n", core::ParseMode::Eval),
        "Expression(body=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()))");
    EXPECT_EQ(parse_dump("x = 1", core::ParseMode::Single),
              "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    EXPECT_EQ(parse_dump("x = 1", core::ParseMode::Eval).substr(0, 13), "ERROR line 1:");
    EXPECT_EQ(parse_dump("\n x", core::ParseMode::Eval),
              "ERROR line 2: IndentationError('unexpected indent')");
}

TEST_F(ParserTest, LineAndColumnNumbers) {
    core::ast::Node* n = core::parse("x = 1\n\nif y:\n    z(a,\n      b)\n", nullptr, core::ParseMode::File);
    ASSERT_NE(n, nullptr);
    auto* m = static_cast<core::ast::Module*>(n);
    ASSERT_EQ(m->body.len, 2u);
    EXPECT_EQ(m->body[0]->line, 1u);
    EXPECT_EQ(m->body[1]->line, 3u);
    auto* iff = static_cast<core::ast::If*>(m->body[1]);
    EXPECT_EQ(iff->body[0]->line, 4u);
    if (MBPY_AST_COLUMNS) {  // (the board's nodes keep no column)
        EXPECT_EQ(iff->body[0]->col, 4u);
    }
    auto* call = static_cast<core::ast::Call*>(static_cast<core::ast::Expr*>(iff->body[0])->value);
    EXPECT_EQ(call->args[1]->line, 5u);
    if (MBPY_AST_COLUMNS) {
        EXPECT_EQ(call->args[1]->col, 6u);
    }
}
