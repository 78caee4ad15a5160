// The collections module (ucollections): namedtuple, OrderedDict, defaultdict and deque.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"

namespace core {

#define Q(name) static constexpr Str q_##name = const_str(#name);
Q(collections)
Q(namedtuple)
Q(OrderedDict) Q(defaultdict) Q(deque) Q(_fields) Q(_field_defaults) Q(__new__) Q(__repr__) Q(_asdict)
    Q(_replace) Q(_make) Q(move_to_end) Q(popitem) Q(default_factory) Q(maxlen) Q(append) Q(appendleft) Q(pop)
        Q(popleft) Q(extend) Q(extendleft) Q(clear) Q(rotate) Q(count) Q(remove) Q(reverse) Q(copy)
            Q(field_getter) Q(__module__) Q(__getnewargs__)
#undef Q

    // ==== namedtuple: a class deriving from tuple, built at run time
    // ========================================== A field accessor: property(fget=FieldGetter(i)) on the
    // class.
    struct FieldGetter : Obj {
    size_t index;
};
static Value field_getter_call(Value self, const Args& a) {
    if (a.n_pos != 1) return raise(&type_error_type, "function takes 1 positional argument");
    Value t = native_of(a.pos[0]);
    size_t i = self.as<FieldGetter>()->index;
    if (!is_type(t, &tuple_type) || i >= t.as<Tuple>()->len) return raise(&type_error_type, "bad namedtuple");
    return t.as<Tuple>()->items[i];
}
static const Type field_getter_type = {{&type_type}, &q_field_getter, type_flag_none,
                                       nullptr,      nullptr,         field_getter_call};

static Tuple* fields_of(Value cls) {
    Value f = load_attr(cls, &q__fields);
    if (!f) return nullptr;
    if (!is_type(f, &tuple_type)) return raise(&type_error_type, "bad _fields"), nullptr;
    return f.as<Tuple>();
}

static Value make_instance(Value cls, Tuple* items) {
    Instance* inst = alloc<Instance>(cls.as<Type>());
    if (!inst) return {};
    inst->native = Value(items);
    return Value(inst);
}

// cls.__new__(cls, *args, **kwargs): positional, then keywords, then the defaults.
static Value nt_new(const Args& a) {
    Value cls = a.pos[0];
    Tuple* fields = fields_of(cls);
    if (!fields) return {};
    size_t n = fields->len, given = a.n_pos - 1;
    const char* name = cls.as<Type>()->name->data;
    if (given > n) {
        return raise(&type_error_type, "%s.__new__() takes %d positional arguments but %d were given", name,
                     int(n + 1), int(given + 1));
    }
    Tuple* t = new_tuple(n);
    if (!t) return {};
    for (size_t i = 0; i < given; ++i) t->items[i] = a.pos[i + 1];
    for (size_t k = 0; k < a.n_kw; ++k) {
        const Str* kname = a.kw[2 * k].as<Str>();
        size_t i = 0;
        while (i < n && !str_equal(fields->items[i].as<Str>(), kname)) ++i;
        if (i == n)
            return raise(&type_error_type, "%s.__new__() got an unexpected keyword argument '%q'", name,
                         kname);
        if (t->items[i]) {
            return raise(&type_error_type, "%s.__new__() got multiple values for argument '%q'", name, kname);
        }
        t->items[i] = a.kw[2 * k + 1];
    }
    Value defaults = load_attr(cls, &q__field_defaults);
    if (!defaults) return {};
    size_t missing = 0;
    for (size_t i = 0; i < n; ++i) {
        if (t->items[i]) continue;
        Value d;
        Lookup l = is_type(defaults, &dict_type) ? dict_lookup(defaults.as<Dict>(), fields->items[i], &d)
                                                 : Lookup::Missing;
        if (l == Lookup::Error) return {};
        if (l == Lookup::Found)
            t->items[i] = d;
        else
            ++missing;
    }
    if (missing) {
        StrBuilder sb;
        Printer p = sb.printer();
        size_t seen = 0;
        for (size_t i = 0; i < n; ++i) {
            if (t->items[i]) continue;
            if (seen) p.write(seen + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ");
            p.printf("'%q'", fields->items[i].as<Str>());
            ++seen;
        }
        Value list = sb.finish();
        if (!list) return {};
        return raise(&type_error_type, "%s.__new__() missing %d required positional argument%s: %q", name,
                     int(missing), missing > 1 ? "s" : "", list.as<Str>());
    }
    return make_instance(cls, t);
}

static Value nt_repr(const Args& a) {
    Value self = a.pos[0];
    Value t = native_of(self);
    Tuple* fields = fields_of(Value(type_of(self)));
    if (!fields || !is_type(t, &tuple_type)) return {};
    StrBuilder sb;
    Printer p = sb.printer();
    p.printf("%q(", type_of(self)->name);
    for (size_t i = 0; i < fields->len && i < t.as<Tuple>()->len; ++i) {
        if (i) p.write(", ");
        p.printf("%q=", fields->items[i].as<Str>());
        if (!print_value(p, t.as<Tuple>()->items[i], PrintKind::Repr)) return {};
    }
    p.put(')');
    return sb.finish();
}

static Value nt_asdict(const Args& a) {
    Value t = native_of(a.pos[0]);
    Tuple* fields = fields_of(Value(type_of(a.pos[0])));
    if (!fields) return {};
    Dict* d = new_dict(fields->len);
    if (!d) return {};
    for (size_t i = 0; i < fields->len && i < t.as<Tuple>()->len; ++i) {
        if (!dict_store(d, fields->items[i], t.as<Tuple>()->items[i])) return {};
    }
    return Value(d);
}

static Value nt_replace(const Args& a) {
    Value self = a.pos[0];
    Tuple* src = native_of(self).as<Tuple>();
    Tuple* fields = fields_of(Value(type_of(self)));
    if (!fields) return {};
    Tuple* t = new_tuple(src->len);
    if (!t) return {};
    memcpy(t->items, src->items, sizeof(Value) * src->len);
    for (size_t k = 0; k < a.n_kw; ++k) {
        size_t i = 0;
        while (i < fields->len && !str_equal(fields->items[i].as<Str>(), a.kw[2 * k].as<Str>())) ++i;
        if (i == fields->len)
            return raise(&value_error_type, "Got unexpected field names: ['%q']", a.kw[2 * k].as<Str>());
        t->items[i] = a.kw[2 * k + 1];
    }
    return make_instance(Value(type_of(self)), t);
}

static Value nt_make(const Args& a) {
    Value cls = a.pos[0];
    Tuple* fields = fields_of(cls);
    if (!fields) return {};
    Value it = get_iter(a.pos[1]);
    if (!it) return {};
    Tuple* t = new_tuple(fields->len);
    if (!t) return {};
    size_t n = 0;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) break;
        if (n == fields->len)
            return raise(&type_error_type, "Expected %d arguments, got %d", int(fields->len), int(n + 1));
        t->items[n++] = x;
    }
    if (n != fields->len)
        return raise(&type_error_type, "Expected %d arguments, got %d", int(fields->len), int(n));
    return make_instance(cls, t);
}

static Value nt_getnewargs(const Args& a) { return native_of(a.pos[0]); }

MBPY_NATIVE(f_nt_new, nt_new, "__new__", 1, var_pos, true)
MBPY_NATIVE(f_nt_repr, nt_repr, "__repr__", 1, 1, false)
MBPY_NATIVE(f_nt_asdict, nt_asdict, "_asdict", 1, 1, false)
MBPY_NATIVE(f_nt_replace, nt_replace, "_replace", 1, 1, true)
MBPY_NATIVE(f_nt_make, nt_make, "_make", 2, 2, false)
MBPY_NATIVE(f_nt_getnewargs, nt_getnewargs, "__getnewargs__", 1, 1, false)

static bool is_identifier(std::string_view s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              uint8_t(c) >= 0x80))
            return false;
    }
    return true;
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
static Value c_namedtuple(const Args& a) {
    static const char* const allowed[] = {"rename", "defaults", "module", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    if (!is_str(a.pos[0])) return raise(&type_error_type, "Type names and field names must be strings");
    List* names = new_list(0);
    if (!names) return {};
    if (is_str(a.pos[1])) {
        std::string_view s = a.pos[1].as<Str>()->view();
        size_t i = 0;
        while (i < s.size()) {
            while (i < s.size() && (s[i] == ',' || is_ascii_space(s[i]))) ++i;
            size_t j = i;
            while (j < s.size() && s[j] != ',' && !is_ascii_space(s[j])) ++j;
            if (j > i) {
                Value n = intern(s.substr(i, j - i));
                if (!n || !list_append(names, n)) return {};
            }
            i = j;
        }
    } else {
        Value it = get_iter(a.pos[1]);
        if (!it) return {};
        for (;;) {
            Value x = iter_next(it);
            if (!x) return {};
            if (x == stop_marker()) break;
            if (!is_str(x)) return raise(&type_error_type, "Type names and field names must be strings");
            Value n = intern(x.as<Str>()->view());
            if (!n || !list_append(names, n)) return {};
        }
    }
    for (size_t i = 0; i < names->len; ++i) {
        std::string_view n = names->items[i].as<Str>()->view();
        if (!is_identifier(n)) {
            return raise(&value_error_type, "Type names and field names must be valid identifiers: '%q'",
                         names->items[i].as<Str>());
        }
        if (n[0] == '_') {
            return raise(&value_error_type, "Field names cannot start with an underscore: '%q'",
                         names->items[i].as<Str>());
        }
        for (size_t j = 0; j < i; ++j) {
            if (str_equal(names->items[j].as<Str>(), names->items[i].as<Str>())) {
                return raise(&value_error_type, "Encountered duplicate field name: '%q'",
                             names->items[i].as<Str>());
            }
        }
    }
    Value fields = make_tuple(names->len, names->items);
    if (!fields) return {};
    Dict* defaults = new_dict(0);
    if (!defaults) return {};
    Value dflt = kwarg(a, "defaults");
    if (dflt && dflt != none()) {
        Value seq = call1(Value(&tuple_type), dflt);
        if (!seq) return {};
        Tuple* d = seq.as<Tuple>();
        if (d->len > names->len) return raise(&type_error_type, "Got more default values than field names");
        for (size_t i = 0; i < d->len; ++i) {
            if (!dict_store(defaults, names->items[names->len - d->len + i], d->items[i])) return {};
        }
    }
    Dict* ns = new_dict(names->len + 8);
    if (!ns) return {};
    if (!dict_store_str(ns, &q__fields, fields) || !dict_store_str(ns, &q__field_defaults, Value(defaults)) ||
        !dict_store_str(ns, &q___new__, Value(&f_nt_new)) ||
        !dict_store_str(ns, &q___repr__, Value(&f_nt_repr)) ||
        !dict_store_str(ns, &q__asdict, Value(&f_nt_asdict)) ||
        !dict_store_str(ns, &q__replace, Value(&f_nt_replace)) ||
        !dict_store_str(ns, &q___getnewargs__, Value(&f_nt_getnewargs))) {
        return {};
    }
    MethodWrapper* make = alloc<MethodWrapper>(&classmethod_type);
    if (!make) return {};
    make->fn = Value(&f_nt_make);
    if (!dict_store_str(ns, &q__make, Value(make))) return {};
    for (size_t i = 0; i < names->len; ++i) {
        FieldGetter* g = alloc<FieldGetter>(&field_getter_type);
        Property* p = alloc<Property>(&property_type);
        if (!g || !p) return {};
        g->index = i;
        p->fget = Value(g);
        p->fset = p->fdel = p->doc = none();
        if (!dict_store_str(ns, names->items[i].as<Str>(), Value(p))) return {};
    }
    Tuple* bases = new_tuple(1);
    if (!bases) return {};
    bases->items[0] = Value(&tuple_type);
    Value tname = intern(a.pos[0].as<Str>()->view());
    if (!tname) return {};
    return make_class(tname.as<Str>(), bases, ns);
}

// ==== OrderedDict and defaultdict: dicts with another type (the dict layout, dict's slots) =============
extern const Type ordereddict_type, defaultdict_type;

struct DefaultDict : Dict {
    Value factory;
};

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
    bool swap_l = saved_l == &ordereddict_type || saved_l == &defaultdict_type;
    bool swap_r = saved_r == &ordereddict_type || saved_r == &defaultdict_type;
    if (swap_l) l.obj()->type = &dict_type;
    if (swap_r && r != l) r.obj()->type = &dict_type;
    res = dict_type.binary_op(op, l, r);
    if (swap_l) l.obj()->type = saved_l;
    if (swap_r && r != l) r.obj()->type = saved_r;
    return res;
}
static Value od_subscr(Value self, Value i, Value v) { return dict_type.subscr(self, i, v); }
static Value od_getiter(Value self) { return dict_type.getiter(self); }

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
    if (d->used == 0) return raise(&key_error_type, "dictionary is empty");
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

MBPY_NATIVE(f_move_to_end, od_move_to_end, "move_to_end", 2, 3, true)
MBPY_NATIVE(f_od_popitem, od_popitem, "popitem", 1, 2, true)
static const AttrEntry od_entries[] = {{&q_move_to_end, &f_move_to_end}, {&q_popitem, &f_od_popitem}};
static const AttrTable od_locals = {od_entries, 2};

const Type ordereddict_type = {{&type_type}, &q_OrderedDict, type_flag_none, od_make_new, od_print,
                               nullptr,      od_unary,       od_binary,      nullptr,     nullptr,
                               od_subscr,    od_getiter,     nullptr,        &od_locals,  &dict_type};

// defaultdict(default_factory=None, *args, **kwargs)
static Value dd_make_new(const Type*, const Args& a) {
    Value factory = a.n_pos ? a.pos[0] : none();
    if (factory != none() && !type_of(factory)->call && !is_instance(factory, &type_type)) {
        return raise(&type_error_type, "first argument must be callable or None");
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
    raise(&attribute_error_type, "'defaultdict' object has no attribute '%q'", name);
    return false;
}

const Type defaultdict_type = {{&type_type}, &q_defaultdict, type_flag_none, dd_make_new, dd_print,
                               nullptr,      od_unary,       od_binary,      dd_attr,     dd_attr_set,
                               dd_subscr,    od_getiter,     nullptr,        nullptr,     &dict_type};

// ==== deque: a ring buffer with an optional maxlen ========================================================
struct Deque : Obj {
    Value* items;
    size_t cap, head, len;
    intptr_t maxlen;  // -1: unbounded
};
extern const Type deque_type;

static Value& dq_at(Deque* d, size_t i) { return d->items[(d->head + i) % d->cap]; }

static bool dq_grow(Deque* d) {
    if (d->len < d->cap) return true;
    size_t cap = d->cap ? d->cap * 2 : 8;
    auto* items = static_cast<Value*>(alloc_raw(cap * sizeof(Value)));
    if (!items) return false;
    for (size_t i = 0; i < d->len; ++i) items[i] = dq_at(d, i);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return true;
}

static Value dq_pop_impl(Deque* d, bool left) {
    if (d->len == 0) return raise(&index_error_type, "pop from an empty deque");
    Value v;
    if (left) {
        v = dq_at(d, 0);
        dq_at(d, 0) = Value();
        d->head = (d->head + 1) % d->cap;
    } else {
        v = dq_at(d, d->len - 1);
        dq_at(d, d->len - 1) = Value();
    }
    --d->len;
    return v;
}

static bool dq_push(Deque* d, Value v, bool left) {
    if (d->maxlen == 0) return true;
    if (d->maxlen > 0 && d->len == size_t(d->maxlen)) dq_pop_impl(d, !left);
    if (!dq_grow(d)) return false;
    if (left) {
        d->head = (d->head + d->cap - 1) % d->cap;
        d->items[d->head] = v;
    } else {
        dq_at(d, d->len) = v;
    }
    ++d->len;
    return true;
}

static bool dq_extend(Deque* d, Value src, bool left) {
    Value it = get_iter(src);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (!dq_push(d, x, left)) return false;
    }
}

static Value dq_make_new(const Type* type, const Args& a) {
    static const char* const allowed[] = {"iterable", "maxlen", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    if (a.n_pos > 3) return raise(&type_error_type, "deque() takes at most 2 arguments");
    Deque* d = alloc<Deque>(type);
    if (!d) return {};
    d->maxlen = -1;
    Value ml = a.n_pos > 1 ? a.pos[1] : kwarg(a, "maxlen");
    if (ml && ml != none()) {
        if (!to_intptr(ml, &d->maxlen)) return {};
        if (d->maxlen < 0) return raise(&value_error_type, "maxlen must be non-negative");
    }
    Value src = a.n_pos ? a.pos[0] : kwarg(a, "iterable");
    if (src && !dq_extend(d, src, false)) return {};
    return Value(d);
}

static Deque* dq(const Args& a) { return native_of(a.pos[0]).as<Deque>(); }
static Value dq_append(const Args& a) { return dq_push(dq(a), a.pos[1], false) ? none() : Value(); }
static Value dq_appendleft(const Args& a) { return dq_push(dq(a), a.pos[1], true) ? none() : Value(); }
static Value dq_pop(const Args& a) { return dq_pop_impl(dq(a), false); }
static Value dq_popleft(const Args& a) { return dq_pop_impl(dq(a), true); }
static Value dq_extend_m(const Args& a) { return dq_extend(dq(a), a.pos[1], false) ? none() : Value(); }
static Value dq_extendleft(const Args& a) { return dq_extend(dq(a), a.pos[1], true) ? none() : Value(); }
static Value dq_clear(const Args& a) {
    Deque* d = dq(a);
    d->items = nullptr;
    d->cap = d->head = d->len = 0;
    return none();
}
static Value dq_rotate(const Args& a) {
    Deque* d = dq(a);
    intptr_t n = 1;
    if (a.n_pos > 1 && !to_intptr(a.pos[1], &n)) return {};
    if (d->len == 0) return none();
    intptr_t len = intptr_t(d->len);
    n %= len;
    if (n < 0) n += len;
    // Rotating right by n moves the last n items to the front.
    for (intptr_t i = 0; i < n; ++i) {
        Value v = dq_pop_impl(d, false);
        dq_push(d, v, true);
    }
    return none();
}
static Value dq_count(const Args& a) {
    Deque* d = dq(a);
    intptr_t c = 0;
    for (size_t i = 0; i < d->len; ++i) {
        int e = equal(dq_at(d, i), a.pos[1]);
        if (e < 0) return {};
        c += e;
    }
    return make_int(c);
}
static Value dq_remove(const Args& a) {
    Deque* d = dq(a);
    for (size_t i = 0; i < d->len; ++i) {
        int e = equal(dq_at(d, i), a.pos[1]);
        if (e < 0) return {};
        if (e) {
            for (size_t j = i; j + 1 < d->len; ++j) dq_at(d, j) = dq_at(d, j + 1);
            dq_at(d, d->len - 1) = Value();
            --d->len;
            return none();
        }
    }
    return raise(&value_error_type, "%r is not in deque", a.pos[1]);
}
static Value dq_reverse(const Args& a) {
    Deque* d = dq(a);
    for (size_t i = 0, j = d->len; i + 1 < j; ++i, --j) {
        Value t = dq_at(d, i);
        dq_at(d, i) = dq_at(d, j - 1);
        dq_at(d, j - 1) = t;
    }
    return none();
}
static Value dq_copy(const Args& a) {
    Deque* d = dq(a);
    Deque* c = alloc<Deque>(&deque_type);
    if (!c) return {};
    c->maxlen = d->maxlen;
    for (size_t i = 0; i < d->len; ++i) {
        if (!dq_push(c, dq_at(d, i), false)) return {};
    }
    return Value(c);
}

static Value dq_unary(UnaryOp op, Value self) {
    Deque* d = self.as<Deque>();
    if (op == UnaryOp::Len) return make_int(intptr_t(d->len));
    if (op == UnaryOp::Bool) return py_bool(d->len != 0);
    return not_implemented();
}

static Value dq_binary(BinaryOp op, Value l, Value r) {
    Deque* d = l.as<Deque>();
    if (op == BinaryOp::Contains) {
        for (size_t i = 0; i < d->len; ++i) {
            int e = equal(dq_at(d, i), r);
            if (e) return e < 0 ? Value() : py_bool(true);
        }
        return py_bool(false);
    }
    if (op == BinaryOp::Eq || op == BinaryOp::Ne) {
        if (!is_type(r, &deque_type)) return not_implemented();
        Deque* e = r.as<Deque>();
        bool same = d->len == e->len;
        for (size_t i = 0; same && i < d->len; ++i) {
            int q = equal(dq_at(d, i), dq_at(e, i));
            if (q < 0) return {};
            same = q;
        }
        return py_bool(op == BinaryOp::Eq ? same : !same);
    }
    if (op == BinaryOp::InplaceAdd) return dq_extend(d, r, false) ? l : Value();
    return not_implemented();
}

static Value dq_subscr(Value self, Value index, Value value) {
    Deque* d = self.as<Deque>();
    size_t i;
    if (!seq_index(index, d->len, &i, "deque")) return {};
    if (!value) return dq_at(d, i);
    if (value == subscr_delete()) {
        for (size_t j = i; j + 1 < d->len; ++j) dq_at(d, j) = dq_at(d, j + 1);
        dq_at(d, d->len - 1) = Value();
        --d->len;
        return none();
    }
    dq_at(d, i) = value;
    return none();
}

static bool dq_print(Printer& out, Value self, PrintKind) {
    Deque* d = self.as<Deque>();
    if (!check_c_stack()) return false;
    out.write("deque([");
    for (size_t i = 0; i < d->len; ++i) {
        if (i) out.write(", ");
        if (!print_value(out, dq_at(d, i), PrintKind::Repr)) return false;
    }
    out.put(']');
    if (d->maxlen >= 0) out.printf(", maxlen=%ld", long(d->maxlen));
    out.put(')');
    return true;
}

static Lookup dq_attr(Value self, const Str* name, Value* out) {
    if (!str_equal(name, &q_maxlen)) return Lookup::Missing;
    intptr_t m = self.as<Deque>()->maxlen;
    *out = m < 0 ? none() : make_int(m);
    return Lookup::Found;
}

// Iterator: index into the deque (mutation during iteration is the caller's problem, as in MicroPython).
struct DequeIter : Obj {
    Value deque;
    size_t index;
};
static Value dq_iter_next(Value self) {
    DequeIter* it = self.as<DequeIter>();
    Deque* d = it->deque.as<Deque>();
    if (it->index >= d->len) return stop_marker();
    return dq_at(d, it->index++);
}
static constexpr Str q_deque_iterator = const_str("_deque_iterator");
static Value dq_iter_self(Value self) { return self; }
static const Type deque_iter_type = {{&type_type}, &q_deque_iterator, type_flag_iter_is_self,
                                     nullptr,      nullptr,           nullptr,
                                     nullptr,      nullptr,           nullptr,
                                     nullptr,      nullptr,           dq_iter_self,
                                     dq_iter_next};
static Value dq_getiter(Value self) {
    DequeIter* it = alloc<DequeIter>(&deque_iter_type);
    if (!it) return {};
    it->deque = self;
    return Value(it);
}

MBPY_NATIVE(f_append, dq_append, "append", 2, 2, false)
MBPY_NATIVE(f_appendleft, dq_appendleft, "appendleft", 2, 2, false)
MBPY_NATIVE(f_pop, dq_pop, "pop", 1, 1, false)
MBPY_NATIVE(f_popleft, dq_popleft, "popleft", 1, 1, false)
MBPY_NATIVE(f_extend, dq_extend_m, "extend", 2, 2, false)
MBPY_NATIVE(f_extendleft, dq_extendleft, "extendleft", 2, 2, false)
MBPY_NATIVE(f_clear, dq_clear, "clear", 1, 1, false)
MBPY_NATIVE(f_rotate, dq_rotate, "rotate", 1, 2, false)
MBPY_NATIVE(f_count, dq_count, "count", 2, 2, false)
MBPY_NATIVE(f_remove, dq_remove, "remove", 2, 2, false)
MBPY_NATIVE(f_reverse, dq_reverse, "reverse", 1, 1, false)
MBPY_NATIVE(f_copy, dq_copy, "copy", 1, 1, false)
#define E(name) \
    { &q_##name, &f_##name }
static const AttrEntry deque_entries[] = {
    E(append), E(appendleft), E(pop),   E(popleft), E(extend),  E(extendleft),
    E(clear),  E(rotate),     E(count), E(remove),  E(reverse), E(copy),
};
#undef E
static const AttrTable deque_locals = {deque_entries, sizeof(deque_entries) / sizeof(deque_entries[0])};
const Type deque_type = {{&type_type}, &q_deque,   type_flag_none, dq_make_new,   dq_print,
                         nullptr,      dq_unary,   dq_binary,      dq_attr,       nullptr,
                         dq_subscr,    dq_getiter, nullptr,        &deque_locals, &object_type};

// ==== the module ===========================================================================================
MBPY_NATIVE(f_namedtuple, c_namedtuple, "namedtuple", 2, 2, true)
static const AttrEntry collections_entries[] = {
    {&q_namedtuple, &f_namedtuple},
    {&q_OrderedDict, &ordereddict_type},
    {&q_defaultdict, &defaultdict_type},
    {&q_deque, &deque_type},
};
const AttrTable collections_module_table = {collections_entries, 4};
const Str collections_module_name = q_collections;

}  // namespace core
