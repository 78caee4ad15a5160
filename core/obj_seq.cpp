// The slice type and what every sequence type shares: index/slice resolution, comparison, repr, sort.
#include "core/names.hpp"
#include "core/obj_seq.hpp"

#include <string.h>

#include "core/gc.hpp"
#include "core/obj_class.hpp"
#include "core/ops.hpp"

namespace core {

Value lookup_user(const Type* t, const Str* name);  // attr_cache.cpp

// ---- slice ---------------------------------------------------------------------------------------------

static Value slice_make_new(const Type*, const Args& a) {
    if (a.n_pos < 1 || a.n_pos > 3 || a.n_kw) return raise_type_error("slice expected 1 to 3 arguments"_msg);
    Slice* s = alloc<Slice>(&slice_type);
    if (!s) return {};
    s->start = a.n_pos > 1 ? a.pos[0] : none();
    s->stop = a.n_pos > 1 ? a.pos[1] : a.pos[0];
    s->step = a.n_pos > 2 ? a.pos[2] : none();
    return Value(s);
}

static bool slice_print(Printer& out, Value self, PrintKind) {
    Slice* s = self.as<Slice>();
    out.write("slice(");
    if (!print_value(out, s->start, PrintKind::Repr)) return false;
    out.write(", ");
    if (!print_value(out, s->stop, PrintKind::Repr)) return false;
    out.write(", ");
    if (!print_value(out, s->step, PrintKind::Repr)) return false;
    out.put(')');
    return true;
}

static Lookup slice_attr_get(Value self, const Str* name, Value* out) {
    Slice* s = self.as<Slice>();
    if (str_equal(name, &q_start))
        *out = s->start;
    else if (str_equal(name, &q_stop))
        *out = s->stop;
    else if (str_equal(name, &q_step))
        *out = s->step;
    else
        return Lookup::Missing;
    return Lookup::Found;
}

static Value slice_binary_op(BinaryOp op, Value a, Value b) {
    if (!is_type(b, &slice_type) || (op != BinaryOp::Eq && op != BinaryOp::Ne)) return not_implemented();
    Slice *x = a.as<Slice>(), *y = b.as<Slice>();
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return seq_compare(op, xs, 3, ys, 3);
}

static Value slice_indices_method(const Args& a) {
    intptr_t len;
    if (!to_index(a.pos[1], &len)) return {};
    if (len < 0) return raise_value_error("length should not be negative"_msg);
    SliceRange r;
    if (!slice_resolve(a.pos[0], len, &r)) return {};
    Value t[3] = {make_int(r.start), make_int(r.stop), make_int(r.step)};
    return make_tuple(3, t);
}
static const NativeFunction slice_indices_fn = native(q_indices, slice_indices_method, 2, 2);
static const AttrEntry slice_entries[] = {{&q_indices, &slice_indices_fn}};
static const AttrTable slice_locals = {slice_entries, 1};

static Value slice_unary_op(UnaryOp op, Value) {
    if (op == UnaryOp::Hash) return raise_type_error("unhashable type: 'slice'"_msg);
    return not_implemented();
}

const Type slice_type = builtin_type({.name = &q_slice,
                                      .make_new = slice_make_new,
                                      .print = slice_print,
                                      .unary_op = slice_unary_op,
                                      .binary_op = slice_binary_op,
                                      .attr_get = slice_attr_get,
                                      .locals = &slice_locals,
                                      .base = &object_type});

bool slice_resolve(Value slice, intptr_t len, SliceRange* r) {
    Slice* s = slice.as<Slice>();
    r->step = 1;
    if (s->step != none() && !to_index(s->step, &r->step)) return false;
    if (r->step == 0) {
        raise_value_error("slice step cannot be zero"_msg);
        return false;
    }
    bool neg = r->step < 0;
    auto fix = [&](Value v, intptr_t dflt, intptr_t* out) {
        if (v == none()) {
            *out = dflt;
            return true;
        }
        if (!to_index(v, out)) return false;
        if (*out < 0) {
            *out += len;
            if (*out < 0) *out = neg ? -1 : 0;
        } else if (*out >= len) {
            *out = neg ? len - 1 : len;
        }
        return true;
    };
    if (!fix(s->start, neg ? len - 1 : 0, &r->start) || !fix(s->stop, neg ? -1 : len, &r->stop)) return false;
    if (neg)
        r->count = r->stop < r->start ? (r->start - r->stop - 1) / (-r->step) + 1 : 0;
    else
        r->count = r->start < r->stop ? (r->stop - r->start - 1) / r->step + 1 : 0;
    return true;
}

bool seq_index(Value index, size_t len, size_t* out, const char* what) {
    intptr_t i;
    if (index.is_small()) {
        i = index.small_value();
    } else if (!is_int(index) && !is_instance(index, &int_type)) {
        const Type* t = type_of(index);
        if (!(t->flags & type_flag_user)) {
            raise_type_error("%s indices must be integers or slices, not %s"_msg, what, t->name->data);
            return false;
        }
        if (!to_index(index, &i)) return false;
    } else if (!to_index(index, &i)) {
        take_exception();
        raise_index_error("%s index out of range"_msg, what);
        return false;
    }
    if (i < 0) i += static_cast<intptr_t>(len);
    if (i < 0 || static_cast<size_t>(i) >= len) {
        raise_index_error("%s index out of range"_msg, what);
        return false;
    }
    *out = static_cast<size_t>(i);
    return true;
}

// ---- comparison and repr ----------------------------------------------------------------------------

// Order of two values when both are small ints, both exact strs, or both exact tuples of such: -1, 0, 1;
// 2 when the generic comparison must decide. Sorting and tuple comparison on these skip the slots.
static int fast_order(Value a, Value b, int depth = 0) {
    if (a.is_small() && b.is_small()) {
        intptr_t x = a.small_value(), y = b.small_value();
        return x < y ? -1 : x > y;
    }
    if (!a.is_obj() || !b.is_obj()) return 2;
    const Type* t = a.obj()->type;
    if (t != b.obj()->type) return 2;
    if (t == &str_type) {
        const Str* x = a.as<Str>();
        const Str* y = b.as<Str>();
        size_t n = x->len < y->len ? x->len : y->len;
        int c = x == y ? 0 : memcmp(x->data, y->data, n);  // UTF-8 byte order is code-point order
        if (c) return c < 0 ? -1 : 1;
        return x->len < y->len ? -1 : x->len > y->len;
    }
    if (t == &tuple_type && depth < 4) {
        const Tuple* x = a.as<Tuple>();
        const Tuple* y = b.as<Tuple>();
        size_t n = x->len < y->len ? x->len : y->len;
        for (size_t i = 0; i < n; ++i) {
            int c = fast_order(x->items[i], y->items[i], depth + 1);
            if (c) return c;
        }
        return x->len < y->len ? -1 : x->len > y->len;
    }
    return 2;
}

Value seq_compare(BinaryOp op, const Value* a, size_t na, const Value* b, size_t nb) {
    if (!check_c_stack()) return {};  // lists that hold themselves, or nest deeper than the stack
    size_t n = na < nb ? na : nb;
    for (size_t i = 0; i < n; ++i) {
        int c = fast_order(a[i], b[i]);
        if (c == 0) continue;
        if (c != 2) return compare_order(op, c);
        int eq = equal(a[i], b[i]);
        if (eq < 0) return {};
        if (eq) continue;
        if (op == BinaryOp::Eq) return py_bool(false);
        if (op == BinaryOp::Ne) return py_bool(true);
        return binary_op(op, a[i], b[i]);
    }
    return compare_order(op, na < nb ? -1 : na > nb);
}

// Containers being printed, innermost last: a container met again prints as "[...]". A GC root
// (registered by core::init): while printing, the container itself may be held only through the
// interior `items` pointer.
static Value printing[config::print_guard];
static size_t n_printing = 0;
void register_print_roots() {
    n_printing = 0;
    gc::add_root(printing, sizeof printing);
}

bool print_enter(Value self) {
    // Deeper nesting is counted but not remembered: reading past the array would be undefined (the
    // compiler then dropped the bound check of the store below, which overwrote core::state).
    constexpr size_t kept = config::print_guard;
    for (size_t i = 0; i < n_printing && i < kept; ++i) {
        if (printing[i] == self) return false;
    }
    if (n_printing < kept) printing[n_printing] = self;
    ++n_printing;
    return true;
}

void print_leave() {
    if (--n_printing < config::print_guard) printing[n_printing] = Value();
}

bool seq_print(Printer& out, Value self, const Value* items, size_t n, char open, char close) {
    if (!print_enter(self)) {
        out.put(open);
        out.write("...");
        out.put(close);
        return true;
    }
    out.put(open);
    bool ok = true;
    for (size_t i = 0; i < n && ok; ++i) {
        if (i) out.write(", ");
        ok = print_value(out, items[i], PrintKind::Repr);
    }
    if (ok && open == '(' && n == 1) out.put(',');
    out.put(close);
    print_leave();
    return ok;
}

// ---- sorting: a stable merge sort (insertion sort for short runs) ------------------------------------

namespace {
struct Sorter {
    Value* keys;   // compared
    Value* items;  // moved along with keys (may equal keys)
    bool reverse;
    bool failed = false;
    // true when b must come before a (strictly less, or strictly greater when reversed).
    bool before(Value a, Value b) {
        if (failed) return false;
        int c = fast_order(a, b);
        if (c != 2) return reverse ? c < 0 : c > 0;
        Value r = reverse ? binary_op(BinaryOp::Lt, a, b) : binary_op(BinaryOp::Lt, b, a);
        if (!r) {
            failed = true;
            return false;
        }
        int t = truth(r);
        if (t < 0) failed = true;
        return t > 0;
    }
};
}  // namespace

bool seq_sort(Value* items, size_t n, Value key, bool reverse) {
    if (n < 2) return true;
    Value* keys = items;
    if (key && key != none()) {
        keys = static_cast<Value*>(alloc_raw(n * sizeof(Value)));
        if (!keys) return false;
        for (size_t i = 0; i < n; ++i) {
            keys[i] = call1(key, items[i]);
            if (!keys[i]) return false;
        }
    }
    Sorter s{keys, items, reverse};
    auto* tmp_k = static_cast<Value*>(alloc_raw(n * sizeof(Value)));
    if (!tmp_k) return false;
    Value* tmp_i = tmp_k;
    if (keys != items) {
        tmp_i = static_cast<Value*>(alloc_raw(n * sizeof(Value)));
        if (!tmp_i) return false;
    }
    // Insertion-sort runs of 16, then merge runs bottom-up.
    const size_t run = 16;
    for (size_t lo = 0; lo < n; lo += run) {
        size_t hi = lo + run < n ? lo + run : n;
        for (size_t i = lo + 1; i < hi; ++i) {
            Value k = keys[i], it = items[i];
            size_t j = i;
            while (j > lo && s.before(keys[j - 1], k)) {
                keys[j] = keys[j - 1];
                if (keys != items) items[j] = items[j - 1];
                --j;
            }
            keys[j] = k;
            if (keys != items) items[j] = it;
            if (s.failed) return false;
        }
    }
    for (size_t width = run; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = 0;
            while (i < mid && j < hi) {
                // Take from the right only when it is strictly before the left: keeps equal items in order.
                bool right = s.before(keys[i], keys[j]);
                if (s.failed) return false;
                size_t from = right ? j++ : i++;
                tmp_k[k] = keys[from];
                if (keys != items) tmp_i[k] = items[from];
                ++k;
            }
            while (i < mid) {
                tmp_k[k] = keys[i];
                if (keys != items) tmp_i[k] = items[i];
                ++k, ++i;
            }
            while (j < hi) {
                tmp_k[k] = keys[j];
                if (keys != items) tmp_i[k] = items[j];
                ++k, ++j;
            }
            memcpy(keys + lo, tmp_k, k * sizeof(Value));
            if (keys != items) memcpy(items + lo, tmp_i, k * sizeof(Value));
        }
    }
    return true;
}

int seq_contains(const Value* items, size_t n, Value x) {
    for (size_t i = 0; i < n; ++i) {
        int eq = equal(items[i], x);
        if (eq) return eq;  // found (1) or an exception (-1)
    }
    return 0;
}

// ---- count and index for lists and tuples ----------------------------------------------------------

// The items as they are now: a list may change while __eq__ runs, so callers re-read after comparing.
static void items_of(Value seq, const Value** items, size_t* n) {
    if (is_type(seq, &tuple_type)) {
        *items = seq.as<Tuple>()->items;
        *n = seq.as<Tuple>()->len;
    } else {
        *items = seq.as<List>()->items;
        *n = seq.as<List>()->len;
    }
}

Value seq_count(const Args& a) {
    Value seq = native_of(a.pos[0]);
    intptr_t c = 0;
    const Value* items;
    size_t n;
    items_of(seq, &items, &n);
    for (size_t i = 0; i < n; items_of(seq, &items, &n), ++i) {
        int eq = equal(items[i], a.pos[1]);
        if (eq < 0) return {};
        c += eq;
    }
    return make_int(c);
}

// A new list or tuple of n items (set by the caller through *items).
static Value new_items(const Type* type, size_t n, Value** items) {
    if (type == &tuple_type) {
        Tuple* t = new_tuple(n);
        if (!t) return {};
        *items = t->items;
        return Value(t);
    }
    List* l = new_list(n);
    if (!l) return {};
    *items = l->items;
    return Value(l);
}

Value seq_binary_op(const Type* type, BinaryOp op, Value lhs, Value rhs) {
    const Value *a, *b = nullptr;
    size_t na, nb = 0;
    items_of(lhs, &a, &na);
    Value r = native_of(rhs);
    bool same = is_type(r, type);
    if (same) items_of(r, &b, &nb);
    Value* out;
    switch (op) {
        case BinaryOp::Add:
        case BinaryOp::InplaceAdd: {
            if (!same) {
                if (type_of(rhs)->flags & type_flag_user) return not_implemented();  // its __radd__ may
                return raise_type_error("can only concatenate %q (not \"%T\") to %q"_msg, type->name, rhs,
                                        type->name);
            }
            Value res = new_items(type, na + nb, &out);
            if (!res) return {};
            if (na) memcpy(out, a, na * sizeof(Value));
            if (nb) memcpy(out + na, b, nb * sizeof(Value));
            return res;
        }
        case BinaryOp::Mul:
        case BinaryOp::ReverseMul:
        case BinaryOp::InplaceMul: {
            intptr_t k;
            if (!seq_mul_ok(rhs, &r)) return r;
            if (!to_index(rhs, &k)) return {};
            if (k < 0) k = 0;
            if (na && static_cast<size_t>(k) > SIZE_MAX / sizeof(Value) / na) return raise_memory_error();
            Value res = new_items(type, na * static_cast<size_t>(k), &out);
            if (!res) return {};
            for (intptr_t i = 0; na && i < k; ++i) memcpy(out + i * na, a, na * sizeof(Value));
            return res;
        }
        case BinaryOp::Contains: {
            int in = seq_contains(a, na, rhs);
            return in < 0 ? Value() : py_bool(in);
        }
        default:
            if (op > BinaryOp::Ne || !same) return not_implemented();
            return seq_compare(op, a, na, b, nb);
    }
}

bool is_repeat_count(Value count) {
    const Type* t = type_of(count);
    return is_int(count) || ((t->flags & type_flag_user) && lookup_user(t, &q_dunder_index));
}

bool seq_mul_ok(Value count, Value* refused) {
    if (is_repeat_count(count)) return true;
    const Type* t = type_of(count);
    *refused = (t->flags & type_flag_user)
                   ? not_implemented()
                   : raise_type_error("can't multiply sequence by non-int of type '%T'"_msg, count);
    return false;
}

Value seq_find(const Args& a, const char* missing) {
    Value seq = native_of(a.pos[0]);
    const Value* items;
    size_t len;
    items_of(seq, &items, &len);
    intptr_t n = static_cast<intptr_t>(len), start = 0, stop = n;
    if (a.n_pos > 2 && !to_index(a.pos[2], &start)) return {};
    if (a.n_pos > 3 && !to_index(a.pos[3], &stop)) return {};
    if (start < 0) start = start + n < 0 ? 0 : start + n;
    if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
    for (intptr_t i = start; i < stop && i < static_cast<intptr_t>(len); items_of(seq, &items, &len), ++i) {
        int eq = equal(items[i], a.pos[1]);
        if (eq < 0) return {};
        if (eq) return make_int(i);
    }
    // No fixed message: CPython's "<repr> is not in list".
    if (!missing) return raise_value_error("%r is not in list"_msg, a.pos[1]);
    return raise_value_error("%s"_msg, missing);
}

// ---- index iterator for lists and tuples ---------------------------------------------------------

static Value seq_iter_next(Value self) {
    SeqIterObj* it = self.as<SeqIterObj>();
    Value seq = it->seq;
    const Value* items;
    size_t n;
    if (is_type(seq, &tuple_type)) {
        items = seq.as<Tuple>()->items;
        n = seq.as<Tuple>()->len;
    } else {
        items = seq.as<List>()->items;
        n = seq.as<List>()->len;
    }
    if (it->index >= n) return stop_marker();
    return items[it->index++];
}

const Type seq_iterator_type =
    builtin_type({.name = &q_iterator, .flags = type_flag_iter_is_self, .iternext = seq_iter_next});

Value seq_iter_new(Value seq) {
    SeqIterObj* it = alloc<SeqIterObj>(&seq_iterator_type);
    if (!it) return {};
    it->seq = seq;
    return Value(it);
}

}  // namespace core
