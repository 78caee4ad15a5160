// The regular-expression compiler: pattern text -> a small backtracking program (see re_engine.hpp).
#include <string.h>

#include "core/re_engine.hpp"
#include "core/unicode.hpp"

#if MBPY_MOD_RE  // config.hpp
namespace core::re {

// Code size cap: counted repeats are expanded by copying, so x{1000}{1000} must fail rather than eat the
// heap. The device has far less heap, so its cap is smaller.
static constexpr size_t max_code = config::re_max_code;

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
    raise_value_error("%m", msg);
    return false;
}

bool grow(Compiler& c, size_t extra) {
    if (c.n + extra > max_code) return error("regex too complex"_msg);
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
            if (c.bytes && e != 'x') return error("bad escape"_msg);
            uint32_t v = 0;
            for (int k = 0; k < digits; ++k) {
                int h = at_end(c) ? -1 : hex_digit(c.pat[c.i]);
                if (h < 0) return error("incomplete escape"_msg);
                v = v * 16 + uint32_t(h);
                ++c.i;
            }
            *out = v;
            return true;
        }
        default: break;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))
        return error("bad escape"_msg);
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
        if (at_end(c)) return error("unterminated character set"_msg);
        if (peek(c) == ']' && !start) {
            ++c.i;
            break;
        }
        start = false;
        uint32_t lo;
        if (peek(c) == '\\') {
            ++c.i;
            if (at_end(c)) return error("bad escape (end of pattern)"_msg);
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
                if (at_end(c)) return error("bad escape (end of pattern)"_msg);
                char e = c.pat[c.i++];
                if (special_kind(e) >= 0) return error("bad character range"_msg);
                if (!escape_char(c, e, &hi)) return false;
            } else {
                hi = next_char(c);
            }
            if (hi < lo) return error("bad character range"_msg);
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
        if (peek(c) != ')') return error("missing ), unterminated subpattern"_msg);
        ++c.i;
        return emit(c, Op::Save, int32_t(2 * g + 1));
    }
    ++c.i;
    char k = peek(c);
    if (k == ':') {
        ++c.i;
        if (!parse_alt(c, depth + 1)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern"_msg);
        ++c.i;
        return true;
    }
    if (k == 'P' && c.i + 1 < c.pat.size() && c.pat[c.i + 1] == '<') {
        c.i += 2;
        size_t s = c.i;
        while (!at_end(c) && peek(c) != '>') ++c.i;
        if (at_end(c) || c.i == s) return error("missing group name"_msg);
        Value name = make_str(c.pat.substr(s, c.i - s));
        ++c.i;
        if (!name) return false;
        if (!c.names && !(c.names = new_dict(4))) return false;
        size_t g = c.ngroups++;
        if (!dict_store(c.names, name, make_int(intptr_t(g)))) return false;
        if (!emit(c, Op::Save, int32_t(2 * g)) || !parse_alt(c, depth + 1)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern"_msg);
        ++c.i;
        return emit(c, Op::Save, int32_t(2 * g + 1));
    }
    if (k == 'P' && c.i + 1 < c.pat.size() && c.pat[c.i + 1] == '=') {
        c.i += 2;
        size_t s = c.i;
        while (!at_end(c) && peek(c) != ')') ++c.i;
        if (at_end(c)) return error("missing ), unterminated name"_msg);
        Value name = make_str(c.pat.substr(s, c.i - s));
        ++c.i;
        if (!name) return false;
        Value g;
        if (!c.names || dict_lookup(c.names, name, &g) != Lookup::Found)
            return error("unknown group name"_msg);
        return emit(c, Op::Backref, int32_t(g.small_value()));
    }
    bool behind = k == '<' && c.i + 1 < c.pat.size() && (c.pat[c.i + 1] == '=' || c.pat[c.i + 1] == '!');
    if (k == '=' || k == '!' || behind) {
        if (behind) k = c.pat[++c.i];
        ++c.i;
        size_t at = c.n;
        if (!emit(c, Op::Look, 0, k == '!') || !parse_alt(c, depth + 1) || !emit(c, Op::Match)) return false;
        if (peek(c) != ')') return error("missing ), unterminated subpattern"_msg);
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
                    return error("look-behind requires fixed-width pattern"_msg);
            }
            c.code[at].y |= int32_t(2 | (width << 2));
        }
        return true;
    }
    if (k == '#') {
        while (!at_end(c) && peek(c) != ')') ++c.i;
        if (at_end(c)) return error("missing ), unterminated comment"_msg);
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
    return error("unknown extension"_msg);
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
        case '?': return error("nothing to repeat"_msg);
        case '\\': {
            ++c.i;
            if (at_end(c)) return error("bad escape (end of pattern)"_msg);
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
                if (g >= c.ngroups) return error("invalid group reference"_msg);
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
    if (max != inf && max < min) return error("min repeat greater than max repeat"_msg);
    size_t copies = max == inf ? min + 1 : max;
    if (copies > max_code || c.n + len * copies > max_code) return error("regex too complex"_msg);
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
            if (!quantifiable || c.n == at) return error("nothing to repeat"_msg);
            bool greedy = true;
            if (peek(c) == '?') greedy = false, ++c.i;
            if (peek(c) == '+') return error("multiple repeat"_msg);
            if (!quantify(c, at, min, max, greedy, loops_at)) return false;
            if (peek(c) == '*' || peek(c) == '+' || peek(c) == '?') return error("multiple repeat"_msg);
        }
    }
    return true;
}

bool parse_alt(Compiler& c, int depth) {
    if (depth > 100) return error("regex too deeply nested"_msg);
    size_t start = c.n;
    if (!parse_seq(c, depth)) return false;
    size_t pending_jumps[64];
    size_t n_jumps = 0;
    while (peek(c) == '|') {
        ++c.i;
        // start: SPLIT(start+1, next alternative); first ... JMP end
        if (!insert(c, start, 1)) return false;
        for (size_t k = 0; k < n_jumps; ++k) ++pending_jumps[k];
        if (n_jumps == 64) return error("too many alternatives"_msg);
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
    if (!at_end(c)) return error("unbalanced parenthesis"_msg);
    if (!emit(c, Op::Save, 1) || !emit(c, Op::Match)) return false;
    if (!c.ranges && !(c.ranges = static_cast<Range*>(alloc_raw(sizeof(Range))))) return false;
    *out = Program{c.code, c.n, c.ranges, c.nr, c.ngroups, c.nloops, c.flags, bytes, c.names};
    return true;
}

}  // namespace core::re

#endif  // MBPY_MOD_RE
