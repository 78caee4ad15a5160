// @micropython.asm_thumb on a board that cannot run Thumb code (the simulator): the compiler turns the
// function's body into a list of (op, operands...) and this file decodes and interprets it. The
// instructions micro:bit programs use are covered; memory accesses go to the HAL's peripheral bus.
#include "core/asm_thumb.hpp"
#include "core/names.hpp"

#include <string.h>

#include "core/hal.hpp"
#include "core/obj_containers.hpp"

#if MBPY_ASM_THUMB  // core/config.hpp

namespace core {
namespace {

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
constexpr int kNoReg = -1;
constexpr int kLr = 14, kSp = 13;

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
                        if (r[kSp] == 0) return raise(&runtime_error_type, "asm_thumb: stack overflow"_msg);
                        stack[--r[kSp]] = r[k];
                    }
                break;
            case Op::pop:
                for (int k = 0; k < 16; ++k)
                    if (in.imm & (1 << k)) {
                        if (r[kSp] >= 64) return raise(&runtime_error_type, "asm_thumb: stack underflow"_msg);
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

bool asm_print(Printer& out, Value self, PrintKind) {
    out.printf("<function %q>", self.as<AsmFn>()->name);
    return true;
}

Value asm_make(const Args& a) {
    if (a.n_pos != 2 || !is_type(a.pos[0], &tuple_type) || !is_str(a.pos[1])) {
        return raise(&type_error_type, "asm_thumb: bad program"_msg);
    }
    return decode(a.pos[1].as<Str>(), a.pos[0].as<Tuple>());
}

}  // namespace

const Type asm_function_type =
    builtin_type({.name = &q_function, .flags = type_flag_eq_identity, .print = asm_print, .call = asm_call});
const NativeFunction asm_thumb_make = native(q_asm_thumb, asm_make, 2, 2);

}  // namespace core

#endif  // MBPY_ASM_THUMB
