// Literals: numbers, string/bytes literals with escapes, implicit concatenation, f-strings.
#include <new>

#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

#if MBPY_FSTRINGS
// CPython (3.11) caps f-string nesting: "f-string: expressions nested too deeply".
constexpr int max_fstring_nest = 2;
#endif

}  // namespace

// ---- numbers -------------------------------------------------------------------------------------

ast::Node* Parser::parse_number() {
    Token t = tok_;
    std::string_view s = text();  // the token's text: copied before the next token is read
    int base = 10;
    if (s.size() > 1 && s[0] == '0') {
        char p = static_cast<char>(s[1] | 0x20);
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        if (base != 10) s.remove_prefix(2);
    }
    // Copy without underscores: a short literal on the stack, a long one (big ints) in the heap.
    char local[64];
    char* buf = local;
    if (s.size() > sizeof(local)) {
        buf = static_cast<char*>(alloc_raw(s.size()));
        if (!buf) return fail_pending();
    }
    size_t n = 0;
    bool is_float = false, imag = false;
    for (char c : s) {
        if (MBPY_SYNTAX_EXTRA && c == '_') continue;
        if (base == 10 && (c == '.' || c == 'e' || c == 'E')) is_float = true;
        if (base == 10 && (c == 'j' || c == 'J')) {
            imag = true;
            continue;
        }
        buf[n++] = c;
    }
    advance();
    std::string_view digits(buf, n);
    Value v = imag       ? make_imag_literal(digits)
              : is_float ? parse_float_literal(digits)
                         : parse_int_literal(digits, base);
    if (!v) return fail_pending();
    Constant* c = make<Constant>(Kind::Constant, t);
    if (!c) return nullptr;
    c->value = v;
    return c;
}

// ---- strings -------------------------------------------------------------------------------------

namespace {

// Decoding state of one run of adjacent string literals.
struct StrParts {
    StrBuilder cur;  // literal text not yet flushed
    SeqBuf values;   // JoinedStr parts (only when an f-string is present)
    // Source position cursor for f-string fields (see position_of): a byte of the string token's text.
    const char* pos_at = nullptr;
    uint32_t pos_line = 0, pos_col = 0;
};

}  // namespace

// Decodes one backslash escape at body[i] == '\\' (not raw) into out; advances i. Returns false with
// an error recorded.
static bool decode_escape(Parser& p, std::string_view body, size_t& i, bool bytes, StrBuilder& out) {
    ++i;  // the backslash; the lexer guarantees a character follows inside the literal
    if (i >= body.size()) return out.append_byte('\\'), true;
    char c = body[i++];
    switch (c) {
        case '\n': return true;
        case '\r':
            if (i < body.size() && body[i] == '\n') ++i;
            return true;
        case '\\': return out.append_byte('\\');
        case '\'': return out.append_byte('\'');
        case '"': return out.append_byte('"');
        case 'a': return out.append_byte('\a');
        case 'b': return out.append_byte('\b');
        case 'f': return out.append_byte('\f');
        case 'n': return out.append_byte('\n');
        case 'r': return out.append_byte('\r');
        case 't': return out.append_byte('\t');
        case 'v': return out.append_byte('\v');
        case 'x': {
            if (i + 2 > body.size() || hex_value(body[i]) < 0 || hex_value(body[i + 1]) < 0)
                return p.fail_invalid(), false;
            uint32_t v = uint32_t(hex_value(body[i]) * 16 + hex_value(body[i + 1]));
            i += 2;
            return bytes ? out.append_byte(char(v)) : out.append_char(v);
        }
        case 'u':
        case 'U':
        case 'N': {
            if (bytes) return out.append_byte('\\') && out.append_byte(c);  // no meaning in bytes
            if (c == 'N') {
                if (!config::unicode_names) {  // as MicroPython on the device
                    raise(&not_implemented_error_type, "unicode name escapes"_msg);
                    return p.fail_pending(), false;
                }
                size_t close = body.find('}', i);
                uint32_t code = 0;
                if (i >= body.size() || body[i] != '{' || close == std::string_view::npos ||
                    !unicode_name_lookup(body.substr(i + 1, close - i - 1), &code))
                    return p.fail("(unicode error) unknown Unicode character name"_msg), false;
                i = close + 1;
                return out.append_char(code);
            }
            size_t n = c == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (size_t k = 0; k < n; ++k) {
                int h = i + k < body.size() ? hex_value(body[i + k]) : -1;
                if (h < 0) return p.fail_invalid(), false;
                v = v * 16 + uint32_t(h);
            }
            i += n;
            if (v > 0x10FFFF) return p.fail_invalid(), false;
            return out.append_char(v);
        }
        default:
            if (c >= '0' && c <= '7') {
                uint32_t v = uint32_t(c - '0');
                for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
                    v = v * 8 + uint32_t(body[i++] - '0');
                return bytes ? out.append_byte(char(v & 0xFF)) : out.append_char(v);
            }
            // Unknown escapes keep their backslash (CPython warns; MicroPython does the same).
            return out.append_byte('\\') && out.append_byte(c);
    }
}

// Appends literal text body[i, end) to out: escapes (unless raw), newline normalisation.
static bool append_literal(Parser& p, std::string_view body, size_t i, size_t end, bool raw, bool bytes,
                           StrBuilder& out) {
    while (i < end) {
        char c = body[i];
        if (c == '\\' && !raw) {
            std::string_view part = body.substr(0, end);
            if (!decode_escape(p, part, i, bytes, out)) return p.fail_pending(), false;
            continue;
        }
        if (c == '\\' && raw && i + 1 < end) {  // a raw backslash still protects the next char
            out.append_byte(c);
            c = body[++i];
        }
        if (c == '\r') {  // CRLF and CR inside (triple-quoted) strings read as \n
            if (i + 1 < end && body[i + 1] == '\n') ++i;
            c = '\n';
        }
        if (bytes && static_cast<uint8_t>(c) >= 0x80)
            return p.fail("bytes can only contain ASCII literal characters"_msg), false;
        out.append_byte(c);
        ++i;
    }
    return !out.failed() || (p.fail_pending(), false);
}

static bool flush(Parser& p, StrParts& parts, const Token& t) {
    if (parts.cur.size() == 0) return true;
    Value v = make_str(std::string_view(parts.cur.data(), parts.cur.size()));
    if (!v) return p.fail_pending(), false;
    parts.cur = StrBuilder();
    Constant* c = p.make<Constant>(Kind::Constant, t);
    if (!c) return false;
    c->value = v;
    return p.push(parts.values, c);
}

#if MBPY_FSTRINGS
// Position (line, col) of `at`, a byte of the string token's text after parts.pos_at. The cursor only
// moves forward (fields are visited in order), so a long f-string costs one pass, not one pass per field.
static void position_of(StrParts& parts, const char* at, uint32_t* line, uint32_t* col) {
    for (const char* p = parts.pos_at; p < at; ++p) {
        if (*p == '\n' || (*p == '\r' && p[1] != '\n')) {  // (p[1] is at most `at`)
            ++parts.pos_line;
            parts.pos_col = 0;
        } else {
            ++parts.pos_col;
        }
    }
    if (at > parts.pos_at) parts.pos_at = at;
    *line = parts.pos_line;
    *col = parts.pos_col;
}

static bool fstring_body(Parser& p, std::string_view body, size_t& i, bool raw, bool in_spec, int nest,
                         StrParts& parts, const Token& t);

// A replacement field starting after its `{` at body[i]; on success i is past the closing `}`.
static bool fstring_field(Parser& p, std::string_view body, size_t& i, bool raw, int nest, StrParts& parts,
                          const Token& t) {
    if (nest >= max_fstring_nest) return p.fail("f-string: expressions nested too deeply"_msg), false;
    size_t start = i;
    int depth = 0;
    char quote = 0;
    size_t end = std::string_view::npos;
    bool debug = false;
    for (; i < body.size(); ++i) {  // find the end of the expression
        char c = body[i];
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\\') return p.fail("f-string expression part cannot include a backslash"_msg), false;
        if (c == '\'' || c == '"')
            quote = c;
        else if (c == '(' || c == '[' || c == '{')
            ++depth;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            --depth;
        else if (c == '#')
            return p.fail("f-string expression part cannot include '#'"_msg), false;
        else if (depth == 0 && i + 1 < body.size() && body[i + 1] == '=' &&
                 (c == '=' || c == '!' || c == '<' || c == '>'))
            ++i;  // == != <= >=
        else if (depth == 0 && (c == '}' || c == '!' || c == ':')) {
            end = i;
            break;
        } else if (depth == 0 && c == '=') {
            debug = true;
            end = i;
            break;
        }
    }
    if (end == std::string_view::npos) return p.fail("f-string: expecting '}'"_msg), false;
    std::string_view expr = body.substr(start, end - start);
    bool blank = true;
    for (char c : expr) blank = blank && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    if (blank) return p.fail("f-string: empty expression not allowed"_msg), false;
    if (debug) ++i;
    while (debug && i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n')) ++i;
    if (debug && (parts.cur.append(body.substr(start, i - start)), parts.cur.failed()))
        return p.fail_pending(), false;
    if (!flush(p, parts, t)) return false;

    // Parse the expression with a sub-parser, as if written in parentheses.
    uint32_t line, col;
    position_of(parts, expr.data(), &line, &col);
    if (!p.enter()) return false;
    void* mem = alloc_raw(sizeof(Parser));  // in the heap: the C stack is for the recursion
    if (!mem) return p.leave(), p.fail_pending(), false;
    Parser& sub = *new (mem) Parser(expr, 1, line, col, p.depth_);
    sub.arena_ = p.arena_;
    sub.scope_ = p.scope_;
    sub.advance();
    Node* value = sub.at(Tok::KwYield) ? sub.parse_yield() : sub.parse_star_expressions();
    if (value && !sub.at(Tok::EndMarker)) sub.fail_invalid();
    p.leave();
    if (sub.failed_) {
        p.failed_ = true;
        p.err_ = sub.err_;
        p.err_.incomplete = false;
        return false;
    }
    FormattedValue* fv = p.make<FormattedValue>(Kind::FormattedValue, value);
    if (!fv) return false;
    fv->value = value;
    fv->conversion = -1;
    if (i < body.size() && body[i] == '!') {
        char conv = i + 1 < body.size() ? body[i + 1] : 0;
        if (conv != 's' && conv != 'r' && conv != 'a')
            return p.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'"_msg), false;
        fv->conversion = conv;
        i += 2;
    }
    if (i < body.size() && body[i] == ':') {
        ++i;
        StrParts spec;
        spec.pos_at = parts.pos_at;
        spec.pos_line = parts.pos_line;
        spec.pos_col = parts.pos_col;
        JoinedStr* js = p.make<JoinedStr>(Kind::JoinedStr, t);
        if (!js || !fstring_body(p, body, i, raw, true, nest + 1, spec, t) || !flush(p, spec, t))
            return false;
        parts.pos_at = spec.pos_at;
        parts.pos_line = spec.pos_line;
        parts.pos_col = spec.pos_col;
        js->values = p.seq_of<Node>(spec.values);
        fv->format_spec = js;
    } else if (debug && fv->conversion == -1) {
        fv->conversion = 'r';  // f"{x=}" shows repr unless a conversion or format spec is given
    }
    if (i >= body.size() || body[i] != '}') return p.fail("f-string: expecting '}'"_msg), false;
    ++i;
    return p.push(parts.values, fv);
}

// The literal text of an f-string (or of a format spec, which ends at an unmatched `}`).
static bool fstring_body(Parser& p, std::string_view body, size_t& i, bool raw, bool in_spec, int nest,
                         StrParts& parts, const Token& t) {
    while (i < body.size()) {
        size_t run = i;  // plain text up to the next brace
        while (run < body.size() && body[run] != '{' && body[run] != '}') {
            if (body[run] == '\\' && !raw && run + 1 < body.size() && body[run + 1] == 'N' &&
                run + 2 < body.size() && body[run + 2] == '{') {
                run += 3;  // \N{NAME}: the braces belong to the escape
                while (run < body.size() && body[run] != '}') ++run;
                if (run < body.size()) ++run;
                continue;
            }
            run += (body[run] == '\\' && run + 1 < body.size()) ? 2 : 1;
        }
        if (run > body.size()) run = body.size();
        if (!append_literal(p, body, i, run, raw, false, parts.cur)) return false;
        i = run;
        if (i >= body.size()) break;
        if (body[i] == '}') {
            if (in_spec) return true;
            if (i + 1 < body.size() && body[i + 1] == '}') {
                parts.cur.append_byte('}');
                i += 2;
                continue;
            }
            return p.fail("f-string: single '}' is not allowed"_msg), false;
        }
        // '{'
        if (!in_spec && i + 1 < body.size() && body[i + 1] == '{') {
            parts.cur.append_byte('{');
            i += 2;
            continue;
        }
        ++i;
        if (!fstring_field(p, body, i, raw, nest, parts, t)) return false;
    }
    if (parts.cur.failed()) return p.fail_pending(), false;
    return !in_spec || (p.fail("f-string: expecting '}'"_msg), false);
}

#endif  // MBPY_FSTRINGS

// One or more adjacent string literals -> Constant (str/bytes) or JoinedStr.
ast::Node* Parser::parse_strings() {
    Token first = tok_;
    StrParts parts;
    bool any_f = false, bytes = false;
    for (int n = 0; at(Tok::String); ++n) {
        std::string_view s = text();
        Token t = tok_;
        size_t q = 0;
        bool raw = false, b = false, f = false;
        for (; s[q] != '\'' && s[q] != '"'; ++q) {
            char c = static_cast<char>(s[q] | 0x20);
            raw |= c == 'r';
            b |= c == 'b';
            f |= c == 'f';
        }
        if (n > 0 && b != bytes) return fail("cannot mix bytes and nonbytes literals"_msg);
        bytes = b;
        size_t ql = (s.size() - q >= 6 && s[q + 1] == s[q] && s[q + 2] == s[q]) ? 3 : 1;
        std::string_view body = s.substr(q + ql, s.size() - q - 2 * ql);
        if (f) {
#if !MBPY_FSTRINGS
            (void)t;
            return fail("f-strings not supported");
#else
            any_f = true;
            parts.pos_at = s.data();
            parts.pos_line = t.line;
            parts.pos_col = t.col;
            size_t i = 0;
            if (!fstring_body(*this, body, i, raw, false, 0, parts, t)) return nullptr;
#endif
        } else if (!append_literal(*this, body, 0, body.size(), raw, b, parts.cur)) {
            return nullptr;
        }
        advance();
    }
    if (any_f) {
        JoinedStr* js = make<JoinedStr>(Kind::JoinedStr, first);
        if (!js || !flush(*this, parts, first)) return nullptr;
        js->values = seq_of<Node>(parts.values);
        return js;
    }
    // A short str literal is interned, as MicroPython keeps one qstr for it: a tune's 200 notes or a
    // table of keys are a handful of strs, not one per literal (each 16 bytes on the device).
    constexpr size_t intern_max = 10;
    std::string_view text(parts.cur.data(), parts.cur.size());
    Value v = !bytes && text.size() <= intern_max ? intern(text)
                                                  : make_bytes_type(bytes ? &bytes_type : &str_type, text);
    if (!v) return fail_pending();
    Constant* c = make<Constant>(Kind::Constant, first);
    if (!c) return nullptr;
    c->value = v;
    return c;
}

}  // namespace core
