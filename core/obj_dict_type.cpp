// The dict type: constructor, operators, methods and the keys/values/items views.
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_seq.hpp"
#include "core/ops.hpp"

namespace core {

static Dict* self_dict(Value v) { return native_of(v).as<Dict>(); }

// d.update(other) for a mapping (anything with keys()) or an iterable of pairs.
static bool dict_update_from(Dict* d, Value src) {
    Value s = native_of(src);
    if (is_type(s, &dict_type)) {
        Value k, v;
        for (size_t i = 0; dict_next(s.as<Dict>(), &i, &k, &v);) {
            if (!dict_store(d, k, v)) return false;
        }
        return true;
    }
    Value keys_m;
    if (lookup_attr(src, &q_keys, &keys_m) == Lookup::Found) {
        Value keys = call0(keys_m);
        Value it = keys ? get_iter(keys) : Value();
        if (!it) return false;
        for (;;) {
            Value k = iter_next(it);
            if (!k) return false;
            if (k == stop_marker()) return true;
            Value v = subscr_load(src, k);
            if (!v || !dict_store(d, k, v)) return false;
        }
    }
    if (pending()) return false;
    Value it = get_iter(src);
    if (!it) return false;
    for (size_t n = 0;; ++n) {
        Value pair = iter_next(it);
        if (!pair) return false;
        if (pair == stop_marker()) return true;
        Value pit = get_iter(pair);
        if (!pit) return false;
        Value k = iter_next(pit), v = k && k != stop_marker() ? iter_next(pit) : k;
        if (!k || !v) return false;
        Value extra = v != stop_marker() ? iter_next(pit) : v;
        if (!extra) return false;
        if (k == stop_marker() || v == stop_marker() || extra != stop_marker()) {
            // CPython's message gives the element's length.
            int len = k == stop_marker() ? 0 : v == stop_marker() ? 1 : 3;
            for (Value x = extra; len >= 3 && x != stop_marker(); ++len) {
                x = iter_next(pit);
                if (!x) return false;
                if (x == stop_marker()) break;
            }
            raise_value_error("dictionary update sequence element #%d has length %d; 2 is required"_msg,
                              int(n), len);
            return false;
        }
        if (!dict_store(d, k, v)) return false;
    }
}

static bool dict_update_kw(Dict* d, const Args& a) {
    for (size_t i = 0; i < a.n_kw; ++i) {
        if (!dict_store(d, a.kw[2 * i], a.kw[2 * i + 1])) return false;
    }
    return true;
}

static Value dict_make_new(const Type*, const Args& a) {
    if (a.n_pos > 1) return raise_type_error("dict expected at most 1 argument, got %d"_msg, int(a.n_pos));
    Dict* d = new_dict(0);
    if (!d) return {};
    if (a.n_pos && !dict_update_from(d, a.pos[0])) return {};
    if (!dict_update_kw(d, a)) return {};
    return Value(d);
}

static bool dict_print(Printer& out, Value self, PrintKind) {
    if (!print_enter(self)) {
        out.write("{...}");
        return true;
    }
    Dict* d = self.as<Dict>();
    out.put('{');
    Value k, v;
    bool first = true, ok = true;
    for (size_t i = 0; ok && dict_next(d, &i, &k, &v);) {
        if (!first) out.write(", ");
        first = false;
        ok = print_value(out, k, PrintKind::Repr);
        if (ok) out.write(": ");
        ok = ok && print_value(out, v, PrintKind::Repr);
    }
    out.put('}');
    print_leave();
    return ok;
}

static Value dict_unary_op(UnaryOp op, Value self) {
    Dict* d = self.as<Dict>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(d->used != 0);
        case UnaryOp::Len: return make_int_ull(d->used);
        case UnaryOp::Hash: return raise_type_error("unhashable type: 'dict'"_msg);
        default: return not_implemented();
    }
}

static Value dict_binary_op(BinaryOp op, Value lhs, Value rhs) {
    Dict* d = lhs.as<Dict>();
    Value r = native_of(rhs);
    switch (op) {
        case BinaryOp::Contains: {
            Value out;
            Lookup l = dict_lookup(d, rhs, &out);
            if (l == Lookup::Error) return {};
            return py_bool(l == Lookup::Found);
        }
        case BinaryOp::Eq:
        case BinaryOp::Ne: {
            if (!is_type(r, &dict_type)) return not_implemented();
            Dict* e = r.as<Dict>();
            bool same = d->used == e->used;
            Value k, v;
            for (size_t i = 0; same && dict_next(d, &i, &k, &v);) {
                Value w;
                Lookup l = dict_lookup(e, k, &w);
                if (l == Lookup::Error) return {};
                if (l == Lookup::Missing) {
                    same = false;
                    break;
                }
                int eq = equal(v, w);
                if (eq < 0) return {};
                same = eq;
            }
            return py_bool(op == BinaryOp::Eq ? same : !same);
        }
        case BinaryOp::Or:
        case BinaryOp::InplaceOr: {
            if (!is_type(r, &dict_type)) return not_implemented();
            Dict* out = op == BinaryOp::Or ? dict_copy(d) : d;
            if (!out || !dict_update_from(out, r)) return {};
            return op == BinaryOp::Or ? Value(out) : lhs;
        }
        default: return not_implemented();
    }
}

static Value dict_subscr(Value self, Value index, Value value) {
    Dict* d = self.as<Dict>();
    if (!value) {
        Value out;
        Lookup l = dict_lookup(d, index, &out);
        if (l == Lookup::Found) return out;
        if (l == Lookup::Error) return {};
        // A dict subclass with __missing__ (e.g. a hand-written defaultdict).
        return raise_value(make_exception(&key_error_type, 1, &index));
    }
    if (value == subscr_delete()) {
        Lookup l = dict_remove(d, index, nullptr);
        if (l == Lookup::Found) return none();
        if (l == Lookup::Error) return {};
        return raise_value(make_exception(&key_error_type, 1, &index));
    }
    return dict_store(d, index, value) ? none() : Value();
}

// ---- views: keys(), values(), items() and dict iteration --------------------------------------------

enum class ViewKind : uint8_t { Keys, Values, Items };
struct DictView : Obj {
    Value dict;
    ViewKind kind;
};
struct DictIter : Obj {
    Value dict;
    size_t pos;
    uint32_t used;  // size when iteration began: a change raises RuntimeError
    ViewKind kind;
};

extern const Type dict_keys_type, dict_values_type, dict_items_type, dict_iter_type;
static bool is_dict_view(Value v) {
    const Type* t = type_of(v);
    return t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type;
}

static Value dict_iter_next(Value self) {
    DictIter* it = self.as<DictIter>();
    Dict* d = it->dict.as<Dict>();
    if (d->used != it->used) return raise_runtime_error("dictionary changed size during iteration"_msg);
    Value k, v;
    if (!dict_next(d, &it->pos, &k, &v)) return stop_marker();
    switch (it->kind) {
        case ViewKind::Keys: return k;
        case ViewKind::Values: return v;
        default: {
            Value kv[2] = {k, v};
            return make_tuple(2, kv);
        }
    }
}

static Value dict_iter_new(Value dict, ViewKind kind) {
    DictIter* it = alloc<DictIter>(&dict_iter_type);
    if (!it) return {};
    it->dict = dict;
    it->used = dict.as<Dict>()->used;
    it->kind = kind;
    return Value(it);
}

static Value dict_getiter(Value self) { return dict_iter_new(self, ViewKind::Keys); }
static Value view_getiter(Value self) {
    DictView* v = self.as<DictView>();
    return dict_iter_new(v->dict, v->kind);
}

static bool view_print(Printer& out, Value self, PrintKind) {
    DictView* v = self.as<DictView>();
    static const char* const names[] = {"dict_keys", "dict_values", "dict_items"};
    out.write(names[int(v->kind)]);
    out.put('(');
    Value l = call1(Value(&list_type), self);
    if (!l || !print_value(out, l, PrintKind::Repr)) return false;
    out.put(')');
    return true;
}

static Value view_unary_op(UnaryOp op, Value self) {
    Dict* d = self.as<DictView>()->dict.as<Dict>();
    if (op == UnaryOp::Len) return make_int_ull(d->used);
    if (op == UnaryOp::Bool) return py_bool(d->used != 0);
    return not_implemented();
}

Value set_from_iterable(const Type* type, Value iterable);  // obj_set.cpp

static Value view_binary_op(BinaryOp op, Value lhs, Value rhs) {
    DictView* v = lhs.as<DictView>();
    Dict* d = v->dict.as<Dict>();
    if (op == BinaryOp::Contains)
        return v->kind == ViewKind::Keys ? dict_binary_op(op, Value(d), rhs)
                                         : contains_by_iteration(lhs, rhs);
    if (v->kind == ViewKind::Values) return not_implemented();
    // keys() and items() act as sets: ==, <, &, |, -, ^ go through a temporary set.
    Value s = set_from_iterable(&set_type, lhs);
    if (!s) return {};
    Value o = rhs;
    if (is_dict_view(rhs)) {
        o = set_from_iterable(&set_type, rhs);
        if (!o) return {};
    }
    return binary_op(op, s, o);
}

const Type dict_keys_type = builtin_type({.name = &q_dict_keys,
                                          .print = view_print,
                                          .unary_op = view_unary_op,
                                          .binary_op = view_binary_op,
                                          .getiter = view_getiter});
const Type dict_values_type = builtin_type({.name = &q_dict_values,
                                            .print = view_print,
                                            .unary_op = view_unary_op,
                                            .binary_op = view_binary_op,
                                            .getiter = view_getiter});
const Type dict_items_type = builtin_type({.name = &q_dict_items,
                                           .print = view_print,
                                           .unary_op = view_unary_op,
                                           .binary_op = view_binary_op,
                                           .getiter = view_getiter});
const Type dict_iter_type =
    builtin_type({.name = &q_dict_iterator, .flags = type_flag_iter_is_self, .iternext = dict_iter_next});

static Value make_view(Value self, ViewKind kind) {
    static const Type* const types[] = {&dict_keys_type, &dict_values_type, &dict_items_type};
    DictView* v = alloc<DictView>(types[int(kind)]);
    if (!v) return {};
    v->dict = native_of(self);
    v->kind = kind;
    return Value(v);
}

// ---- methods -------------------------------------------------------------------------------------------

static Value m_keys(const Args& a) { return make_view(a.pos[0], ViewKind::Keys); }
static Value m_values(const Args& a) { return make_view(a.pos[0], ViewKind::Values); }
static Value m_items(const Args& a) { return make_view(a.pos[0], ViewKind::Items); }
static Value m_get(const Args& a) {
    Value out;
    Lookup l = dict_lookup(self_dict(a.pos[0]), a.pos[1], &out);
    if (l == Lookup::Error) return {};
    return l == Lookup::Found ? out : (a.n_pos > 2 ? a.pos[2] : none());
}
static Value m_setdefault(const Args& a) {
    Dict* d = self_dict(a.pos[0]);
    Value out;
    Lookup l = dict_lookup(d, a.pos[1], &out);
    if (l == Lookup::Error) return {};
    if (l == Lookup::Found) return out;
    Value dflt = a.n_pos > 2 ? a.pos[2] : none();
    return dict_store(d, a.pos[1], dflt) ? dflt : Value();
}
static Value m_pop(const Args& a) {
    Value old;
    Lookup l = dict_remove(self_dict(a.pos[0]), a.pos[1], &old);
    if (l == Lookup::Error) return {};
    if (l == Lookup::Found) return old;
    if (a.n_pos > 2) return a.pos[2];
    return raise_value(make_exception(&key_error_type, 1, &a.pos[1]));
}
static Value m_popitem(const Args& a) {
    Dict* d = self_dict(a.pos[0]);
    if (d->used == 0) return raise(&key_error_type, "popitem(): dictionary is empty"_msg);
    for (size_t i = d->n_entries; i-- > 0;) {
        if (d->entries[i].key) {
            Value kv[2] = {d->entries[i].key, d->entries[i].value};
            if (dict_remove(d, kv[0], nullptr) == Lookup::Error) return {};
            return make_tuple(2, kv);
        }
    }
    return none();
}
static Value m_update(const Args& a) {
    Dict* d = self_dict(a.pos[0]);
    if (a.n_pos > 1 && !dict_update_from(d, a.pos[1])) return {};
    return dict_update_kw(d, a) ? none() : Value();
}
static Value m_copy(const Args& a) {
    Dict* c = dict_copy(self_dict(a.pos[0]));
    return c ? Value(c) : Value();
}
static Value m_clear(const Args& a) {
    dict_clear(self_dict(a.pos[0]));
    return none();
}
static Value m_fromkeys(const Args& a) {
    // A classmethod: pos[0] is the class.
    Value d = call0(a.pos[0]);
    if (!d) return {};
    Value v = a.n_pos > 2 ? a.pos[2] : none();
    Value it = get_iter(a.pos[1]);
    if (!it) return {};
    for (;;) {
        Value k = iter_next(it);
        if (!k) return {};
        if (k == stop_marker()) return d;
        if (!subscr_store(d, k, v)) return {};
    }
}

static const NativeFunction keys_fn = native(q_keys, m_keys, 1, 1);
static const NativeFunction values_fn = native(q_values, m_values, 1, 1);
static const NativeFunction items_fn = native(q_items, m_items, 1, 1);
static const NativeFunction get_fn = native(q_get, m_get, 2, 3);
static const NativeFunction setdefault_fn = native(q_setdefault, m_setdefault, 2, 3);
static const NativeFunction pop_fn = native(q_pop, m_pop, 2, 3);
static const NativeFunction popitem_fn = native(q_popitem, m_popitem, 1, 1);
static const NativeFunction update_fn = native(q_update, m_update, 1, 2, true);
static const NativeFunction copy_fn = native(q_copy, m_copy, 1, 1);
static const NativeFunction clear_fn = native(q_clear, m_clear, 1, 1);
static const NativeFunction fromkeys_fn = native(q_fromkeys, m_fromkeys, 2, 3);
static MBPY_VALUE_CONSTINIT const MethodWrapper fromkeys_cm = {{&classmethod_type}, Value(&fromkeys_fn)};

static const AttrEntry dict_entries[] = {
    {&q_keys, &keys_fn},       {&q_values, &values_fn},         {&q_items, &items_fn},
    {&q_get, &get_fn},         {&q_setdefault, &setdefault_fn}, {&q_pop, &pop_fn},
    {&q_popitem, &popitem_fn}, {&q_update, &update_fn},         {&q_copy, &copy_fn},
    {&q_clear, &clear_fn},     {&q_fromkeys, &fromkeys_cm},
};
static const AttrTable dict_locals = {dict_entries, sizeof(dict_entries) / sizeof(dict_entries[0])};

const Type dict_type = builtin_type({.name = &q_dict,
                                     .flags = type_flag_base_ok,
                                     .make_new = dict_make_new,
                                     .print = dict_print,
                                     .unary_op = dict_unary_op,
                                     .binary_op = dict_binary_op,
                                     .subscr = dict_subscr,
                                     .getiter = dict_getiter,
                                     .locals = &dict_locals,
                                     .base = &object_type});

}  // namespace core
