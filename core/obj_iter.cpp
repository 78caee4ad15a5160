// Lazy iterator types of the builtins (enumerate zip map filter reversed) and sorted().
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"

namespace core {

// Up to this many iterables in one zip()/map() (their iterators are stored inline).
constexpr size_t kMaxIterables = 8;

struct Enumerate : Obj {
    Value it;
    Value count;
};
struct Multi : Obj {  // zip and map
    Value fn;         // map's function (null for zip)
    size_t n;
    Value its[kMaxIterables];
};
struct Filter : Obj {
    Value fn, it;
};
struct Reversed : Obj {
    Value seq;
    intptr_t index;  // next index to yield, counting down
};

extern const Type enumerate_type, zip_type, map_type, filter_type, reversed_type;

static Value enumerate_make_new(const Type*, const Args& a) {
    static const char* const allowed[] = {"iterable", "start", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value src = a.n_pos ? a.pos[0] : kwarg(a, "iterable");
    if (!src) return raise_type_error("enumerate() missing required argument 'iterable'"_msg);
    Value start = a.n_pos > 1 ? a.pos[1] : kwarg(a, "start");
    if (start && !is_int(start)) {
        return raise_type_error("'%T' object cannot be interpreted as an integer"_msg, start);
    }
    Enumerate* e = alloc<Enumerate>(&enumerate_type);
    if (!e) return {};
    e->it = get_iter(src);
    if (!e->it) return {};
    e->count = start ? start : Value::small(0);
    return Value(e);
}

static Value enumerate_next(Value self) {
    Enumerate* e = self.as<Enumerate>();
    Value x = iter_next(e->it);
    if (!x || x == stop_marker()) return x;
    Value pair[2] = {e->count, x};
    Value next = binary_op(BinaryOp::Add, e->count, Value::small(1));
    if (!next) return {};
    e->count = next;
    return make_tuple(2, pair);
}

static Value multi_make_new(const Type* type, const Args& a) {
    bool is_map = type == &map_type;
    if (a.n_kw && !(type == &zip_type && a.n_kw == 1 && kwarg(a, "strict"))) {
        return raise_type_error("%q() takes no keyword arguments"_msg, type->name);
    }
    size_t first = is_map ? 1 : 0;
    if (is_map && a.n_pos < 2) return raise_type_error("map() must have at least two arguments."_msg);
    if (a.n_pos - first > kMaxIterables) return raise_type_error("too many arguments"_msg);
    Multi* m = alloc<Multi>(type);
    if (!m) return {};
    m->fn = is_map ? a.pos[0] : Value();
    m->n = a.n_pos - first;
    for (size_t i = 0; i < m->n; ++i) {
        m->its[i] = get_iter(a.pos[first + i]);
        if (!m->its[i]) return {};
    }
    return Value(m);
}

static Value multi_next(Value self) {
    Multi* m = self.as<Multi>();
    if (m->n == 0) return stop_marker();
    Value items[kMaxIterables];
    for (size_t i = 0; i < m->n; ++i) {
        items[i] = iter_next(m->its[i]);
        if (!items[i] || items[i] == stop_marker()) return items[i];
    }
    if (m->fn) return call(m->fn, Args{items, m->n});
    return make_tuple(m->n, items);
}

static Value filter_make_new(const Type*, const Args& a) {
    if (a.n_pos != 2 || a.n_kw) return raise_type_error("filter expected 2 arguments"_msg);
    Filter* f = alloc<Filter>(&filter_type);
    if (!f) return {};
    f->fn = a.pos[0];
    f->it = get_iter(a.pos[1]);
    return f->it ? Value(f) : Value();
}

static Value filter_next(Value self) {
    Filter* f = self.as<Filter>();
    for (;;) {
        Value x = iter_next(f->it);
        if (!x || x == stop_marker()) return x;
        Value keep = f->fn == none() ? x : call1(f->fn, x);
        if (!keep) return {};
        int t = truth(keep);
        if (t < 0) return {};
        if (t) return x;
    }
}

extern const Type dict_keys_type, dict_values_type, dict_items_type;  // core/obj_dict_type.cpp

static Value reversed_make_new(const Type*, const Args& a) {
    if (a.n_pos != 1 || a.n_kw) return raise_type_error("reversed expected 1 argument"_msg);
    Value seq = a.pos[0];
    const Type* t = type_of(seq);
    if (t->flags & type_flag_user) {
        Value m;
        if (lookup_in_type(t, &q_dunder_reversed, &m) == Lookup::Found) return call1(m, seq);
    }
    if (is_type(native_of(seq), &dict_type) || t == &dict_keys_type || t == &dict_values_type ||
        t == &dict_items_type) {  // dicts and their views reverse insertion order (Python 3.8)
        Value l = call1(Value(&list_type), seq);
        if (!l) return {};
        seq = l;
    } else if (!t->subscr || is_type(native_of(seq), &set_type)) {
        return raise_type_error("'%s' object isn't reversible"_msg, t->name->data);
    }
    size_t n;
    if (!len(seq, &n)) return {};
    Reversed* r = alloc<Reversed>(&reversed_type);
    if (!r) return {};
    r->seq = seq;
    r->index = static_cast<intptr_t>(n) - 1;
    return Value(r);
}

static Value reversed_next(Value self) {
    Reversed* r = self.as<Reversed>();
    if (r->index < 0) return stop_marker();
    Value v = subscr_load(r->seq, make_int(r->index--));
    if (!v && exc_matches(state.exc, &index_error_type)) {
        take_exception();
        r->index = -1;
        return stop_marker();
    }
    return v;
}

// The iterator types made by builtins (enumerate, zip ...): iter() of one is itself.
static constexpr Type iterator_type(const Str& name, Value (*make_new)(const Type*, const Args&),
                                    Value (*next)(Value)) {
    return builtin_type({.name = &name,
                         .flags = type_flag_iter_is_self,
                         .make_new = make_new,
                         .iternext = next,
                         .base = &object_type});
}
const Type enumerate_type = iterator_type(q_enumerate, enumerate_make_new, enumerate_next);
const Type zip_type = iterator_type(q_zip, multi_make_new, multi_next);
const Type map_type = iterator_type(q_map, multi_make_new, multi_next);
const Type filter_type = iterator_type(q_filter, filter_make_new, filter_next);
const Type reversed_type = iterator_type(q_reversed, reversed_make_new, reversed_next);

// sorted(iterable, key=None, reverse=False): a new list, sorted.
static Value builtin_sorted(const Args& a) {
    static const char* const allowed[] = {"key", "reverse", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value l = call1(Value(&list_type), a.pos[0]);
    if (!l) return {};
    Value m[2];
    if (!load_method(l, &q_sort, m)) return {};
    Value self = l;
    if (!call(m[0], Args{&self, 1, a.kw, a.n_kw})) return {};
    return l;
}
static const NativeFunction sorted_fn = native(q_sorted, builtin_sorted, 1, 1, true);

static const AttrEntry containers_entries[] = {
    {&q_enumerate, &enumerate_type}, {&q_zip, &zip_type},           {&q_map, &map_type},
    {&q_filter, &filter_type},       {&q_reversed, &reversed_type}, {&q_sorted, &sorted_fn},
};
extern const AttrTable builtins_containers_table;
const AttrTable builtins_containers_table = {containers_entries,
                                             sizeof(containers_entries) / sizeof(containers_entries[0])};

}  // namespace core
