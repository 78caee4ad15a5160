// The regular-expression engine: pattern compiler and backtracking matcher (see re_engine.hpp).
#include "core/re_engine.hpp"

#include <string.h>

#include "core/unicode.hpp"

#if MBPY_FULL_STDLIB  // left out of the v1 micro:bit firmware (config.hpp)
namespace core::re {

// Code size cap: counted repeats are expanded by copying, so x{1000}{1000} must fail rather than eat the
// heap. The device has far less heap, so its cap is smaller.
static constexpr size_t max_code = config::device ? 2000 : 200000;
// Steps before the matcher gives up on a pathological (exponential) pattern.
static constexpr uint64_t max_steps = config::device ? 2000000 : 200000000;

// ---- compiler ------------------------------------------------------------------------------------------
namespace {

struct Compiler {
    std::string_view pat;
    size_t i = 0;
    int flags = 0;
    bool bytes = false;
    Instr* code = nullptr;
    size_t n = 0, cap = 0;
    Range* ranges = nullptr;
    size_t nr = 0, rcap = 0;
    size_t ngroups = 1, nloops = 0;
    Dict* names = nullptr;
};

bool error(const char* msg) {
    raise(&value_error_type, "%s", msg);
    return false;
}

bool grow(Compiler& c, size_t extra) {
    if (c.n + extra > max_code) return error("regex too complex");
    if (c.n + extra <= c.cap) return true;
    size_t cap = c.cap ? c.cap * 2 : 32;
    while (cap < c.n + extra) cap *= 2;
    void* p = c.code ? realloc_raw(c.code, cap * sizeof(Instr)) : alloc_raw(cap * sizeof(Instr));
    if (!p) return false;
    c.code = static_cast<Instr*>(p);
    c.cap = cap;
    return true;
}

bool emit(Compiler& c, Op op, int32_t x = 0, int32_t y = 0) {
    if (!grow(c, 1)) return false;
    c.code[c.n++] = Instr{op, x, y};
    return true;
}

bool has_target(Op op) { return op == Op::Split || op == Op::Jmp || op == Op::Look; }

// Opens `count` slots at `at`, relocating jumps into the moved code (see the rule below).
bool insert(Compiler& c, size_t at, size_t count) {
    if (!grow(c, count)) return false;
    memmove(c.code + at + count, c.code + at, (c.n - at) * sizeof(Instr));
    c.n += count;
    for (size_t j = 0; j < c.n; ++j) {
        if (j >= at && j < at + count) continue;
        Instr& in = c.code[j];
        if (!has_target(in.op)) continue;
        // Code that moved relocates targets at or after `at`; code before keeps a target equal to `at`
        // (it meant "what follows", which is now the inserted code).
        bool moved = j >= at + count;
        auto fix = [&](int32_t& t) {
            if (moved ? size_t(t) >= at : size_t(t) > at) t += int32_t(count);
        };
        fix(in.x);
        if (in.op == Op::Split) fix(in.y);
    }
    return true;
}

// Appends a copy of an atom's code (from position `orig`) relocated to the end. Loops in the copy get
// their own loop slots: ids >= loops_at are moved up by `loop_shift`.
bool copy_code(Compiler& c, const Instr* src, size_t len, size_t orig, size_t loops_at = 0,
               size_t loop_shift = 0) {
    if (!grow(c, len)) return false;
    size_t base = c.n;
    for (size_t k = 0; k < len; ++k) {
        Instr in = src[k];
        if (in.op == Op::LoopCheck && size_t(in.x) >= loops_at) in.x += int32_t(loop_shift);
        if (has_target(in.op)) {
            in.x = int32_t(in.x - int32_t(orig) + int32_t(base));
            if (in.op == Op::Split) in.y = int32_t(in.y - int32_t(orig) + int32_t(base));
        }
        c.code[c.n++] = in;
    }
    return true;
}

bool add_range(Compiler& c, uint32_t lo, uint32_t hi) {
    if (c.nr == c.rcap) {
        size_t cap = c.rcap ? c.rcap * 2 : 16;
        void* p = c.ranges ? realloc_raw(c.ranges, cap * sizeof(Range)) : alloc_raw(cap * sizeof(Range));
        if (!p) return false;
        c.ranges = static_cast<Range*>(p);
        c.rcap = cap;
    }
    c.ranges[c.nr++] = Range{lo, hi};
    return true;
}

bool at_end(const Compiler& c) { return c.i >= c.pat.size(); }
char peek(const Compiler& c) { return at_end(c) ? 0 : c.pat[c.i]; }

uint32_t next_char(Compiler& c) {
    if (c.bytes) return uint8_t(c.pat[c.i++]);
    return unicode::decode(c.pat.data(), c.pat.size(), &c.i);
}

int hex_digit(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

// Special class kinds (lo = class_special + kind): d D w W s S.
int special_kind(char e) {
    const char* k = strchr("dDwWsS", e);
    return e && k ? int(k - "dDwWsS") : -1;
}

// A literal escape inside or outside a class: \n \t \xhh ... -> code point; -1 if `e` is not one.
bool escape_char(Compiler& c, char e, uint32_t* out) {
    switch (e) {
        case 'n': *out = '\n'; return true;
        case 't': *out = '\t'; return true;
        case 'r': *out = '\r'; return true;
        case 'f': *out = '\f'; return true;
        case 'v': *out = '\v'; return true;
        case 'a': *out = 7; return true;
        case '0': *out = 0; return true;
        case 'x':
        case 'u':
        case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (c.bytes && e != 'x') return error("bad escape");
            uint32_t v = 0;
            for (int k = 0; k < digits; ++k) {
                int h = at_end(c) ? -1 : hex_digit(c.pat[c.i]);
                if (h < 0) return error("incomplete escape");
                v = v * 16 + uint32_t(h);
                ++c.i;
            }
            *out = v;
            return true;
        }
        default: break;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))
        return error("bad escape");
    *out = uint8_t(e);
    return true;
}

bool parse_alt(Compiler& c, int depth);

bool parse_class(Compiler& c) {
    size_t first = c.nr;
    bool negate = false;
    if (peek(c) == '^') negate = true, ++c.i;
    bool start = true;
    for (;;) {
        if (at_end(c)) return error("unterminated character set");
        if (peek(c) == ']' && !start) {
            ++c.i;
            break;
        }
        start = false;
        uint32_t lo;
        if (peek(c) == '\\') {
            ++c.i;
            if (at_end(c)) return error("bad escape (end of pattern)");
            char e = c.pat[c.i++];
            int k = special_kind(e);
            if (k >= 0) {
                if (!add_range(c, class_special + uint32_t(k), 0)) return false;
                continue;
            }
            if (e == 'b')
                lo = 8;
            else if (!escape_char(c, e, &lo))
                return false;
        } else {
            lo = next_char(c);
        }
        uint32_t hi = lo;
        if (peek(c) == '-' && c.i + 1 < c.pat.size() && c.pat[c.i + 1] != ']') {
            ++c.i;
            if (peek(c) == '\\') {
                ++c.i;
                if (at_end(c)) return error("bad escape (end of pattern)");
                char e = c.pat[c.i++];
                if (special_kind(e) >= 0) return error("bad character range");
                if (!escape_char(c, e, &hi)) return false;
            } else {
                hi = next_char(c);
            }
            if (hi < lo) return error("bad character range");
        }
        if (!add_range(c, lo, hi)) return false;
    }
    return emit(c, Op::Class, int32_t(first), int32_t((c.nr - first) | (negate ? 0x80000000u : 0)));
}

bool parse_number(Compiler& c, size_t* out) {
    size_t start = c.i, v = 0;
    while (!at_end(c) && peek(c) >= '0' && peek(c) <= '9') v = v * 10 + size_t(c.pat[c.i++] - '0');
    *out = v;
    return c.i > start;
}

bool parse_group(Compiler& c, int depth) {
    // After '('.
    if (peek(c) != '?') {
        size_t g = c.ngroups++;
        if (!emit(c, Op::Save, int32_t(2 * g)) || !parse_alt(c, depth + 1)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern");
        ++c.i;
        return emit(c, Op::Save, int32_t(2 * g + 1));
    }
    ++c.i;
    char k = peek(c);
    if (k == ':') {
        ++c.i;
        if (!parse_alt(c, depth + 1)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern");
        ++c.i;
        return true;
    }
    if (k == 'P' && c.i + 1 < c.pat.size() && c.pat[c.i + 1] == '<') {
        c.i += 2;
        size_t s = c.i;
        while (!at_end(c) && peek(c) != '>') ++c.i;
        if (at_end(c) || c.i == s) return error("missing group name");
        Value name = make_str(c.pat.substr(s, c.i - s));
        ++c.i;
        if (!name) return false;
        if (!c.names && !(c.names = new_dict(4))) return false;
        size_t g = c.ngroups++;
        if (!dict_store(c.names, name, make_int(intptr_t(g)))) return false;
        if (!emit(c, Op::Save, int32_t(2 * g)) || !parse_alt(c, depth + 1)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern");
        ++c.i;
        return emit(c, Op::Save, int32_t(2 * g + 1));
    }
    if (k == 'P' && c.i + 1 < c.pat.size() && c.pat[c.i + 1] == '=') {
        c.i += 2;
        size_t s = c.i;
        while (!at_end(c) && peek(c) != ')') ++c.i;
        if (at_end(c)) return error("missing ), unterminated name");
        Value name = make_str(c.pat.substr(s, c.i - s));
        ++c.i;
        if (!name) return false;
        Value g;
        if (!c.names || dict_lookup(c.names, name, &g) != Lookup::Found) return error("unknown group name");
        return emit(c, Op::Backref, int32_t(g.small_value()));
    }
    bool behind = k == '<' && c.i + 1 < c.pat.size() && (c.pat[c.i + 1] == '=' || c.pat[c.i + 1] == '!');
    if (k == '=' || k == '!' || behind) {
        if (behind) k = c.pat[++c.i];
        ++c.i;
        size_t at = c.n;
        if (!emit(c, Op::Look, 0, k == '!') || !parse_alt(c, depth + 1) || !emit(c, Op::Match)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern");
        ++c.i;
        c.code[at].x = int32_t(c.n);
        if (behind) {
            // Look-behind: the body's width must be fixed; y = negate | 2 | width << 2.
            size_t width = 0;
            for (size_t j = at + 1; j + 1 < c.n; ++j) {
                Op op = c.code[j].op;
                if (op == Op::Char || op == Op::Any || op == Op::Class)
                    ++width;
                else if (op != Op::Save && op != Op::Bol && op != Op::Eol && op != Op::WordB &&
                         op != Op::NotWordB && op != Op::StrStart && op != Op::StrEnd)
                    return error("look-behind requires fixed-width pattern");
            }
            c.code[at].y |= int32_t(2 | (width << 2));
        }
        return true;
    }
    if (k == '#') {
        while (!at_end(c) && peek(c) != ')') ++c.i;
        if (at_end(c)) return error("missing ), unterminated comment");
        ++c.i;
        return true;
    }
    // Inline flags (?imsx) — accepted anywhere, applied to the whole pattern as CPython < 3.11 did.
    bool any = false;
    while (!at_end(c) && strchr("imsxaLu", peek(c))) {
        char f = c.pat[c.i++];
        if (f == 'i')
            c.flags |= ignorecase;
        else if (f == 'm')
            c.flags |= multiline;
        else if (f == 's')
            c.flags |= dotall;
        else if (f == 'x')
            c.flags |= verbose;
        any = true;
    }
    if (any && peek(c) == ')') {
        ++c.i;
        return true;
    }
    return error("unknown extension");
}

// One atom; *empty_ok tells whether a quantifier may follow.
bool parse_atom(Compiler& c, int depth, bool* quantifiable) {
    *quantifiable = true;
    char ch = peek(c);
    switch (ch) {
        case '(': ++c.i; return parse_group(c, depth);
        case '[': ++c.i; return parse_class(c);
        case '.': ++c.i; return emit(c, Op::Any);
        case '^':
            ++c.i;
            *quantifiable = false;
            return emit(c, Op::Bol);
        case '$':
            ++c.i;
            *quantifiable = false;
            return emit(c, Op::Eol);
        case '*':
        case '+':
        case '?': return error("nothing to repeat");
        case '\\': {
            ++c.i;
            if (at_end(c)) return error("bad escape (end of pattern)");
            char e = c.pat[c.i++];
            int k = special_kind(e);
            if (k >= 0) {
                size_t first = c.nr;
                return add_range(c, class_special + uint32_t(k), 0) && emit(c, Op::Class, int32_t(first), 1);
            }
            if (e == 'b' || e == 'B' || e == 'A' || e == 'Z') {
                *quantifiable = false;
                return emit(c, e == 'b'   ? Op::WordB
                               : e == 'B' ? Op::NotWordB
                               : e == 'A' ? Op::StrStart
                                          : Op::StrEnd);
            }
            if (e >= '1' && e <= '9') {
                --c.i;
                size_t g;
                parse_number(c, &g);
                if (g >= c.ngroups) return error("invalid group reference");
                return emit(c, Op::Backref, int32_t(g));
            }
            uint32_t cp;
            if (!escape_char(c, e, &cp)) return false;
            return emit(c, Op::Char, int32_t(cp));
        }
        default: {
            if ((c.flags & verbose) && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '#')) {
                if (ch == '#') {
                    while (!at_end(c) && peek(c) != '\n') ++c.i;
                } else {
                    ++c.i;
                }
                *quantifiable = false;
                return true;
            }
            uint32_t cp = next_char(c);
            return emit(c, Op::Char, int32_t(cp));
        }
    }
}

// Applies a quantifier to the atom code[at, n).
bool quantify(Compiler& c, size_t at, size_t min, size_t max, bool greedy, size_t loops_at) {
    static constexpr size_t inf = SIZE_MAX;
    size_t len = c.n - at;
    if (min == 0 && max == 1) {
        if (!insert(c, at, 1)) return false;
        c.code[at] = greedy ? Instr{Op::Split, int32_t(at + 1), int32_t(c.n)}
                            : Instr{Op::Split, int32_t(c.n), int32_t(at + 1)};
        return true;
    }
    if (min == 0 && max == inf) {
        int32_t loop = int32_t(c.nloops++);
        if (!insert(c, at, 2)) return false;
        if (!emit(c, Op::Jmp, int32_t(at))) return false;
        c.code[at] = greedy ? Instr{Op::Split, int32_t(at + 1), int32_t(c.n)}
                            : Instr{Op::Split, int32_t(c.n), int32_t(at + 1)};
        c.code[at + 1] = Instr{Op::LoopCheck, loop, 0};
        return true;
    }
    if (min == 1 && max == inf) {
        int32_t loop = int32_t(c.nloops++);
        if (!insert(c, at, 1)) return false;
        c.code[at] = Instr{Op::LoopCheck, loop, 0};
        int32_t after = int32_t(c.n + 1);
        return greedy ? emit(c, Op::Split, int32_t(at), after) : emit(c, Op::Split, after, int32_t(at));
    }
    // Counted: copy the atom min times, then optional copies (or a star for an open upper bound).
    if (max != inf && max < min) return error("min repeat greater than max repeat");
    size_t copies = max == inf ? min + 1 : max;
    if (copies > max_code || c.n + len * copies > max_code) return error("regex too complex");
    Instr* saved = static_cast<Instr*>(alloc_raw(len * sizeof(Instr) + 1));
    if (!saved && len) return false;
    memcpy(saved, c.code + at, len * sizeof(Instr));
    c.n = at;
    // The first copy keeps the atom's loop slots; later ones take fresh ones.
    size_t atom_loops = c.nloops - loops_at;
    bool first = true;
    auto copy = [&]() {
        size_t shift = first ? 0 : c.nloops - loops_at;
        if (!first) c.nloops += atom_loops;
        first = false;
        return copy_code(c, saved, len, at, loops_at, shift);
    };
    // As CPython, an optional iteration is only tried when the previous optional one consumed something:
    // each optional copy checks and records its start in a shared progress slot (mandatory copies, like
    // sre's MIN_UNTIL, leave it alone).
    int32_t progress = int32_t(c.nloops++);
    for (size_t k = 0; k < min; ++k) {
        if (!copy()) return false;
    }
    if (max == inf) {
        size_t s = c.n, l = c.nloops;
        return emit(c, Op::LoopCheck, progress, 0) && copy() && quantify(c, s, 0, inf, greedy, l);
    }
    for (size_t k = min; k < max; ++k) {
        size_t s = c.n, l = c.nloops;
        if (!emit(c, Op::LoopCheck, progress, 0) || !copy() || !quantify(c, s, 0, 1, greedy, l)) return false;
    }
    return true;
}

bool parse_seq(Compiler& c, int depth) {
    while (!at_end(c) && peek(c) != '|' && peek(c) != ')') {
        size_t at = c.n, loops_at = c.nloops;
        bool quantifiable;
        if (!parse_atom(c, depth, &quantifiable)) return false;
        for (;;) {
            char q = peek(c);
            size_t min, max;
            size_t save = c.i;
            if (q == '*')
                min = 0, max = SIZE_MAX, ++c.i;
            else if (q == '+')
                min = 1, max = SIZE_MAX, ++c.i;
            else if (q == '?')
                min = 0, max = 1, ++c.i;
            else if (q == '{') {
                ++c.i;
                bool has_min = parse_number(c, &min);
                if (!has_min) min = 0;
                max = min;
                bool ok = true;
                if (peek(c) == ',') {
                    ++c.i;
                    if (!parse_number(c, &max)) max = SIZE_MAX;
                } else if (!has_min) {
                    ok = false;
                }
                if (!ok || peek(c) != '}') {  // not a repeat: a literal '{'
                    c.i = save;
                    break;
                }
                ++c.i;
            } else {
                break;
            }
            if (!quantifiable || c.n == at) return error("nothing to repeat");
            bool greedy = true;
            if (peek(c) == '?') greedy = false, ++c.i;
            if (peek(c) == '+') return error("multiple repeat");
            if (!quantify(c, at, min, max, greedy, loops_at)) return false;
            if (peek(c) == '*' || peek(c) == '+' || peek(c) == '?') return error("multiple repeat");
        }
    }
    return true;
}

bool parse_alt(Compiler& c, int depth) {
    if (depth > 100) return error("regex too deeply nested");
    size_t start = c.n;
    if (!parse_seq(c, depth)) return false;
    size_t pending_jumps[64];
    size_t n_jumps = 0;
    while (peek(c) == '|') {
        ++c.i;
        // start: SPLIT(start+1, next alternative); first ... JMP end
        if (!insert(c, start, 1)) return false;
        for (size_t k = 0; k < n_jumps; ++k) ++pending_jumps[k];
        if (n_jumps == 64) return error("too many alternatives");
        pending_jumps[n_jumps++] = c.n;
        if (!emit(c, Op::Jmp, 0)) return false;
        c.code[start] = Instr{Op::Split, int32_t(start + 1), int32_t(c.n)};
        start = c.n;
        if (!parse_seq(c, depth)) return false;
    }
    for (size_t k = 0; k < n_jumps; ++k) c.code[pending_jumps[k]].x = int32_t(c.n);
    return true;
}

}  // namespace

bool compile(std::string_view pattern, int flags, bool bytes, Program* out) {
    Compiler c;
    c.pat = pattern;
    c.flags = flags;
    c.bytes = bytes;
    if (!emit(c, Op::Save, 0) || !parse_alt(c, 0)) return false;
    if (!at_end(c)) return error("unbalanced parenthesis");
    if (!emit(c, Op::Save, 1) || !emit(c, Op::Match)) return false;
    if (!c.ranges && !(c.ranges = static_cast<Range*>(alloc_raw(sizeof(Range))))) return false;
    *out = Program{c.code, c.n, c.ranges, c.nr, c.ngroups, c.nloops, c.flags, bytes, c.names};
    return true;
}

// ---- matcher ---------------------------------------------------------------------------------------------
namespace {

struct Backtrack {
    int32_t pc;  // >= 0: resume here at `val` (a position); -1: restore slot `slot` to `val`
    int32_t slot;
    intptr_t val;
};

struct Matcher {
    const Program& p;
    const char* s;
    size_t end;
    bool full;
    intptr_t no_empty_at;
    intptr_t* slots;  // 2*n_groups capture slots, then n_loops loop slots
    Backtrack* stack = nullptr;
    size_t sp = 0, cap = 0;
    uint64_t steps = 0;
};

bool push(Matcher& m, int32_t pc, int32_t slot, intptr_t val) {
    if (m.sp == m.cap) {
        size_t cap = m.cap ? m.cap * 2 : 64;
        void* q =
            m.stack ? realloc_raw(m.stack, cap * sizeof(Backtrack)) : alloc_raw(cap * sizeof(Backtrack));
        if (!q) return false;
        m.stack = static_cast<Backtrack*>(q);
        m.cap = cap;
    }
    m.stack[m.sp++] = Backtrack{pc, slot, val};
    return true;
}

uint32_t char_at(const Matcher& m, size_t pos, size_t* next) {
    if (m.p.bytes) {
        *next = pos + 1;
        return uint8_t(m.s[pos]);
    }
    size_t i = pos;
    uint32_t cp = unicode::decode(m.s, m.end, &i);
    *next = i;
    return cp;
}

uint32_t char_before(const Matcher& m, size_t pos) {
    if (m.p.bytes) return uint8_t(m.s[pos - 1]);
    size_t i = pos - 1;
    while (i > 0 && unicode::is_continuation(uint8_t(m.s[i]))) --i;
    return unicode::decode(m.s, m.end, &i);
}

bool is_word(const Matcher& m, uint32_t c) {
    if (c < 128 || m.p.bytes)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return unicode::is_alpha(c) || unicode::is_numeric(c);
}
bool is_digit(const Matcher& m, uint32_t c) {
    return (c >= '0' && c <= '9') || (!m.p.bytes && c >= 128 && unicode::is_decimal(c));
}
bool is_space(const Matcher& m, uint32_t c) {
    if (c < 128 || m.p.bytes) return c == ' ' || (c >= '\t' && c <= '\r');
    return unicode::is_space(c);
}

uint32_t fold(const Matcher& m, uint32_t c) {
    if (m.p.bytes || c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return unicode::to_lower(c);
}

bool in_class(const Matcher& m, const Instr& in, uint32_t c) {
    size_t n = uint32_t(in.y) & 0x7FFFFFFFu;
    bool neg = (uint32_t(in.y) & 0x80000000u) != 0;
    bool ic = (m.p.flags & ignorecase) != 0;
    uint32_t alt1 = c, alt2 = c;
    if (ic) {
        alt1 = fold(m, c);
        alt2 = m.p.bytes || c < 128 ? ((c >= 'a' && c <= 'z') ? c - 32 : c) : unicode::to_upper(c);
    }
    bool hit = false;
    for (size_t k = 0; k < n && !hit; ++k) {
        const Range& r = m.p.ranges[size_t(in.x) + k];
        if (r.lo >= class_special) {
            switch (r.lo - class_special) {
                case 0: hit = is_digit(m, c); break;
                case 1: hit = !is_digit(m, c); break;
                case 2: hit = is_word(m, c); break;
                case 3: hit = !is_word(m, c); break;
                case 4: hit = is_space(m, c); break;
                default: hit = !is_space(m, c); break;
            }
        } else {
            hit = (c >= r.lo && c <= r.hi) ||
                  (ic && ((alt1 >= r.lo && alt1 <= r.hi) || (alt2 >= r.lo && alt2 <= r.hi)));
        }
    }
    return hit != neg;
}

// Runs from `pc` at `pos` until a Match: 1 (slots set, *out_end = end), 0, or -1 (error).
int exec(Matcher& m, int32_t pc, size_t pos, size_t attempt_start, size_t* out_end, bool restore_on_success,
         bool top) {
    size_t base = m.sp;
    const Instr* code = m.p.code;
    for (;;) {
        if (++m.steps > max_steps) {
            raise(&runtime_error_type, "regex too complex (backtracking limit)");
            return -1;
        }
        const Instr& in = code[pc];
        bool ok = true;
        switch (in.op) {
            case Op::Char: {
                if (pos >= m.end) {
                    ok = false;
                    break;
                }
                size_t next;
                uint32_t ch = char_at(m, pos, &next);
                if (ch == uint32_t(in.x) ||
                    ((m.p.flags & ignorecase) && fold(m, ch) == fold(m, uint32_t(in.x)))) {
                    pos = next;
                    ++pc;
                } else {
                    ok = false;
                }
                break;
            }
            case Op::Any: {
                if (pos >= m.end || (!(m.p.flags & dotall) && m.s[pos] == '\n')) {
                    ok = false;
                    break;
                }
                size_t next;
                char_at(m, pos, &next);
                pos = next;
                ++pc;
                break;
            }
            case Op::Class: {
                if (pos >= m.end) {
                    ok = false;
                    break;
                }
                size_t next;
                uint32_t ch = char_at(m, pos, &next);
                if (in_class(m, in, ch))
                    pos = next, ++pc;
                else
                    ok = false;
                break;
            }
            case Op::Split:
                if (!push(m, in.y, 0, intptr_t(pos))) return -1;
                pc = in.x;
                break;
            case Op::Jmp: pc = in.x; break;
            case Op::Save:
                if (!push(m, -1, in.x, m.slots[in.x])) return -1;
                m.slots[in.x] = intptr_t(pos);
                ++pc;
                break;
            case Op::Bol:
                ok = pos == 0 || ((m.p.flags & multiline) && m.s[pos - 1] == '\n');
                ++pc;
                break;
            case Op::Eol:
                ok = pos == m.end || (pos + 1 == m.end && m.s[pos] == '\n') ||
                     ((m.p.flags & multiline) && m.s[pos] == '\n');
                ++pc;
                break;
            case Op::StrStart:
                ok = pos == 0;
                ++pc;
                break;
            case Op::StrEnd:
                ok = pos == m.end;
                ++pc;
                break;
            case Op::WordB:
            case Op::NotWordB: {
                bool a = pos > 0 && is_word(m, char_before(m, pos));
                size_t next;
                bool b = pos < m.end && is_word(m, char_at(m, pos, &next));
                ok = (a != b) == (in.op == Op::WordB);
                ++pc;
                break;
            }
            case Op::Backref: {
                intptr_t s0 = m.slots[2 * in.x], s1 = m.slots[2 * in.x + 1];
                if (s0 < 0 || s1 < 0) {
                    ok = false;
                    break;
                }
                size_t n = size_t(s1 - s0);
                if (m.end - pos < n) {
                    ok = false;
                    break;
                }
                if (m.p.flags & ignorecase) {
                    size_t a = size_t(s0), b = pos;
                    while (ok && a < size_t(s1)) {
                        size_t na, nb;
                        ok = fold(m, char_at(m, a, &na)) == fold(m, char_at(m, b, &nb));
                        a = na;
                        b = nb;
                    }
                    if (ok) pos = b;
                } else {
                    ok = memcmp(m.s + s0, m.s + pos, n) == 0;
                    if (ok) pos += n;
                }
                ++pc;
                break;
            }
            case Op::LoopCheck: {
                intptr_t& slot = m.slots[2 * m.p.n_groups + size_t(in.x)];
                if (in.y == 0 && slot == intptr_t(pos)) {
                    ok = false;
                    break;
                }
                if (!push(m, -1, int32_t(2 * m.p.n_groups + size_t(in.x)), slot)) return -1;
                slot = intptr_t(pos);
                ++pc;
                break;
            }
            case Op::Look: {
                bool negate = (in.y & 1) != 0;
                size_t from = pos;
                int r = 1;
                if (in.y & 2) {  // look-behind: step back `width` chars, then the body must end here
                    for (size_t w = size_t(in.y) >> 2; w > 0 && r; --w) {
                        if (from == 0)
                            r = 0;
                        else if (m.p.bytes)
                            --from;
                        else {
                            --from;
                            while (from > 0 && unicode::is_continuation(uint8_t(m.s[from]))) --from;
                        }
                    }
                }
                size_t got = 0;
                if (r) r = exec(m, pc + 1, from, attempt_start, &got, negate, false);
                if (r < 0) return -1;
                if (r == 1 && (in.y & 2) && got != pos) r = 0;
                ok = (r == 1) != negate;
                pc = in.x;
                break;
            }
            case Op::Match: {
                if (!top || !m.full || pos == m.end) {
                    bool empty_again = top && m.no_empty_at >= 0 && attempt_start == size_t(m.no_empty_at) &&
                                       pos == attempt_start;
                    if (!empty_again) {
                        *out_end = pos;
                        if (restore_on_success) {
                            while (m.sp > base) {
                                Backtrack& b = m.stack[--m.sp];
                                if (b.pc < 0) m.slots[b.slot] = b.val;
                            }
                        } else {
                            m.sp = base;
                        }
                        return 1;
                    }
                }
                ok = false;
                break;
            }
        }
        if (ok) continue;
        // Backtrack: undo slot writes down to the latest branch point.
        for (;;) {
            if (m.sp == base) return 0;
            Backtrack b = m.stack[--m.sp];
            if (b.pc < 0) {
                m.slots[b.slot] = b.val;
                continue;
            }
            pc = b.pc;
            pos = size_t(b.val);
            break;
        }
    }
}

}  // namespace

int run(const Program& p, std::string_view subject, size_t start, size_t end, bool search, bool full,
        intptr_t no_empty_at, intptr_t* slots) {
    size_t nslots = 2 * p.n_groups + p.n_loops;
    auto* work = static_cast<intptr_t*>(alloc_raw(nslots * sizeof(intptr_t) + 1));
    if (!work) return -1;
    Matcher m{p, subject.data(), end, full, no_empty_at, work};
    for (size_t pos = start;;) {
        for (size_t k = 0; k < nslots; ++k) work[k] = -1;
        size_t e;
        int r = exec(m, 0, pos, pos, &e, false, true);
        if (r != 0) {
            if (r == 1) memcpy(slots, work, 2 * p.n_groups * sizeof(intptr_t));
            return r;
        }
        if (!search || pos >= end) return 0;
        ++pos;
        if (!p.bytes) {
            while (pos < end && unicode::is_continuation(uint8_t(subject[pos]))) ++pos;
        }
    }
}

}  // namespace core::re

#endif  // MBPY_FULL_STDLIB
