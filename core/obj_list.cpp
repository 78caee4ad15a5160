// The list type: a growable array of Values, with Python's methods and slice assignment.
#include <string.h>

#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"

namespace core {

Value lookup_user(const Type* t, const Str* name);  // attr_cache.cpp

static List* self_list(const Args& a) { return native_of(a.pos[0]).as<List>(); }

static bool list_reserve(List* l, size_t n) {
    if (n <= l->alloc) return true;
    size_t cap = l->alloc + l->alloc / 2;
    if (cap < n) cap = n;
    auto* items = static_cast<Value*>(realloc_raw(l->items, cap * sizeof(Value)));
    if (!items) return false;
    l->items = items;
    l->alloc = cap;
    return true;
}

// Appends every item of an iterable (fast for lists and tuples).
static bool list_extend_from(List* l, Value iterable) {
    Value src = native_iter_of(iterable);
    if (is_type(src, &list_type) || is_type(src, &tuple_type)) {
        bool is_list = is_type(src, &list_type);
        size_t n = is_list ? src.as<List>()->len : src.as<Tuple>()->len;
        if (!list_reserve(l, l->len + n)) return false;
        const Value* items = is_list ? src.as<List>()->items : src.as<Tuple>()->items;  // after the reserve
        if (n) memmove(l->items + l->len, items, n * sizeof(Value));
        l->len += n;
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (!list_append(l, x)) return false;
    }
}

static Value list_make_new(const Type*, const Args& a) {
    if (a.n_kw) return raise_type_error("list() takes no keyword arguments"_msg);
    if (a.n_pos > 1) return raise_type_error("list expected at most 1 argument, got %d"_msg, int(a.n_pos));
    List* l = new_list(0);
    if (!l) return {};
    if (a.n_pos && !list_extend_from(l, a.pos[0])) return {};
    return Value(l);
}

static bool list_print(Printer& out, Value self, PrintKind) {
    List* l = self.as<List>();
    return seq_print(out, self, l->items, l->len, '[', ']');
}

static Value list_unary_op(UnaryOp op, Value self) {
    List* l = self.as<List>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(l->len != 0);
        case UnaryOp::Len: return make_int_ull(l->len);
        case UnaryOp::Hash: return raise_type_error("unhashable type: 'list'"_msg);
        default: return not_implemented();
    }
}

static Value list_binary_op(BinaryOp op, Value lhs, Value rhs) {
    List* l = lhs.as<List>();
    switch (op) {
        case BinaryOp::InplaceAdd:
            // CPython tries a user object's __radd__ before extending by it.
#if MBPY_REVERSE_OPS
            if ((type_of(rhs)->flags & type_flag_user) && !is_type(native_of(rhs), &list_type) &&
                lookup_user(type_of(rhs), &q_dunder_radd))
                return not_implemented();
#endif
            if (!list_extend_from(l, rhs)) return {};
            return lhs;
        case BinaryOp::InplaceMul: {
            Value rep = seq_binary_op(&list_type, op, lhs, rhs);
            if (!rep || rep == not_implemented()) return rep;
            *l = *rep.as<List>();
            return lhs;
        }
        default: return seq_binary_op(&list_type, op, lhs, rhs);
    }
}

// Replaces items [start, stop) (step 1) with the items of `src`.
static bool list_assign_slice(List* l, const SliceRange& s, Value src_v) {
    Value src = native_of(src_v);
    if (!is_type(src, &list_type) || src == Value(l)) {
        List* copy = new_list(0);
        if (!copy || !list_extend_from(copy, src_v)) return false;
        src = Value(copy);
    }
    List* m = src.as<List>();
    if (s.step != 1) {
        if (static_cast<size_t>(s.count) != m->len) {
            raise_value_error("attempt to assign sequence of size %d to extended slice of size %d"_msg,
                              int(m->len), int(s.count));
            return false;
        }
        for (intptr_t i = 0; i < s.count; ++i) l->items[s.start + i * s.step] = m->items[i];
        return true;
    }
    size_t start = static_cast<size_t>(s.start),
           stop = static_cast<size_t>(s.stop < s.start ? s.start : s.stop);
    size_t old_n = stop - start, new_n = m->len;
    size_t len = l->len - old_n + new_n;
    if (!list_reserve(l, len)) return false;
    if (l->len > stop) memmove(l->items + start + new_n, l->items + stop, (l->len - stop) * sizeof(Value));
    if (new_n) memcpy(l->items + start, m->items, new_n * sizeof(Value));
    l->len = len;
    return true;
}

static Value list_subscr(Value self, Value index, Value value) {
    List* l = self.as<List>();
    if (is_type(index, &slice_type)) {
        SliceRange s;
        if (!slice_resolve(index, static_cast<intptr_t>(l->len), &s)) return {};
        if (!value) {
            List* r = new_list(static_cast<size_t>(s.count));
            if (!r) return {};
            if (s.step == 1 && s.count > 0)
                memcpy(r->items, l->items + s.start, static_cast<size_t>(s.count) * sizeof(Value));
            else
                for (intptr_t i = 0; i < s.count; ++i) r->items[i] = l->items[s.start + i * s.step];
            return Value(r);
        }
        if (value == subscr_delete()) {
            if (s.count <= 0) return none();
            // The same items in ascending order: first, first + step, ... (count of them).
            size_t step = static_cast<size_t>(s.step < 0 ? -s.step : s.step);
            size_t first = static_cast<size_t>(s.step < 0 ? s.start + (s.count - 1) * s.step : s.start);
            size_t w = first, next = first, left = static_cast<size_t>(s.count);
            for (size_t i = first; i < l->len; ++i) {
                if (left && i == next) {
                    --left;
                    next += step;
                    continue;
                }
                l->items[w++] = l->items[i];
            }
            l->len = w;
            return none();
        }
        if (!list_assign_slice(l, s, value)) return {};
        return none();
    }
    size_t i;
    if (!seq_index(index, l->len, &i, "list")) {
        // Storing or deleting: CPython's "list assignment index out of range".
        if (value && exc_matches(state.exc, &index_error_type)) {
            take_exception();
            return raise_index_error("list assignment index out of range"_msg);
        }
        return {};
    }
    if (!value) return l->items[i];
    if (value == subscr_delete()) {
        memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
        l->len--;
        return none();
    }
    l->items[i] = value;
    return none();
}

static Value list_getiter(Value self) { return seq_iter_new(self); }

// ---- methods -------------------------------------------------------------------------------------------

static Value m_append(const Args& a) { return list_append(self_list(a), a.pos[1]) ? none() : Value(); }
static Value m_extend(const Args& a) { return list_extend_from(self_list(a), a.pos[1]) ? none() : Value(); }
static Value m_clear(const Args& a) {
    List* l = self_list(a);
    l->len = 0;
    l->alloc = 0;
    l->items = nullptr;
    return none();
}
static Value m_copy(const Args& a) {
    List* l = self_list(a);
    return make_list(l->len, l->items);
}
static Value m_insert(const Args& a) {
    List* l = self_list(a);
    intptr_t i;
    if (!to_index(a.pos[1], &i)) return {};
    intptr_t n = static_cast<intptr_t>(l->len);
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (!list_reserve(l, l->len + 1)) return {};
    memmove(l->items + i + 1, l->items + i, (l->len - i) * sizeof(Value));
    l->items[i] = a.pos[2];
    l->len++;
    return none();
}
static Value m_pop(const Args& a) {
    List* l = self_list(a);
    if (l->len == 0) return raise_index_error("pop from empty list"_msg);
    size_t i = l->len - 1;
    if (a.n_pos > 1) {
        intptr_t k;
        if (!to_index(a.pos[1], &k)) return {};
        if (k < 0) k += static_cast<intptr_t>(l->len);
        if (k < 0 || static_cast<size_t>(k) >= l->len) return raise_index_error("pop index out of range"_msg);
        i = static_cast<size_t>(k);
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
    l->len--;
    return v;
}
// First index of `x` in items[start, stop), or -1 (-2 on error).
static intptr_t find_item(const List* l, Value x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < l->len; ++i) {
        int eq = equal(l->items[i], x);
        if (eq < 0) return -2;
        if (eq) return static_cast<intptr_t>(i);
    }
    return -1;
}
static Value m_remove(const Args& a) {
    List* l = self_list(a);
    intptr_t i = find_item(l, a.pos[1], 0, l->len);
    if (i == -2) return {};
    if (i < 0) return raise_value_error("list.remove(x): x not in list"_msg);
    memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
    l->len--;
    return none();
}
static Value m_index(const Args& a) { return seq_find(a, nullptr); }
static Value m_count(const Args& a) { return seq_count(a); }
static Value m_reverse(const Args& a) {
    List* l = self_list(a);
    for (size_t i = 0, j = l->len; i + 1 < j; ++i, --j) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return none();
}
static Value m_sort(const Args& a) {
    static const char* const allowed[] = {"key", "reverse", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    List* l = self_list(a);
    Value rev = kwarg(a, "reverse");
    int reverse = rev ? truth(rev) : 0;
    if (reverse < 0) return {};
    // Sort a private copy so a key function that changes the list cannot break the sort.
    Value* items = l->items;
    size_t n = l->len;
    l->items = nullptr;
    l->len = l->alloc = 0;
    bool ok = seq_sort(items, n, kwarg(a, "key"), reverse);
    bool modified = l->len != 0;
    l->items = items;
    l->len = l->alloc = n;
    if (!ok) return {};
    if (modified) return raise_value_error("list modified during sort"_msg);
    return none();
}

static const NativeFunction append_fn = native(q_append, m_append, 2, 2);
static const NativeFunction extend_fn = native(q_extend, m_extend, 2, 2);
static const NativeFunction clear_fn = native(q_clear, m_clear, 1, 1);
static const NativeFunction copy_fn = native(q_copy, m_copy, 1, 1);
static const NativeFunction insert_fn = native(q_insert, m_insert, 3, 3);
static const NativeFunction pop_fn = native(q_pop, m_pop, 1, 2);
static const NativeFunction remove_fn = native(q_remove, m_remove, 2, 2);
static const NativeFunction index_fn = native(q_index, m_index, 2, 4);
static const NativeFunction count_fn = native(q_count, m_count, 2, 2);
static const NativeFunction reverse_fn = native(q_reverse, m_reverse, 1, 1);
static const NativeFunction sort_fn = native(q_sort, m_sort, 1, 1, true);

static const AttrEntry list_entries[] = {
    {&q_append, &append_fn}, {&q_extend, &extend_fn},   {&q_clear, &clear_fn},   {&q_copy, &copy_fn},
    {&q_insert, &insert_fn}, {&q_pop, &pop_fn},         {&q_remove, &remove_fn}, {&q_index, &index_fn},
    {&q_count, &count_fn},   {&q_reverse, &reverse_fn}, {&q_sort, &sort_fn},
};
static const AttrTable list_locals = {list_entries, sizeof(list_entries) / sizeof(list_entries[0])};

const Type list_type = builtin_type({.name = &q_list,
                                     .flags = type_flag_base_ok,
                                     .make_new = list_make_new,
                                     .print = list_print,
                                     .unary_op = list_unary_op,
                                     .binary_op = list_binary_op,
                                     .subscr = list_subscr,
                                     .getiter = list_getiter,
                                     .locals = &list_locals,
                                     .base = &object_type});

}  // namespace core
