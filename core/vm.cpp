// The interpreter loop: executes bytecode in heap frames; Python-to-Python calls switch frames in place.
#include "core/names.hpp"
#include "core/vm.hpp"

#include <string.h>

#include <cmath>

#include "core/attr_cache.hpp"
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/numbers.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_module.hpp"
#include "core/obj_seq.hpp"
#include "core/ops.hpp"
#include "core/port.hpp"
#include "core/text.hpp"
#include "core/vm_support.hpp"

namespace core {

Value lookup_user(const Type* t, const Str* name);            // attr_cache.cpp
Value instance_make_new(const Type* type, const Args& args);  // obj_instance_ops.cpp
Value instance_binary_op(BinaryOp op, Value lhs, Value rhs);  // obj_instance_ops.cpp

void (*poll_hook)() = nullptr;
namespace {
// The slow path of the check: the frame saved as for a call (the meter may run the board's background
// work, which may run Python), then the port's work meter and the Ctrl-C (vm_support.cpp).
[[gnu::noinline]] bool poll_slow(Frame* f, ptrdiff_t ip, ptrdiff_t sp, uint32_t work) {
    f->ip = uint16_t(ip);  // SAVE_FRAME
    f->sp = uint16_t(sp);
    return vm_poll(work);
}
#if MBPY_VM_POLL_INTERVAL
uint32_t poll_countdown = MBPY_VM_POLL_INTERVAL;
[[gnu::noinline]] bool poll_now(Frame* f, ptrdiff_t ip, ptrdiff_t sp) {
    f->ip = uint16_t(ip);  // SAVE_FRAME
    f->sp = uint16_t(sp);
    poll_countdown = MBPY_VM_POLL_INTERVAL;
    if (poll_hook) poll_hook();
#if MBPY_VM_PAUSE_OUTSIDE
    if (pause_wanted) return true;
#endif
    return state.poll || state.interrupt;
}
#endif
#if MBPY_VM_PAUSE_OUTSIDE
// What the loop left for vm_run to do outside it (MBPY_VM_PAUSE_OUTSIDE): call a native that may pause, or
// import (a module's body may pause). The arguments stay in the frame's stack, above its saved depth.
enum class Outside : uint8_t { none, call, import_name, import_from };
struct Pending {
    Outside what = Outside::none;
    uint32_t n_pos = 0, n_kw = 0;
    Value callee, arg;  // the native and its arguments / the import's fromlist or module
    Value* args = nullptr;
    const Str* name = nullptr;
    Dict* globals = nullptr;
    intptr_t level = 0;
};
Pending outside;
// The loop's return value when it leaves for a pause or for `outside` (never seen by Python).
constinit const Obj leave_obj{&frame_type};
inline Value leave_marker() { return Value(&leave_obj); }
enum class Enter : uint8_t { start, resume, result };
// The slow path of the poll, as a code: 0 go on, 1 raise (Ctrl-C or an exception pending), 2 leave the loop
// for the pause the poll hook asked for (the VM takes it at the next backward jump or Python call).
[[gnu::noinline]] int poll_code(Frame* f, ptrdiff_t ip, ptrdiff_t sp, uint32_t work) {
#if MBPY_GC_SAFE_POINTS
    gc::stack_floor = __builtin_frame_address(0);  // the loop's own frame and its callers' are above
    bool raise = poll_slow(f, ip, sp, work);
    gc::stack_floor = nullptr;
    if (raise) return 1;
#else
    if (poll_slow(f, ip, sp, work)) return 1;
#endif
    return pause_wanted ? 2 : 0;
}
// How many runs of the loop are on the stack: a pause unwinds the stack only where there is none (the loop
// is not instrumented by Asyncify) and, with MBPY_GC_SAFE_POINTS, no native code that called back.
int loops_running = 0;
#endif
}  // namespace

const Type frame_type = builtin_type({.name = &q_frame});

// Taking and giving back frames: inline where speed counts, one copy each where flash does.
#ifdef __OPTIMIZE_SIZE__
#define FRAME_INLINE [[gnu::noinline]]
#else
#define FRAME_INLINE [[gnu::always_inline]] inline
#endif

// Recently freed frames, reused by the next calls: most calls then allocate nothing, and the allocator
// is spared many multi-block requests. Emptied at each collection (vm_drop_frame_cache); the device
// keeps only two since every cached frame is RAM held back from the program.
namespace {
constexpr int frame_cache_size = config::frame_cache_size;
// A cached frame with its block size and how much of it its last use wrote (the rest is still zero).
struct CachedFrame {
    Frame* frame;
    uint32_t have, used;
};
CachedFrame frame_cache[frame_cache_size > 0 ? frame_cache_size : 1];  // 0: no cache
int n_cached_frames;

[[gnu::always_inline]] inline size_t frame_bytes(const Code* code, bool has_locals) {
    size_t n_slots = size_t(code->n_locals) + code->n_cells + code->stack_size + size_t(has_locals);
    return sizeof(Frame) + n_slots * sizeof(Value) + code->max_blocks * sizeof(Block);
}

FRAME_INLINE void frame_release(Frame* f) {
    if (frame_cache_size > 0 && n_cached_frames < frame_cache_size && f->capacity)
        frame_cache[n_cached_frames++] = {f, uint32_t(f->capacity * config::gc_block_bytes),
                                          uint32_t(frame_bytes(f->code, f->flags & frame_has_locals))};
    else
        gc::free(f);
}
}  // namespace

void vm_init() { vm_drop_frame_cache(); }

// Cached frames still hold the slots of their last call (they are cleared on reuse, not on release),
// which would keep that call's data alive; so each collection starts by forgetting them, and the
// sweep frees them. The cache is therefore no GC root.
void vm_drop_frame_cache() {
    n_cached_frames = 0;
    for (CachedFrame& c : frame_cache) c = {};
}

// A zeroed frame block of `bytes` for `code`: a cached one when one fits, else a new one.
FRAME_INLINE static Frame* frame_block(Code* code, size_t bytes) {
    Frame* f = nullptr;
    for (int i = n_cached_frames - 1; i >= 0; --i) {
        CachedFrame c = frame_cache[i];
        if (c.have >= bytes && c.have <= 2 * bytes + 64) {
            f = c.frame;
            frame_cache[i] = frame_cache[--n_cached_frames];
            frame_cache[n_cached_frames] = {};
            // Zero what this use needs and whatever the last use left beyond it (stale pointers would
            // keep garbage alive); the block's tail past both is still zero.
            memset(static_cast<void*>(f), 0, c.used > bytes ? c.used : bytes);
            f->type = &frame_type;
            f->capacity = uint16_t(c.have / config::gc_block_bytes);
            break;
        }
    }
    if (!f) {
        f = static_cast<Frame*>(alloc_object(&frame_type, bytes));
        if (!f) return nullptr;
        size_t n_blocks = (bytes + config::gc_block_bytes - 1) / config::gc_block_bytes;
        f->capacity = n_blocks <= UINT16_MAX ? uint16_t(n_blocks) : 0;  // a larger one is never cached
    }
    f->code = code;
    return f;
}

Frame* frame_new(Code* code, Dict* globals) {
    Frame* f = frame_block(code, frame_bytes(code, false));
    if (f) f->globals = globals;
    return f;
}

Frame* frame_new(Code* code, Dict* globals, Dict* locals) {
    if (locals == globals || !locals) return frame_new(code, globals);  // module level: names are globals
    Frame* f = frame_block(code, frame_bytes(code, true));
    if (!f) return nullptr;
    f->globals = globals;
    f->flags = frame_has_locals;
    f->stack()[code->stack_size] = Value(locals);
    return f;
}

bool frame_init_cells(Frame* f, Tuple* closure) {
    Code* code = f->code;
    Value* cells = f->slots + code->n_locals;
    for (size_t i = 0; i < code->n_cells; ++i) {
        Value init;
        if (code->cell2arg && code->cell2arg[i] != no_arg) init = f->slots[code->cell2arg[i]];
        Value c = make_cell(init);
        if (!c) return false;
        cells[i] = c;
    }
    f->closure = closure;
    return true;
}

Value current_handled_exception() {
    for (Frame* f = current_frame(); f; f = f->back)
        if (f->handling) return f->handling;
    return {};
}

uint32_t code_line_at(const Code* code, uint32_t offset) {
    uint32_t line = code->first_line, pc = 0;
    const uint8_t* p = code->lines;
    for (uint32_t i = 0; i + 1 < code->lines_len; i += 2) {
        pc += p[i];
        if (pc > offset) break;
        line += int8_t(p[i + 1]);
    }
    return line;
}

Value run_code(Code* code, Dict* globals, Dict* locals) {
    Frame* f = frame_new(code, globals, locals);
    if (!f) return {};
    if (!frame_init_cells(f, nullptr)) return {};
    return vm_run(f);
}

namespace {

// Sets __context__ of a newly raised exception to the one being handled (never making a cycle).
void set_context(Value exc) {
    Value h = current_handled_exception();
    if (!h || h == exc || !is_instance(exc, &base_exception_type)) return;
    ExceptionObj* e = exc.as<ExceptionObj>();
    if (e->context) return;
    for (Value c = h; c && is_instance(c, &base_exception_type); c = c.as<ExceptionObj>()->context)
        if (c == exc) return;
    e->context = h;
}

inline int fast_truth(Value v) {
    if (v == py_bool(true)) return 1;
    if (v == py_bool(false) || v == none()) return 0;
    if (v.is_small()) return v.small_value() != 0;
    return truth(v);
}

// The comparisons of two machine numbers (small ints or floats); null for any other operation.
template <class T>
inline Value compare_numbers(BinaryOp op, T x, T y) {
    switch (op) {
        case BinaryOp::Lt: return py_bool(x < y);
        case BinaryOp::Le: return py_bool(x <= y);
        case BinaryOp::Gt: return py_bool(x > y);
        case BinaryOp::Ge: return py_bool(x >= y);
        case BinaryOp::Eq: return py_bool(x == y);
        case BinaryOp::Ne: return py_bool(x != y);
        default: return {};
    }
}

#if MBPY_VM_NUMBER_OPS_INLINE
// Small-int arithmetic and comparisons without a slot call. Returns null when it doesn't apply.
inline Value small_int_op(BinaryOp op, intptr_t x, intptr_t y) {
    switch (op) {
        case BinaryOp::Add:
        case BinaryOp::InplaceAdd: {
            intptr_t r = x + y;  // cannot overflow: small ints have a spare bit
            return Value::fits_small(r) ? Value::small(r) : Value();
        }
        case BinaryOp::Sub:
        case BinaryOp::InplaceSub: {
            intptr_t r = x - y;
            return Value::fits_small(r) ? Value::small(r) : Value();
        }
        case BinaryOp::Mul:
        case BinaryOp::InplaceMul: {
            intptr_t r;
            if (__builtin_mul_overflow(x, y, &r) || !Value::fits_small(r)) return {};
            return Value::small(r);
        }
        case BinaryOp::FloorDiv:
        case BinaryOp::InplaceFloorDiv: {
            if (y == 0) return {};
            intptr_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            return Value::fits_small(q) ? Value::small(q) : Value();
        }
        case BinaryOp::Mod:
        case BinaryOp::InplaceMod: {
            if (y == 0) return {};
            intptr_t m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) m += y;
            return Value::small(m);
        }
        case BinaryOp::LShift:
        case BinaryOp::InplaceLShift: {
            // Shifts that stay small; a negative count (ValueError) and growth go to the slot.
            if (y < 0 || y >= intptr_t(sizeof(intptr_t) * 8 - 2)) return {};
            intptr_t r = intptr_t(uintptr_t(x) << y);
            return (r >> y) == x && Value::fits_small(r) ? Value::small(r) : Value();
        }
        case BinaryOp::RShift:
        case BinaryOp::InplaceRShift:
            if (y < 0) return {};
            return Value::small(y >= intptr_t(sizeof(intptr_t) * 8) ? (x < 0 ? -1 : 0) : x >> y);
        case BinaryOp::And:
        case BinaryOp::InplaceAnd: return Value::small(x & y);
        case BinaryOp::Or:
        case BinaryOp::InplaceOr: return Value::small(x | y);
        case BinaryOp::Xor:
        case BinaryOp::InplaceXor: return Value::small(x ^ y);
        default: return compare_numbers(op, x, y);
    }
}
#endif

// A float or a small int that converts exactly (|i| <= 2**float_sig_bits; larger ones compare exactly in
// obj_float.cpp) as a Float, for BINARY_OP's float path; false for anything else. `v` is not null.
inline bool number_operand(Value v, Float* out) {
    if (v.is_small()) {
        intptr_t i = v.small_value();
        if (int64_t(i) > (int64_t(1) << float_sig_bits) || int64_t(i) < -(int64_t(1) << float_sig_bits))
            return false;
        *out = Float(i);
        return true;
    }
    if (v.obj()->type != &float_type) return false;
    *out = float_value(v);
    return true;
}

#if MBPY_GLOBAL_CACHE || MBPY_ATTR_SITE_CACHE
// A code's lookup caches are one array, one entry per name, made at its first cached lookup: LOAD_GLOBAL
// uses the entry of a name as a GlobalCacheEntry, LOAD_ATTR & co. as an AttrSite (a name is nearly always
// one or the other, so two arrays spent 24 + 32 bytes per name for one use: pystone's caches 4.9 -> 2.8 KB).
// A name used both ways (closures.py: `add = acc.add` ... `acc.add(i)`) would make them take turns, so
// the array is followed by a bitmap of such names, whose entry LOAD_GLOBAL then never fills. (A stale
// entry is a miss, never a false hit: each use checks it against pointers the other kind never stores, a
// dict's entry array vs a type or an odd builtin tag.) code->caches points at the array.
union CacheEntry {
#if MBPY_GLOBAL_CACHE
    GlobalCacheEntry global;
#endif
#if MBPY_ATTR_SITE_CACHE
    AttrSite site;
#endif
};

constexpr uint8_t role_global = 1, role_attr = 2;

// Marks in `roles` how the code's instructions use each name; false on an opcode the scan does not know.
bool scan_name_roles(const Code* code, uint8_t* roles) {
    bool module_names = !(code->flags & code_class_body);  // a class body's name ops use its dict
    const uint8_t* ip = code->bytecode;
    const uint8_t* end = ip + code->bytecode_len;
    while (ip < end) {
        Op op = Op(*ip++);
        if (op >= Op::COUNT) return false;
        uint32_t arg = 0;
        switch (op_operand_kind(op)) {
            case '-': break;
            case 'U': arg = read_varuint(ip); break;
            case 'S': read_varsint(ip); break;
            case 'J': ip += 2; break;
            case 'W':
                read_varuint(ip);
                read_varuint(ip);
                break;
            default: return false;
        }
        uint8_t role = 0;
        switch (op) {
            case Op::LOAD_GLOBAL:
            case Op::STORE_GLOBAL: role = role_global; break;
            case Op::LOAD_NAME:
            case Op::STORE_NAME: role = module_names ? role_global : 0; break;
            case Op::LOAD_ATTR:
            case Op::STORE_ATTR:
            case Op::LOAD_METHOD: role = role_attr; break;
            default: break;
        }
        if (role && arg < code->names->len) roles[arg] |= role;
    }
    return true;
}

// Bitmap of the names whose entry is an attribute site only (see CacheEntry).
inline const uint8_t* sites_only(const Code* code) {
    return reinterpret_cast<const uint8_t*>(static_cast<const CacheEntry*>(code->caches) + code->names->len);
}

// Makes the code's caches; false without memory for them (lookups then stay uncached).
bool make_caches(Code* code) {
    size_t n = code->names->len;
    uint8_t* roles = static_cast<uint8_t*>(gc::alloc(n ? n : 1));
    if (!roles) return false;
    bool known = scan_name_roles(code, roles);
    uint8_t* block = static_cast<uint8_t*>(gc::alloc(n * sizeof(CacheEntry) + (n + 7) / 8));
    if (block) {
        uint8_t* bits = block + n * sizeof(CacheEntry);
        for (size_t i = 0; i < n; ++i)  // unknown bytecode: every name is taken for a shared one
            if (!known || roles[i] == (role_global | role_attr)) bits[i / 8] |= uint8_t(1u << (i % 8));
    }
    gc::free(roles);
    if (!block) return false;
    code->caches = block;
    return true;
}
#endif

#if MBPY_GLOBAL_CACHE
// The cache entry of names[ni] as a global, or null (no caches yet).
inline GlobalCacheEntry* global_entry(const Code* code, uint32_t ni) {
    if (!code->caches) return nullptr;
    return &static_cast<CacheEntry*>(code->caches)[ni].global;
}

// Fills LOAD_GLOBAL's cache entry for names[ni] after a lookup. Without memory for the cache the lookup
// simply stays uncached.
void remember_global(Code* code, uint32_t ni, Dict* g, bool in_globals) {
    if (!code->caches && !make_caches(code)) return;
    GlobalCacheEntry* ep = global_entry(code, ni);
    if (!ep) return;
#if MBPY_ATTR_SITE_CACHE
    if (sites_only(code)[ni / 8] & (1u << (ni % 8))) return;  // the entry is the name's attribute site
#endif
    const Str* name = code->names->items[ni].as<Str>();
    GlobalCacheEntry& e = *ep;
    int32_t ix = dict_find_str_index(g, name);
    if (ix >= 0) {
        e = GlobalCacheEntry{g->entries, nullptr, 0, uint32_t(ix)};
        return;
    }
    if (in_globals) return;  // found under an equal but distinct key object: stays uncached
    ix = dict_find_str_index(state.builtins, name);
    if (ix >= 0) e = GlobalCacheEntry{g->entries, state.builtins->entries, g->n_entries, uint32_t(ix)};
}
#endif

// LOAD_GLOBAL (and LOAD_NAME at module level): the globals, then the builtins, through the name's cache
// entry. Null with NameError pending when neither has it.
inline Value load_global(Code* code, uint32_t ni, Dict* g) {
    const Str* name = code->names->items[ni].as<Str>();
#if MBPY_GLOBAL_CACHE
    if (const GlobalCacheEntry* ep = global_entry(code, ni)) {
        const GlobalCacheEntry& e = *ep;
        if (!e.builtins_entries) {
            if (e.globals_entries && e.globals_entries == g->entries && g->entries[e.ix].key == Value(name))
                return g->entries[e.ix].value;
        } else if (e.globals_entries == g->entries && e.globals_fill == g->n_entries &&
                   e.builtins_entries == state.builtins->entries &&
                   state.builtins->entries[e.ix].key == Value(name)) {
            return state.builtins->entries[e.ix].value;
        }
    }
#endif
    Value v = dict_get_str(g, name);
    [[maybe_unused]] bool in_globals = bool(v);
    if (!v) {
        v = builtin_lookup(name);
        if (!v) return raise(&name_error_type, "name '%q' isn't defined"_msg, name);
    }
#if MBPY_GLOBAL_CACHE
    remember_global(code, ni, g, in_globals);
#endif
    return v;
}

// STORE_GLOBAL (and STORE_NAME at module level): an existing global found through the cache is
// overwritten in place; anything else is a dict store.
inline bool store_global(Code* code, uint32_t ni, Dict* g, Value v) {
    const Str* name = code->names->items[ni].as<Str>();
#if MBPY_GLOBAL_CACHE
    const GlobalCacheEntry* ep = global_entry(code, ni);
    if (ep && !(g->flags & dict_flag_class)) {
        const GlobalCacheEntry& e = *ep;
        if (!e.builtins_entries && e.globals_entries && e.globals_entries == g->entries &&
            g->entries[e.ix].key == Value(name)) {
            g->entries[e.ix].value = v;
            return true;
        }
    }
#endif
    return dict_store_str(g, name, v);
}

// FOR_ITER's step over a list, a tuple or a range of machine ints, without the iterator's slot call:
// the next item or stop_marker(); null when `it` is another iterator (the general path).
inline Value fast_for_next(Value* top) {
    Value it = *top;
    if (it.is_small()) {  // a packed range iterator (range_packed_iter)
        uintptr_t p = uintptr_t(it.small_value());
        if ((p & range_pack_mask) >= (p >> range_pack_bits)) return stop_marker();
        *top = Value::small(intptr_t(p + 1));
        return Value::small(intptr_t(p & range_pack_mask));
    }
    const Type* t = it.obj()->type;
    if (t == &range_iter_type) {
        RangeIter* r = it.as<RangeIter>();
        if (r->step > 0 ? r->cur >= r->stop : r->cur <= r->stop) return stop_marker();
        if (!Value::fits_small(r->cur)) return {};
        Value v = Value::small(r->cur);
        r->cur += r->step;
        return v;
    }
    if (t == &str_iterator_type) {  // for ch in s: ASCII characters are constant strs
        SeqIterObj* s = it.as<SeqIterObj>();
        if (s->seq.obj()->type != &str_type) return {};
        const Str* str = s->seq.as<Str>();
        if (s->index >= str->len) return stop_marker();
        uint8_t c = uint8_t(str->data[s->index]);
        if (c >= 0x80 || c < str_ascii_first) return {};  // the general path
        ++s->index;
        return str_ascii_char(c);
    }
    if (t != &seq_iterator_type) return {};
    SeqIterObj* s = it.as<SeqIterObj>();
    const Type* st = s->seq.obj()->type;
    if (st == &list_type) {
        const List* l = s->seq.as<List>();
        return s->index < l->len ? l->items[s->index++] : stop_marker();
    }
    if (st == &tuple_type) {
        const Tuple* tu = s->seq.as<Tuple>();
        return s->index < tu->len ? tu->items[s->index++] : stop_marker();
    }
    return {};
}

// The type of a heap or constant object; null for small ints (and null).
inline const Type* heap_type(Value v) { return v.is_obj() ? v.obj()->type : nullptr; }

inline bool is_plain_function(Value v) {
    return heap_type(v) == &function_type &&
           !(v.as<Function>()->code->flags & (code_generator | code_coroutine | code_async_gen));
}

// The __init__ function of a class (callee's type is type_type) that instantiates as a bare Instance (no
// metaclass call, no
// __new__, no builtin base, not an exception), when it is a plain Python function; else null.
inline Value plain_class_init(Value callee) {
    const Type* t = callee.as<Type>();
    if (t->make_new != instance_make_new || (t->flags & type_flag_exception)) return {};
    Value init = lookup_user(t, &q_dunder_init);
    if (!is_plain_function(init)) return {};
    if (lookup_user(t, &q_dunder_new) || native_base(t)) return {};
    return init;
}

// The method BINARY_OP runs in a frame of the loop for `a op b`: an arithmetic operator whose left operand
// is an instance of a Python class with that method as a plain function (for an in-place operator without
// its own method, the plain one), where binary_op would call exactly that first. Null otherwise.
inline Value inline_binop_method(BinaryOp op, Value a, Value b) {
    if (op < BinaryOp::Or || op > BinaryOp::InplacePow) return {};
    const Type* lt = heap_type(a);
    if (!lt || lt->binary_op != instance_binary_op || (lt->flags & type_flag_exception)) return {};
    const Type* rt = heap_type(b);
    if (rt && rt != lt && (rt->flags & type_flag_user) && rt->binary_op && is_subtype(rt, lt)) return {};
    if (op >= BinaryOp::InplaceOr) {
        if (lookup_user(lt, binary_op_str(op)) || native_base(lt)) return {};
        op = BinaryOp(int(op) - binary_inplace_offset);
    }
    Value m = lookup_user(lt, binary_op_str(op));
    return is_plain_function(m) ? m : Value();
}

#if MBPY_ATTR_SITE_CACHE
// The attribute site of names[ni], the code's caches made at first use; null without memory for them (the
// lookups then stay uncached).
inline AttrSite* attr_site(Code* code, uint32_t ni) {
    if (!code->caches && !make_caches(code)) return nullptr;
    return &static_cast<CacheEntry*>(code->caches)[ni].site;
}
#endif

// A site can also remember the method of a builtin type (list.append): its type is then stored tagged
// with bit 0, so that site_get (instances only) never takes it for an instance type.
inline const Type* builtin_site_tag(const Type* t) {
    return reinterpret_cast<const Type*>(reinterpret_cast<uintptr_t>(t) | 1);
}
// After LOAD_METHOD's general path found `m` to call with `obj`: remembered when obj's type is a
// constant builtin type without an attribute hook (its methods never change) and m a native method.
inline void remember_builtin_method(AttrSite& s, Value obj, Value m) {
    const Type* t = obj.obj()->type;
    if ((t->flags & type_flag_user) || t->attr_get || heap_type(m) != &native_function_type ||
        gc::is_heap_pointer(t))
        return;
    s = AttrSite{builtin_site_tag(t), m, 0, -1, 0, 0};
}

// A site can also remember a module attribute (math.sin): its type is then the module tagged with bit 1.
// Found in the module's dict: ix is the entry (bind 1), read live while that entry holds the name. Found in
// a builtin module's constant table: ix is the table entry (bind 0), valid while the module dict's entry
// array and fill are those seen when filled (cls_value keeps the array alive, so its address is never
// reused), i.e. no global of that name was added since. Saves math's linear table search per call.
inline const Type* module_site_tag(const Module* m) {
    return reinterpret_cast<const Type*>(reinterpret_cast<uintptr_t>(m) | 2);
}
inline bool module_site_get(const AttrSite& s, Value obj, const Str* name, Value* out) {
    if (!obj.is_obj() || s.type != module_site_tag(obj.as<Module>())) return false;
    const Module* m = obj.as<Module>();
    const Dict* d = m->globals;
    if (s.bind) {
        if (!d || uint32_t(s.ix) >= d->n_entries || d->entries[s.ix].key != Value(name)) return false;
        *out = d->entries[s.ix].value;
        return true;
    }
    // A builtin module with no dict yet counts as an empty entry array at address 0.
    if (s.cls_value.bits() != (d ? reinterpret_cast<uintptr_t>(d->entries) : 0) ||
        s.epoch != (d ? d->n_entries : 0))
        return false;
    const AttrEntry& e = m->table->entries[s.ix];
    *out = e.value;
    return true;
}
// After the general lookup of name on module obj: where it was found, if in its dict or its table.
[[maybe_unused]] void module_site_fill(AttrSite& s, Value obj, const Str* name) {
    const Module* m = obj.as<Module>();
    const Dict* d = m->globals;
    int32_t ix = d ? dict_find_str_index(d, name) : -1;
    if (ix >= 0) {
        s = AttrSite{module_site_tag(m), Value(), 0, ix, 0, 1};
        return;
    }
    if ((d && dict_get_str(d, name)) || !m->table) return;  // an equal but distinct key: not cached
    for (size_t i = 0; i < m->table->count; ++i)
        if (str_equal(m->table->entries[i].name, name)) {
            if (is_type(m->table->entries[i].value, &module_lazy_type)) return;  // a new object each read
            s = AttrSite{module_site_tag(m),
                         Value::from_bits(d ? reinterpret_cast<uintptr_t>(d->entries) : 0),
                         d ? d->n_entries : 0,
                         int32_t(i),
                         0,
                         0};
            return;
        }
}

// STORE_ATTR's counterpart: 1 stored, 0 not handled, -1 error.
inline int fast_attr_set(Code* code, uint32_t ni, Value obj, Value v) {
    const Str* name = code->names->items[ni].as<Str>();
#if MBPY_ATTR_SITE_CACHE
    if (AttrSite* site = attr_site(code, ni)) return site_set(*site, obj, name, v);
#endif
    return instance_fast_set(obj, name, v);
}

}  // namespace

#if MBPY_VM_PAUSE_OUTSIDE
#define MBPY_VM_LOOP_ARGS Frame *entry, Value throw_exc, Enter how, Value outside_result
static Value vm_loop(MBPY_VM_LOOP_ARGS);
#elif MBPY_GC_SAFE_POINTS
#define MBPY_VM_LOOP_ARGS Frame *entry, Value throw_exc
static Value vm_loop(MBPY_VM_LOOP_ARGS);
#endif

#if MBPY_VM_PAUSE_OUTSIDE
bool pause_wanted = false;
void (*pause_hook)() = nullptr;
bool vm_may_pause() { return loops_running == 0 && gc::unsafe_depth == 0; }

// Runs the loop, and between its runs what it left to do outside it: the calls of natives that may pause,
// imports (`outside`), and the pauses. The run counts as unsafe for the collector unless its caller is a
// CleanRun.
Value vm_run(Frame* entry, Value throw_exc) {
#if MBPY_GC_SAFE_POINTS
    gc::enter_unsafe();
#endif
    ++loops_running;
    Value r = vm_loop(entry, throw_exc, Enter::start, Value());
    --loops_running;
    while (r == leave_marker()) {
        Pending p = outside;
        outside = Pending{};
        Value v;
        Enter how = Enter::result;
        switch (p.what) {
            case Outside::call:
#if MBPY_GC_SAFE_POINTS
                gc::vm_direct_call = true;
#endif
                v = call(p.callee, Args{p.args, p.n_pos, p.args + p.n_pos, p.n_kw});
                break;
            case Outside::import_name:
            case Outside::import_from: {
#if MBPY_GC_SAFE_POINTS
                gc::CleanRun clean;  // the module's body: a safe run (import.cpp keeps its objects rooted)
#endif
                v = p.what == Outside::import_name ? import_name(p.name, p.globals, p.arg, p.level)
                                                   : import_from(p.arg, p.name);
                break;
            }
            case Outside::none:
                how = Enter::resume;
                pause_wanted = false;
                if (pause_hook) pause_hook();
                break;
        }
        ++loops_running;
        r = vm_loop(entry, Value(), how, v);
        --loops_running;
    }
#if MBPY_GC_SAFE_POINTS
    gc::leave_unsafe();
#endif
    return r;
}
#elif MBPY_GC_SAFE_POINTS
// A run counts as unsafe for the collector (gc.hpp) unless its caller is a CleanRun.
Value vm_run(Frame* entry, Value throw_exc) {
    gc::enter_unsafe();
    Value r = vm_loop(entry, throw_exc);
    gc::leave_unsafe();
    return r;
}
#endif

// The interpreter loop. Locals mirror the current frame; they are written back (SAVE) before anything
// that may switch frames, suspend, or look at the frame from outside (tracebacks, locals()).
#if MBPY_VM_PAUSE_OUTSIDE || MBPY_GC_SAFE_POINTS
static Value vm_loop(MBPY_VM_LOOP_ARGS) {
#else
Value vm_run(Frame* entry, Value throw_exc) {
#endif
#if MBPY_VM_PAUSE_OUTSIDE
    bool leave_at_entry = false;  // a call's poll asked for a pause: taken at the callee's first instruction
    if (how == Enter::start) {
#endif
        if (!check_c_stack()) return {};
        if (state.call_depth >= config::max_call_depth) return raise_recursion_error();
        ++state.call_depth;
        entry->back = current_frame();
        entry->flags &= ~frame_yielded;
        state.current_frame = Value(entry);
#if MBPY_VM_PAUSE_OUTSIDE
    }
#endif

    Frame* f = entry;
    Code* code;
    const uint8_t* bc;
    const uint8_t* ip;
    Value* fast;
    Value* base;
    Value* sp;
    Value* names;
    bool reraise = false;
    Value result;
    // The call family's registers (declared here: case labels may not jump past their initialisation).
    Value callee, self;
    Value* args;
    uint32_t n_pos, n_kw;
    Value* new_sp;
    Value call_fn;       // the Python function a frame is pushed for
    uint8_t call_flags;  // FrameFlags of that frame
    const Type* call_type;
    // The float the last BINARY_OP made and where the next BINARY_OP's operand would end (see BINARY_OP).
    // Forgotten at every frame switch: `fresh_end` then only ever points into the running code, whose
    // block cannot be freed and reused by another code object meanwhile.
    Value fresh;
    const uint8_t* fresh_end = nullptr;

#define LOAD_FRAME()                \
    do {                            \
        code = f->code;             \
        bc = code->bytecode;        \
        ip = bc + f->ip;            \
        fast = f->slots;            \
        base = f->stack();          \
        sp = base + f->sp;          \
        names = code->names->items; \
        fresh = Value();            \
    } while (0)
#define SAVE_FRAME()                 \
    do {                             \
        f->ip = uint16_t(ip - bc);   \
        f->sp = uint16_t(sp - base); \
    } while (0)
// The Ctrl-C check of backward jumps and calls, true when KeyboardInterrupt is due. It reads state.poll
// alone, and takes the slow path only when that is set (a Ctrl-C, or a port metering `work`: the bytes
// of bytecode the check stands for, evaluated only then). With MBPY_VM_POLL_INTERVAL, every that many
// checks it first gives the port its turn (core::poll_hook), with the frame saved as for a call: the hook
// may run the board's background work or pause the VM while a web page's event loop runs.
// A collection at a safe point (MBPY_GC_SAFE_POINTS) may free `fresh`'s float, which then only a stale
// local names: the slow path forgets it. With MBPY_VM_PAUSE_OUTSIDE the poll is a code (poll_code: 2 is a
// pause, for which the loop leaves at the backward jump's target or the callee's first instruction).
#if MBPY_VM_PAUSE_OUTSIDE
#define POLL_SLOW(work) (fresh = Value(), poll_code(f, ip - bc, sp - base, work))
#define LEAVE_IF_PAUSE(c, at) \
    if ((c) == 2) {           \
        ip = (at);            \
        goto leave_loop;      \
    }
#elif MBPY_GC_SAFE_POINTS
#define POLL_SLOW(work) (fresh = Value(), poll_slow(f, ip - bc, sp - base, work))
#else
#define POLL_SLOW(work) poll_slow(f, ip - bc, sp - base, work)
#endif
#ifndef LEAVE_IF_PAUSE
#define LEAVE_IF_PAUSE(c, at) (void)(c)
#endif
#if MBPY_VM_POLL_INTERVAL
#if MBPY_VM_PAUSE_OUTSIDE
#define POLL(work) \
    ((--poll_countdown ? bool(state.poll) : poll_now(f, ip - bc, sp - base)) ? POLL_SLOW(work) : 0)
#else
#define POLL(work) \
    ((--poll_countdown ? bool(state.poll) : poll_now(f, ip - bc, sp - base)) && POLL_SLOW(work))
#endif
#else
#define POLL(work) (state.poll && POLL_SLOW(work))
#endif
// Cell i: the frame's own cells, then the function's closure (never null when the code has free variables).
#define DEREF(i) ((i) < code->n_cells ? fast[code->n_locals + (i)] : f->closure->items[(i)-code->n_cells])
#define PUSH(v) (*sp++ = (v))
#ifndef NDEBUG
// Debug builds (the sanitizer CI run) check before every instruction that the frame's operand and block
// stacks stayed within the room the compiler computed (compiler_emit.cpp sizes them exactly): going past
// it would overwrite the frame's other parts without any sanitizer noticing.
#define CHECK_FRAME() \
    (sp <= base + code->stack_size && f->n_blocks <= code->max_blocks ? (void)0 : __builtin_trap())
#else
#define CHECK_FRAME() ((void)0)
#endif
#define POP() (*--sp)
#define TOP() (sp[-1])
#define NAME(i) (names[i].as<Str>())

#if MBPY_VM_PAUSE_OUTSIDE
    if (how != Enter::start) f = current_frame();
#endif
    LOAD_FRAME();
    if (throw_exc) {
        state.exc = throw_exc;
        goto error;
    }
#if MBPY_VM_PAUSE_OUTSIDE
    if (how == Enter::result) {
        if (!outside_result) goto error;
        PUSH(outside_result);
    }
#endif

#if defined(__GNUC__) && !defined(MBPY_VM_SWITCH)
    static const void* const dispatch_table[] = {
#define MBPY_OP_LABEL(name, operand, effect, doc) &&op_##name,
        MBPY_OPCODES(MBPY_OP_LABEL)
#undef MBPY_OP_LABEL
    };
#define CASE(name) op_##name:
#define DISPATCH_COPY()              \
    do {                             \
        CHECK_FRAME();               \
        goto* dispatch_table[*ip++]; \
    } while (0)
#if MBPY_VM_SHARED_DISPATCH
// One copy for all handlers (GCC's tail merging also undoes any copy left in a few hot ones): QEMU's
// instruction counts of the device's timing programs +5% for the sum loop, +2% pystone-like, +1% string
// building, +0.5% the float loop.
#define DISPATCH() goto dispatch
dispatch:
    DISPATCH_COPY();
#else
#define DISPATCH() DISPATCH_COPY()
    DISPATCH();
#endif
#else
#define DISPATCH() goto dispatch
#define CASE(name) case Op::name:
dispatch:
    CHECK_FRAME();
    switch (Op(*ip++)) {
#endif
    {
        CASE(NOP) { DISPATCH(); }
        CASE(POP_TOP) {
            --sp;
            DISPATCH();
        }
        CASE(ROT_TWO) {
            Value t = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = t;
            DISPATCH();
        }
        CASE(ROT_THREE) {
            Value t = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = t;
            DISPATCH();
        }
        CASE(ROT_FOUR) {
            Value t = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = sp[-4];
            sp[-4] = t;
            DISPATCH();
        }
        CASE(DUP_TOP) {
            Value t = TOP();
            PUSH(t);
            DISPATCH();
        }
        CASE(DUP_TOP_TWO) {
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            DISPATCH();
        }
        CASE(LOAD_CONST) {
            uint32_t i = read_varuint(ip);
            PUSH(code->consts->items[i]);
            DISPATCH();
        }
        CASE(LOAD_SMALL_INT) {
            intptr_t i = read_varsint(ip);
            PUSH(Value::small(i));
            DISPATCH();
        }
        CASE(LOAD_NONE) {
            PUSH(none());
            DISPATCH();
        }
        CASE(LOAD_TRUE) {
            PUSH(py_bool(true));
            DISPATCH();
        }
        CASE(LOAD_FALSE) {
            PUSH(py_bool(false));
            DISPATCH();
        }
        CASE(LOAD_FAST) {
            uint32_t i = read_varuint(ip);
            Value v = fast[i];
            if (!v) {
                raise_unbound_local(code, i);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        CASE(STORE_FAST) {
            uint32_t i = read_varuint(ip);
            fast[i] = POP();
            DISPATCH();
        }
        CASE(DELETE_FAST) {
            uint32_t i = read_varuint(ip);
            if (!fast[i]) {
                raise_unbound_local(code, i);
                goto error;
            }
            fast[i] = Value();
            DISPATCH();
        }
        CASE(LOAD_DEREF) {
            uint32_t i = read_varuint(ip);
            Value v = DEREF(i).as<Cell>()->contents;
            if (!v) {
                raise_unbound_cell(code, i);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        CASE(STORE_DEREF) {
            uint32_t i = read_varuint(ip);
            DEREF(i).as<Cell>()->contents = POP();
            DISPATCH();
        }
        CASE(DELETE_DEREF) {
            uint32_t i = read_varuint(ip);
            Cell* c = DEREF(i).as<Cell>();
            if (!c->contents) {
                raise_unbound_cell(code, i);
                goto error;
            }
            c->contents = Value();
            DISPATCH();
        }
        CASE(LOAD_CLASSDEREF) {
            uint32_t i = read_varuint(ip);
            uint32_t n = read_varuint(ip);
            Dict* locals = f->locals();
            Value v = locals ? dict_get_str(locals, NAME(n)) : Value();
            if (!v) {
                v = DEREF(i).as<Cell>()->contents;
                if (!v) {
                    raise_unbound_cell(code, i);
                    goto error;
                }
            }
            PUSH(v);
            DISPATCH();
        }
        CASE(LOAD_CLOSURE) {
            uint32_t i = read_varuint(ip);
            PUSH(DEREF(i));
            DISPATCH();
        }
        CASE(LOAD_GLOBAL) {
            Value v = load_global(code, read_varuint(ip), f->globals);
            if (!v) goto error;
            PUSH(v);
            DISPATCH();
        }
        CASE(STORE_GLOBAL) {
            if (!store_global(code, read_varuint(ip), f->globals, POP())) goto error;
            DISPATCH();
        }
        CASE(DELETE_GLOBAL) {
            const Str* name = NAME(read_varuint(ip));
            if (dict_remove(f->globals, Value(name), nullptr) != Lookup::Found) {
                raise_name_error(name);
                goto error;
            }
            DISPATCH();
        }
        CASE(LOAD_NAME) {
            uint32_t ni = read_varuint(ip);
            Dict* locals = f->locals();
            if (!locals) {  // module level: a global, with LOAD_GLOBAL's cache
                Value v = load_global(code, ni, f->globals);
                if (!v) goto error;
                PUSH(v);
                DISPATCH();
            }
            const Str* name = NAME(ni);
            Value v = dict_get_str(locals, name);
            if (!v) v = dict_get_str(f->globals, name);
            if (!v) v = builtin_lookup(name);
            if (!v) {
                raise_name_error(name);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        CASE(STORE_NAME) {
            uint32_t ni = read_varuint(ip);
            Dict* locals = f->locals();
            if (!locals) {
                if (!store_global(code, ni, f->globals, POP())) goto error;
                DISPATCH();
            }
            if (!dict_store_str(locals, NAME(ni), POP())) goto error;
            DISPATCH();
        }
        CASE(DELETE_NAME) {
            const Str* name = NAME(read_varuint(ip));
            Dict* locals = f->locals();
            if (dict_remove(locals ? locals : f->globals, Value(name), nullptr) != Lookup::Found) {
                raise_name_error(name);
                goto error;
            }
            DISPATCH();
        }
        CASE(LOAD_ATTR) {
            uint32_t ni = read_varuint(ip);
            const Str* name = NAME(ni);
            Value fast_out[2];
#if MBPY_ATTR_SITE_CACHE
            AttrSite* site = attr_site(code, ni);
            Lookup found =
                site ? site_get(*site, TOP(), name, fast_out) : instance_fast_get(TOP(), name, fast_out);
#else
                Lookup found = instance_fast_get(TOP(), name, fast_out);
#endif
            if (found == Lookup::Found) {
                Value v = fast_out[1] ? make_bound_method(fast_out[0], fast_out[1]) : fast_out[0];
                if (!v) goto error;
                TOP() = v;
                DISPATCH();
            }
#if MBPY_ATTR_SITE_CACHE
            if (site && heap_type(TOP()) == &module_type) {
                Value v;
                if (!module_site_get(*site, TOP(), name, &v)) {
                    v = load_attr(TOP(), name);
                    if (!v) goto error;
                    module_site_fill(*site, TOP(), name);
                }
                TOP() = v;
                DISPATCH();
            }
#endif
            Value v = load_attr(TOP(), name);
            if (!v) goto error;
            TOP() = v;
            DISPATCH();
        }
        CASE(STORE_ATTR) {
            uint32_t ni = read_varuint(ip);
            const Str* name = NAME(ni);
            Value obj = POP();
            Value v = POP();
            int done = fast_attr_set(code, ni, obj, v);
            if (done < 0 || (done == 0 && !store_attr(obj, name, v))) goto error;
            DISPATCH();
        }
        CASE(DELETE_ATTR) {
            const Str* name = NAME(read_varuint(ip));
            Value obj = POP();
            if (!delete_attr(obj, name)) goto error;
            DISPATCH();
        }
        CASE(LOAD_METHOD) {
            uint32_t ni = read_varuint(ip);
            Value obj = TOP();
            Value out[2];
#if MBPY_ATTR_SITE_CACHE
            AttrSite* site = attr_site(code, ni);
            if (site && obj.is_obj() && site->type == builtin_site_tag(obj.obj()->type)) {
                TOP() = site->cls_value;  // l.append & co.: the method of a builtin type, found before
                PUSH(obj);
                DISPATCH();
            }
#endif
#if MBPY_ATTR_SITE_CACHE
            Lookup found = site ? site_get(*site, obj, NAME(ni), out) : instance_fast_get(obj, NAME(ni), out);
#else
                Lookup found = instance_fast_get(obj, NAME(ni), out);
#endif
            if (found != Lookup::Found) {
#if MBPY_ATTR_SITE_CACHE
                if (site && heap_type(obj) == &module_type) {  // math.sin(x)
                    Value v;
                    if (!module_site_get(*site, obj, NAME(ni), &v)) {
                        v = load_attr(obj, NAME(ni));
                        if (!v) goto error;
                        module_site_fill(*site, obj, NAME(ni));
                    }
                    TOP() = v;
                    PUSH(Value());
                    DISPATCH();
                }
#endif
                if (!load_method(obj, NAME(ni), out)) goto error;
#if MBPY_ATTR_SITE_CACHE
                if (site && out[1] == obj && obj.is_obj()) remember_builtin_method(*site, obj, out[0]);
#endif
            }
            TOP() = out[0];
            PUSH(out[1]);
            DISPATCH();
        }
        CASE(LOAD_SUBSCR) {
            Value i = POP();
            if (i.is_small() && TOP().is_obj() && TOP().obj()->type == &list_type) {  // list[int]
                List* l = TOP().as<List>();
                intptr_t k = i.small_value();
                if (k < 0) k += intptr_t(l->len);
                if (k >= 0 && size_t(k) < l->len) {
                    TOP() = l->items[k];
                    DISPATCH();
                }
            }
            Value r = subscr_load(TOP(), i);
            if (!r) goto error;
            TOP() = r;
            DISPATCH();
        }
        CASE(STORE_SUBSCR) {
            sp -= 3;
            if (sp[2].is_small() && sp[1].is_obj() && sp[1].obj()->type == &list_type) {  // list[int] = v
                List* l = sp[1].as<List>();
                intptr_t k = sp[2].small_value();
                if (k < 0) k += intptr_t(l->len);
                if (k >= 0 && size_t(k) < l->len) {
                    l->items[k] = sp[0];
                    DISPATCH();
                }
            }
            if (!subscr_store(sp[1], sp[2], sp[0])) goto error;
            DISPATCH();
        }
        CASE(DELETE_SUBSCR) {
            sp -= 2;
            if (!subscr_delete_item(sp[0], sp[1])) goto error;
            DISPATCH();
        }
        CASE(BINARY_OP) {
            BinaryOp op = BinaryOp(*ip++);  // a BinaryOp is < 128: its operand is one byte
            Value b = POP();
            Value a = TOP();
            Float x, y, r;
            if (a.is_small() && b.is_small()) {
#if MBPY_VM_NUMBER_OPS_INLINE
                Value v = small_int_op(op, a.small_value(), b.small_value());
                if (v) {
                    TOP() = v;
                    DISPATCH();
                }
                if (op != BinaryOp::TrueDiv && op != BinaryOp::InplaceTrueDiv) goto binop_slow;
                    // int / int: exact operands divide to the correctly rounded quotient, as in CPython
#else
                    // What int's slot would do, without binary_op's dispatch; NotImplemented (`in`, `@`)
                    // goes on to the general path for its error.
                    Value v = int_binary(
                        op >= BinaryOp::InplaceOr ? BinaryOp(int(op) - binary_inplace_offset) : op, a, b);
                    if (!v) goto error;
                    if (v == not_implemented()) goto binop_slow;
                    TOP() = v;
                    DISPATCH();
#endif
            }
            if (!number_operand(a, &x) || !number_operand(b, &y)) goto binop_slow;
            switch (op) {
                case BinaryOp::Add:
                case BinaryOp::InplaceAdd: r = x + y; break;
                case BinaryOp::Sub:
                case BinaryOp::InplaceSub: r = x - y; break;
                case BinaryOp::Mul:
                case BinaryOp::InplaceMul: r = x * y; break;
                case BinaryOp::TrueDiv:
                case BinaryOp::InplaceTrueDiv:
                    if (y == 0) goto binop_slow;
                    r = x / y;
                    break;
#if MBPY_VM_NUMBER_OPS_INLINE
                case BinaryOp::Pow:
                case BinaryOp::InplacePow:  // a positive base: a real result; overflow is the slot's
                    if (!(x > 0)) goto binop_slow;
                    r = std::pow(x, y);
                    if (__builtin_isinf(r) && !__builtin_isinf(x) && !__builtin_isinf(y)) goto binop_slow;
                    break;
                case BinaryOp::Lt: TOP() = py_bool(x < y); goto binop_compared;
                case BinaryOp::Le: TOP() = py_bool(x <= y); goto binop_compared;
                case BinaryOp::Gt: TOP() = py_bool(x > y); goto binop_compared;
                case BinaryOp::Ge: TOP() = py_bool(x >= y); goto binop_compared;
                case BinaryOp::Eq: TOP() = py_bool(x == y); goto binop_compared;
                case BinaryOp::Ne: TOP() = py_bool(x != y); goto binop_compared;
#else
                    case BinaryOp::Lt:
                    case BinaryOp::Le:
                    case BinaryOp::Gt:
                    case BinaryOp::Ge:
                    case BinaryOp::Eq:
                    case BinaryOp::Ne: TOP() = float_binary(op, x, y); goto binop_compared;  // float's own
#endif
                default: goto binop_slow;
            }
            {
                // A float made by the previous BINARY_OP and consumed right here, with at most a
                // LOAD_FAST/LOAD_CONST between, is referenced by this stack slot only: it takes the
                // result in place (`2.0 * zr * zi + ci` boxes once, not three times).
                FloatObj* dst;
                if (b == fresh && ip == fresh_end) {
                    dst = b.as<FloatObj>();
                } else if (a == fresh && ip == fresh_end + 2 &&
                           (fresh_end[-2] == uint8_t(Op::LOAD_FAST) ||
                            fresh_end[-2] == uint8_t(Op::LOAD_CONST))) {
                    dst = a.as<FloatObj>();
                } else {
                    dst = static_cast<FloatObj*>(gc::alloc_leaf_block());
                    if (!dst) {
                        raise_memory_error();
                        goto error;
                    }
                    dst->type = &float_type;
                }
                dst->value = r;
                TOP() = fresh = Value(dst);
                fresh_end = ip + 2;  // where ip is after the operand of a BINARY_OP next in line
                DISPATCH();
            }
        binop_compared:
            fresh = Value();  // it may have consumed `fresh`: its block may be reused
            DISPATCH();
        binop_slow:
            if ((op == BinaryOp::Add || op == BinaryOp::InplaceAdd) && a.is_obj() && b.is_obj() &&
                a.obj()->type == &str_type && b.obj()->type == &str_type) {
                Value v = str_concat(a, b);
                if (!v) goto error;
                TOP() = v;
                DISPATCH();
            }
            fresh = Value();  // `fresh` may be an operand here, and may escape
            if (Value m = inline_binop_method(op, a, b)) {
                // A Python __add__ & co. runs in a frame of this loop; a and b stay on the stack until
                // it returns (RETURN_VALUE then takes the reflected path if it says NotImplemented).
                ++sp;
                args = sp - 1;
                n_pos = 1;
                n_kw = 0;
                self = a;
                call_fn = m;
                call_flags = frame_binop;
                new_sp = sp;
                goto push_frame;
            }
            Value v = op == BinaryOp::Contains ? binary_op(op, b, a) : binary_op(op, a, b);
            if (!v) goto error;
            TOP() = v;
            DISPATCH();
        }
        CASE(UNARY_OP) {
            UnaryOp op = UnaryOp(read_varuint(ip));
            Value a = TOP();
            if (op == UnaryOp::Neg && a.is_small() && Value::fits_small(-a.small_value())) {
                TOP() = Value::small(-a.small_value());
                DISPATCH();
            }
            Value r = unary_op(op, a);
            if (!r) goto error;
            TOP() = r;
            DISPATCH();
        }
        CASE(UNARY_NOT) {
            int t = fast_truth(TOP());
            if (t < 0) goto error;
            TOP() = py_bool(!t);
            DISPATCH();
        }
        CASE(IS_OP) {
            uint32_t inv = read_varuint(ip);
            Value b = POP();
            TOP() = py_bool((TOP() == b) != (inv != 0));
            DISPATCH();
        }
        CASE(NOT_IN) {
            Value b = POP();
            Value r = binary_op(BinaryOp::Contains, b, TOP());
            if (!r) goto error;
            int t = fast_truth(r);
            if (t < 0) goto error;
            TOP() = py_bool(!t);
            DISPATCH();
        }
        CASE(BUILD_TUPLE) {
            uint32_t n = read_varuint(ip);
            Value t = make_tuple(n, sp - n);
            if (!t) goto error;
            sp -= n;
            PUSH(t);
            DISPATCH();
        }
        CASE(BUILD_LIST) {
            uint32_t n = read_varuint(ip);
            Value l = make_list(n, sp - n);
            if (!l) goto error;
            sp -= n;
            PUSH(l);
            DISPATCH();
        }
        CASE(BUILD_SET) {
            uint32_t n = read_varuint(ip);
            Value s = build_set(sp - n, n);
            if (!s) goto error;
            sp -= n;
            PUSH(s);
            DISPATCH();
        }
        CASE(BUILD_MAP) {
            uint32_t n = read_varuint(ip);
            Dict* d = new_dict(n);
            if (!d) goto error;
            sp -= 2 * n;
            for (uint32_t i = 0; i < n; ++i)
                if (!dict_store(d, sp[2 * i], sp[2 * i + 1])) goto error;
            PUSH(Value(d));
            DISPATCH();
        }
        CASE(BUILD_SLICE) {
            uint32_t n = read_varuint(ip);
            sp -= n;
            Value s = call(Value(&slice_type), Args{sp, n, nullptr, 0});
            if (!s) goto error;
            PUSH(s);
            DISPATCH();
        }
        CASE(BUILD_STRING) {
#if MBPY_FSTRINGS
            uint32_t n = read_varuint(ip);
            sp -= n;
            Value s = concat_strings(sp, n);
            if (!s) goto error;
            PUSH(s);
            DISPATCH();
#endif
            raise_runtime_error("f-strings not supported");  // nothing else compiles to it
            goto error;
        }
        CASE(LIST_APPEND) {
            uint32_t n = read_varuint(ip);
            Value v = POP();
            if (!list_append(sp[-int(n)].as<List>(), v)) goto error;
            DISPATCH();
        }
        CASE(SET_ADD) {
            uint32_t n = read_varuint(ip);
            Value v = POP();
            if (!set_add(sp[-int(n)], v)) goto error;
            DISPATCH();
        }
        CASE(MAP_ADD) {
            uint32_t n = read_varuint(ip);
            sp -= 2;
            if (!dict_store(sp[-int(n)].as<Dict>(), sp[0], sp[1])) goto error;
            DISPATCH();
        }
        CASE(LIST_EXTEND) {
            uint32_t n = read_varuint(ip);
            Value v = POP();
            if (!list_extend(sp[-int(n)].as<List>(), v)) goto error;
            DISPATCH();
        }
        CASE(SET_UPDATE) {
            uint32_t n = read_varuint(ip);
            Value v = POP();
            if (!set_update(sp[-int(n)], v)) goto error;
            DISPATCH();
        }
        CASE(DICT_UPDATE) {
            uint32_t n = read_varuint(ip);
            Value v = POP();
            if (!dict_update(sp[-int(n)].as<Dict>(), v, false)) goto error;
            DISPATCH();
        }
        CASE(DICT_MERGE) {
            uint32_t n = read_varuint(ip);
            Value v = POP();
            if (!dict_update(sp[-int(n)].as<Dict>(), v, true)) goto error;
            DISPATCH();
        }
        CASE(LIST_TO_TUPLE) {
            List* l = TOP().as<List>();
            Value t = make_tuple(l->len, l->items);
            if (!t) goto error;
            TOP() = t;
            DISPATCH();
        }
        CASE(FORMAT_VALUE) {
#if MBPY_FSTRINGS
            uint32_t flags = read_varuint(ip);
            Value spec = (flags & fmt_have_spec) ? POP() : Value();
            Value r = format_field(TOP(), flags & fmt_conv_mask, spec);
            if (!r) goto error;
            TOP() = r;
            DISPATCH();
#endif
            raise_runtime_error("f-strings not supported");  // nothing else compiles to it
            goto error;
        }
        CASE(UNPACK_SEQUENCE) {
            uint32_t n = read_varuint(ip);
            Value seq = POP();
            if (!unpack_sequence(seq, n, sp)) goto error;
            sp += n;
            DISPATCH();
        }
        CASE(UNPACK_EX) {
            uint32_t before = read_varuint(ip);
            uint32_t after = read_varuint(ip);
            Value seq = POP();
            if (!unpack_ex(seq, before, after, sp)) goto error;
            sp += before + after + 1;
            DISPATCH();
        }
        CASE(JUMP) {
            uint32_t target = read_jump(ip);
            if (bc + target < ip) {
                if (int c = POLL(uint32_t(ip - (bc + target)))) {
                    LEAVE_IF_PAUSE(c, bc + target);
                    raise_interrupt();
                    goto error;
                }
            }
            ip = bc + target;
            DISPATCH();
        }
        CASE(POP_JUMP_IF_FALSE) {
            uint32_t target = read_jump(ip);
            int t = fast_truth(POP());
            if (t < 0) goto error;
            if (!t) ip = bc + target;
            DISPATCH();
        }
        CASE(POP_JUMP_IF_TRUE) {
            uint32_t target = read_jump(ip);
            int t = fast_truth(POP());
            if (t < 0) goto error;
            if (t) ip = bc + target;
            DISPATCH();
        }
        CASE(JUMP_IF_FALSE_OR_POP) {
            uint32_t target = read_jump(ip);
            int t = fast_truth(TOP());
            if (t < 0) goto error;
            if (!t)
                ip = bc + target;
            else
                --sp;
            DISPATCH();
        }
        CASE(JUMP_IF_TRUE_OR_POP) {
            uint32_t target = read_jump(ip);
            int t = fast_truth(TOP());
            if (t < 0) goto error;
            if (t)
                ip = bc + target;
            else
                --sp;
            DISPATCH();
        }
        CASE(GET_ITER) {
            if (heap_type(TOP()) == &range_type) {
                if (Value p = range_packed_iter(TOP())) {
                    TOP() = p;
                    DISPATCH();
                }
            }
            Value it = get_iter(TOP());
            if (!it) goto error;
            TOP() = it;
            DISPATCH();
        }
        CASE(FOR_ITER) {
            uint32_t target = read_jump(ip);
            Value v = fast_for_next(&TOP());
            if (!v) {
                SAVE_FRAME();
                if (Frame* gf = generator_resume_in_place(f, none(), frame_resumed_for)) {
                    f = gf;  // a generator: it runs in a frame of this loop
                    goto switch_frame;
                }
                v = iter_next(TOP());
                if (!v) {
                    if (!exc_matches(state.exc, &stop_iteration_type)) goto error;
                    take_exception();  // a generator's return value: the loop just ends
                    v = stop_marker();
                }
            }
            if (v == stop_marker()) {
                --sp;
                ip = bc + target;
                if (int c = POLL(0)) {
                    LEAVE_IF_PAUSE(c, ip);
                    raise_interrupt();
                    goto error;
                }
            } else {
                PUSH(v);
            }
            DISPATCH();
        }
        CASE(SETUP_FINALLY) {
            uint32_t target = read_jump(ip);
            f->blocks()[f->n_blocks++] = Block{uint16_t(target), uint16_t(sp - base)};
            DISPATCH();
        }
        CASE(POP_BLOCK) {
            --f->n_blocks;
            DISPATCH();
        }
        CASE(POP_EXCEPT) {
            --f->n_blocks;  // the handler marker
            sp -= 2;
            f->handling = sp[0];
            DISPATCH();
        }
        CASE(CHECK_EXC_MATCH) {
            Value t = POP();
            int m = exception_match(TOP(), t);
            if (m < 0) goto error;
            PUSH(py_bool(m));
            DISPATCH();
        }
        CASE(RERAISE) {
            state.exc = POP();
            reraise = true;
            goto error;
        }
        CASE(RAISE_VARARGS) {
            uint32_t n = read_varuint(ip);
            if (n == 0) {
                Value h = current_handled_exception();
                if (!h) {
                    raise_runtime_error("no active exception to reraise"_msg);
                    goto error;
                }
                state.exc = h;
                reraise = true;
                goto error;
            }
            Value cause = n == 2 ? POP() : Value();
            Value exc = POP();
            do_raise(exc, cause, n == 2);
            goto error;
        }
        CASE(LOAD_ASSERTION_ERROR) {
            PUSH(Value(&assertion_error_type));
            DISPATCH();
        }
        CASE(SETUP_WITH) {
            uint32_t target = read_jump(ip);
            Value mgr = TOP();
            Value exit = load_bound(mgr, &q_dunder_exit);
            if (!exit) goto error;
            TOP() = exit;
            SAVE_FRAME();
            Value r = call_method(mgr, &q_dunder_enter, 0, nullptr);
            if (!r) goto error;
            f->blocks()[f->n_blocks++] = Block{uint16_t(target), uint16_t(sp - base)};
            PUSH(r);
            DISPATCH();
        }
        CASE(WITH_EXIT) {
            Value exit = POP();
            Value args[3] = {none(), none(), none()};
            SAVE_FRAME();
            if (!call(exit, Args{args, 3, nullptr, 0})) goto error;
            DISPATCH();
        }
        CASE(WITH_EXCEPT) {
            Value exc = sp[-1];
            Value args[3] = {Value(type_of(exc)), exc, none()};
            SAVE_FRAME();
            Value r = call(sp[-3], Args{args, 3, nullptr, 0});
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }
        CASE(RETURN_VALUE) {
            result = POP();
            if (f == entry) {
                SAVE_FRAME();
                f->flags |= frame_finished;
                goto leave;
            }
            Frame* back = f->back;
            uint8_t flags = f->flags;
            if (flags & frame_generator) {  // resumed in place: back to the frame that resumed it
                f = generator_returned_in_place(f, result);
                goto switch_frame;
            }
            frame_release(f);  // frames are never shared outside generators
            --state.call_depth;
            f = back;
            state.current_frame = Value(f);
            LOAD_FRAME();
            // only frame_binop or frame_init here (generator frames returned above)
            if (flags) {
                if (flags & frame_binop) {  // [a b] of the BINARY_OP that ran the method
                    Value rhs = POP();
                    if (result == not_implemented()) {
                        SAVE_FRAME();
                        result = binary_op_reflected(BinaryOp(ip[-1]), TOP(), rhs);
                        if (!result) goto error;
                    }
                    TOP() = result;
                    DISPATCH();
                }
                // frame_init: the instance is already on the stack
                if (result != none()) {
                    raise_type_error("__init__() should return None, not '%T'"_msg, result);
                    goto error;
                }
                DISPATCH();
            }
            PUSH(result);
            DISPATCH();
        }
        CASE(YIELD_VALUE) {
            result = POP();
        yield_result:
            SAVE_FRAME();
            f->flags |= frame_yielded;
            if (f == entry) goto leave;  // resumed by generator_resume
            f = generator_yielded_in_place(f, result, entry);
            if (!f) goto leave;  // yielded on by `yield from` frames up to the entry's
        switch_frame:            // to f, from a generator's frame or into one
            LOAD_FRAME();
            DISPATCH();
        }
        CASE(YIELD_FROM) {
            const uint8_t* start = ip - 1;
            Value v = POP();
            SAVE_FRAME();
            if (Frame* gf = generator_resume_in_place(f, v, frame_resumed_from)) {
                f = gf;  // a generator: it runs in a frame of this loop
                goto switch_frame;
            }
            bool yielded = false;
            Value r = delegate_send(TOP(), v, &yielded);
            if (!r) goto error;
            if (yielded) {  // suspended on the YIELD_FROM, to repeat it when resumed
                ip = start;
                result = r;
                goto yield_result;
            }
            TOP() = r;
            DISPATCH();
        }
        CASE(GET_YIELD_FROM_ITER) {
            if (!is_generator(TOP())) {
                Value it = get_iter(TOP());
                if (!it) goto error;
                TOP() = it;
            }
            DISPATCH();
        }
#if MBPY_ASYNC
        CASE(GET_AWAITABLE) {
            Value a = get_awaitable(TOP());
            if (!a) goto error;
            TOP() = a;
            DISPATCH();
        }
        CASE(GET_AITER) {
            SAVE_FRAME();
            Value a = call_method(TOP(), &q_dunder_aiter, 0, nullptr);
            if (!a) goto error;
            TOP() = a;
            DISPATCH();
        }
        CASE(GET_ANEXT) {
            SAVE_FRAME();
            Value a = call_method(TOP(), &q_dunder_anext, 0, nullptr);
            if (!a) goto error;
            a = get_awaitable(a);
            if (!a) goto error;
            PUSH(a);
            DISPATCH();
        }
        CASE(END_ASYNC_FOR) {
            Value exc = sp[-1];
            if (!exc_matches(exc, &stop_async_iteration_type)) {
                state.exc = POP();
                reraise = true;
                goto error;
            }
            --f->n_blocks;
            f->handling = sp[-2];
            sp -= 3;
            DISPATCH();
        }
        CASE(BEFORE_ASYNC_WITH) {
            Value mgr = TOP();
            Value exit = load_bound(mgr, &q_dunder_aexit);
            if (!exit) goto error;
            TOP() = exit;
            SAVE_FRAME();
            Value r = call_method(mgr, &q_dunder_aenter, 0, nullptr);
            if (!r) goto error;
            r = get_awaitable(r);
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }
        CASE(SETUP_ASYNC_WITH) {
            uint32_t target = read_jump(ip);
            f->blocks()[f->n_blocks++] = Block{uint16_t(target), uint16_t(sp - 1 - base)};
            DISPATCH();
        }
#else
            CASE(GET_AWAITABLE) { goto no_async; }
            CASE(GET_AITER) { goto no_async; }
            CASE(GET_ANEXT) { goto no_async; }
            CASE(END_ASYNC_FOR) { goto no_async; }
            CASE(BEFORE_ASYNC_WITH) { goto no_async; }
            CASE(SETUP_ASYNC_WITH) {
            no_async:  // nothing compiles to these
                raise_runtime_error("async not supported"_msg);
                goto error;
            }
#endif
        CASE(MAKE_FUNCTION) {
            uint32_t flags = read_varuint(ip);
            Code* c = POP().as<Code>();
            Tuple* closure = (flags & make_fn_closure) ? POP().as<Tuple>() : nullptr;
            Dict* kwdefaults = (flags & make_fn_kwdefaults) ? POP().as<Dict>() : nullptr;
            Tuple* defaults = (flags & make_fn_defaults) ? POP().as<Tuple>() : nullptr;
            Value fn = make_function(c, f->globals, defaults, kwdefaults, closure);
            if (!fn) goto error;
            PUSH(fn);
            DISPATCH();
        }
        {
            // The call family: [f args...] with self and keyword pairs as described in opcodes.hpp.
            CASE(CALL) {
                n_pos = read_varuint(ip);
                n_kw = 0;
                args = sp - n_pos;
                callee = args[-1];
                new_sp = args - 1;
                goto do_call;
            }
            CASE(CALL_KW) {
                n_pos = read_varuint(ip);
                n_kw = read_varuint(ip);
                args = sp - n_pos - 2 * n_kw;
                callee = args[-1];
                new_sp = args - 1;
                goto do_call;
            }
            CASE(CALL_METHOD) {
                n_pos = read_varuint(ip);
                n_kw = 0;
                goto do_call_method;
            }
            CASE(CALL_METHOD_KW) {
                n_pos = read_varuint(ip);
                n_kw = read_varuint(ip);
                goto do_call_method;
            }
        do_call_method:
            args = sp - n_pos - 2 * n_kw;
            new_sp = args - 2;
            callee = args[-2];
            if (args[-1]) {  // self sits right below the arguments: pass it as the first one
                --args;
                ++n_pos;
            }
            goto do_call;
            CASE(CALL_EX) {
                uint32_t has_kw = read_varuint(ip);
                Value kwd = has_kw ? POP() : Value();
                Value pos = POP();
                callee = POP();
                SAVE_FRAME();
                Value r = call_ex(callee, pos, kwd);
                if (!r) goto error;
                PUSH(r);
                DISPATCH();
            }
        do_call:
            if (int c = POLL(call_work)) {
#if MBPY_VM_PAUSE_OUTSIDE
                if (c == 2) {
                    leave_at_entry = true;
                } else
#else
                    (void)c;  // 2 (pause) only where the VM pauses outside its loop
#endif
                {
                    raise_interrupt();
                    goto error;
                }
            }
            self = Value();
            {
                call_fn = callee;
                call_flags = 0;
                call_type = heap_type(callee);
                if (call_type == &bound_method_type) {
                    BoundMethod* bm = callee.as<BoundMethod>();
                    if (heap_type(bm->function) == &function_type) {
                        self = bm->self;
                        call_fn = bm->function;
                    } else {
                        call_type = nullptr;
                    }
                } else if (call_type == &native_function_type) {
                    // A builtin function or method with a plain positional call: straight to its C++.
                    const NativeFunction* nfn = callee.as<NativeFunction>();
                    if (n_kw == 0 && n_pos >= nfn->min_pos &&
                        (nfn->max_pos == var_pos || n_pos <= nfn->max_pos)) {
#if MBPY_VM_PAUSE_OUTSIDE
                        if (nfn->may_pause) goto call_outside;
#endif
                        SAVE_FRAME();
                        Value r = nfn->fn(Args{args, n_pos, nullptr, 0});
                        sp = new_sp;
                        if (!r) goto error;
                        PUSH(r);
                        DISPATCH();
                    }
                } else if (call_type == &type_type) {
                    call_type = nullptr;
                    if (Value init = plain_class_init(callee)) {
                        // C(...) of a class with a Python __init__ and nothing else special: the instance
                        // takes the class's place on the stack and __init__ runs in a frame of this loop.
                        Instance* inst = alloc<Instance>(callee.as<Type>());
                        if (!inst) goto error;
                        *new_sp++ = Value(inst);
                        self = Value(inst);
                        call_fn = init;
                        call_flags = frame_init;
                        call_type = &function_type;
                    }
                }
                if ((call_type == &function_type || call_type == &bound_method_type) &&
                    !(call_fn.as<Function>()->code->flags &
                      (code_generator | code_coroutine | code_async_gen))) {
                push_frame:
                    // Python -> Python: a new frame, no C recursion.
                    Function* fn = call_fn.as<Function>();
                    if (state.call_depth >= config::max_call_depth) {
                        raise_recursion_error();
                        goto error;
                    }
                    Frame* nf = frame_new(fn->code, fn->globals);
                    if (!nf) goto error;
                    Code* fc = fn->code;
                    if (n_kw == 0 && !(fc->flags & (code_varargs | code_varkw)) && fc->n_kwonly == 0 &&
                        n_pos + (self ? 1 : 0) == fc->n_pos) {
                        // Exactly the positional parameters: a plain copy (bind_args handles the rest).
                        Value* loc = nf->slots;
                        if (self) *loc++ = self;
                        for (uint32_t i = 0; i < n_pos; ++i) loc[i] = args[i];
                    } else if (!bind_args(fn, self, Args{args, n_pos, args + n_pos, n_kw}, nf->slots)) {
                        goto error;
                    }
                    nf->closure = fn->closure;
                    if (fc->n_cells && !frame_init_cells(nf, fn->closure)) goto error;
                    sp = new_sp;
                    SAVE_FRAME();
                    nf->flags = call_flags;
                    nf->back = f;
                    ++state.call_depth;
                    f = nf;
                    state.current_frame = Value(f);
                    LOAD_FRAME();
#if MBPY_VM_PAUSE_OUTSIDE
                    if (leave_at_entry) goto leave_loop;
#endif
                    DISPATCH();
                }
            }
#if MBPY_VM_PAUSE_OUTSIDE
            if (call_type == &native_function_type && callee.as<NativeFunction>()->may_pause)
                goto call_outside;
#endif
            SAVE_FRAME();
#if MBPY_GC_SAFE_POINTS
            gc::vm_direct_call = call_type == &native_function_type;  // straight to native_call
#endif
            Value r = call(callee, Args{args, n_pos, args + n_pos, n_kw});
            sp = new_sp;
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }
        CASE(LOAD_BUILD_CLASS) {
            PUSH(Value(&build_class_fn));
            DISPATCH();
        }
        CASE(IMPORT_NAME) {
            const Str* name = NAME(read_varuint(ip));
            Value fromlist = POP();
            Value level = TOP();
#if MBPY_VM_PAUSE_OUTSIDE
            // Outside the loop: the module's body may pause (the level is left above the stack's top, the
            // result pushed in its place).
            outside.what = Outside::import_name;
            outside.name = name;
            outside.globals = f->globals;
            outside.arg = fromlist;
            outside.level = level.is_small() ? level.small_value() : 0;
            --sp;
            goto leave_loop;
#else
                SAVE_FRAME();
                Value m;
                {
#if MBPY_GC_SAFE_POINTS
                    gc::CleanRun
                        clean;  // the module's body: a safe run (import.cpp keeps its objects rooted)
#endif
                    m = import_name(name, f->globals, fromlist, level.is_small() ? level.small_value() : 0);
                }
                if (!m) goto error;
                TOP() = m;
                DISPATCH();
#endif
        }
        CASE(IMPORT_FROM) {
            const Str* name = NAME(read_varuint(ip));
#if MBPY_VM_PAUSE_OUTSIDE
            outside.what = Outside::import_from;  // outside the loop: a submodule's body may pause
            outside.name = name;
            outside.arg = TOP();
            goto leave_loop;
#else
                SAVE_FRAME();
                Value v;
                {
#if MBPY_GC_SAFE_POINTS
                    gc::CleanRun clean;
#endif
                    v = import_from(TOP(), name);
                }
                if (!v) goto error;
                PUSH(v);
                DISPATCH();
#endif
        }
        CASE(IMPORT_STAR) {
            Value m = POP();
            Dict* locals = f->locals();
            if (!import_star(m, locals ? locals : f->globals)) goto error;
            DISPATCH();
        }
        CASE(PRINT_EXPR) {
            Value v = POP();
            if (v != none()) {
                Printer out([](void*, const char* d, size_t n) { hal::stdout_write(d, n); }, nullptr);
                SAVE_FRAME();
                if (!print_value(out, v, PrintKind::Repr)) goto error;
                out.put('\n');
                if (state.builtins && !dict_store_str(state.builtins, &q_underscore, v)) goto error;
            }
            DISPATCH();
        }
        CASE(SETUP_ANNOTATIONS) { DISPATCH(); }
    }
#if !(defined(__GNUC__) && !defined(MBPY_VM_SWITCH))
    default: raise_runtime_error("bad opcode"_msg); goto error;
}
#endif

#if MBPY_VM_PAUSE_OUTSIDE
call_outside :
    // A native that may pause: vm_run calls it, outside the loop, and the loop goes on with its result.
    outside.what = Outside::call;
outside.callee = callee;
outside.args = args;
outside.n_pos = n_pos;
outside.n_kw = n_kw;
sp = new_sp;
leave_loop : SAVE_FRAME();
return leave_marker();
#endif

error :
// An exception is pending. Record this frame in the traceback (unless it is a re-raise), then unwind
// to the innermost try block, frame by frame.
{
    Value exc = state.exc;
    // The call registers may still hold the failed call's receiver (e.g. a huge list whose append ran
    // out of memory): the conservative GC would keep it alive after the program drops it.
    callee = self = Value();
    fresh = Value();
    SAVE_FRAME();
    if (!reraise) set_context(exc);
    for (;;) {  // each frame it leaves goes in the traceback, and this one unless it re-raises
        if (!reraise)
            exception_add_traceback(exc, code->filename, code_line_at(code, f->ip ? f->ip - 1 : 0),
                                    code->name);
        reraise = false;
        while (f->n_blocks) {
            Block b = f->blocks()[--f->n_blocks];
            if (b.handler == block_handler) {
                // Leaving a running handler: restore the exception it had saved.
                f->handling = base[b.level];
                continue;
            }
            // Clear the abandoned part of the operand stack: the conservative GC would otherwise keep
            // what it held alive (e.g. a huge list whose append just failed with MemoryError).
            for (Value* p = base + b.level; p < base + code->stack_size; ++p) *p = Value();
            sp = base + b.level;
            PUSH(f->handling);
            f->blocks()[f->n_blocks++] = Block{block_handler, uint16_t(sp - 1 - base)};
            f->handling = exc;
            PUSH(exc);
            state.exc = Value();
            ip = bc + b.handler;
            DISPATCH();
        }
        // No handler here: the frame is done.
        if (f == entry) {
            f->flags |= frame_finished;
            result = Value();
            goto leave;
        }
        if (f->flags & frame_generator) {  // resumed in place: the exception goes on in the frame below
            f = generator_raised_in_place(f);
            exc = state.exc;
        } else {
            Frame* back = f->back;
            frame_release(f);
            --state.call_depth;
            f = back;
            state.current_frame = Value(f);
        }
        LOAD_FRAME();
    }
}

leave :
    // The entry frame is released unless a generator owns it (its caller never touches it again).
    --state.call_depth;
state.current_frame = Value(entry->back);
if (!(entry->flags & frame_yielded)) entry->handling = Value();
if (!(entry->flags & frame_generator)) frame_release(entry);
return result;
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef NAME
#undef DISPATCH
#undef DISPATCH_COPY
#undef CASE
}

}  // namespace core
