// The gc module: MicroPython's interface to the collector in core/gc.cpp.
#include "core/gc.hpp"
#include "core/names.hpp"

#include "core/mod_stdlib.hpp"

namespace core {

static Value gc_collect(const Args&) {
#if MBPY_GC_SAFE_POINTS
    gc::request_collect();  // runs at the VM's next safe point: the next call or backward jump
#else
    gc::collect();
#endif
    return none();
}
static Value gc_mem_free(const Args&) { return make_int(intptr_t(gc::info().free)); }
static Value gc_mem_alloc(const Args&) { return make_int(intptr_t(gc::info().used)); }
static Value gc_enable(const Args&) {
    gc::set_enabled(true);
    return none();
}
static Value gc_disable(const Args&) {
    gc::set_enabled(false);
    return none();
}
static Value gc_isenabled(const Args&) { return py_bool(gc::enabled()); }
// threshold() -> current value; threshold(n) sets it (-1: collect only when the heap is full).
static Value gc_threshold(const Args& a) {
    if (a.n_pos == 0) return make_int(gc::threshold());
    intptr_t n;
    if (!to_intptr(a.pos[0], &n)) return {};
    gc::set_threshold(n < 0 ? -1 : n);
    return none();
}

static constexpr NativeFunction f_collect = native(q_collect, gc_collect, 0, 1);
static constexpr NativeFunction f_mem_free = native(q_mem_free, gc_mem_free, 0, 0);
static constexpr NativeFunction f_mem_alloc = native(q_mem_alloc, gc_mem_alloc, 0, 0);
static constexpr NativeFunction f_enable = native(q_enable, gc_enable, 0, 0);
static constexpr NativeFunction f_disable = native(q_disable, gc_disable, 0, 0);
static constexpr NativeFunction f_isenabled = native(q_isenabled, gc_isenabled, 0, 0);
static constexpr NativeFunction f_threshold = native(q_threshold, gc_threshold, 0, 1);

static const AttrEntry gc_entries[] = {
    {&q_collect, &f_collect},     {&q_mem_free, &f_mem_free}, {&q_mem_alloc, &f_mem_alloc},
    {&q_enable, &f_enable},       {&q_disable, &f_disable},   {&q_isenabled, &f_isenabled},
    {&q_threshold, &f_threshold},
};
const AttrTable gc_module_table = {gc_entries, sizeof(gc_entries) / sizeof(gc_entries[0])};

}  // namespace core
