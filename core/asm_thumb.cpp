// @micropython.asm_thumb. The compiler turns the function's body into a tuple of (op, operands...) and
// this file assembles it into Thumb-1 machine code while the module compiles, as MicroPython's
// emitinlinethumb.c does on the nRF51: a bad instruction is a SyntaxError of the compile, on every port. On
// the micro:bit (MBPY_ASM_THUMB_NATIVE) the CPU runs the code; where the CPU cannot (the simulator, the web
// page) a small model of the Cortex-M0 runs the same bytes, its loads and stores going to the HAL's bus.
#include "core/asm_thumb.hpp"
#include "core/names.hpp"

#include <stdarg.h>
#include <string.h>

#include "core/hal.hpp"
#include "core/numbers.hpp"
#include "core/obj_containers.hpp"
#include "core/text.hpp"

#if MBPY_ASM_THUMB  // core/config.hpp

namespace core {
namespace {

constexpr int kNoReg = -1;
constexpr int kLr = 14;

int reg_of(Value v) {
    if (!is_str(v)) return kNoReg;
    std::string_view s = v.as<Str>()->view();
    if (s == "lr") return kLr;
    if (s == "sp") return 13;
    if (s == "pc") return 15;
    if (s.size() >= 2 && s[0] == 'r' && s[1] >= '0' && s[1] <= '9') {
        int r = s[1] - '0';
        if (s.size() == 3 && s[2] >= '0' && s[2] <= '9') r = r * 10 + (s[2] - '0');
        return s.size() <= 3 && r <= 15 ? r : kNoReg;
    }
    return kNoReg;
}

struct AsmFn : Obj {
    const Str* name;
    uint8_t* code;
    uint32_t size;  // bytes
    uint8_t n_params;
    uint8_t ret;  // AsmReturn
};

// ---- Thumb-1 machine code (ARMv6-M), as MicroPython's emitinlinethumb.c on the nRF51 ----------------------
// Two passes over the program: the first finds the labels' offsets and the code's size, the second writes
// the code. Every instruction is 2 bytes but bl (4), data and align; the code is wrapped in
// push {r4-r7, lr} ... pop {r4-r7, pc}. The messages are the original firmware's.

// Names packed in tables, each 4 characters wide (space padded); the index is the encoding's field.
const char alu_ops[] =
    "and_eor lsl lsr asr adc sbc ror tst neg cmp cmn orr mul bic mvn ";  // register, register
const char conds[] = "eq  ne  cs  cc  mi  pl  vs  vc  hi  ls  ge  lt  gt  le  ";
const char imm8_ops[] = "mov cmp add sub ";         // rd, #imm8
const char mem_ops[] = "str ldr strbldrbstrhldrh";  // rt, [rb, #imm5 << size]

int find(const char* table, std::string_view s) {
    for (int k = 0; table[4 * k]; ++k) {
        const char* w = table + 4 * k;
        size_t n = 4;
        while (n && w[n - 1] == ' ') --n;
        if (s.size() == n && memcmp(w, s.data(), n) == 0) return k;
    }
    return -1;
}

struct Asm {
    const Str* op;  // the instruction's name, for the messages
    uint8_t* out;   // null in the first pass
    uint32_t pc;    // bytes from the start
    Dict* labels;
    bool bad;
    uint32_t i;  // the instruction being assembled
};

void fail(Asm& a, const char* fmt, ...) {
    if (a.bad) return;
    a.bad = true;
    va_list ap;
    va_start(ap, fmt);
    raise_v(&syntax_error_type, fmt, ap);
    va_end(ap);
}

void emit(Asm& a, uint32_t v, uint32_t bytes) {
    for (uint32_t k = 0; k < bytes; ++k, ++a.pc)
        if (a.out) a.out[a.pc] = k < 4 ? uint8_t(v >> 8 * k) : 0;
}

uint32_t reg(Asm& a, Value v, int max) {
    int r = reg_of(v);
    if (r == kNoReg) fail(a, "'%q' expects a register"_msg, a.op);
    if (r > max) fail(a, "'%q' expects at most r%d"_msg, a.op, max);
    return uint32_t(r) & 15;
}

// An int as the original's parser hands it over: one of its small ints (-2**30 < i < 2**30), or a bigger
// positive one truncated to 32 bits (not among data's operands); a more negative one is an expression it
// does not fold.
bool int_operand(Value v, bool small, uint32_t* out) {
    constexpr intptr_t kSmall = intptr_t(1) << 30;
    if (v.is_small()) {
        intptr_t i = v.small_value();
        return i > -kSmall && (i < kSmall || !small) && (*out = uint32_t(i), true);
    }
    if (small || !is_type(v, &int_type)) return false;
    const BigInt* b = v.as<BigInt>();
    return !b->neg && (*out = uint32_t(b->limb[0]), true);
}

uint32_t imm(Asm& a, Value v, uint32_t mask) {
    uint32_t i = 0;
    if (!int_operand(v, false, &i)) return fail(a, "'%q' expects an integer"_msg, a.op), 0;
    if (i & ~mask) fail(a, "'%q' integer 0x%x does not fit in mask 0x%x"_msg, a.op, i, mask);
    return i & mask;
}

// The branch's offset from pc + 4 in halfwords, checked to fit `bits` (signed): 0 in the first pass.
uint32_t rel(Asm& a, Value label, int bits) {
    if (!a.out) return 0;
    Value t;
    int32_t d = dict_lookup(a.labels, label, &t) == Lookup::Found
                    ? (int32_t(t.small_value()) - int32_t(a.pc + 4)) >> 1
                    : INT32_MAX;
    if (d < -(1 << (bits - 1)) || d >= 1 << (bits - 1)) fail(a, "branch not in range"_msg);
    return uint32_t(d) & ((1u << bits) - 1);
}

// The register set of push/pop: r0-r7 and `extra` (lr for push, pc for pop) as bit 8.
bool reglist(Asm& a, Value v, int extra, uint32_t* out) {
    if (!is_type(v, &tuple_type)) return fail(a, "'%q' expects {r0, r1, ...}"_msg, a.op), true;
    Tuple* t = v.as<Tuple>();
    uint32_t m = 0;
    for (size_t k = 0; k < t->len; ++k) {
        int r = reg_of(t->items[k]);
        if (r == kNoReg) return fail(a, "'%q' expects {r0, r1, ...}"_msg, a.op), true;
        if (r == extra)
            r = 8;
        else if (r > 7)
            return false;
        m |= 1u << r;
    }
    *out = m;
    return true;
}

// One instruction (x: its n operands); false: no such instruction with n operands.
bool instr(Asm& a, std::string_view op, const Value* x, size_t n) {
    int k = 0;
    uint32_t list = 0;
    if (op == "data") {
        uint32_t size = imm(a, x[0], 7);
        for (size_t i = 1; i < n; ++i) {
            uint32_t v;
            if (!int_operand(x[i], true, &v)) return fail(a, "'data' requires integer arguments"_msg), true;
            emit(a, v, size);
        }
        return true;
    }
    if (n == 1) {
        if (op == "label") {
            Value old;
            if (!is_str(x[0])) return fail(a, "'label' requires 1 argument"_msg), true;
            if (a.out) return true;
            if (dict_lookup(a.labels, x[0], &old) == Lookup::Found)
                return fail(a, "label redefined"_msg), true;
            if (!dict_store(a.labels, x[0], Value::small(a.pc))) a.bad = true;
            return true;
        }
        if (op == "align") {
            uint32_t m = imm(a, x[0], 0xFF);
            if (m) emit(a, 0, (m - a.pc % m) % m);
            return true;
        }
        if ((op == "b" || op == "bl" || (op.size() == 3 && op[0] == 'b' && find(conds, op.substr(1)) >= 0)) &&
            !is_str(x[0]))
            return fail(a, "'%q' expects a label"_msg, a.op), true;
        if (op == "b") return emit(a, 0xE000 | rel(a, x[0], 11), 2), true;
        if (op == "bl") {
            uint32_t d = rel(a, x[0], 22);
            return emit(a, (0xF800 | (d & 0x7FF)) << 16 | 0xF000 | d >> 11, 4), true;
        }
        if (op == "bx") return emit(a, 0x4700 | reg(a, x[0], 15) << 3, 2), true;
        if (op.size() == 3 && op[0] == 'b' && (k = find(conds, op.substr(1))) >= 0)
            return emit(a, 0xD000 | k << 8 | rel(a, x[0], 8), 2), true;
        if (op == "cpsid") return emit(a, 0xB672, 2), true;
        if (op == "cpsie") return emit(a, 0xB662, 2), true;
        if (op == "push" && reglist(a, x[0], kLr, &list)) return emit(a, 0xB400 | list, 2), true;
        if (op == "pop" && reglist(a, x[0], 15, &list)) return emit(a, 0xBC00 | list, 2), true;
        return false;
    }
    if (n == 2 && is_str(x[1])) {  // op(rd, rs)
        if (op == "mov") {
            uint32_t d = reg(a, x[0], 15);
            return emit(a, 0x4600 | reg(a, x[1], 15) << 3 | (d & 8) << 4 | (d & 7), 2), true;
        }
        if ((k = find(alu_ops, op)) < 0) return false;
        uint32_t d = reg(a, x[0], 7);
        return emit(a, 0x4000 | k << 6 | reg(a, x[1], 7) << 3 | d, 2), true;
    }
    if (n == 2) {
        if ((k = find(imm8_ops, op)) >= 0) {
            uint32_t d = reg(a, x[0], 7);
            return emit(a, 0x2000 | k << 11 | d << 8 | imm(a, x[1], 0xFF), 2), true;
        }
        if ((k = find(mem_ops, op)) < 0) return false;
        // [rb, offset]: another operand is no such instruction to the original, a longer list a bad offset.
        List* addr = is_type(x[1], &list_type) ? x[1].as<List>() : nullptr;
        if (!addr || addr->len < 2) return false;
        if (addr->len > 2) return fail(a, "'%q' expects an integer"_msg, a.op), true;
        uint32_t shift = k < 2 ? 2 : k < 4 ? 0 : 1;
        uint32_t t = reg(a, x[0], 7), b = reg(a, addr->items[0], 7);
        uint32_t off = imm(a, addr->items[1], 0x1F << shift) >> shift;
        return emit(a, (0x6000 + ((k >> 1) << 12) + ((k & 1) << 11)) | off << 6 | b << 3 | t, 2), true;
    }
    if (n == 3) {
        int shift = find(alu_ops, op);  // lsl, lsr, asr rd, rs, #imm5
        if ((shift < 2 || shift > 4) && (k = find(imm8_ops, op)) < 2)
            return false;  // add, sub rd, rs, rn / #imm3
        uint32_t d = reg(a, x[0], 7), s = reg(a, x[1], 7);
        if (shift >= 2 && shift <= 4)
            return emit(a, (shift - 2) << 11 | imm(a, x[2], 0x1F) << 6 | s << 3 | d, 2), true;
        uint32_t m = is_str(x[2]) ? reg(a, x[2], 7) : 16 | imm(a, x[2], 7);  // bit 10: an immediate
        return emit(a, 0x1800 | (k - 2) << 9 | m << 6 | s << 3 | d, 2), true;
    }
    return false;
}

bool assemble(Asm& a, Tuple* prog) {
    a.pc = 0;
    emit(a, 0xB5F0, 2);  // push {r4-r7, lr}
    for (a.i = 0; a.i < prog->len; ++a.i) {
        if (prog->items[a.i] == none()) continue;  // `pass`
        Tuple* ins = prog->items[a.i].as<Tuple>();
        a.op = ins->items[0].as<Str>();
        if (!instr(a, a.op->view(), ins->items + 1, ins->len - 1))
            fail(a, "unsupported Thumb instruction '%q' with %d arguments"_msg, a.op, int(ins->len - 1));
        if (a.bad) return false;  // a.i: the instruction at fault
    }
    emit(a, 0xBDF0, 2);  // pop {r4-r7, pc}
    return true;
}

#if MBPY_ASM_THUMB_NATIVE
uint32_t saved_sp;  // the caller's sp, restored after the code whatever it did with sp

// Calls the code at `entry` with r0-r3 = r[0..3]; returns r0.
uint32_t call_code(const uint8_t* entry, const uint32_t* r) {
    register uint32_t r0 asm("r0") = r[0];
    register uint32_t r1 asm("r1") = r[1];
    register uint32_t r2 asm("r2") = r[2];
    register uint32_t r3 asm("r3") = r[3];
    register uint32_t ip asm("r12") = uint32_t(entry) | 1;  // Thumb
    __asm__ volatile(
        "ldr r4, 1f\n\t"
        "mov r5, sp\n\t"
        "str r5, [r4]\n\t"
        "blx r12\n\t"
        "ldr r4, 1f\n\t"
        "ldr r4, [r4]\n\t"
        "mov sp, r4\n\t"
        "b 2f\n\t"
        ".align 2\n"
        "1: .word %c[slot]\n"
        "2:"
        : "+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3), "+r"(ip)
        : [slot] "i"(&saved_sp)
        : "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "lr", "memory", "cc");
    return r0;
}

bool run(const AsmFn* f, uint32_t* r) { return r[0] = call_code(f->code, r), true; }
#else
// ---- A Cortex-M0 running the code: the instructions the assembler writes
// ----------------------------------- sp starts at kStackTop over a stack of its own; other addresses are the
// board's (hal::bus_read32/ bus_write32: the GPIO). lr starts at kReturn: a branch there (bx(lr), pop of pc)
// returns.
constexpr uint32_t kStackWords = 64, kStackTop = 0x20004000, kStackBase = kStackTop - 4 * kStackWords;
constexpr uint32_t kReturn = 0xFFFFFFFE;

struct Cpu {
    uint32_t r[16];
    bool n, z, c, v;
    uint32_t stack[kStackWords];
};

uint32_t load(Cpu& m, uint32_t addr, uint32_t size) {
    uint32_t w =
        addr - kStackBase < 4 * kStackWords ? m.stack[(addr - kStackBase) / 4] : hal::bus_read32(addr & ~3u);
    uint32_t v = w >> (addr & 3) * 8;
    return size == 4 ? w : size == 2 ? v & 0xFFFF : v & 0xFF;
}

// A byte or halfword store writes its lanes alone: to a set/clear register the other bits stay as they are.
void store(Cpu& m, uint32_t addr, uint32_t v, uint32_t size) {
    uint32_t lanes = (size == 4 ? 0xFFFFFFFF : size == 2 ? 0xFFFF : 0xFF) << (addr & 3) * 8;
    v <<= (addr & 3) * 8;
    if (addr - kStackBase < 4 * kStackWords) {
        uint32_t& w = m.stack[(addr - kStackBase) / 4];
        w = (w & ~lanes) | (v & lanes);
    } else {
        hal::bus_write32(addr & ~3u, v & lanes);
    }
}

void set_nz(Cpu& m, uint32_t v) { m.n = v >> 31, m.z = v == 0; }

uint32_t add_c(Cpu& m, uint32_t a, uint32_t b, uint32_t carry) {
    uint64_t s = uint64_t(a) + b + carry;
    uint32_t v = uint32_t(s);
    m.c = s >> 32, m.v = ((a ^ v) & (b ^ v)) >> 31;
    set_nz(m, v);
    return v;
}

// lsl, lsr, asr, ror (kind 0-3) by n, setting N, Z and C as the CPU does (n == 0: C unchanged).
uint32_t shift(Cpu& m, int kind, uint32_t a, uint32_t n) {
    uint32_t v = a;
    if (n) {
        switch (kind) {
            case 0: m.c = n <= 32 && (a >> (32 - n)) & 1, v = n < 32 ? a << n : 0; break;
            case 1: m.c = n <= 32 && (a >> (n - 1)) & 1, v = n < 32 ? a >> n : 0; break;
            case 2:
                v = uint32_t(int32_t(a) >> (n < 32 ? n : 31)), m.c = n < 32 ? (a >> (n - 1)) & 1 : a >> 31;
                break;
            default: v = n & 31 ? a >> (n & 31) | a << (32 - (n & 31)) : a, m.c = v >> 31; break;
        }
    }
    set_nz(m, v);
    return v;
}

// The flag states (bit N << 3 | Z << 2 | C << 1 | V) in which each condition holds: a table, not a switch.
const uint16_t cond_taken[] = {0xF0F0, 0x0F0F, 0xCCCC, 0x3333, 0xFF00, 0x00FF, 0xAAAA,
                               0x5555, 0x0C0C, 0xF3F3, 0xAA55, 0x55AA, 0x0A05, 0xF5FA};

bool run(const AsmFn* f, uint32_t* args) {
    Cpu m{};
    for (int k = 0; k < 4; ++k) m.r[k] = args[k];
    m.r[13] = kStackTop;
    m.r[kLr] = kReturn | 1;
    m.c = true;  // the flags are the caller's: C is set at the call on the device and the original in QEMU
    uint32_t* r = m.r;
    uint32_t pc = 0;
    constexpr uint32_t kCyclesPerMs = 16000;  // the nRF51 runs at 16 MHz
    for (uint32_t cycles = 1;; ++cycles) {
        if (pc == kReturn) break;
        if (pc + 2 > f->size) return raise_runtime_error("asm_thumb: branch outside the code"_msg), false;
        if (cycles % kCyclesPerMs == 0) {
            hal::sleep_ms(1);  // board time passes as on the device
            if (state.interrupt) return raise(&keyboard_interrupt_type, ""_msg), false;
        }
        uint32_t h = f->code[pc] | f->code[pc + 1] << 8, at = pc;
        pc += 2;
        uint32_t d = h & 7, s = (h >> 3) & 7, n = (h >> 6) & 7, i5 = (h >> 6) & 31, i8 = h & 0xFF;
        switch (h >> 11) {
            case 0:
            case 1:
            case 2:  // lsl, lsr, asr rd, rs, #imm5 (lsr and asr #0: by 32)
                r[d] = shift(m, int(h >> 11), r[s], i5 || !(h >> 11) ? i5 : 32);
                break;
            case 3: {  // add, sub rd, rs, rn / #imm3
                uint32_t b = h & 0x400 ? n : r[n];
                r[d] = h & 0x200 ? add_c(m, r[s], ~b, 1) : add_c(m, r[s], b, 0);
                break;
            }
            case 4: r[(h >> 8) & 7] = i8, set_nz(m, i8); break;                  // mov rd, #imm8
            case 5: add_c(m, r[(h >> 8) & 7], ~i8, 1); break;                    // cmp
            case 6: r[(h >> 8) & 7] = add_c(m, r[(h >> 8) & 7], i8, 0); break;   // add
            case 7: r[(h >> 8) & 7] = add_c(m, r[(h >> 8) & 7], ~i8, 1); break;  // sub
            case 8:
                if (h & 0x400) {  // mov rd, rm (any registers); bx rm
                    uint32_t rm = (h >> 3) & 15, v = rm == 15 ? at + 4 : r[rm];
                    if ((h & 0xFF00) == 0x4700) {
                        pc = v & ~1u;
                    } else if ((h & 0xFF00) == 0x4600) {
                        uint32_t rd = (h & 7) | (h >> 4 & 8);
                        if (rd == 15)
                            pc = v & ~1u;
                        else
                            r[rd] = v;
                    } else {
                        goto unsupported;
                    }
                    break;
                }
                switch ((h >> 6) & 15) {  // the ALU: rd = rd op rs
                    case 0: set_nz(m, r[d] &= r[s]); break;
                    case 1: set_nz(m, r[d] ^= r[s]); break;
                    case 2:
                    case 3:
                    case 4: r[d] = shift(m, int((h >> 6) & 15) - 2, r[d], r[s] & 0xFF); break;
                    case 5: r[d] = add_c(m, r[d], r[s], m.c); break;
                    case 6: r[d] = add_c(m, r[d], ~r[s], m.c); break;
                    case 7: r[d] = shift(m, 3, r[d], r[s] & 0xFF); break;
                    case 8: set_nz(m, r[d] & r[s]); break;
                    case 9: r[d] = add_c(m, 0, ~r[s], 1); break;
                    case 10: add_c(m, r[d], ~r[s], 1); break;
                    case 11: add_c(m, r[d], r[s], 0); break;
                    case 12: set_nz(m, r[d] |= r[s]); break;
                    case 13: set_nz(m, r[d] *= r[s]); break;
                    case 14: set_nz(m, r[d] &= ~r[s]); break;
                    default: set_nz(m, r[d] = ~r[s]); break;
                }
                break;
            case 12:
            case 13:
            case 14:
            case 15:
            case 16:
            case 17: {  // str, ldr, strb, ldrb, strh, ldrh rt, [rb, #imm5 << size]
                uint32_t size = h >> 11 < 14 ? 4 : h >> 11 < 16 ? 1 : 2;
                uint32_t addr = r[s] + i5 * size;
                if (h & 0x800)
                    r[d] = load(m, addr, size);
                else
                    store(m, addr, r[d], size);
                break;
            }
            case 22:
            case 23:
                if ((h & 0xF600) == 0xB400) {  // push (bit 8: lr), pop (bit 8: pc)
                    uint32_t list = h & 0xFF, k = 0;
                    for (uint32_t b = list; b; b &= b - 1) ++k;
                    if (h & 0x800) {
                        for (uint32_t j = 0; j < 8; ++j)
                            if (list >> j & 1) r[j] = load(m, r[13], 4), r[13] += 4;
                        if (h & 0x100) pc = load(m, r[13], 4) & ~1u, r[13] += 4;
                    } else {
                        if (r[13] - kStackBase < 4 * (k + (h >> 8 & 1)))
                            return raise_runtime_error("asm_thumb: stack overflow"_msg), false;
                        if (h & 0x100) r[13] -= 4, store(m, r[13], r[kLr], 4);
                        for (int j = 7; j >= 0; --j)
                            if (list >> j & 1) r[13] -= 4, store(m, r[13], r[j], 4);
                    }
                } else if (h != 0xB672 && h != 0xB662 && h != 0xBF00 && h != 0xBF30) {
                    goto unsupported;  // cpsid, cpsie (no interrupts to mask here), nop, wfi: nothing
                }
                break;
            case 26:
            case 27:
                if (((h >> 8) & 15) >= 14) goto unsupported;
                if ((cond_taken[(h >> 8) & 15] >> (m.n << 3 | m.z << 2 | m.c << 1 | m.v)) & 1)
                    pc = at + 4 + uint32_t(int32_t(int8_t(i8)) * 2);
                break;
            case 28: pc = at + 4 + uint32_t((int32_t(h << 21) >> 21) * 2); break;  // b
            case 30: {                                                             // bl: two halfwords
                if (pc + 2 > f->size) goto unsupported;
                uint32_t lo = f->code[pc] | f->code[pc + 1] << 8;
                r[kLr] = (at + 4) | 1;
                pc = at + 4 + uint32_t((int32_t(((h & 0x7FF) << 11 | (lo & 0x7FF)) << 10) >> 10) * 2);
                break;
            }
            default:
            unsupported:
                return raise_runtime_error("asm_thumb: instruction %04x not run here"_msg, unsigned(h)),
                       false;
        }
    }
    args[0] = r[0];
    return true;
}
#endif  // MBPY_ASM_THUMB_NATIVE

// Arguments as MicroPython passes them: an int's value (truncated to 32 bits), a float's int part, and on
// the device the address of a str's data, of a tuple's or list's items, of a writable buffer's data (not
// bytes'), else of the object; the result as the return annotation says. Where the model runs the code, an
// argument is a number (its memory is the bus).
Value asm_call(Value self, const Args& args) {
    const AsmFn* f = self.as<AsmFn>();
    if (args.n_kw) return raise_type_error("function does not take keyword arguments"_msg);
    if (args.n_pos != f->n_params) {
        return raise_type_error("function takes %d positional arguments but %d were given"_msg,
                                int(f->n_params), int(args.n_pos));
    }
    uint32_t r[4] = {};
    for (size_t i = 0; i < args.n_pos; ++i) {
        Value x = args.pos[i], v = int_of(x);
        if (v) {  // truncated to 32 bits: 0xFFFFFFFF is -1
            const BigInt* b = v.as<BigInt>();
            r[i] = v.is_small() ? uint32_t(v.small_value())
                   : b->neg     ? 0 - uint32_t(b->limb[0])
                                : uint32_t(b->limb[0]);
        } else if (is_type(x, &float_type)) {  // the int part, saturated (NaN: the largest) as the CPU's
            Float d = float_value(x);
#if MBPY_ASM_THUMB_NATIVE
            r[i] = uint32_t(int32_t(d));  // __aeabi_f2iz, which saturates
#else
            r[i] = d < Float(-2147483648.0)  ? 0x80000000u
                   : d < Float(2147483648.0) ? uint32_t(int32_t(d))
                                             : 0x7FFFFFFFu;
#endif
        } else {
#if MBPY_ASM_THUMB_NATIVE
            // A str's data, a tuple's or list's items, a writable buffer's data, else the object itself.
            std::string_view buf;
            const Str* s = str_of(x);
            r[i] = s                                                 ? uint32_t(s->data)
                   : is_type(x, &tuple_type)                         ? uint32_t(x.as<Tuple>()->items)
                   : is_type(x, &list_type)                          ? uint32_t(x.as<List>()->items)
                   : !is_type(x, &bytes_type) && get_buffer(x, &buf) ? uint32_t(buf.data())
                                                                     : uint32_t(x.bits());
#else
            return raise_type_error("can't convert %T to int"_msg, x);
#endif
        }
    }
    if (!run(f, r)) return {};
    if (f->ret == asm_return_bool) return py_bool(r[0] != 0);
    if (f->ret == asm_return_object) {  // the object whose bits r0 holds: a small int, or an address
        if (r[0] & 1) return Value::small(intptr_t(int32_t(r[0])) >> 1);
        return MBPY_ASM_THUMB_NATIVE && r[0] ? Value::from_bits(r[0]) : none();
    }
    return make_int_ll(f->ret == asm_return_uint ? (long long)r[0] : (long long)int32_t(r[0]));
}

bool asm_print(Printer& out, Value self, PrintKind) {
    out.printf("<function %q>", self.as<AsmFn>()->name);
    return true;
}

}  // namespace

const Type asm_function_type =
    builtin_type({.name = &q_function, .flags = type_flag_eq_identity, .print = asm_print, .call = asm_call});

Value asm_thumb_function(Tuple* prog, const Str* name, uint32_t n_params, AsmReturn ret, int32_t* at) {
    Asm a{};
    *at = -1;
    a.labels = new_dict(8);
    if (!a.labels) return {};
    AsmFn* f = nullptr;
    if (assemble(a, prog) && (f = alloc<AsmFn>(&asm_function_type)) &&
        (f->code = static_cast<uint8_t*>(alloc_raw(a.pc)))) {
        f->name = name;
        f->size = a.pc;
        f->n_params = uint8_t(n_params);
        f->ret = uint8_t(ret);
        a.out = f->code;
        if (assemble(a, prog)) return Value(f);
    }
    if (a.bad && pending()) *at = int32_t(a.i);
    return {};
}

}  // namespace core

#endif  // MBPY_ASM_THUMB
