// The micropython module: const, heap and stack introspection, heap lock, scheduling, code decorators.
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"

namespace core {

static int opt_level = 0;      // only reported: the compiler has one optimisation level
static int kbd_intr_char = 3;  // Ctrl-C; -1 disables (the port reads it through the HAL)

static void out_stdout(void*, const char* s, size_t n) { hal::stdout_write(s, n); }

static Value identity(const Args& a) { return a.pos[0]; }
static Value mp_opt_level(const Args& a) {
    if (a.n_pos == 0) return make_int(opt_level);
    intptr_t n;
    if (!to_intptr(a.pos[0], &n)) return {};
    opt_level = int(n);
    return none();
}

static size_t stack_used() {
    char here;
    if (!state.c_stack_top) return 0;
    return size_t(state.c_stack_top > &here ? state.c_stack_top - &here : &here - state.c_stack_top);
}

static Value mp_mem_info(const Args& a) {
    Printer p(out_stdout, nullptr);
    gc::Info i = gc::info();
    p.printf("stack: %zu out of %zu\n", stack_used(), size_t(config::c_stack_limit));
    p.printf("GC: total: %zu, used: %zu, free: %zu\n", i.total, i.used, i.free);
    p.printf(" No. of collections: %d, max free run: %zu\n", int(i.collections), i.max_free_run);
    (void)a;
    return none();
}
static Value mp_qstr_info(const Args&) {
    Printer p(out_stdout, nullptr);
    p.printf("qstr pool: n_pool=1, n_qstr=%zu\n", interned_count());
    return none();
}
static Value mp_stack_use(const Args&) { return make_int(intptr_t(stack_used())); }
static Value mp_heap_lock(const Args&) {
    gc::lock();
    return none();
}
static Value mp_heap_unlock(const Args&) {
    gc::unlock();
    return none();
}
static Value mp_kbd_intr(const Args& a) {
    intptr_t c;
    if (!to_intptr(a.pos[0], &c)) return {};
    kbd_intr_char = int(c);
    return none();
}
static Value mp_emergency_buf(const Args& a) {
    intptr_t n;
    if (!to_intptr(a.pos[0], &n)) return {};
    return none();  // MemoryError is preallocated: nothing to reserve
}
// schedule(f, arg): MicroPython runs f "soon"; running it now is allowed and keeps the core simple.
static Value mp_schedule(const Args& a) {
    if (!call1(a.pos[0], a.pos[1])) return {};
    return none();
}

static constexpr NativeFunction f_const = native(q_const, identity, 1, 1);
static constexpr NativeFunction f_native = native(q_native, identity, 1, 1);
static constexpr NativeFunction f_viper = native(q_viper, identity, 1, 1);
static constexpr NativeFunction f_asm_thumb = native(q_asm_thumb, identity, 1, 1);
static constexpr NativeFunction f_opt_level = native(q_opt_level, mp_opt_level, 0, 1);
static constexpr NativeFunction f_mem_info = native(q_mem_info, mp_mem_info, 0, 1);
static constexpr NativeFunction f_qstr_info = native(q_qstr_info, mp_qstr_info, 0, 1);
static constexpr NativeFunction f_stack_use = native(q_stack_use, mp_stack_use, 0, 0);
static constexpr NativeFunction f_heap_lock = native(q_heap_lock, mp_heap_lock, 0, 0);
static constexpr NativeFunction f_heap_unlock = native(q_heap_unlock, mp_heap_unlock, 0, 0);
static constexpr NativeFunction f_kbd_intr = native(q_kbd_intr, mp_kbd_intr, 1, 1);
static constexpr NativeFunction f_alloc_emergency_exception_buf =
    native(q_alloc_emergency_exception_buf, mp_emergency_buf, 1, 1);
static constexpr NativeFunction f_schedule = native(q_schedule, mp_schedule, 2, 2);

static const AttrEntry mp_entries[] = {
    {&q_const, &f_const},         {&q_native, &f_native},
    {&q_viper, &f_viper},         {&q_asm_thumb, &f_asm_thumb},
    {&q_opt_level, &f_opt_level}, {&q_mem_info, &f_mem_info},
    {&q_qstr_info, &f_qstr_info}, {&q_stack_use, &f_stack_use},
    {&q_heap_lock, &f_heap_lock}, {&q_heap_unlock, &f_heap_unlock},
    {&q_kbd_intr, &f_kbd_intr},   {&q_alloc_emergency_exception_buf, &f_alloc_emergency_exception_buf},
    {&q_schedule, &f_schedule},
};
const AttrTable micropython_module_table = {mp_entries, sizeof(mp_entries) / sizeof(mp_entries[0])};

}  // namespace core
