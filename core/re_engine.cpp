// The regular-expression matcher: runs a compiled program depth-first with an explicit backtrack stack.
#include <string.h>

#include "core/re_engine.hpp"
#include "core/unicode.hpp"

#if MBPY_MOD_RE  // config.hpp
namespace core::re {

// Steps before the matcher gives up on a pathological (exponential) pattern.
static constexpr uint64_t max_steps = config::re_max_steps;

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
            raise_runtime_error("regex too complex (backtracking limit)"_msg);
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

#endif  // MBPY_MOD_RE
