// The regular-expression engine: the compiler (re_compile.cpp) turns a pattern into a small program of
// Pike/Thompson-style instructions, which the matcher (re_engine.cpp) runs depth-first with backtracking.
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "core/obj_containers.hpp"

namespace core::re {

enum Flag : int { ignorecase = 2, multiline = 8, dotall = 16, verbose = 64 };

enum class Op : uint8_t {
    Char,       // x = code point
    Any,        // any char but '\n' (all with DOTALL)
    Class,      // x = first range, y = count; negate = bit 31 of y
    Split,      // try x first, then y
    Jmp,        // x
    Save,       // x = slot (2*group, 2*group+1)
    Bol,        // ^
    Eol,        // $
    StrStart,   // \A
    StrEnd,     // \Z
    WordB,      // \b
    NotWordB,   // \B
    Backref,    // x = group
    LoopCheck,  // x = loop slot: fails if an iteration starts where the last one did; y=1: only records
    Look,       // x = end of the sub-program, y = 0 ahead, 1 negative ahead
    Match,
};

struct Instr {
    Op op;
    int32_t x, y;
};

// Class ranges; lo >= class_special marks \d \w \s (and their negations) inside a class.
struct Range {
    uint32_t lo, hi;
};
inline constexpr uint32_t class_special = 0xFFFFFF00u;

struct Program {
    Instr* code;
    size_t n_code;
    Range* ranges;
    size_t n_ranges;
    size_t n_groups;  // including group 0
    size_t n_loops;
    int flags;
    bool bytes;   // pattern and subjects are bytes: one byte per char, no UTF-8
    Dict* names;  // group name -> index (may be null)
};

// Compiles `pattern`; false with re.error (ValueError) pending.
bool compile(std::string_view pattern, int flags, bool bytes, Program* out);

// Tries to match at exactly `start` (or at any later position when `search`). On success fills
// slots[0 .. 2*n_groups) with byte offsets (-1 for groups that did not take part) and returns 1; 0 for
// no match; -1 with an exception pending (memory, step limit). With `full`, the match must end at `end`.
// `no_empty_at`: a match that is empty and starts there is rejected (iteration after an empty match).
int run(const Program& p, std::string_view subject, size_t start, size_t end, bool search, bool full,
        intptr_t no_empty_at, intptr_t* slots);

}  // namespace core::re
