// The micropython module: const, heap and stack introspection, heap lock, scheduling, code decorators.
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"

namespace core {

static void out_stdout(void*, const char* s, size_t n) { hal::stdout_write(s, n); }

static Value identity(const Args& a) { return a.pos[0]; }
static Value mp_opt_level(const Args& a) {
    if (a.n_pos == 0) return make_int(state.opt_level);
    intptr_t n;
    if (!to_intptr(a.pos[0], &n)) return {};
    state.opt_level = uint8_t(n < 0 ? 0 : n > 3 ? 3 : n);  // read by the compiler
    return none();
}

static size_t stack_used() {
    char here;
    if (!state.c_stack_top) return 0;
    return size_t(state.c_stack_top > &here ? state.c_stack_top - &here : &here - state.c_stack_top);
}

// MicroPython's lines (its verbose form's heap map is left out).
static Value mp_mem_info(const Args&) {
    Printer p(out_stdout, nullptr);
    gc::Info i = gc::info();
    p.printf("stack: %zu out of %zu\n", stack_used(), size_t(config::c_stack_limit));
    p.printf("GC: total: %zu, used: %zu, free: %zu\n", i.total, i.used, i.free);
    p.printf(" No. of 1-blocks: %zu, 2-blocks: %zu, max blk sz: %zu, max free sz: %zu\n", i.n_1block,
             i.n_2block, i.max_block, i.max_free);
    return none();
}
// The interned names made at run time (those of the constant table cost no RAM), in MicroPython's line.
static Value mp_qstr_info(const Args&) {
    Printer p(out_stdout, nullptr);
    size_t text = 0, total = 0, tables = 0, n = interned_count(&text, &total, &tables);
    p.printf("qstr pool: n_pool=%zu, n_qstr=%zu, n_str_data_bytes=%zu, n_total_bytes=%zu\n", tables, n, text,
             total);
    return none();
}
static Value mp_stack_use(const Args&) { return make_int(intptr_t(stack_used())); }
static Value mp_heap_lock(const Args&) {
    gc::lock();
    return none();
}
static Value mp_heap_unlock(const Args&) {  // the depth left, as MicroPython
    gc::unlock();
    return make_int(gc::lock_depth());
}
static Value mp_heap_locked(const Args&) { return make_int(gc::lock_depth()); }
static Value mp_kbd_intr(const Args& a) {  // the character that raises KeyboardInterrupt; -1: none
    intptr_t c;
    if (!to_intptr(a.pos[0], &c)) return {};
    hal::serial_set_interrupt_char(int(c));
    return none();
}
static Value mp_emergency_buf(const Args& a) {
    intptr_t n;
    if (!to_intptr(a.pos[0], &n)) return {};
    return none();  // MemoryError is preallocated: nothing to reserve
}
// schedule(f, arg): f(arg) runs soon, at the VM's next check (vm_support.cpp), after the functions
// scheduled before it; at most 4 wait, as MicroPython's queue. The queue is made on first use.
static Value mp_schedule(const Args& a) {
    constexpr size_t depth = 4;
    if (!state.scheduled) {
        List* q = new_list(2 * depth);
        if (!q) return {};
        q->len = 0;
        state.scheduled = Value(q);
    }
    List* q = state.scheduled.as<List>();
    if (q->len >= 2 * depth) return raise_runtime_error("schedule queue full");
    q->items[q->len++] = a.pos[0];
    q->items[q->len++] = a.pos[1];
    state.poll = true;
    return none();
}

static constexpr NativeFunction f_const = native(q_const, identity, 1, 1);
static constexpr NativeFunction f_native = native(q_native, identity, 1, 1);
static constexpr NativeFunction f_viper = native(q_viper, identity, 1, 1);
#if MBPY_ASM_THUMB
static constexpr NativeFunction f_asm_thumb = native(q_asm_thumb, identity, 1, 1);
#endif
static constexpr NativeFunction f_opt_level = native(q_opt_level, mp_opt_level, 0, 1);
static constexpr NativeFunction f_mem_info = native(q_mem_info, mp_mem_info, 0, 1);
static constexpr NativeFunction f_qstr_info = native(q_qstr_info, mp_qstr_info, 0, 1);
static constexpr NativeFunction f_stack_use = native(q_stack_use, mp_stack_use, 0, 0);
static constexpr NativeFunction f_heap_lock = native(q_heap_lock, mp_heap_lock, 0, 0);
static constexpr NativeFunction f_heap_unlock = native(q_heap_unlock, mp_heap_unlock, 0, 0);
static constexpr NativeFunction f_heap_locked = native(q_heap_locked, mp_heap_locked, 0, 0);
static constexpr NativeFunction f_kbd_intr = native(q_kbd_intr, mp_kbd_intr, 1, 1);
static constexpr NativeFunction f_alloc_emergency_exception_buf =
    native(q_alloc_emergency_exception_buf, mp_emergency_buf, 1, 1);
static constexpr NativeFunction f_schedule = native(q_schedule, mp_schedule, 2, 2);

static const AttrEntry mp_entries[] = {
    {&q_const, &f_const},
    {&q_native, &f_native},
    {&q_viper, &f_viper},
#if MBPY_ASM_THUMB
    {&q_asm_thumb, &f_asm_thumb},
#endif
    {&q_opt_level, &f_opt_level},
    {&q_mem_info, &f_mem_info},
    {&q_qstr_info, &f_qstr_info},
    {&q_stack_use, &f_stack_use},
    {&q_heap_lock, &f_heap_lock},
    {&q_heap_unlock, &f_heap_unlock},
    {&q_heap_locked, &f_heap_locked},
    {&q_kbd_intr, &f_kbd_intr},
    {&q_alloc_emergency_exception_buf, &f_alloc_emergency_exception_buf},
    {&q_schedule, &f_schedule},
};
const AttrTable micropython_module_table = {mp_entries, sizeof(mp_entries) / sizeof(mp_entries[0])};

}  // namespace core
