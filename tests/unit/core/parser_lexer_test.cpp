// Lexer-level behaviour through the parser: line endings, BOM, tabs, continuation, and GC safety.
#include <gtest/gtest.h>

#include <string>

#include "core/gc.hpp"
#include "core/lexer.hpp"
#include "parser_dump.hpp"

// glibc's address of the initial thread's stack top: the whole C stack is scanned by the conservative GC.
extern "C" void* __libc_stack_end;

namespace {

std::string dump_of(std::string_view src, core::ParseMode mode = core::ParseMode::File) {
    core::ParseError err;
    core::ast::Node* n = core::parse(src, nullptr, mode, &err);
    if (!n) {
        core::take_exception();
        return "ERROR line " + std::to_string(err.line);
    }
    return parser_test::dump(n);
}

std::string tokens(std::string_view src) {
    core::Lexer lex(src);
    std::string out;
    for (int i = 0; i < 1000; ++i) {
        core::Token t = lex.next();
        out += core::tok_name(t.kind);
        if (t.kind == core::Tok::Name || t.kind == core::Tok::Number || t.kind == core::Tok::String)
            out += "(" + std::string(lex.text(t)) + ")";
        out += "@" + std::to_string(t.line) + " ";
        if (t.kind == core::Tok::EndMarker || t.kind == core::Tok::Error) break;
    }
    return out;
}

}  // namespace

class ParserLexerTest : public ::testing::Test {
   protected:
    void SetUp() override {
        alignas(16) static char heap[4 << 20];
        ASSERT_TRUE(core::init(heap, sizeof heap, static_cast<char*>(__libc_stack_end)));
    }
};

TEST_F(ParserLexerTest, TokenStream) {
    EXPECT_EQ(tokens("if x:\n    y = 1\nz"),
              "if@1 NAME(x)@1 :@1 NEWLINE@1 INDENT@2 NAME(y)@2 =@2 NUMBER(1)@2 NEWLINE@2 DEDENT@3 NAME(z)@3 "
              "NEWLINE@4 ENDMARKER@4 ");
    EXPECT_EQ(tokens("a**=b//=c->d:=e...f!=g<<=h>>=i@=j"),
              std::string("NAME(a)@1 **=@1 NAME(b)@1 //=@1 NAME(c)@1 ->@1 NAME(d)@1 :=@1 NAME(e)@1 ...@1 "
                          "NAME(f)@1 !=@1 NAME(g)@1 <<=@1 NAME(h)@1 >>=@1 NAME(i)@1 ") +
                  (MBPY_SYNTAX_EXTRA ? "@=@1 " : "@@1 =@1 ") +  // no `@=` without it (core/config.hpp)
                  "NAME(j)@1 NEWLINE@2 ENDMARKER@2 ");
    EXPECT_EQ(tokens("x = (1,\n  # c\n 2)\n"),
              "NAME(x)@1 =@1 (@1 NUMBER(1)@1 ,@1 NUMBER(2)@3 )@3 NEWLINE@3 ENDMARKER@4 ");
    EXPECT_EQ(tokens("rb'a' Rb\"b\" bR'c' f'{x}' u'd' ur'e'"),
              "STRING(rb'a')@1 STRING(Rb\"b\")@1 STRING(bR'c')@1 STRING(f'{x}')@1 STRING(u'd')@1 NAME(ur)@1 "
              "STRING('e')@1 NEWLINE@2 ENDMARKER@2 ");
    EXPECT_EQ(tokens("1if x else 2"), "NUMBER(1)@1 if@1 NAME(x)@1 else@1 NUMBER(2)@1 NEWLINE@2 ENDMARKER@2 ");
}

TEST_F(ParserLexerTest, LineEndingsAndBom) {
    std::string lf = dump_of("if a:\n    b = '''x\ny'''\nc\n");
    EXPECT_EQ(dump_of("if a:\r\n    b = '''x\r\ny'''\r\nc\r\n"), lf);
    EXPECT_EQ(dump_of("if a:\r    b = '''x\ry'''\rc\r"), lf);
    EXPECT_EQ(dump_of("\xEF\xBB\xBFif a:\n    b = '''x\ny'''\nc"), lf);
    EXPECT_EQ(dump_of("x = 1 + \\\r\n 2"), dump_of("x = 1 + 2"));
    EXPECT_EQ(dump_of("x = 'a\\\r\nb'"), dump_of("x = 'ab'"));
    core::ParseError err;
    EXPECT_EQ(core::parse("x = 1\r\ny = (\r\n", nullptr, core::ParseMode::File, &err), nullptr);
    core::take_exception();
    EXPECT_EQ(err.line, 3u);
}

TEST_F(ParserLexerTest, TabsIndentToMultiplesOfEight) {
    EXPECT_EQ(dump_of("if a:\n\tb\n        c\n"), dump_of("if a:\n    b\n    c\n"));
    EXPECT_EQ(dump_of("if a:\n  \tb\n\tc\n"), dump_of("if a:\n    b\n    c\n"));
    EXPECT_EQ(dump_of("if a:\n\tb\n    c\n"), "ERROR line 3");
}

TEST_F(ParserLexerTest, BlankLinesCommentsAndEmptyInput) {
    EXPECT_EQ(dump_of(""), "Module(body=[], type_ignores=[])");
    EXPECT_EQ(dump_of("\n\n   \n# only a comment"), "Module(body=[], type_ignores=[])");
    EXPECT_EQ(dump_of("if a:\n    b\n\n        # odd comment\n    c"), dump_of("if a:\n    b\n    c"));
    EXPECT_EQ(dump_of("", core::ParseMode::Eval), "ERROR line 1");
}

// Collect after (almost) every allocation while parsing: every partial tree must stay reachable.
TEST_F(ParserLexerTest, TreeSurvivesCollections) {
    std::string src;
    // Enough source for over 100 collections in every build (the minimal one's tree is the smallest).
    for (int i = 0; i < 20; ++i) {
        src += "def f" + std::to_string(i) + "(a, b=[1, 2], *c, d={'k': (1, 2)}, **e):\n";
        src += "    x = [y for y in range(10) if y % 2] + list({1, 2}) * 3\n";
        src += std::string(MBPY_FSTRINGS ? "    return f'{a!r:>{b}} {x=}'" : "    return a") +
               " + 'abc' 'def' + str(1.5e3" + (MBPY_COMPLEX ? " + 2j" : "") + ")\n";
    }
    std::string expected = dump_of(src);
    ASSERT_EQ(expected.substr(0, 7), "Module(");
    core::gc::set_threshold(64);
    std::string stressed = dump_of(src);
    core::gc::set_threshold(-1);
    EXPECT_EQ(stressed, expected);
    EXPECT_GT(core::gc::info().collections, 100u);
}

TEST_F(ParserLexerTest, LongChainsAreNotRecursive) {
    std::string src = "if x == 0:\n    pass\n";
    for (int i = 1; i < 1000; ++i) src += "elif x == " + std::to_string(i) + ":\n    pass\n";
    src += "else:\n    y\n";
    core::ast::Node* n = core::parse(src, nullptr, core::ParseMode::File);
    ASSERT_NE(n, nullptr);
    auto* iff = static_cast<core::ast::If*>(static_cast<core::ast::Module*>(n)->body[0]);
    int depth = 1;
    while (iff->orelse.len == 1 && iff->orelse[0]->kind == core::ast::Kind::If) {
        iff = static_cast<core::ast::If*>(iff->orelse[0]);
        ++depth;
    }
    EXPECT_EQ(depth, 1000);
    EXPECT_EQ(iff->orelse[0]->kind, core::ast::Kind::Expr);
    EXPECT_EQ(iff->line, 1999u);

    std::string sum = "x = 0";  // long operator chains, argument lists, string concatenations
    for (int i = 0; i < 3000; ++i) sum += " + " + std::to_string(i);
    sum += "\nf(" + std::string(3000, 'x') + ", *a, **k)\n";
    for (int i = 0; i < 5000; ++i) sum += "'a' ";
    sum += "\n";
    EXPECT_NE(core::parse(sum, nullptr, core::ParseMode::File), nullptr);
    EXPECT_FALSE(core::pending());
}

TEST_F(ParserLexerTest, FStringFieldPositions) {
    if (!MBPY_FSTRINGS) GTEST_SKIP() << "f-strings are off (core/config.hpp)";
    core::ast::Node* n = core::parse("x = 1\ns = f'''a\n  {b}\n{c + d}'''", nullptr, core::ParseMode::File);
    ASSERT_NE(n, nullptr);
    auto* assign = static_cast<core::ast::Assign*>(static_cast<core::ast::Module*>(n)->body[1]);
    auto* js = static_cast<core::ast::JoinedStr*>(assign->value);
    ASSERT_EQ(js->values.len, 4u);
    auto* fb = static_cast<core::ast::FormattedValue*>(js->values[1]);
    auto* fc = static_cast<core::ast::FormattedValue*>(js->values[3]);
    EXPECT_EQ(fb->value->line, 3u);
    if (MBPY_AST_COLUMNS) {
        EXPECT_EQ(fb->value->col, 3u);
    }
    EXPECT_EQ(fc->value->line, 4u);
    if (MBPY_AST_COLUMNS) {
        EXPECT_EQ(fc->value->col, 1u);
    }
    core::ParseError err;
    EXPECT_EQ(core::parse("s = f'''\n\n{a b}'''", nullptr, core::ParseMode::File, &err), nullptr);
    core::take_exception();
    EXPECT_EQ(err.line, 3u);
}
