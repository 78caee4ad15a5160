// Code objects: the compiler's output for one function, class body, comprehension or module.
#pragma once
#include "core/obj_containers.hpp"
#include "core/opcodes.hpp"

namespace core {

enum CodeFlags : uint16_t {
    code_varargs = 1 << 0,     // has *args (its local follows the named parameters)
    code_varkw = 1 << 1,       // has **kwargs (its local follows *args)
    code_generator = 1 << 2,   // calling makes a generator
    code_coroutine = 1 << 3,   // async def: a generator-like coroutine object
    code_class_body = 1 << 4,  // runs with a locals dict (class body)
    code_module = 1 << 5,      // module / exec / eval body: names through LOAD_NAME
    code_nested = 1 << 6,      // has free variables (needs a closure)
    code_async_gen = 1 << 7,   // async generator
};

extern const Type code_type;

// Locals of a frame: n_locals fast slots (parameters first, in the order pos, kw-only, *args, **kwargs),
// then n_cells cells created at entry, then n_free cells taken from the function's closure.
struct Code : Obj {
    uint8_t* bytecode;  // separate heap block (the compiler's buffer, cut to size)
    uint32_t bytecode_len;
    uint16_t flags;
    uint16_t n_locals;
    uint16_t n_cells;
    uint16_t n_free;
    uint16_t stack_size;  // max operand stack depth
    uint16_t max_blocks;  // max nesting of try blocks
    uint8_t n_pos;        // positional parameters, including positional-only
    uint8_t n_posonly;
    uint8_t n_kwonly;
    Tuple* consts;      // constants, including nested Code objects
    Tuple* names;       // interned Str: globals, attributes, imports
    Tuple* varnames;    // interned Str of the fast locals (parameters first)
    Tuple* cellnames;   // interned Str of cells then free variables
    uint8_t* cell2arg;  // per cell: the parameter index it starts from, or 0xFF; null when none
    const Str* name;
    const Str* filename;
    uint8_t* lines;  // line table: pairs (bytecode delta, signed line delta) as bytes; see docs/bytecode.md
    uint32_t lines_len;
    uint32_t first_line;
    // The lookup caches, one entry per name, made at the first cached lookup (null until then): the entry
    // of a name serves LOAD_GLOBAL or the attribute ops (vm.cpp, CacheEntry).
    void* caches;
};

// Where LOAD_GLOBAL last found names[i]: entry `ix` of the globals' entry array (builtins null), or entry
// `ix` of the builtins' array while the globals' array and its fill are unchanged (so no global of that
// name was added). The cached arrays stay alive through this pointer, so an address is never reused.
struct GlobalCacheEntry {
    const void* globals_entries;
    const void* builtins_entries;
    uint32_t globals_fill;
    uint32_t ix;
};
inline constexpr uint8_t no_arg = 0xFF;

// Source line of the instruction at `offset`.
uint32_t code_line_at(const Code* code, uint32_t offset);

// Bytecode operand decoding, shared by the VM and the disassembler.
inline uint32_t read_varuint(const uint8_t*& ip) {
    if (!(*ip & 0x80)) return *ip++;  // one byte: nearly every operand
    uint32_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *ip++;
        v |= uint32_t(b & 0x7F) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}
inline intptr_t read_varsint(const uint8_t*& ip) {
    // zigzag in a (possibly 64-bit) varint, for LOAD_SMALL_INT
    if (!(*ip & 0x80)) {  // one byte: -64..63
        uintptr_t b = *ip++;
        return intptr_t(b >> 1) ^ -intptr_t(b & 1);
    }
    uintptr_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *ip++;
        v |= uintptr_t(b & 0x7F) << shift;
        shift += 7;
    } while (b & 0x80);
    return intptr_t(v >> 1) ^ -intptr_t(v & 1);
}
inline uint32_t read_jump(const uint8_t*& ip) {
    uint32_t v = ip[0] | (uint32_t(ip[1]) << 8);
    ip += 2;
    return v;
}

// Host builds: print a disassembly of `code` (and nested code objects) for debugging and docs.
void disassemble(Printer& out, const Code* code);

}  // namespace core
