// Out-of-line parts of the interpreter loop: unpacking, displays, f-string fields, raise, delegation.
#include <string.h>

#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/vm_support.hpp"
#include "core/obj_set.hpp"

#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/port.hpp"
#include "core/text.hpp"

namespace core {

namespace {}  // namespace

void (*vm_meter)(uint32_t work) = nullptr;

// micropython.schedule()'s functions, in order, one at a time (one scheduled meanwhile waits for the
// running one to return). False with the exception of the one that raised.
static bool run_scheduled() {
    static bool running = false;
    if (running) return true;
    running = true;
    bool ok = true;
    while (ok && state.scheduled && state.scheduled.as<List>()->len) {
        List* q = state.scheduled.as<List>();
        Value fn = q->items[0], arg = q->items[1];
        q->len -= 2;
        memmove(q->items, q->items + 2, q->len * sizeof(Value));
        ok = bool(call1(fn, arg));
    }
    running = false;
    return ok;
}

bool vm_poll(uint32_t work) {
    state.poll = vm_meter != nullptr;  // before reading `interrupt`: a Ctrl-C from now on sets it again
#if MBPY_GC_SAFE_POINTS
    if (!gc::collect_at_safe_point()) return true;  // the VM raises the MemoryError
#endif
    if (vm_meter) vm_meter(work);
    if (state.scheduled && !run_scheduled()) return true;  // the VM raises what the function raised
    if (!state.interrupt) return false;
    state.interrupt = false;
    return true;
}

void raise_unbound_local(Code* code, uint32_t i) {
    raise(&unbound_local_error_type, "local variable '%q' referenced before assignment"_msg,
          code->varnames->items[i].as<Str>());
}

void raise_name_error(const Str* name) {
    if (!pending()) raise(&name_error_type, "name '%q' isn't defined"_msg, name);
}

void raise_interrupt() {
    if (!pending()) raise_value(Value(&keyboard_interrupt_type));  // else a scheduled function's
}

void raise_unbound_cell(Code* code, uint32_t i) {
    const Str* name = code->cellnames->items[i].as<Str>();
    if (i >= code->n_cells)
        raise(&name_error_type, "free variable '%q' referenced before assignment in enclosing scope"_msg,
              name);
    else
        raise(&unbound_local_error_type, "local variable '%q' referenced before assignment"_msg, name);
}

Value build_set(const Value* items, size_t n) {
    Set* s = new_set(&set_type);
    if (!s) return {};
    for (size_t i = 0; i < n; ++i)
        if (!set_add(s, items[i])) return {};
    return Value(s);
}

// The compiler's sets are always exact sets (comprehensions and displays).
bool set_add(Value set, Value v) { return set_add(set.as<Set>(), v); }
bool set_update(Value set, Value iterable) { return set_update(set.as<Set>(), iterable); }

bool list_extend(List* l, Value iterable) {
    if (is_type(iterable, &list_type) || is_type(iterable, &tuple_type)) {
        size_t n;
        const Value* items;
        if (is_type(iterable, &list_type)) {
            n = iterable.as<List>()->len;
            items = iterable.as<List>()->items;
        } else {
            n = iterable.as<Tuple>()->len;
            items = iterable.as<Tuple>()->items;
        }
        for (size_t i = 0; i < n; ++i)
            if (!list_append(l, items[i])) return false;
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value v = iter_next(it);
        if (!v) return false;
        if (v == stop_marker()) return true;
        if (!list_append(l, v)) return false;
    }
}

bool dict_update(Dict* d, Value mapping, bool merge) {
    auto put = [&](Value k, Value v) -> bool {
        if (merge) {
            if (!is_str(k) && !is_instance(k, &str_type)) {
                raise_type_error("keywords must be strings"_msg);
                return false;
            }
            Value old;
            Lookup l = dict_lookup(d, k, &old);
            if (l == Lookup::Error) return false;
            if (l == Lookup::Found) {
                raise_type_error("function got multiple values for keyword argument '%q'"_msg, k.as<Str>());
                return false;
            }
        }
        return dict_store(d, k, v);
    };
    if (is_type(mapping, &dict_type)) {
        Dict* src = mapping.as<Dict>();
        Value k, v;
        for (size_t i = 0; dict_next(src, &i, &k, &v);)
            if (!put(k, v)) return false;
        return true;
    }
    // Any mapping: keys() then [].
    Value keys = call_method(mapping, &q_keys, 0, nullptr);
    if (!keys) {
        Value e = take_exception();
        if (exc_matches(e, &attribute_error_type))
            raise_type_error("'%T' object is not a mapping"_msg, mapping);
        else
            state.exc = e;
        return false;
    }
    Value it = get_iter(keys);
    if (!it) return false;
    for (;;) {
        Value k = iter_next(it);
        if (!k) return false;
        if (k == stop_marker()) return true;
        Value v = subscr_load(mapping, k);
        if (!v || !put(k, v)) return false;
    }
}

#if MBPY_FSTRINGS
Value concat_strings(const Value* parts, size_t n) { return fstring_join(n, parts); }

Value format_field(Value v, unsigned conversion, Value spec) {
    static constexpr int convs[] = {0, 's', 'r', 'a'};
    return fstring_value(v, convs[conversion & 3], spec);
}
#endif

namespace {
bool sequence_items(Value seq, size_t* n, const Value** items) {
    if (is_type(seq, &tuple_type)) {
        *n = seq.as<Tuple>()->len;
        *items = seq.as<Tuple>()->items;
        return true;
    }
    if (is_type(seq, &list_type)) {
        *n = seq.as<List>()->len;
        *items = seq.as<List>()->items;
        return true;
    }
    return false;
}
}  // namespace

bool unpack_sequence(Value seq, uint32_t n, Value* out) {
    size_t len;
    const Value* items;
    if (sequence_items(seq, &len, &items)) {
        if (len < n) {
            raise_value_error("not enough values to unpack (expected %d, got %d)"_msg, int(n), int(len));
            return false;
        }
        if (len > n) {
            raise_value_error("too many values to unpack (expected %d)"_msg, int(n));
            return false;
        }
        for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = items[i];
        return true;
    }
    Value it = get_iter(seq);
    if (!it) return false;
    // Collect in order into out[], then reverse.
    for (uint32_t i = 0; i < n; ++i) {
        Value v = iter_next(it);
        if (!v) return false;
        if (v == stop_marker()) {
            raise_value_error("not enough values to unpack (expected %d, got %d)"_msg, int(n), int(i));
            return false;
        }
        out[i] = v;
    }
    Value extra = iter_next(it);
    if (!extra) return false;
    if (extra != stop_marker()) {
        raise_value_error("too many values to unpack (expected %d)"_msg, int(n));
        return false;
    }
    for (uint32_t i = 0; i < n / 2; ++i) {
        Value t = out[i];
        out[i] = out[n - 1 - i];
        out[n - 1 - i] = t;
    }
    return true;
}

bool unpack_ex(Value seq, uint32_t before, uint32_t after, Value* out) {
    List* all = new_list(0);
    if (!all) return false;
    if (!list_extend(all, seq)) return false;
    size_t len = all->len;
    if (len < before + after) {
        raise_value_error("not enough values to unpack (expected at least %d, got %d)"_msg,
                          int(before + after), int(len));
        return false;
    }
    // out (bottom -> top): after items reversed, the middle list, before items reversed.
    uint32_t total = before + after + 1;
    size_t mid_len = len - before - after;
    List* mid = new_list(mid_len);
    if (!mid) return false;
    for (size_t i = 0; i < mid_len; ++i) mid->items[i] = all->items[before + i];
    uint32_t k = 0;
    for (uint32_t i = 0; i < after; ++i) out[k++] = all->items[len - 1 - i];
    out[k++] = Value(mid);
    for (uint32_t i = 0; i < before; ++i) out[k++] = all->items[before - 1 - i];
    (void)total;
    return true;
}

int exception_match(Value exc, Value t) {
    if (is_type(t, &tuple_type)) {
        Tuple* tt = t.as<Tuple>();
        for (size_t i = 0; i < tt->len; ++i) {
            int m = exception_match(exc, tt->items[i]);
            if (m) return m;
        }
        return 0;
    }
    if (!is_type(t, &type_type) && !is_instance(t, &type_type)) {
        raise_type_error("catching classes that do not inherit from BaseException is not allowed"_msg);
        return -1;
    }
    const Type* ty = t.as<Type>();
    if (!is_subtype(ty, &base_exception_type)) {
        raise_type_error("catching classes that do not inherit from BaseException is not allowed"_msg);
        return -1;
    }
    return exc_matches(exc, ty) ? 1 : 0;
}

void do_raise(Value exc, Value cause, bool has_cause) {
    if (!has_cause) {
        raise_value(exc);
        return;
    }
    // Make the cause an instance first (raise_value instantiates classes), then the exception.
    Value cause_inst;
    if (cause != none()) {
        if (is_type(cause, &type_type) || (is_instance(cause, &type_type))) {
            if (!is_subtype(cause.as<Type>(), &base_exception_type)) {
                raise_type_error("exception causes must derive from BaseException"_msg);
                return;
            }
            cause_inst = call(cause, Args{});
            if (!cause_inst) return;
        } else if (is_instance(cause, &base_exception_type)) {
            cause_inst = cause;
        } else {
            raise_type_error("exception causes must derive from BaseException"_msg);
            return;
        }
    }
    raise_value(exc);
    Value e = state.exc;
    if (is_instance(e, &base_exception_type)) {
        ExceptionObj* eo = e.as<ExceptionObj>();
        eo->cause = cause_inst;
        eo->suppress_context = true;
    }
}

Value load_bound(Value obj, const Str* name) {
    Value out[2];
    if (!load_method(obj, name, out)) return {};
    if (!out[1]) return out[0];
    return make_bound_method(out[0], out[1]);
}

Value delegate_send(Value it, Value v, bool* yielded) {
    if (is_generator(it)) return generator_resume(it.as<Generator>(), v, Value(), yielded);
    Value r;
    if (v == none()) {
        r = iter_next(it);
        if (r == stop_marker()) {
            *yielded = false;
            return none();
        }
    } else {
        r = call_method(it, &q_send, 1, &v);
    }
    if (!r) {
        if (exc_matches(state.exc, &stop_iteration_type)) {
            Value e = take_exception();
            Tuple* a = e.as<ExceptionObj>()->args;
            *yielded = false;
            return a && a->len ? a->items[0] : none();
        }
        return {};
    }
    *yielded = true;
    return r;
}

#if MBPY_ASYNC
Value get_awaitable(Value v) {
    if (is_generator(v)) return v;
    Value r = call_method(v, &q_dunder_await, 0, nullptr);
    if (!r) {
        if (exc_matches(state.exc, &attribute_error_type)) {
            take_exception();
            return raise_type_error("'%T' object can't be awaited"_msg, v);
        }
        return {};
    }
    if (!is_generator(r)) {
        Value it = get_iter(r);
        return it;
    }
    return r;
}
#endif

Value call_ex(Value f, Value args, Value kwargs) {
    size_t n_pos = 0;
    const Value* pos = nullptr;
    if (!sequence_items(args, &n_pos, &pos)) {
        List* l = new_list(0);
        if (!l || !list_extend(l, args)) return {};
        n_pos = l->len;
        pos = l->items;
        args = Value(l);
    }
    Value* kw = nullptr;
    size_t n_kw = 0;
    if (kwargs) {
        Dict* d = kwargs.as<Dict>();
        n_kw = d->used;
        if (n_kw) {
            kw = static_cast<Value*>(alloc_raw(2 * n_kw * sizeof(Value)));
            if (!kw) return {};
            Value k, v;
            size_t j = 0;
            for (size_t i = 0; dict_next(d, &i, &k, &v);) {
                if (!is_str(k)) return raise_type_error("keywords must be strings"_msg);
                kw[j++] = k;
                kw[j++] = v;
            }
        }
    }
    Value r = call(f, Args{pos, n_pos, kw, n_kw});
    (void)args;  // keeps the list alive across the call (conservative GC sees the local)
    return r;
}

}  // namespace core
