// Python source -> tokens: indentation (INDENT/DEDENT), line joining, strings, numbers, operators.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/config.hpp"

namespace core {

enum class Tok : uint8_t {
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,
    // keywords, in the order of lexer.cpp's keyword table
    KwFalse,
    KwNone,
    KwTrue,
    KwAnd,
    KwAs,
    KwAssert,
    KwAsync,
    KwAwait,
    KwBreak,
    KwClass,
    KwContinue,
    KwDef,
    KwDel,
    KwElif,
    KwElse,
    KwExcept,
    KwFinally,
    KwFor,
    KwFrom,
    KwGlobal,
    KwIf,
    KwImport,
    KwIn,
    KwIs,
    KwLambda,
    KwNonlocal,
    KwNot,
    KwOr,
    KwPass,
    KwRaise,
    KwReturn,
    KwTry,
    KwWhile,
    KwWith,
    KwYield,
    // operators and delimiters
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    Equal,
    ColonEqual,
    Tilde,
    Less,
    Greater,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    // binary operators, each followed by its augmented form (parser relies on this pairing)
    Plus,
    PlusEqual,
    Minus,
    MinusEqual,
    Star,
    StarEqual,
    Slash,
    SlashEqual,
    DoubleSlash,
    DoubleSlashEqual,
    Percent,
    PercentEqual,
    DoubleStar,
    DoubleStarEqual,
    At,
    AtEqual,
    Amper,
    AmperEqual,
    VBar,
    VBarEqual,
    Circumflex,
    CircumflexEqual,
    LeftShift,
    LeftShiftEqual,
    RightShift,
    RightShiftEqual,
    Error,  // lexical error: see Lexer::error()
};

struct Token {
    Tok kind = Tok::EndMarker;
    uint32_t pos = 0;  // byte offset of the token text in the source
    uint32_t len = 0;
    uint32_t line = 1;  // 1-based
    uint32_t col = 0;   // 0-based byte column
};

// Source text that comes in pieces (a file on flash), so that it is never in the heap whole: read()
// copies up to n bytes into buf and returns how many, 0 at the end.
struct SourceReader {
    uint32_t (*read)(void* ctx, char* buf, uint32_t n) = nullptr;
    void* ctx = nullptr;
};

struct LexError {
    const char* msg = nullptr;  // nullptr: no error
    bool indentation = false;   // IndentationError rather than SyntaxError
    bool incomplete = false;    // the input ended inside a string or after a `\`
    uint32_t line = 0, col = 0;
};

class Lexer {
   public:
    // Indentation stack entries are 16-bit: a byte would cap indentation width at 255 columns.
    static constexpr int max_indent = config::max_indent;
    static constexpr int max_paren = config::max_paren;

    // `paren_depth` > 0 lexes as inside brackets (no NEWLINE/INDENT): used for f-string expressions.
    // `line`/`col` are the position of source[0] in the enclosing file. With a reader (one with a read
    // function), the source is read from it instead, through a window in the heap.
    explicit Lexer(std::string_view source, int paren_depth = 0, uint32_t line = 1, uint32_t col = 0,
                   const SourceReader* reader = nullptr);

    Token next();
    // The text of the current token (a token's text stays in the window until the next call to next()).
    std::string_view text(const Token& t) const { return {src_.data() + (t.pos - base_), t.len}; }
    const LexError& error() const { return err_; }
    bool at_end(const Token& t) const { return t.pos - base_ >= src_.size(); }  // t is at the end of input
    // After a NEWLINE token: skips blank and comment-only lines and returns the line of what follows (an
    // error at a NEWLINE is reported there, as MicroPython does). For error reports only: it moves on.
    uint32_t line_after_newline();

    // Position snapshot for the parser's one bounded backtrack (`with (` items). Only valid while inside
    // brackets, where the indentation stack cannot change. The window keeps the text from the mark on
    // until the end of the logical line.
    struct Mark {
        uint32_t pos, line, line_start;
        int16_t paren;
        bool at_bol;
    };
    Mark mark();
    void reset(const Mark& m);

   private:
    Token make(Tok k, uint32_t start, uint32_t line, uint32_t col);
    Token fail(const char* msg, bool incomplete = false, bool indentation = false);
    bool indentation(Token* out);  // handles the start of a logical line; true if it produced a token
    Token lex_number(uint32_t line, uint32_t col);
    Token lex_string(uint32_t line, uint32_t col);
    Token lex_operator(uint32_t line, uint32_t col);
    // True when the byte `ahead` bytes past pos_ is in the window, reading more when it is not yet. The
    // reading is a call of its own: its frame is on the C stack only while it reads (the lexer runs at
    // the parser's deepest).
    bool more(uint32_t ahead = 0);
    char peek(uint32_t ahead = 0);  // that byte, or 0 past the end (where a NUL byte and the end lex alike)
    [[gnu::noinline]] bool fill(uint32_t ahead);
    bool at_newline();
    void skip_newline();  // past \n, \r\n or \r
    void skip_comment();  // to the end of the line

    // The source, or the window on it: src_[i] is byte base_ + i of the source. Offsets in the lexer
    // (pos_, start_, line_start_) are the window's, those in tokens and marks the source's. Reading more
    // drops the window's bytes before the current token (start_) and the mark, and grows it for a long
    // token: a token stays whole in it until the next token begins.
    std::string_view src_;
    uint32_t base_ = 0;
    uint32_t pos_ = 0;
    uint32_t start_ = 0;  // where the current token begins
    uint32_t line_ = 1;
    uint32_t line_start_ = 0;  // offset of the current line (for columns; may lie before the window)
    uint32_t col_base_ = 0;    // column of source[0] when it is a fragment of a line
    int16_t paren_ = 0;
    bool at_bol_ = true;        // at the beginning of a logical line
    bool emitted_any_ = false;  // a token of the current logical line was produced
    int16_t pending_dedents_ = 0;
    bool done_ = false;
    int16_t n_indent_ = 1;
    uint16_t indents_[max_indent + 1] = {0};
    LexError err_;
    // Reading through the window (src_.data(), a heap block): the bytes read (read_) may go on past
    // src_ by a sequence that the end of a read cut, or by a bad one (when reader_.read is null).
    SourceReader reader_;
    uint32_t read_ = 0;
    uint32_t pin_ = ~0u;  // the mark's offset in the source, kept in the window
};

// Helpers shared with the parser's literal decoding.
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<uint8_t>(c) >= 0x80;
}
inline bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }
const char* tok_name(Tok t);  // "NAME", "'('", ... for debugging

}  // namespace core
