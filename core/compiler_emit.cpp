// The compiler's emitter: bytecode buffer, constants, names, line table, stack depth, Code objects.
#include <cstring>

#include "core/compiler_impl.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/obj_exception.hpp"

namespace core {

namespace {
bool code_print(Printer& out, Value self, PrintKind) {
    Code* c = self.as<Code>();
    out.write("<code object ");
    out.write(c->name->view());
    out.printf(" at 0x%x>", unsigned(uintptr_t(c)));
    return true;
}
}  // namespace

const Type code_type = builtin_type(
    {.name = &q_code, .flags = type_flag_eq_identity, .print = code_print, .base = &object_type});

namespace comp {

namespace {
constexpr signed char effects[] = {
#define MBPY_OP_EFFECT(name, operand, effect, doc) (effect == 'v' ? 0 : effect),
    MBPY_OPCODES(MBPY_OP_EFFECT)
#undef MBPY_OP_EFFECT
};

}  // namespace

int op_effect(Op op) { return effects[int(op)]; }

const Str* error_filename;  // the file being compiled, for SyntaxError's traceback entry
const Str* error_scope;     // the innermost scope being compiled

bool syntax_error(Node* n, const char* msg, const Str* name) {
    if (pending()) return false;
    raise(&syntax_error_type, msg, name);
    if (error_filename && n)
        exception_add_traceback(state.exc, error_filename, n->line,
                                error_scope ? error_scope : &q_angle_module);
    return false;
}

bool unit_init(Unit* u, Scope* scope, uint32_t first_line) {
    *u = Unit{};
    u->scope = scope;
    u->first_line = u->last_line = first_line;
    u->consts = new_list(0);
    u->names = new_list(0);
    return u->consts && u->names;
}

void emit_byte(Unit* u, uint8_t b) {
    if (u->failed) return;
    if (!grow_array(u->code, u->cap, u->len + 1, 64, 32)) {
        u->failed = true;
        return;
    }
    u->code[u->len++] = b;
}

void adjust_depth(Unit* u, int delta) {
    u->depth += delta;
    if (u->depth > u->max_depth) u->max_depth = u->depth;
}

static void emit_varuint(Unit* u, uint32_t v) {
    do {
        uint8_t b = v & 0x7F;
        v >>= 7;
        emit_byte(u, b | (v ? 0x80 : 0));
    } while (v);
}

void emit_op(Unit* u, Op op, int effect) {
    emit_byte(u, uint8_t(op));
    adjust_depth(u, effect);
}

void emit_op_u(Unit* u, Op op, uint32_t arg, int effect) {
    emit_byte(u, uint8_t(op));
    emit_varuint(u, arg);
    adjust_depth(u, effect);
}

void emit_op_uu(Unit* u, Op op, uint32_t a, uint32_t b, int effect) {
    emit_byte(u, uint8_t(op));
    emit_varuint(u, a);
    emit_varuint(u, b);
    adjust_depth(u, effect);
}

void emit_jump(Compiler* c, Op op, uint32_t label, int effect) {
    Unit* u = c->u;
    Label& l = c->labels[label];
    emit_byte(u, uint8_t(op));
    uint32_t site = u->len;
    uint32_t v = l.target;
    if (v == no_label) {
        v = l.chain;
        l.chain = site;
    }
    emit_byte(u, uint8_t(v));
    emit_byte(u, uint8_t(v >> 8));
    adjust_depth(u, effect);
}

void bind_label(Compiler* c, uint32_t label) {
    Unit* u = c->u;
    Label& l = c->labels[label];
    l.target = u->len;
    if (u->len >= no_label) {
        if (!u->failed) raise_runtime_error("code too big"_msg);
        u->failed = true;
        return;
    }
    uint32_t site = l.chain;
    while (site != no_label && !u->failed) {
        uint32_t next = u->code[site] | (uint32_t(u->code[site + 1]) << 8);
        u->code[site] = uint8_t(l.target);
        u->code[site + 1] = uint8_t(l.target >> 8);
        site = next;
    }
    l.chain = no_label;
}

static bool same_const(Value a, Value b) {
    if (a == b) return true;
    if (a.is_obj() && b.is_obj() && type_of(a) == type_of(b) &&
        (type_of(a) == &str_type || type_of(a) == &bytes_type))
        return str_equal(a.as<Str>(), b.as<Str>());
    return false;
}

uint32_t const_index(Unit* u, Value v) {
    core::List* l = u->consts;
    for (size_t i = 0; i < l->len; ++i)
        if (same_const(l->items[i], v)) return uint32_t(i);
    if (!list_append(l, v)) u->failed = true;
    return uint32_t(l->len - 1);
}

uint32_t name_index(Unit* u, const Str* name) {
    core::List* l = u->names;
    for (size_t i = 0; i < l->len; ++i)
        if (l->items[i].as<Str>() == name) return uint32_t(i);
    if (!list_append(l, Value(name))) u->failed = true;
    return uint32_t(l->len - 1);
}

void emit_small_int(Unit* u, intptr_t i) {
    emit_byte(u, uint8_t(Op::LOAD_SMALL_INT));
    uintptr_t z = (uintptr_t(i) << 1) ^ uintptr_t(i >> (sizeof(intptr_t) * 8 - 1));
    do {
        uint8_t b = z & 0x7F;
        z >>= 7;
        emit_byte(u, b | (z ? 0x80 : 0));
    } while (z);
    adjust_depth(u, 1);
}

void emit_const(Unit* u, Value v) {
    if (v == none()) return emit_op(u, Op::LOAD_NONE, 1);
    if (v == py_bool(true)) return emit_op(u, Op::LOAD_TRUE, 1);
    if (v == py_bool(false)) return emit_op(u, Op::LOAD_FALSE, 1);
    if (v.is_small()) return emit_small_int(u, v.small_value());
    emit_op_u(u, Op::LOAD_CONST, const_index(u, v), 1);
}

// Line table: (bytecode delta, line delta) byte pairs, each delta split into steps that fit.
void set_line(Unit* u, uint32_t line) {
    if (line == 0 || line == u->last_line || u->failed || state.opt_level >= 3) return;
    uint32_t dpc = u->len - u->last_line_offset;
    int dline = int(line) - int(u->last_line);
    while (dpc > 255 || dline > 127 || dline < -128) {
        uint32_t step_pc = dpc > 255 ? 255 : dpc;
        int step_line = dline > 127 ? 127 : dline < -128 ? -128 : dline;
        if (dpc > 255) step_line = 0;
        if (!grow_array(u->lines, u->lines_cap, u->lines_len + 2, 64, 32)) return void(u->failed = true);
        u->lines[u->lines_len++] = uint8_t(step_pc);
        u->lines[u->lines_len++] = uint8_t(int8_t(step_line));
        dpc -= step_pc;
        dline -= step_line;
    }
    if (!grow_array(u->lines, u->lines_cap, u->lines_len + 2, 64, 32)) return void(u->failed = true);
    u->lines[u->lines_len++] = uint8_t(dpc);
    u->lines[u->lines_len++] = uint8_t(int8_t(dline));
    u->last_line = line;
    u->last_line_offset = u->len;
}

namespace {
// The empty tuples of every code object (most functions have no cells, many no constants or names): a
// header less in the block for each.
constexpr core::ConstTuple<0> no_items = {{&tuple_type}, 0, {}};

size_t tuple_bytes(uint32_t n) { return n ? sizeof(core::Tuple) + n * sizeof(Value) : 0; }
// A tuple of `n` items (to be filled) laid out at `at` inside the code object's block, which moves past
// it. Such a tuple is never handed out as a value, so it needs no block of its own: the code block keeps
// its items alive.
core::Tuple* place_tuple(uint8_t*& at, uint32_t n) {
    if (!n) return no_items.tuple();
    auto* t = reinterpret_cast<core::Tuple*>(at);
    t->type = &tuple_type;
    t->len = n;
    at += tuple_bytes(n);
    return t;
}
void copy_names(Value* to, const Str* const* names, uint32_t n) {
    for (uint32_t i = 0; i < n; ++i) to[i] = Value(names[i]);
}
}  // namespace

// One block per code object: the header, its four tuples (those not empty), then the bytecode, the line table
// and cell2arg. A small function was eight blocks of ~450 bytes, mostly headers and rounding; it is one of
// ~300 now, which matters while a module compiles in the device's 16 KB.
Code* unit_finish(Compiler* c, Unit* u, const Str* name, uint16_t flags, uint8_t n_pos, uint8_t n_posonly,
                  uint8_t n_kwonly) {
    if (u->failed || pending()) return nullptr;
    if (u->len >= no_label) {
        raise_runtime_error("code too big"_msg);
        return nullptr;
    }
    Scope* s = u->scope;
    uint32_t n_cellnames = s->n_cells + s->n_frees;
    size_t tuples = tuple_bytes(u->consts->len) + tuple_bytes(u->names->len) + tuple_bytes(s->n_locals) +
                    tuple_bytes(n_cellnames);
    // Long bytecode and line tables stay in the unit's buffers, cut to size in place: copying them into
    // the code object would need both at once, and a run of free blocks as long as the code (on a 16 KB
    // device, what a module's compile runs out of first). Short ones (most functions) are copied after
    // cell2arg: two blocks less, about 24 B of a small function on the device.
    constexpr uint32_t inline_max = 64;
    uint32_t inlined = u->len + u->lines_len <= inline_max ? u->len + u->lines_len : 0;
    Code* code = alloc<Code>(&code_type, tuples + s->n_cells + inlined);
    if (!code) return nullptr;
    uint8_t* at = reinterpret_cast<uint8_t*>(code + 1);
    code->consts = place_tuple(at, u->consts->len);
    if (u->consts->len) memcpy(code->consts->items, u->consts->items, u->consts->len * sizeof(Value));
    code->names = place_tuple(at, u->names->len);
    if (u->names->len) memcpy(code->names->items, u->names->items, u->names->len * sizeof(Value));
    code->varnames = place_tuple(at, s->n_locals);
    copy_names(code->varnames->items, s->locals, s->n_locals);
    code->cellnames = place_tuple(at, n_cellnames);  // the cells, then the free variables
    copy_names(code->cellnames->items, s->cells, s->n_cells);
    copy_names(code->cellnames->items + s->n_cells, s->frees, s->n_frees);
    auto take = [](uint8_t*& buf, uint32_t len) {  // shrinking never moves a block
        uint8_t* kept = len ? static_cast<uint8_t*>(gc::realloc(buf, len)) : nullptr;
        if (len) buf = nullptr;
        return kept;
    };
    if (inlined) {
        uint8_t* tail = at + s->n_cells;
        if (u->len) code->bytecode = static_cast<uint8_t*>(memcpy(tail, u->code, u->len));
        if (u->lines_len) code->lines = static_cast<uint8_t*>(memcpy(tail + u->len, u->lines, u->lines_len));
    } else {
        code->bytecode = take(u->code, u->len);
        code->lines = take(u->lines, u->lines_len);
    }
    code->bytecode_len = u->len;
    code->lines_len = u->lines_len;
    bool any_cell_arg = false;
    for (uint32_t i = 0; i < s->n_cells; ++i) {
        int p = index_of(s->params, s->n_params, s->cells[i]);
        at[i] = p >= 0 && s->kind != ScopeKind::Class ? uint8_t(p) : no_arg;
        any_cell_arg |= p >= 0;
    }
    code->cell2arg = any_cell_arg ? at : nullptr;
    code->flags = flags;
    code->n_locals = uint16_t(s->n_locals);
    code->n_cells = uint16_t(s->n_cells);
    code->n_free = uint16_t(s->n_frees);
    // Exactly what the code needs (handler entries are counted in the depth): a frame has no spare room,
    // and debug builds check it before every instruction (vm.cpp, CHECK_FRAME).
    code->stack_size = uint16_t(u->max_depth);
    code->max_blocks = uint16_t(u->max_runtime_blocks);
    code->n_pos = n_pos;
    code->n_posonly = n_posonly;
    code->n_kwonly = n_kwonly;
    code->name = name;
    code->filename = c->filename;
    code->first_line = u->first_line;
    // The unit's other buffers are unreachable from here on: give them back now rather than at the
    // next collection, so the next function of the module compiles in their place.
    gc::free(u->code);
    gc::free(u->lines);
    for (core::List* l : {u->consts, u->names}) {
        gc::free(l->items);
        gc::free(l);
    }
    *u = Unit{};
    return code;
}

}  // namespace comp
}  // namespace core
