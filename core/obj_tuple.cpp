// The tuple type: an immutable array of Values.
#include <string.h>

#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_seq.hpp"

namespace core {

static Value tuple_make_new(const Type*, const Args& a) {
    if (a.n_kw) return raise_type_error("tuple() takes no keyword arguments"_msg);
    if (a.n_pos > 1) return raise_type_error("tuple expected at most 1 argument, got %d"_msg, int(a.n_pos));
    if (a.n_pos == 0) return make_tuple(0, nullptr);
    Value src = native_iter_of(a.pos[0]);
    if (is_type(src, &tuple_type)) return src;
    if (is_type(src, &list_type)) return make_tuple(src.as<List>()->len, src.as<List>()->items);
    Value l = call1(Value(&list_type), a.pos[0]);
    if (!l) return {};
    return make_tuple(l.as<List>()->len, l.as<List>()->items);
}

static bool tuple_print(Printer& out, Value self, PrintKind) {
    Tuple* t = self.as<Tuple>();
    return seq_print(out, self, t->items, t->len, '(', ')');
}

static Value tuple_unary_op(UnaryOp op, Value self) {
    Tuple* t = self.as<Tuple>();
    switch (op) {
        case UnaryOp::Bool: return py_bool(t->len != 0);
        case UnaryOp::Len: return make_int_ull(t->len);
        case UnaryOp::Hash: {
            // CPython's tuple hash (xxHash's mixing), so sets of tuples iterate in CPython's order.
            constexpr bool w64 = sizeof(uintptr_t) == 8;
            const uintptr_t p1 = w64 ? uintptr_t(11400714785074694791ull) : 2654435761u;
            const uintptr_t p2 = w64 ? uintptr_t(14029467366897019727ull) : 2246822519u;
            const uintptr_t p5 = w64 ? uintptr_t(2870177450012600261ull) : 374761393u;
            const int rot = w64 ? 31 : 13;
            uintptr_t acc = p5;
            for (size_t i = 0; i < t->len; ++i) {
                intptr_t h;
                if (!hash(t->items[i], &h)) return {};
                acc += static_cast<uintptr_t>(h) * p2;
                acc = (acc << rot) | (acc >> (sizeof(uintptr_t) * 8 - rot));
                acc *= p1;
            }
            acc += t->len ^ (p5 ^ 3527539UL);
            if (acc == static_cast<uintptr_t>(-1)) return make_int(1546275796);
            return make_int(static_cast<intptr_t>(acc));
        }
        default: return not_implemented();
    }
}

static Value tuple_binary_op(BinaryOp op, Value lhs, Value rhs) {
    return seq_binary_op(&tuple_type, op, lhs, rhs);
}

static Value tuple_subscr(Value self, Value index, Value value) {
    Tuple* t = self.as<Tuple>();
    if (value) {
        return raise_type_error("'tuple' object doesn't support item %s"_msg,
                                value == subscr_delete() ? "deletion" : "assignment");
    }
    if (is_type(index, &slice_type)) {
        SliceRange s;
        if (!slice_resolve(index, static_cast<intptr_t>(t->len), &s)) return {};
        Tuple* r = new_tuple(static_cast<size_t>(s.count));
        if (!r) return {};
        for (intptr_t i = 0; i < s.count; ++i) r->items[i] = t->items[s.start + i * s.step];
        return Value(r);
    }
    size_t i;
    if (!seq_index(index, t->len, &i, "tuple")) return {};
    return t->items[i];
}

static Value tuple_getiter(Value self) { return seq_iter_new(self); }

static Value m_count(const Args& a) { return seq_count(a); }
static Value m_index(const Args& a) { return seq_find(a, "tuple.index(x): x not in tuple"); }
static const NativeFunction count_fn = native(q_count, m_count, 2, 2);
static const NativeFunction index_fn = native(q_index, m_index, 2, 4);
static const AttrEntry tuple_entries[] = {{&q_count, &count_fn}, {&q_index, &index_fn}};
static const AttrTable tuple_locals = {tuple_entries, 2};

const Type tuple_type = builtin_type({.name = &q_tuple,
                                      .flags = type_flag_base_ok,
                                      .make_new = tuple_make_new,
                                      .print = tuple_print,
                                      .unary_op = tuple_unary_op,
                                      .binary_op = tuple_binary_op,
                                      .subscr = tuple_subscr,
                                      .getiter = tuple_getiter,
                                      .locals = &tuple_locals,
                                      .base = &object_type});

}  // namespace core
