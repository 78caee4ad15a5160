// Runtime basics: interpreter state, raising and matching exceptions, allocation, type queries, kwargs.
#include "core/runtime.hpp"

#include <string.h>

#include "core/gc.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_seq.hpp"
#include "core/port.hpp"

namespace core {

State state;

// Raised when the heap is exhausted; lives outside the heap so raising it never allocates. In .bss, as
// the one below (init() sets both): initialized data would cost its 36 B again in flash.
constinit static ExceptionObj memory_error_obj{};

// Raised when the C stack (or the call depth) is used up: outside the heap too, its message and args
// constant, so the refusal neither formats nor allocates. An allocation there could collect, and the
// collection's frames, on top of the deepest point the check allowed, went past the device's 2 KiB stack.
static constexpr Str recursion_message = const_str("maximum recursion depth exceeded");
static MBPY_VALUE_CONSTINIT const ConstTuple<1> recursion_args = {
    {&tuple_type}, 1, {Value(&recursion_message)}};
constinit static ExceptionObj recursion_error_obj{};

// A preallocated exception made afresh as a GC root. Its traceback array is in the heap: after a soft
// reset it is the old heap's, and writing the next traceback into it would overwrite whatever the new heap
// keeps there (the device faulted in the first MemoryError after one), so it starts without one.
static void preallocate(ExceptionObj& e, const Type* type) {
    e = ExceptionObj{};
    e.type = type;
    gc::add_root(&e, sizeof e);
}

void runtime_init_modules();  // import.cpp: fills state.modules with what must exist at start-up

bool init(void* heap, size_t heap_bytes, char* c_stack_top) {
    state = State{};
    state.c_stack_top = c_stack_top;
    gc::init(heap, heap_bytes);
    preallocate(memory_error_obj, &memory_error_type);
    preallocate(recursion_error_obj, &recursion_error_type);
    register_print_roots();
    if (port.roots) gc::add_root(port.roots, port.roots_bytes);
    state.modules = new_dict(4);
    state.builtins = new_dict(0);  // filled on first use of each name (builtin_lookup)
    if (!state.modules || !state.builtins) return false;
    runtime_init_modules();
    return !pending();
}

// ---- raising --------------------------------------------------------------------------------------

Value raise_v(const Type* type, const char* fmt, va_list ap) {
    StrBuilder sb;
    Printer p = sb.printer();
    p.vprintf(fmt, ap);
    if (pending()) return {};  // formatting a %r raised: that error wins
    Value msg = sb.finish();
    if (!msg) return raise_memory_error();
    Value exc = make_exception(type, 1, &msg);
    if (!exc) return {};
    state.exc = exc;
    return {};
}

Value raise(const Type* type, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(type, fmt, ap);
    va_end(ap);
    return {};
}

bool view_equal(std::string_view a, std::string_view b) { return a == b; }

// raise_type_error(fmt, ...) and its kin: raise() with the type fixed, one function each so that a call
// site loads no type.
#define MBPY_RAISE_AS(name, type)      \
    Value name(const char* fmt, ...) { \
        va_list ap;                    \
        va_start(ap, fmt);             \
        raise_v(&type, fmt, ap);       \
        va_end(ap);                    \
        return {};                     \
    }
MBPY_RAISE_AS(raise_type_error, type_error_type)
MBPY_RAISE_AS(raise_value_error, value_error_type)
MBPY_RAISE_AS(raise_index_error, index_error_type)
MBPY_RAISE_AS(raise_overflow_error, overflow_error_type)
MBPY_RAISE_AS(raise_runtime_error, runtime_error_type)
MBPY_RAISE_AS(raise_attribute_error, attribute_error_type)
#undef MBPY_RAISE_AS

// The preallocated exceptions start afresh at each raise.
static Value raise_preallocated(ExceptionObj& e) {
    e.dict = nullptr;
    e.tb_len = 0;
    e.cause = Value();
    e.context = Value();
    e.suppress_context = false;
    state.exc = Value(&e);
    return {};
}

Value raise_memory_error() { return raise_preallocated(memory_error_obj); }

[[gnu::noinline]] Value raise_recursion_error() {  // one copy: vm_run raises it in two places
    // The args again each time: `e.args = ...` may have replaced them.
    recursion_error_obj.args = recursion_args.tuple();
    return raise_preallocated(recursion_error_obj);
}

Value raise_value(Value v) {
    if (v.is_obj() && is_instance(v, &type_type)) {
        // `raise ValueError`: instantiate the class.
        if (!(v.as<Type>()->flags & type_flag_exception)) {
            return raise_type_error("exceptions must derive from BaseException"_msg);
        }
        Value inst = call0(v);
        if (!inst) return {};
        v = inst;
    }
    if (!v.is_obj() || !(type_of(v)->flags & type_flag_exception)) {
        return raise_type_error("exceptions must derive from BaseException"_msg);
    }
    state.exc = v;
    return {};
}

bool exc_matches(Value exc, const Type* t) { return exc && is_subtype(type_of(exc), t); }

Value take_exception() {
    Value e = state.exc;
    state.exc = Value();
    return e;
}

static bool c_stack_within(size_t extra, size_t budget) {
    char here;
    char* top = state.c_stack_top;
    if (!top) return true;
    size_t used = top > &here ? static_cast<size_t>(top - &here) : static_cast<size_t>(&here - top);
    if (used + extra > budget) return raise_recursion_error(), false;
    return true;
}

bool check_c_stack() { return c_stack_within(0, config::c_stack_limit); }
bool check_c_stack_room(size_t need) { return c_stack_within(need, config::c_stack_size); }

// ---- allocation -------------------------------------------------------------------------------------

// An object header on fresh memory, or MemoryError when there was none.
static void* typed(void* p, const Type* type) {
    if (!p) {
        raise_memory_error();
        return nullptr;
    }
    static_cast<Obj*>(p)->type = type;
    return p;
}

void* alloc_object(const Type* type, size_t bytes) { return typed(gc::alloc(bytes), type); }
void* alloc_leaf_object(const Type* type, size_t bytes) { return typed(gc::alloc_leaf(bytes), type); }

void* alloc_raw(size_t bytes) {
    void* p = gc::alloc(bytes);
    if (!p) raise_memory_error();
    return p;
}

void* realloc_raw(void* p, size_t bytes) {
    void* q = gc::realloc(p, bytes);
    if (!q) raise_memory_error();
    return q;
}

void* realloc_grow(void* p, size_t want, size_t need, size_t* got) {
    void* q = gc::realloc(p, want);
    if (!q && want > need) q = gc::realloc(p, want = need);
    if (!q) raise_memory_error();
    *got = want;
    return q;
}

// ---- queries ----------------------------------------------------------------------------------------

// noinline: the firmware's link-time optimisation inlined it at its many call sites (624 B more).
[[gnu::noinline]] const Type* type_of(Value v) {
    if (v.is_small()) return &int_type;
    return v.obj()->type;
}

bool is_subtype(const Type* t, const Type* base) {
    if (t == base || base == &object_type) return true;
    if (Tuple* mro = type_mro(t)) {
        for (size_t i = 0; i < mro->len; ++i) {
            if (mro->items[i].as<Type>() == base) return true;
        }
        return false;
    }
    for (const Type* b = t->base; b; b = b->base) {
        if (b == base) return true;
    }
    return false;
}

bool is_instance(Value v, const Type* t) { return is_subtype(type_of(v), t); }

const char* type_name(Value v) {
    // Names of builtin types are NUL-terminated constants; class names are heap Strs made by intern(),
    // which also stores a terminator (see obj_str_core.cpp).
    return type_of(v)->name->data;
}

bool str_equal(const Str* a, const Str* b) {
    if (a == b) return true;
    if (a->hash && b->hash && a->hash != b->hash) return false;  // both known: a cheap no
    return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
}

bool is_str(Value v) { return v.is_obj() && v.obj()->type == &str_type; }

// ---- keyword arguments ----------------------------------------------------------------------------

Value kwarg(const Args& args, std::string_view name) {
    for (size_t i = 0; i < args.n_kw; ++i) {
        if (args.kw[2 * i].as<Str>()->view() == name) return args.kw[2 * i + 1];
    }
    return {};
}

bool check_kwargs(const Args& args, const char* const* allowed) {
    for (size_t i = 0; i < args.n_kw; ++i) {
        const Str* k = args.kw[2 * i].as<Str>();
        bool ok = false;
        for (const char* const* a = allowed; *a; ++a) {
            if (k->view() == *a) ok = true;
        }
        if (!ok) {
            raise_type_error("unexpected keyword argument '%q'"_msg, k);
            return false;
        }
    }
    return true;
}

}  // namespace core
