// SAM's reciter: English text to phonemes by the rules in sam_rules.cpp, matching the firmware's output
// (same scan order, same context classes, same quirks such as '[' ending the text).
#include "core/config.hpp"
#include "board/sam.hpp"

#if MBPY_MOD_SPEECH  // core/config.hpp

namespace board::sam {

namespace {

struct Reciter {
    uint8_t in[buffer_size];  // the text, upper-cased, with a space before it (index 0)
    char* out;
    uint8_t out_pos = 255;  // 8-bit, as the firmware's

    uint8_t at(int i) const { return in[uint8_t(i)]; }
    uint8_t flags(int i) const { return char_flags(at(i) & 127); }
    void emit(uint8_t c) { out[++out_pos] = char(c); }

    // One context character `r` of a rule against the text next to `pos` in direction `dir` (-1: the left
    // context, read right to left; +1: the right one); moves `pos` over what it matched. The two contexts
    // differ only in the direction, and in '%', which only the right one knows.
    bool match_one(uint8_t r, int& pos, int dir) const {
        int x = pos + dir;
        uint8_t c = at(x), f = flags(x);
        if (char_flags(r & 127) & 128) {  // a letter must match itself
            if (c != r) return false;
        } else {
            switch (r) {
                case ' ':  // not a letter
                    if (f & 128) return false;
                    break;
                case '#':  // a vowel
                    if (!(f & 64)) return false;
                    break;
                case '.':
                    if (!(f & 8)) return false;
                    break;
                case '&':  // or "CH", "SH" (read in the context's direction)
                    if (f & 16) break;
                    if (c != 'H' || (at(x + dir) != 'C' && at(x + dir) != 'S')) return false;
                    x += dir;
                    break;
                case '@':  // (the firmware's H test can never pass: "H" and not "T","C","S")
                    if (!(f & 4)) return false;
                    break;
                case '^':
                    if (!(f & 32)) return false;
                    break;
                case '+':
                    if (c != 'E' && c != 'I' && c != 'Y') return false;
                    break;
                case ':':  // any number of consonants
                    while (flags(pos + dir) & 32) pos += dir;
                    return true;
                case '%':  // suffixes: E, ER, ES, ED, ELY, EFUL, ING
                    if (dir < 0) return false;
                    if (c == 'E') {
                        uint8_t d = at(x + 1);
                        if (!(flags(x + 1) & 128))
                            break;
                        else if (d == 'R' || d == 'S' || d == 'D')
                            x += 1;
                        else if (d == 'L' && at(x + 2) == 'Y')
                            x += 2;
                        else if (d == 'F' && at(x + 2) == 'U' && at(x + 3) == 'L')
                            x += 3;
                        else
                            return false;
                    } else if (c == 'I' && at(x + 1) == 'N' && at(x + 2) == 'G') {
                        x += 2;
                    } else {
                        return false;
                    }
                    break;
                default: return false;
            }
        }
        pos = x;
        return true;
    }

    // Left context of a rule (decode_rule's bytes), right to left from `left` (the byte before '(');
    // false: no match.
    bool match_left(const uint8_t* rule, int left, int pos) const {
        for (int y = left; y >= 0; --y) {
            if (rule[y] & 128) return true;  // the previous rule's end: context fully matched
            if (!match_one(rule[y], pos, -1)) return false;
        }
        return true;
    }

    // Right context from `y0` up to the '=' at `eq`, left to right from `pos`.
    bool match_right(const uint8_t* rule, int y0, int eq, int pos) const {
        for (int y = y0; y < eq; ++y)
            if (!match_one(rule[y], pos, 1)) return false;
        return true;
    }

    bool run() {
        int pos = 0;  // at(0) is the leading space
        for (;;) {
            uint8_t c = at(pos);
            if (c == '[') {
                emit(0);
                return true;
            }
            // A '.' not followed by a digit is a full stop.
            if (c == '.' && !(flags(pos + 1) & 1)) {
                emit('.');
                ++pos;
                continue;
            }
            uint8_t f = char_flags(c);
            if (f == 0) {  // anything else is a word gap
                in[uint8_t(pos)] = ' ';
                // The firmware ends the output at a gap past 120 characters (its phoneme buffer).
                if (uint8_t(out_pos + 1) > 120) {
                    emit(0);
                    return true;
                }
                emit(' ');
                ++pos;
                continue;
            }
            if (!(f & 2) && !(f & 128)) return false;
            uint8_t letter = c >= 'A' && c <= 'Z' ? c : 0;  // 0: the punctuation and digit rules
            // Try the section's rules in order; the last rule of each section matches anything.
            for (size_t next = rule_section(letter);;) {
                uint8_t rule[rule_max];
                if (!decode_rule(next, letter, rule)) return false;
                int y = 1;
                while (rule[y] != '(') ++y;
                int open = y;
                while (rule[++y] != ')') {
                }
                int close = y;
                while ((rule[++y] & 127) != '=') {
                }
                int eq = y;
                int x = pos, last = pos;
                bool ok = true;
                for (int k = open + 1; k < close; ++k, ++x) {
                    if (rule[k] != at(x)) {
                        ok = false;
                        break;
                    }
                    last = x;
                }
                if (!ok || !match_left(rule, open - 1, pos) || !match_right(rule, close + 1, eq, last))
                    continue;
                for (int k = eq;; ++k) {
                    uint8_t r = rule[k];
                    if ((r & 127) != '=') emit(r & 127);
                    if (r & 128) break;
                }
                pos = last + 1;
                break;
            }
        }
    }
};

}  // namespace

bool translate(const char* text, size_t n, char* out) {
    Reciter r;
    r.out = out;
    r.in[0] = ' ';
    for (size_t i = 0; i < 255; ++i) {
        uint8_t a = i < n ? uint8_t(text[i]) & 127 : '[';
        a = a >= 112 ? a & 95 : a >= 96 ? a & 79 : a;  // upper case, as the firmware folds it
        r.in[i + 1] = a;
    }
    r.in[255] = 27;
    if (!r.run()) return false;
    out[buffer_size - 1] = 0;
    return true;
}

}  // namespace board::sam

#endif  // MBPY_MOD_SPEECH
