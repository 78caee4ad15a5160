// Lexer-level behaviour through the parser: line endings, BOM, tabs, continuation, and GC safety.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
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

// A source that comes `piece` bytes at a time, as a file through core::SourceReader.
struct Pieces {
    std::string_view src;
    size_t at = 0, piece = 1;
    core::SourceReader reader() { return {read, this}; }
    static uint32_t read(void* ctx, char* buf, uint32_t n) {
        auto* p = static_cast<Pieces*>(ctx);
        size_t k = std::min({size_t(n), p->piece, p->src.size() - p->at});
        memcpy(buf, p->src.data() + p->at, k);
        p->at += k;
        return uint32_t(k);
    }
};

// The tokens with their lines (`positions`: their offsets and columns too), through `reader` when given.
std::string tokens(std::string_view src, const core::SourceReader* reader = nullptr, bool positions = false) {
    core::Lexer lex(reader ? std::string_view() : src, 0, 1, 0, reader);
    std::string out;
    for (int i = 0; i < 1000; ++i) {
        core::Token t = lex.next();
        out += core::tok_name(t.kind);
        if (t.kind == core::Tok::Name || t.kind == core::Tok::Number || t.kind == core::Tok::String)
            out += "(" + std::string(lex.text(t)) + ")";
        out += "@" + std::to_string(t.line) + " ";
        if (positions) out += std::to_string(t.pos) + ":" + std::to_string(t.col) + " ";
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

// What parsing gives: the tree, or the error and its line.
static std::string outcome(core::ast::Node* n, const core::ParseError& err) {
    if (n) return parser_test::dump(n);
    core::Value e = core::take_exception();
    core::Value m = core::to_str(e);
    return std::string(core::type_name(e)) + ": " + std::string(m ? core::as_str(m)->view() : "?") +
           " line " + std::to_string(err.line);
}

// A file is lexed through a window (config::lexer_window bytes) that is refilled as the lexer goes: the
// tokens, their positions and the errors are those of the same source in memory, however the reads cut
// it (a byte at a time puts every byte at the window's edge), with tokens longer than the window.
TEST_F(ParserLexerTest, ReaderWindowGivesTheSameTokens) {
    const size_t w = core::config::lexer_window;
    std::string doc = "\"\"\"" + std::string(3 * w, 'd') + "\r\n\"\"\"\r\n";
    std::string long_line = "x = [";
    for (int i = 0; i < 200; ++i) long_line += std::to_string(i) + ", ";
    long_line += "]  # " + std::string(300, 'c') + "\n";
    std::string crlf;  // lines of growing length: a CR LF at every offset of the window
    for (size_t k = 0; k < 2 * w / 10; ++k)
        crlf += "v" + std::to_string(k) + " = 'x" + std::string(k, 'y') + "'\r\n";
    std::string utf8 = "s = '";
    for (int i = 0; i < 100; ++i) utf8 += "\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e";
    utf8 += "'\n# \xc3\xa9\ne\xcc\x81t\xc3\xa9 = 1\n";
    struct Case {
        std::string src;
        bool bad_utf8;  // the lexer alone does not check UTF-8 in memory (core::parse does, first)
    };
    const Case cases[] = {
        {doc + "def f(a, b=1.5e3, *c):\r\n    '''" + std::string(200, 'q') + "'''\r\n    return a\r\n",
         false},
        {long_line, false},
        {crlf, false},
        {utf8, false},
        {"if a:\r\n  b = 1 + \\\r\n   2\r\n  c = 'a\\\r\nb'\r\n\r\n  # c\r\nd = 0x_ff if 1else 2e-3j\r\n",
         false},
        {"if a:\r    b\r\r    c = f'{x!r:>{w}} {y=}'\r", false},
        {"\xEF\xBB\xBFx = (1,\n  # c\n 2) ** 3 // 4 >>= 5\n    ", false},
        {"with (open(" + std::string(300, ' ') + "a) as b, c):\n    pass\nwith (a, b) as c: pass\n", false},
        {"import a . b # c\nfrom . x import y\n", false},
        // errors: the same one, on the same line
        {"x = 1\n\n# c\n\nif x\n\n  # d\n\ny = 2\n", false},
        {"x = '" + std::string(300, 'z') + "\ny = 1\n", false},
        {"x = '''" + std::string(300, 'z') + "\n", false},
        {"x = 1\r\n  y = 2\r\n", false},
        {"x = $\n", false},
        {"x = 1\r\ny = '\xff'\n", true},
        {"x = 1\r\ny = '" + std::string(200, 'a') + "\xe2\x82'\n", true},
        {"x = 1\r\r\r\xc0\x80\n", true},
        {"x = 'ab\xf4\x90\x80\x80'", true},
        {"x = '\xed\xa0\x80'", true},
        {"x = 1\n\xc3", true},
    };
    for (const Case& c : cases) {
        for (size_t piece : {size_t(1), size_t(2), size_t(3), size_t(7), size_t(64), size_t(1000)}) {
            SCOPED_TRACE("piece " + std::to_string(piece) + ": " + c.src.substr(0, 60));
            Pieces p{c.src, 0, piece};
            core::SourceReader r = p.reader();
            if (!c.bad_utf8) {
                EXPECT_EQ(tokens("", &r, true), tokens(c.src, nullptr, true));
            }
            Pieces q{c.src, 0, piece};
            r = q.reader();
            core::ParseError err;
            std::string in_memory = outcome(core::parse(c.src, nullptr, core::ParseMode::File, &err), err);
            EXPECT_EQ(outcome(core::parse("", nullptr, core::ParseMode::File, &err, {}, &r), err), in_memory);
        }
    }
    // Collections while a file is parsed (after almost every allocation) keep its window.
    std::string src;
    for (int i = 0; i < 20; ++i) src += doc + long_line + crlf;
    Pieces p{src, 0, 5};
    core::SourceReader r = p.reader();
    core::ParseError err;
    std::string expected = outcome(core::parse(src, nullptr, core::ParseMode::File, &err), err);
    core::gc::set_threshold(64);
    std::string stressed = outcome(core::parse("", nullptr, core::ParseMode::File, &err, {}, &r), err);
    core::gc::set_threshold(-1);
    EXPECT_EQ(stressed, expected);
}
