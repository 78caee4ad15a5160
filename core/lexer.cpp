// The tokenizer: one token at a time, no allocation, bounded work per token.
#include "core/lexer.hpp"

#include <cstring>

#include "core/gc.hpp"
#include "core/message.hpp"
#include "core/runtime.hpp"
#include "core/unicode.hpp"

namespace core {

namespace {

// The keywords in the order of Tok's keyword block (KwFalse + index), each NUL-padded to 9 bytes: 315 bytes
// in flash, no pointers. Looked up linearly (35 entries, only for identifiers of keyword length).
constexpr char keywords[][9] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",
};
constexpr size_t keyword_count = sizeof keywords / sizeof keywords[0];
static_assert(int(Tok::KwFalse) + int(keyword_count) - 1 == int(Tok::KwYield), "one keyword per Tok");

// An operator's text NUL-padded to 4 bytes and its token: 5 bytes, no pointer.
struct OpEntry {
    char text[4];
    Tok tok;
    constexpr std::string_view view() const { return text; }
};
// Longest first, so the first match is the maximal munch.
constexpr OpEntry operators[] = {
    {"**=", Tok::DoubleStarEqual},
    {"//=", Tok::DoubleSlashEqual},
    {">>=", Tok::RightShiftEqual},
    {"<<=", Tok::LeftShiftEqual},
    {"...", Tok::Ellipsis},
    {"!=", Tok::NotEqual},
    {"%=", Tok::PercentEqual},
    {"&=", Tok::AmperEqual},
    {"**", Tok::DoubleStar},
    {"*=", Tok::StarEqual},
    {"+=", Tok::PlusEqual},
    {"-=", Tok::MinusEqual},
    {"->", Tok::Arrow},
    {"//", Tok::DoubleSlash},
    {"/=", Tok::SlashEqual},
    {":=", Tok::ColonEqual},
    {"<<", Tok::LeftShift},
    {"<=", Tok::LessEqual},
    {"==", Tok::EqEqual},
    {">=", Tok::GreaterEqual},
    {">>", Tok::RightShift},
#if MBPY_SYNTAX_EXTRA
    {"@=", Tok::AtEqual},
#endif
    {"^=", Tok::CircumflexEqual},
    {"|=", Tok::VBarEqual},
    {"(", Tok::LParen},
    {")", Tok::RParen},
    {"[", Tok::LBracket},
    {"]", Tok::RBracket},
    {"{", Tok::LBrace},
    {"}", Tok::RBrace},
    {":", Tok::Colon},
    {",", Tok::Comma},
    {";", Tok::Semi},
    {".", Tok::Dot},
    {"@", Tok::At},
    {"=", Tok::Equal},
    {"~", Tok::Tilde},
    {"<", Tok::Less},
    {">", Tok::Greater},
    {"+", Tok::Plus},
    {"-", Tok::Minus},
    {"*", Tok::Star},
    {"/", Tok::Slash},
    {"%", Tok::Percent},
    {"&", Tok::Amper},
    {"|", Tok::VBar},
    {"^", Tok::Circumflex},
};

// r u f b br rb fr rf, in any case.
bool is_string_prefix(std::string_view p) {
    if (p.empty() || p.size() > 2) return false;
    char a = static_cast<char>(p[0] | 0x20);
    if (p.size() == 1) return a == 'r' || a == 'u' || a == 'f' || a == 'b';
    char b = static_cast<char>(p[1] | 0x20);
    if (a == 'r') return b == 'b' || b == 'f';
    return (a == 'b' || a == 'f') && b == 'r';
}

}  // namespace

Lexer::Lexer(std::string_view source, int paren_depth, uint32_t line, uint32_t col,
             const SourceReader* reader)
    : src_(source), line_(line), col_base_(col), paren_(static_cast<int16_t>(paren_depth)) {
    if (reader && reader->read) {  // the window, a heap block of its own, replaces `source`
        reader_ = *reader;
        src_ = {};
    }
    // A UTF-8 byte order mark is ignored (CPython and MicroPython both accept it).
    if (more(2) && src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
    at_bol_ = paren_ == 0;
}

bool Lexer::more(uint32_t ahead) { return pos_ + ahead < src_.size() || fill(ahead); }
char Lexer::peek(uint32_t ahead) { return more(ahead) ? src_[pos_ + ahead] : 0; }

// Reads until the byte `ahead` past pos_ is in the window or the source ends. The window first drops
// what is before the current token and the mark; it grows (by a window's size) only when the token and
// the mark fill it. Each read's bytes are checked as UTF-8 before the lexer sees them, so every str made
// from the source is valid: a bad sequence ends the window, and is reported when the lexer reaches it
// (on the line the lexer is at, the line of the bad byte).
bool Lexer::fill(uint32_t ahead) {
    char* w = const_cast<char*>(src_.data());
    while (reader_.read) {
        uint32_t keep = pin_ - base_ < start_ ? pin_ - base_ : start_;
        if (keep) memmove(w, w + keep, read_ - keep);
        base_ += keep;
        read_ -= keep;
        pos_ -= keep;
        start_ -= keep;
        line_start_ -= keep;  // (wraps when the line began before the window: only differences count)
        size_t checked = src_.size() - keep, cap = gc::block_bytes(w);
        if (read_ == cap) {
            w = static_cast<char*>(realloc_raw(w, cap += config::lexer_window));
            if (!w) {
                fail(nullptr);  // MemoryError
                return false;
            }
        }
        uint32_t got = reader_.read(reader_.ctx, w + read_, uint32_t(cap - read_));
        read_ += got;
        size_t bad = read_ - checked, bad_len;
        const char* why;
        unicode::validate(w + checked, bad, &bad, &bad_len, &why);  // bad: where the valid bytes end
        checked += bad;
        src_ = {w, checked};
        // A sequence may be cut by the end of a read: up to 3 bytes wait for the next one.
        if (got == 0 || read_ - checked > 3) reader_.read = nullptr;  // the end, or a bad sequence
        if (pos_ + ahead < checked) return true;
    }
    if (pos_ >= src_.size() && src_.size() < read_) fail("invalid UTF-8 in source"_msg);
    return false;
}

Lexer::Mark Lexer::mark() {
    pin_ = base_ + pos_;
    return {pin_, line_, base_ + line_start_, paren_, at_bol_};
}

void Lexer::reset(const Mark& m) {
    pos_ = start_ = m.pos - base_;
    line_ = m.line;
    line_start_ = m.line_start - base_;
    paren_ = m.paren;
    at_bol_ = m.at_bol;
    done_ = false;
    err_ = LexError{};
}

bool Lexer::at_newline() {
    char c = peek();
    return c == '\n' || c == '\r';
}

void Lexer::skip_newline() {
    if (src_[pos_] == '\r' && peek(1) == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = pos_;
    col_base_ = 0;
}

void Lexer::skip_comment() {
    while (more() && src_[pos_] != '\n' && src_[pos_] != '\r') start_ = ++pos_;  // not kept in the window
}

uint32_t Lexer::line_after_newline() {
    for (;;) {
        start_ = pos_;
        if (!more()) break;
        char c = src_[pos_];
        if (c == '\n' || c == '\r')
            skip_newline();
        else if (c == '#')
            skip_comment();
        else if (c == ' ' || c == '\t' || c == '\f')
            ++pos_;
        else
            break;
    }
    return line_;
}

Token Lexer::make(Tok k, uint32_t start, uint32_t line, uint32_t col) {
    Token t;
    t.kind = k;
    t.pos = base_ + start;
    t.len = pos_ - start;
    t.line = line;
    t.col = col;
    return t;
}

Token Lexer::fail(const char* msg, bool incomplete, bool indentation) {
    if (!done_) {  // the first error stays (msg nullptr: a MemoryError is pending)
        err_.msg = msg;
        err_.incomplete = incomplete;
        err_.indentation = indentation;
        err_.line = line_;
        err_.col = pos_ - line_start_ + col_base_;
    }
    done_ = true;
    Token t;
    t.kind = Tok::Error;
    t.pos = base_ + pos_;
    t.line = err_.line;
    t.col = err_.col;
    return t;
}

// At the start of a logical line: measure indentation, skip blank and comment-only lines, and turn a
// change of indentation into INDENT or DEDENTs. Returns true when *out holds a token to emit.
bool Lexer::indentation(Token* out) {
    for (;;) {  // one iteration per physical line; each consumes at least one byte or returns
        start_ = pos_;
        uint32_t width = 0;
        for (;;) {
            char c = peek();
            if (c == ' ')
                ++width;
            else if (c == '\t')
                width = (width / 8 + 1) * 8;  // tab stops every 8 columns, as CPython
            else if (c == '\f')
                width = 0;
            else
                break;
            ++pos_;
            if (width > 0xFFFF) width = 0xFFFF;
        }
        if (!more()) return false;  // end of input: EOF handling emits DEDENTs
        if (src_[pos_] == '#') {
            skip_comment();
            if (!more()) return false;
        }
        if (at_newline()) {  // blank line: no tokens, indentation irrelevant
            skip_newline();
            continue;
        }
        at_bol_ = false;
        uint16_t top = indents_[n_indent_ - 1];
        uint32_t col = pos_ - line_start_;
        if (width > top) {
            if (n_indent_ > max_indent) {
                *out = fail("too many indentation levels"_msg, false, true);
                return true;
            }
            indents_[n_indent_++] = static_cast<uint16_t>(width);
            *out = make(Tok::Indent, pos_, line_, col);
            return true;
        }
        if (width < top) {
            int16_t n = 0;
            while (n_indent_ > 1 && indents_[n_indent_ - 1] > width) {
                --n_indent_;
                ++n;
            }
            if (indents_[n_indent_ - 1] != width) {
                *out = fail("unindent does not match any outer indentation level"_msg, false, true);
                return true;
            }
            pending_dedents_ = static_cast<int16_t>(n - 1);
            *out = make(Tok::Dedent, pos_, line_, col);
            return true;
        }
        return false;
    }
}

Token Lexer::next() {
    if (done_) return err_.line ? fail(err_.msg) : make(Tok::EndMarker, pos_, line_, pos_ - line_start_);
    if (pending_dedents_ > 0) {
        --pending_dedents_;
        return make(Tok::Dedent, pos_, line_, pos_ - line_start_);
    }
    if (at_bol_ && paren_ == 0) {
        Token t;
        if (indentation(&t)) return t;
    }
    // Skip spaces, comments and `\` continuations; a newline ends the logical line outside brackets.
    for (;;) {
        start_ = pos_;
        if (!more()) {
            if (done_) return fail(err_.msg);  // reading the source failed
            // MicroPython ends the input with a newline of its own, so errors at the end of a last line
            // without one are reported on the line after it.
            uint32_t eof_line = line_ + (pos_ != line_start_ ? 1 : 0);
            if (emitted_any_ && paren_ == 0) {  // a last line without its newline still ends a statement
                emitted_any_ = false;
                at_bol_ = true;
                return make(Tok::Newline, pos_, eof_line, 0);
            }
            if (n_indent_ > 1) {
                --n_indent_;
                return make(Tok::Dedent, pos_, eof_line, 0);
            }
            done_ = true;
            return make(Tok::EndMarker, pos_, eof_line, 0);
        }
        char c = src_[pos_];
        if (c == ' ' || c == '\t' || c == '\f') {
            ++pos_;
        } else if (c == '#') {
            skip_comment();
        } else if (c == '\\') {
            ++pos_;
            if (!more()) return fail("invalid syntax"_msg, true);
            if (!at_newline()) return fail("invalid syntax"_msg);
            skip_newline();
        } else if (c == '\n' || c == '\r') {
            uint32_t line = line_, col = pos_ - line_start_ + col_base_;
            skip_newline();
            if (paren_ > 0 || !emitted_any_) continue;
            emitted_any_ = false;
            at_bol_ = true;
            pin_ = ~0u;  // the logical line's end: no mark is in use
            Token t = make(Tok::Newline, start_, line, col);
            t.len = 1;
            return t;
        } else {
            break;
        }
    }
    uint32_t line = line_, col = pos_ - line_start_ + col_base_;
    emitted_any_ = true;
    char c = src_[pos_];
    if (is_ident_start(c)) {
        while (is_ident_char(peek())) ++pos_;
        char q = peek();
        bool quote = q == '\'' || q == '"';
        std::string_view word = src_.substr(start_, pos_ - start_);
        if (quote && is_string_prefix(word)) return lex_string(line, col);
        if (word.size() >= 2 && word.size() <= 8) {
            for (size_t k = 0; k < keyword_count; ++k)
                if (keywords[k][0] == word[0] && word == keywords[k])
                    return make(Tok(int(Tok::KwFalse) + int(k)), start_, line, col);
        }
        return make(Tok::Name, start_, line, col);
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(line, col);
    if (c == '\'' || c == '"') return lex_string(line, col);
    return lex_operator(line, col);
}

Token Lexer::lex_operator(uint32_t line, uint32_t col) {
    more(2);  // the longest operator's bytes
    std::string_view rest = src_.substr(pos_);
    for (const OpEntry& op : operators) {
        if (op.text[0] != rest[0]) continue;
        std::string_view text = op.view();
        if (rest.substr(0, text.size()) != text) continue;
        pos_ += static_cast<uint32_t>(text.size());
        if (op.tok == Tok::LParen || op.tok == Tok::LBracket || op.tok == Tok::LBrace) {
            if (paren_ >= max_paren) return fail("too many nested parentheses"_msg);
            ++paren_;
        } else if (op.tok == Tok::RParen || op.tok == Tok::RBracket || op.tok == Tok::RBrace) {
            if (paren_ > 0) --paren_;
        }
        return make(op.tok, start_, line, col);
    }
    return fail("invalid syntax"_msg);
}

// Numbers: validated here (digits of the base, single `_` between digits); the parser converts them.
Token Lexer::lex_number(uint32_t line, uint32_t col) {
    auto digits = [&](int base) -> int {  // returns count of digits, -1 on a misplaced '_'
        int n = 0;
        bool last_us = false;
        for (;;) {
            char c = peek();
            int d = is_digit(c)                                ? c - '0'
                    : ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') ? (c | 0x20) - 'a' + 10
                                                               : 99;
            if (c == '_' && MBPY_SYNTAX_EXTRA) {
                if (n == 0 || last_us) return -1;
                last_us = true;
            } else if (d < base) {
                ++n;
                last_us = false;
            } else if (d < 10 && base < 10) {
                return -1;  // e.g. 0b2, 0o8
            } else {
                break;
            }
            ++pos_;
        }
        return last_us ? -1 : n;
    };
    if (src_[pos_] == '0') {
        char p = peek(1) | 0x20;
        int base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (base) {
            pos_ += 2;
            if (MBPY_SYNTAX_EXTRA && peek() == '_') ++pos_;  // 0x_ff is valid
            const char* msg = base == 16  ? "invalid syntax for integer with base 16"_msg
                              : base == 8 ? "invalid syntax for integer with base 8"_msg
                                          : "invalid syntax for integer with base 2"_msg;
            if (digits(base) <= 0) return fail(msg);
            if (is_ident_char(peek())) return fail(msg);
            return make(Tok::Number, start_, line, col);
        }
    }
    bool is_float = false;
    int n_int = 0;
    if (src_[pos_] != '.') {
        n_int = digits(10);
        if (n_int < 0) return fail("invalid syntax for integer with base 10"_msg);
    }
    if (peek() == '.') {
        ++pos_;
        is_float = true;
        if (is_digit(peek()) && digits(10) < 0) return fail("invalid syntax for number"_msg);
    }
    if ((peek() | 0x20) == 'e') {
        char sign = peek(1);
        uint32_t k = sign == '+' || sign == '-' ? 2 : 1;
        if (is_digit(peek(k))) {  // else `1else` style: the 'e' is the next token's
            pos_ += k;
            if (digits(10) < 0) return fail("invalid syntax for number"_msg);
            is_float = true;
        }
    }
    if ((peek() | 0x20) == 'j') {
        ++pos_;
        is_float = true;
    }
    if (!is_float) {
        // "leading zeros in decimal integer literals are not permitted" (any non-zero digit after 0s)
        std::string_view t = src_.substr(start_, pos_ - start_);
        if (t.size() > 1 && t[0] == '0') {
            for (char ch : t)
                if (ch != '0' && ch != '_') return fail("invalid syntax for integer with base 10"_msg);
        }
    }
    return make(Tok::Number, start_, line, col);
}

// Strings: finds the end (quotes, escapes, newlines); decoding happens in the parser.
Token Lexer::lex_string(uint32_t line, uint32_t col) {
    char q = src_[pos_];
    bool triple = peek(1) == q && peek(2) == q;
    pos_ += triple ? 3 : 1;
    for (;;) {
        if (!more()) return fail("invalid syntax"_msg, triple);
        char c = src_[pos_];
        if (c == '\\') {
            ++pos_;
            if (!more()) return fail("invalid syntax"_msg, true);
            if (at_newline())
                skip_newline();
            else
                ++pos_;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) return fail("invalid syntax"_msg);
            skip_newline();
            continue;
        }
        ++pos_;
        if (c != q) continue;
        if (!triple) break;
        if (peek() == q && peek(1) == q) {
            pos_ += 2;
            break;
        }
    }
    return make(Tok::String, start_, line, col);
}

const char* tok_name(Tok t) {
    switch (t) {
        case Tok::EndMarker: return "ENDMARKER";
        case Tok::Newline: return "NEWLINE";
        case Tok::Indent: return "INDENT";
        case Tok::Dedent: return "DEDENT";
        case Tok::Name: return "NAME";
        case Tok::Number: return "NUMBER";
        case Tok::String: return "STRING";
        case Tok::Error: return "ERRORTOKEN";
        default: break;
    }
    if (t >= Tok::KwFalse && t <= Tok::KwYield) return keywords[int(t) - int(Tok::KwFalse)];
    for (const OpEntry& op : operators)
        if (op.tok == t) return op.text;
    return "?";
}

}  // namespace core
