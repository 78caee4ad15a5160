// @micropython.asm_thumb. The compiler turns the function's body into a tuple of (op, operands...) and
// this file makes a function of it. On the micro:bit (MBPY_ASM_THUMB_NATIVE) it assembles them into Thumb-1
// machine code in a heap block and calls it; on a board that cannot run Thumb code (the simulator) it
// decodes and interprets them, with memory accesses going to the HAL's peripheral bus.
#include "core/asm_thumb.hpp"
#include "core/names.hpp"

#include <stdarg.h>
#include <string.h>

#include "core/hal.hpp"
#include "core/obj_containers.hpp"
#include "core/text.hpp"

#if MBPY_ASM_THUMB  // core/config.hpp

namespace core {
namespace {

constexpr int kNoReg = -1;
constexpr int kLr = 14, kSp = 13;

int reg_of(Value v) {
    if (!is_str(v)) return kNoReg;
    std::string_view s = v.as<Str>()->view();
    if (s == "lr") return kLr;
    if (s == "sp") return kSp;
    if (s == "pc") return 15;
    if (s.size() >= 2 && s[0] == 'r' && s[1] >= '0' && s[1] <= '9') {
        int r = s[1] - '0';
        if (s.size() == 3 && s[2] >= '0' && s[2] <= '9') r = r * 10 + (s[2] - '0');
        return s.size() <= 3 && r <= 15 ? r : kNoReg;
    }
    return kNoReg;
}

#if MBPY_ASM_THUMB_NATIVE
// ---- Thumb-1 machine code (ARMv6-M), as MicroPython's emitinlinethumb.c on the nRF51 ----------------------
// Two passes over the program: the first finds the labels' offsets and the code's size, the second writes
// the code. Every instruction is 2 bytes but bl (4), data and align; the code is wrapped in
// push {r4-r7, lr} ... pop {r4-r7, pc}. The messages are the original firmware's.

struct AsmFn : Obj {
    const Str* name;
    uint8_t* code;
};

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

uint32_t imm(Asm& a, Value v, uint32_t mask) {
    if (!v.is_small()) return fail(a, "'%q' expects an integer"_msg, a.op), 0;
    uint32_t i = uint32_t(v.small_value());
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
    int k;
    uint32_t list = 0;
    if (n == 0) {
        if (op == "nop") return emit(a, 0xBF00, 2), true;
        if (op == "wfi") return emit(a, 0xBF30, 2), true;
        return false;
    }
    if (op == "data") {
        uint32_t size = imm(a, x[0], 7);
        for (size_t i = 1; i < n; ++i) {
            if (!x[i].is_small()) return fail(a, "'data' requires integer arguments"_msg), true;
            emit(a, uint32_t(x[i].small_value()), size);
        }
        return true;
    }
    if (n == 1) {
        if (op == "label") {
            Value old;
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
        Tuple* addr = is_type(x[1], &tuple_type) ? x[1].as<Tuple>() : nullptr;
        if (!addr || addr->len != 2)
            return fail(a, "'%q' expects an address of the form [a, b]"_msg, a.op), true;
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
    for (size_t i = 0; i < prog->len && !a.bad; ++i) {
        Tuple* ins = prog->items[i].as<Tuple>();
        a.op = ins->items[0].as<Str>();
        if (!instr(a, a.op->view(), ins->items + 1, ins->len - 1))
            fail(a, "unsupported Thumb instruction '%q' with %d arguments"_msg, a.op, int(ins->len - 1));
    }
    emit(a, 0xBDF0, 2);  // pop {r4-r7, pc}
    return !a.bad;
}

Value asm_make(const Args& args) {
    if (args.n_pos != 2 || !is_type(args.pos[0], &tuple_type) || !is_str(args.pos[1])) {
        return raise_type_error("asm_thumb: bad program"_msg);
    }
    Tuple* prog = args.pos[0].as<Tuple>();
    Asm a{};
    a.labels = new_dict(8);
    if (!a.labels || !assemble(a, prog)) return {};
    AsmFn* f = alloc<AsmFn>(&asm_function_type);
    if (!f || !(f->code = static_cast<uint8_t*>(alloc_raw(a.pc)))) return {};
    f->name = args.pos[1].as<Str>();
    a.out = f->code;
    if (!assemble(a, prog)) return {};
    return Value(f);
}

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

// Arguments as MicroPython passes them: an int's value, a buffer's address (bytearray, bytes, str).
Value asm_call(Value self, const Args& args) {
    uint32_t r[4] = {};
    for (size_t i = 0; i < args.n_pos && i < 4; ++i) {
        std::string_view buf;
        intptr_t v;
        if (const Str* s = str_of(args.pos[i])) {
            v = intptr_t(s->data);
        } else if (get_buffer(args.pos[i], &buf)) {
            v = intptr_t(buf.data());
        } else if (!to_intptr(args.pos[i], &v)) {
            return {};
        }
        r[i] = uint32_t(v);
    }
    return make_int(int32_t(call_code(self.as<AsmFn>()->code, r)));
}

#else
enum class Op : uint8_t {
    mov,
    add,
    sub,
    lsl,
    lsr,
    asr,
    and_,
    orr,
    eor,
    mvn,
    neg,
    mul,
    cmp,
    b,
    bl,
    bx,
    ldr,
    str,
    ldrb,
    strb,
    ldrh,
    strh,
    push,
    pop,
    nop,
    count
};
const char* const op_names[] = {"mov",  "add",  "sub",  "lsl",  "lsr",  "asr", "and_", "orr", "eor",
                                "mvn",  "neg",  "mul",  "cmp",  "b",    "bl",  "bx",   "ldr", "str",
                                "ldrb", "strb", "ldrh", "strh", "push", "pop", "nop"};
// Conditional branches: b<cond>(label).
const char* const cond_names[] = {"beq", "bne", "bcs", "bcc", "bmi", "bpl", "bvs",
                                  "bvc", "bhi", "bls", "bge", "blt", "bgt", "ble"};
// The flag states (bit N << 3 | Z << 2 | C << 1 | V) in which each of them branches: a table, not a switch.
const uint16_t cond_taken[] = {0xF0F0, 0x0F0F, 0xCCCC, 0x3333, 0xFF00, 0x00FF, 0xAAAA,
                               0x5555, 0x0C0C, 0xF3F3, 0xAA55, 0x55AA, 0x0A05, 0xF5FA};

struct Instr {
    Op op;
    int8_t cond;  // -1: always
    int8_t rd, rn, rm;
    int32_t imm;  // immediate, branch target or register mask
    bool has_imm;
};

struct AsmFn : Obj {
    const Str* name;
    Instr* code;
    uint32_t n;
};

Value asm_error(const Str* fn, uint32_t i, const char* what) {
    return raise(&syntax_error_type, "asm_thumb: %m in instruction %d of %q"_msg, what, int(i + 1), fn);
}

// Resolves labels and operands into Instrs.
Value decode(const Str* name, Tuple* prog) {
    AsmFn* f = alloc<AsmFn>(&asm_function_type);
    if (!f) return {};
    f->name = name;
    f->code = static_cast<Instr*>(alloc_raw(sizeof(Instr) * (prog->len + 1)));
    if (!f->code) return {};
    // Labels first: label(x) marks the index of the next real instruction.
    Dict* labels = new_dict(8);
    if (!labels) return {};
    uint32_t n = 0;
    for (size_t i = 0; i < prog->len; ++i) {
        Tuple* ins = prog->items[i].as<Tuple>();
        if (ins->items[0].as<Str>()->view() == "label") {
            if (ins->len != 2 || !dict_store(labels, ins->items[1], Value::small(n)))
                return asm_error(name, i, "bad label"_msg);
        } else if (ins->items[0].as<Str>()->view() != "cpsid" && ins->items[0].as<Str>()->view() != "cpsie") {
            ++n;
        }
    }
    auto target = [&](Value v, int32_t* out) {
        Value t;
        if (dict_lookup(labels, v, &t) != Lookup::Found) return false;
        *out = int32_t(t.small_value());
        return true;
    };
    n = 0;
    for (size_t i = 0; i < prog->len; ++i) {
        Tuple* ins = prog->items[i].as<Tuple>();
        std::string_view op = ins->items[0].as<Str>()->view();
        if (op == "label" || op == "cpsid" || op == "cpsie") continue;  // interrupts: nothing to mask here
        Instr in{Op::count, -1, kNoReg, kNoReg, kNoReg, 0, false};
        for (int k = 0; k < int(Op::count); ++k)
            if (op == op_names[k]) in.op = Op(k);
        for (int k = 0; k < 14; ++k)
            if (op == cond_names[k]) in.op = Op::b, in.cond = int8_t(k);
        if (in.op == Op::count) return asm_error(name, i, "unknown instruction"_msg);
        const Value* a = ins->items + 1;
        size_t na = ins->len - 1;
        switch (in.op) {
            case Op::b:
            case Op::bl:
                if (na != 1 || !target(a[0], &in.imm)) return asm_error(name, i, "unknown label"_msg);
                break;
            case Op::bx:
            case Op::nop: in.rm = na ? int8_t(reg_of(a[0])) : int8_t(kLr); break;
            case Op::push:
            case Op::pop: {
                if (na != 1 || !is_type(a[0], &tuple_type))
                    return asm_error(name, i, "expected a register set"_msg);
                Tuple* regs = a[0].as<Tuple>();
                for (size_t k = 0; k < regs->len; ++k) {
                    int r = reg_of(regs->items[k]);
                    if (r == kNoReg) return asm_error(name, i, "bad register"_msg);
                    in.imm |= 1 << r;
                }
                break;
            }
            case Op::ldr:
            case Op::str:
            case Op::ldrb:
            case Op::strb:
            case Op::ldrh:
            case Op::strh: {
                if (na != 2 || !is_type(a[1], &tuple_type))
                    return asm_error(name, i, "expected rt, [rn, offset]"_msg);
                Tuple* addr = a[1].as<Tuple>();
                in.rd = int8_t(reg_of(a[0]));
                in.rn = addr->len ? int8_t(reg_of(addr->items[0])) : int8_t(kNoReg);
                in.imm =
                    addr->len > 1 && addr->items[1].is_small() ? int32_t(addr->items[1].small_value()) : 0;
                if (in.rd == kNoReg || in.rn == kNoReg) return asm_error(name, i, "bad register"_msg);
                break;
            }
            default: {
                // op(rd, rn_or_imm) or op(rd, rn, rm_or_imm)
                if (na < 1 || na > 3) return asm_error(name, i, "wrong number of operands"_msg);
                in.rd = int8_t(reg_of(a[0]));
                if (in.rd == kNoReg) return asm_error(name, i, "bad register"_msg);
                Value last = a[na - 1];
                if (na == 3) in.rn = int8_t(reg_of(a[1]));
                if (last.is_small()) {
                    in.imm = int32_t(last.small_value());
                    in.has_imm = true;
                } else {
                    in.rm = int8_t(reg_of(last));
                    if (in.rm == kNoReg) return asm_error(name, i, "bad operand"_msg);
                }
                if (na == 2) in.rn = in.rd;
                if (na == 3 && in.rn == kNoReg) return asm_error(name, i, "bad register"_msg);
                break;
            }
        }
        f->code[n++] = in;
    }
    f->n = n;
    return Value(f);
}

Value run(AsmFn* f, const Args& args) {
    uint32_t r[16] = {};
    for (size_t i = 0; i < args.n_pos && i < 4; ++i) {
        intptr_t v;
        if (!to_intptr(args.pos[i], &v)) return {};
        r[i] = uint32_t(v);
    }
    uint32_t stack[64];
    r[kSp] = 64;  // index into `stack` (word granular)
    constexpr uint32_t kReturn = 0xFFFFFFFF;
    r[kLr] = kReturn;
    bool N = false, Z = false, C = false, V = false;
    uint64_t cycles = 0;
    constexpr uint32_t kCyclesPerMs = 16000;  // the nRF51 runs at 16 MHz
    uint32_t pc = 0;
    while (pc < f->n) {
        const Instr& in = f->code[pc++];
        if (++cycles % kCyclesPerMs == 0) {
            hal::sleep_ms(1);  // board time passes as on the device
            if (state.interrupt) return raise(&keyboard_interrupt_type, ""_msg);
        }
        uint32_t b = in.has_imm ? uint32_t(in.imm) : in.rm >= 0 ? r[in.rm] : 0;
        uint32_t a = in.rn >= 0 ? r[in.rn] : 0;
        auto set_nz = [&](uint32_t v) { N = int32_t(v) < 0, Z = v == 0; };
        switch (in.op) {
            case Op::mov: r[in.rd] = b, set_nz(b); break;
            case Op::add: {
                uint64_t s = uint64_t(a) + b;
                uint32_t v = uint32_t(s);
                C = s >> 32, V = ((a ^ v) & (b ^ v)) >> 31;
                r[in.rd] = v, set_nz(v);
                break;
            }
            case Op::sub:
            case Op::cmp: {
                uint32_t x = in.op == Op::cmp ? r[in.rd] : a;
                uint32_t v = x - b;
                C = x >= b, V = ((x ^ b) & (x ^ v)) >> 31;
                if (in.op == Op::sub) r[in.rd] = v;
                set_nz(v);
                break;
            }
            case Op::lsl: r[in.rd] = b >= 32 ? 0 : a << b, set_nz(r[in.rd]); break;
            case Op::lsr: r[in.rd] = b >= 32 ? 0 : a >> b, set_nz(r[in.rd]); break;
            case Op::asr: r[in.rd] = uint32_t(int32_t(a) >> (b >= 32 ? 31 : b)), set_nz(r[in.rd]); break;
            case Op::and_: r[in.rd] &= b, set_nz(r[in.rd]); break;
            case Op::orr: r[in.rd] |= b, set_nz(r[in.rd]); break;
            case Op::eor: r[in.rd] ^= b, set_nz(r[in.rd]); break;
            case Op::mvn: r[in.rd] = ~b, set_nz(r[in.rd]); break;
            case Op::neg: r[in.rd] = 0 - b, set_nz(r[in.rd]); break;
            case Op::mul: r[in.rd] *= b, set_nz(r[in.rd]); break;
            case Op::b:
                if (in.cond < 0 || (cond_taken[in.cond] >> (N << 3 | Z << 2 | C << 1 | V)) & 1)
                    pc = uint32_t(in.imm);
                break;
            case Op::bl: r[kLr] = pc, pc = uint32_t(in.imm); break;
            case Op::bx: pc = r[in.rm]; break;
            case Op::push:
                for (int k = 15; k >= 0; --k)
                    if (in.imm & (1 << k)) {
                        if (r[kSp] == 0) return raise_runtime_error("asm_thumb: stack overflow"_msg);
                        stack[--r[kSp]] = r[k];
                    }
                break;
            case Op::pop:
                for (int k = 0; k < 16; ++k)
                    if (in.imm & (1 << k)) {
                        if (r[kSp] >= 64) return raise_runtime_error("asm_thumb: stack underflow"_msg);
                        uint32_t v = stack[r[kSp]++];
                        if (k == 15)
                            pc = v;  // pop {pc}: return
                        else
                            r[k] = v;
                    }
                break;
            case Op::ldr:
            case Op::ldrb:
            case Op::ldrh: {
                uint32_t v = hal::bus_read32((r[in.rn] + uint32_t(in.imm)) & ~3u);
                uint32_t shift = ((r[in.rn] + uint32_t(in.imm)) & 3u) * 8;
                r[in.rd] = in.op == Op::ldr    ? v
                           : in.op == Op::ldrb ? (v >> shift) & 0xFF
                                               : (v >> shift) & 0xFFFF;
                break;
            }
            case Op::str:
            case Op::strb:
            case Op::strh: hal::bus_write32(r[in.rn] + uint32_t(in.imm), r[in.rd]); break;
            case Op::nop: break;
            default: break;
        }
        if (pc == kReturn) break;
    }
    return make_int(int32_t(r[0]));
}

Value asm_call(Value self, const Args& args) { return run(self.as<AsmFn>(), args); }

Value asm_make(const Args& a) {
    if (a.n_pos != 2 || !is_type(a.pos[0], &tuple_type) || !is_str(a.pos[1])) {
        return raise_type_error("asm_thumb: bad program"_msg);
    }
    return decode(a.pos[1].as<Str>(), a.pos[0].as<Tuple>());
}

#endif  // MBPY_ASM_THUMB_NATIVE

bool asm_print(Printer& out, Value self, PrintKind) {
    out.printf("<function %q>", self.as<AsmFn>()->name);
    return true;
}

}  // namespace

const Type asm_function_type =
    builtin_type({.name = &q_function, .flags = type_flag_eq_identity, .print = asm_print, .call = asm_call});
const NativeFunction asm_thumb_make = native(q_asm_thumb, asm_make, 2, 2);

}  // namespace core

#endif  // MBPY_ASM_THUMB
