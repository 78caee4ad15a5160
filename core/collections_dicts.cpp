// collections.OrderedDict, defaultdict and Counter: dicts with their own type over dict's layout and slots.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"

namespace core {

// ==== OrderedDict and defaultdict: dicts with another type (the dict layout, dict's slots) =============

static bool od_print(Printer& out, Value self, PrintKind kind) {
    Dict* d = self.as<Dict>();
    out.printf("%q(", type_of(self)->name);
    if (d->used) {
        out.put('[');
        Value k, v;
        bool first = true;
        for (size_t i = 0; dict_next(d, &i, &k, &v);) {
            if (!first) out.write(", ");
            first = false;
            out.put('(');
            if (!print_value(out, k, PrintKind::Repr)) return false;
            out.write(", ");
            if (!print_value(out, v, PrintKind::Repr)) return false;
            out.put(')');
        }
        out.put(']');
    }
    out.put(')');
    (void)kind;
    return true;
}

static Value od_make_new(const Type*, const Args& a) {
    Value d = dict_type.make_new(&dict_type, a);
    if (d) d.obj()->type = &ordereddict_type;
    return d;
}

static Value od_unary(UnaryOp op, Value self) { return dict_type.unary_op(op, self); }
#if MBPY_COLLECTIONS_EXTRA
static const Type* const counter_type_ptr = &counter_type;
static const Type* const defaultdict_type_ptr = &defaultdict_type;
#else
static const Type* const counter_type_ptr = nullptr;
static const Type* const defaultdict_type_ptr = nullptr;
#endif
static Value od_binary(BinaryOp op, Value l, Value r) {
    // Compare as plain dicts (OrderedDict == OrderedDict is order-sensitive in CPython: check that first).
    if (op == BinaryOp::Eq && is_type(l, &ordereddict_type) && is_type(r, &ordereddict_type)) {
        Dict *a = l.as<Dict>(), *b = r.as<Dict>();
        if (a->used != b->used) return py_bool(false);
        size_t i = 0, j = 0;
        Value ka, va, kb, vb;
        while (dict_next(a, &i, &ka, &va) && dict_next(b, &j, &kb, &vb)) {
            int e = equal(ka, kb);
            if (e < 0) return {};
            if (!e) return py_bool(false);
        }
    }
    const Type* saved_l = l.is_obj() ? l.obj()->type : nullptr;
    // dict's operators check for exact dicts: present both operands as dicts for the call.
    Value res;
    const Type* saved_r = r.is_obj() ? r.obj()->type : nullptr;
    bool swap_l =
        saved_l == &ordereddict_type || saved_l == defaultdict_type_ptr || saved_l == counter_type_ptr;
    bool swap_r =
        saved_r == &ordereddict_type || saved_r == defaultdict_type_ptr || saved_r == counter_type_ptr;
    if (swap_l) l.obj()->type = &dict_type;
    if (swap_r && r != l) r.obj()->type = &dict_type;
    res = dict_type.binary_op(op, l, r);
    if (swap_l) l.obj()->type = saved_l;
    if (swap_r && r != l) r.obj()->type = saved_r;
    return res;
}
static Value od_subscr(Value self, Value i, Value v) { return dict_type.subscr(self, i, v); }
static Value od_getiter(Value self) { return dict_type.getiter(self); }

#if MBPY_COLLECTIONS_EXTRA  // CPython's: the original's OrderedDict has a dict's methods only
static Value od_move_to_end(const Args& a) {
    static const char* const allowed[] = {"last", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Dict* d = native_of(a.pos[0]).as<Dict>();
    Value lastv = a.n_pos > 2 ? a.pos[2] : kwarg(a, "last");
    int last = lastv ? truth(lastv) : 1;
    if (last < 0) return {};
    Value v;
    Lookup l = dict_remove(d, a.pos[1], &v);
    if (l == Lookup::Error) return {};
    if (l == Lookup::Missing) return raise_value(make_exception(&key_error_type, 1, &a.pos[1]));
    if (last) return dict_store(d, a.pos[1], v) ? none() : Value();
    Dict* rest = dict_copy(d);
    if (!rest) return {};
    dict_clear(d);
    if (!dict_store(d, a.pos[1], v)) return {};
    Value k, x;
    for (size_t i = 0; dict_next(rest, &i, &k, &x);) {
        if (!dict_store(d, k, x)) return {};
    }
    return none();
}

static Value od_popitem(const Args& a) {
    static const char* const allowed[] = {"last", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Dict* d = native_of(a.pos[0]).as<Dict>();
    Value lastv = a.n_pos > 1 ? a.pos[1] : kwarg(a, "last");
    int last = lastv ? truth(lastv) : 1;
    if (last < 0) return {};
    if (d->used == 0) return raise(&key_error_type, "dictionary is empty"_msg);
    Value k, v, pick_k, pick_v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);) {
        pick_k = k;
        pick_v = v;
        if (!last) break;
    }
    if (dict_remove(d, pick_k, nullptr) == Lookup::Error) return {};
    Value pair[2] = {pick_k, pick_v};
    return make_tuple(2, pair);
}

static constexpr NativeFunction f_move_to_end = native(q_move_to_end, od_move_to_end, 2, 3, true);
static constexpr NativeFunction f_od_popitem = native(q_popitem, od_popitem, 1, 2, true);
static const AttrEntry od_entries[] = {{&q_move_to_end, &f_move_to_end}, {&q_popitem, &f_od_popitem}};
static const AttrTable od_locals = {od_entries, 2};
#endif

const Type ordereddict_type = builtin_type({
    .name = &q_OrderedDict, .make_new = od_make_new, .print = od_print, .unary_op = od_unary,
    .binary_op = od_binary, .subscr = od_subscr, .getiter = od_getiter,
#if MBPY_COLLECTIONS_EXTRA
    .locals = &od_locals,
#endif
    .base = &dict_type
});

#if MBPY_COLLECTIONS_EXTRA  // not in the original's collections (config.hpp)
struct DefaultDict : Dict {
    Value factory;
};

// defaultdict(default_factory=None, *args, **kwargs)
static Value dd_make_new(const Type*, const Args& a) {
    Value factory = a.n_pos ? a.pos[0] : none();
    if (factory != none() && !type_of(factory)->call && !is_instance(factory, &type_type)) {
        return raise_type_error("first argument must be callable or None"_msg);
    }
    Args rest{a.n_pos ? a.pos + 1 : a.pos, a.n_pos ? a.n_pos - 1 : 0, a.kw, a.n_kw};
    Value tmp = dict_type.make_new(&dict_type, rest);
    if (!tmp) return {};
    DefaultDict* d = alloc<DefaultDict>(&defaultdict_type);
    if (!d) return {};
    Dict* src = tmp.as<Dict>();
    d->used = src->used;
    d->n_entries = src->n_entries;
    d->cap = src->cap;
    d->mask = src->mask;
    d->entries = src->entries;
    d->index = src->index;
    d->factory = factory;
    return Value(d);
}

static Value dd_subscr(Value self, Value index, Value value) {
    if (value) return dict_type.subscr(self, index, value);
    Value out;
    Lookup l = dict_lookup(self.as<Dict>(), index, &out);
    if (l == Lookup::Found) return out;
    if (l == Lookup::Error) return {};
    Value f = self.as<DefaultDict>()->factory;
    if (f == none()) return raise_value(make_exception(&key_error_type, 1, &index));
    Value v = call0(f);
    if (!v || !dict_store(self.as<Dict>(), index, v)) return {};
    return v;
}

static bool dd_print(Printer& out, Value self, PrintKind) {
    out.write("defaultdict(");
    if (!print_value(out, self.as<DefaultDict>()->factory, PrintKind::Repr)) return false;
    out.write(", ");
    if (!dict_type.print(out, self, PrintKind::Repr)) return false;
    out.put(')');
    return true;
}

static Lookup dd_attr(Value self, const Str* name, Value* out) {
    if (str_equal(name, &q_default_factory)) return *out = self.as<DefaultDict>()->factory, Lookup::Found;
    return Lookup::Missing;
}
static bool dd_attr_set(Value self, const Str* name, Value v) {
    if (str_equal(name, &q_default_factory) && v) return self.as<DefaultDict>()->factory = v, true;
    raise_attribute_error("'defaultdict' object has no attribute '%q'"_msg, name);
    return false;
}

const Type defaultdict_type = builtin_type({.name = &q_defaultdict,
                                            .make_new = dd_make_new,
                                            .print = dd_print,
                                            .unary_op = od_unary,
                                            .binary_op = od_binary,
                                            .attr_get = dd_attr,
                                            .attr_set = dd_attr_set,
                                            .subscr = dd_subscr,
                                            .getiter = od_getiter,
                                            .base = &dict_type});

// ==== Counter: a dict of counts (CPython's; MicroPython has none) ==========================================
// Missing keys count 0 without being inserted.
static Value counter_subscr(Value self, Value index, Value value) {
    if (value) return dict_type.subscr(self, index, value);
    Value out;
    Lookup l = dict_lookup(self.as<Dict>(), index, &out);
    if (l == Lookup::Found) return out;
    return l == Lookup::Error ? Value() : Value::small(0);
}

// Adds (sign 1) or subtracts (sign -1) counts from an iterable of keys or a mapping of counts.
static bool counter_add(Dict* d, Value src, int sign) {
    Value s = native_of(src);
    bool mapping = is_subtype(type_of(s), &dict_type);
    Value it = mapping ? call_method(s, &q_items, 0, nullptr) : src;
    if (!it || !(it = get_iter(it))) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        Value key = x, n = Value::small(1);
        if (mapping) {
            key = x.as<Tuple>()->items[0];
            n = x.as<Tuple>()->items[1];
        }
        Value old;
        Lookup l = dict_lookup(d, key, &old);
        if (l == Lookup::Error) return false;
        if (l == Lookup::Missing) old = Value::small(0);
        Value sum = binary_op(sign > 0 ? BinaryOp::Add : BinaryOp::Sub, old, n);
        if (!sum || !dict_store(d, key, sum)) return false;
    }
}

static Value counter_make_new(const Type*, const Args& a) {
    if (a.n_pos > 1) return raise_type_error("expected at most 1 argument, got %d"_msg, int(a.n_pos));
    Value d = dict_type.make_new(&dict_type, Args{});
    if (!d) return {};
    d.obj()->type = &counter_type;
    if (a.n_pos && a.pos[0] != none() && !counter_add(d.as<Dict>(), a.pos[0], 1)) return {};
    for (size_t k = 0; k < a.n_kw; ++k) {
        if (!dict_store(d.as<Dict>(), a.kw[2 * k], a.kw[2 * k + 1])) return {};
    }
    return d;
}

// Items sorted by count, largest first; ties keep insertion order (a stable sort, as CPython's).
static List* sorted_items(Dict* d) {
    List* l = new_list(0);
    if (!l) return nullptr;
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);) {
        Value pair[2] = {k, v};
        Value t = make_tuple(2, pair);
        if (!t || !list_append(l, t)) return nullptr;
    }
    // Insertion sort by count, descending: stable, and a Counter rarely holds many keys on a micro:bit.
    for (size_t i = 1; i < l->len; ++i) {
        Value cur = l->items[i];
        size_t j = i;
        while (j > 0) {
            Value gt =
                binary_op(BinaryOp::Gt, cur.as<Tuple>()->items[1], l->items[j - 1].as<Tuple>()->items[1]);
            int t = gt ? truth(gt) : -1;
            if (t < 0) return nullptr;
            if (!t) break;
            l->items[j] = l->items[j - 1];
            --j;
        }
        l->items[j] = cur;
    }
    return l;
}

static Value counter_most_common(const Args& a) {
    List* l = sorted_items(native_of(a.pos[0]).as<Dict>());
    if (!l) return {};
    if (a.n_pos > 1 && a.pos[1] != none()) {
        intptr_t n;
        if (!to_intptr(a.pos[1], &n)) return {};
        if (n < 0) n = 0;
        if (size_t(n) < l->len) l->len = size_t(n);
    }
    return Value(l);
}

static Value counter_elements(const Args& a) {
    Dict* d = native_of(a.pos[0]).as<Dict>();
    List* l = new_list(0);
    if (!l) return {};
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);) {
        intptr_t n;
        if (!to_intptr(v, &n)) return {};
        for (intptr_t j = 0; j < n; ++j) {
            if (!list_append(l, k)) return {};
        }
    }
    return get_iter(Value(l));
}

static Value counter_update_impl(const Args& a, int sign) {
    Dict* d = native_of(a.pos[0]).as<Dict>();
    if (a.n_pos > 1 && a.pos[1] != none() && !counter_add(d, a.pos[1], sign)) return {};
    for (size_t k = 0; k < a.n_kw; ++k) {
        Dict* tmp = new_dict(1);
        if (!tmp || !dict_store(tmp, a.kw[2 * k], a.kw[2 * k + 1]) || !counter_add(d, Value(tmp), sign))
            return {};
    }
    return none();
}
static Value counter_update(const Args& a) { return counter_update_impl(a, 1); }
static Value counter_subtract(const Args& a) { return counter_update_impl(a, -1); }

static Value counter_total(const Args& a) {
    Dict* d = native_of(a.pos[0]).as<Dict>();
    Value sum = Value::small(0), k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);) {
        if (!(sum = binary_op(BinaryOp::Add, sum, v))) return {};
    }
    return sum;
}

static bool counter_print(Printer& out, Value self, PrintKind) {
    Dict* d = self.as<Dict>();
    out.write("Counter(");
    if (d->used) {
        List* l = sorted_items(d);
        if (!l) return false;
        out.put('{');
        for (size_t i = 0; i < l->len; ++i) {
            if (i) out.write(", ");
            if (!print_value(out, l->items[i].as<Tuple>()->items[0], PrintKind::Repr)) return false;
            out.write(": ");
            if (!print_value(out, l->items[i].as<Tuple>()->items[1], PrintKind::Repr)) return false;
        }
        out.put('}');
    }
    out.put(')');
    return true;
}

static constexpr NativeFunction f_most_common = native(q_most_common, counter_most_common, 1, 2);
static constexpr NativeFunction f_elements = native(q_elements, counter_elements, 1, 1);
static constexpr NativeFunction f_update = native(q_update, counter_update, 1, 2, true);
static constexpr NativeFunction f_subtract = native(q_subtract, counter_subtract, 1, 2, true);
static constexpr NativeFunction f_total = native(q_total, counter_total, 1, 1);
static const AttrEntry counter_entries[] = {
    {&q_most_common, &f_most_common}, {&q_elements, &f_elements}, {&q_update, &f_update},
    {&q_subtract, &f_subtract},       {&q_total, &f_total},
};
static const AttrTable counter_locals = {counter_entries,
                                         sizeof(counter_entries) / sizeof(counter_entries[0])};

const Type counter_type = builtin_type({.name = &q_Counter,
                                        .make_new = counter_make_new,
                                        .print = counter_print,
                                        .unary_op = od_unary,
                                        .binary_op = od_binary,
                                        .subscr = counter_subscr,
                                        .getiter = od_getiter,
                                        .locals = &counter_locals,
                                        .base = &dict_type});

#endif  // MBPY_COLLECTIONS_EXTRA

}  // namespace core
