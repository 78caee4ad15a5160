// Helpers shared by the sequence types (list, tuple, range): slices, comparisons, repeat, sorting.
#pragma once
#include "core/obj_containers.hpp"

namespace core {

struct Slice : Obj {
    Value start, stop, step;
};

// The iterators of list/tuple (obj_seq.cpp) and of a range of machine ints (obj_range.cpp), visible so
// the VM's FOR_ITER can step them without a slot call.
struct SeqIterObj : Obj {
    Value seq;
    size_t index;
};
extern const Type seq_iterator_type;
struct RangeIter : Obj {
    intptr_t cur, stop, step;
};
extern const Type range_iter_type;

// Resolved slice over a sequence of length `len`: the indices start, start+step, ... (count of them).
struct SliceRange {
    intptr_t start, stop, step, count;
};
bool slice_resolve(Value slice, intptr_t len, SliceRange* out);  // false: exception pending
// A (possibly negative) index into a sequence of length len; IndexError "<what> index out of range".
bool seq_index(Value index, size_t len, size_t* out, const char* what);

// Lexicographic comparison of two item arrays for ==, <, <= ... (BinaryOp). Null on error.
Value seq_compare(BinaryOp op, const Value* a, size_t na, const Value* b, size_t nb);
// Registers the recursion guard of seq_print as a GC root (core::init calls it).
void register_print_roots();
// The guard: false when `self` is being printed already (the caller prints [...] or {...}); else
// remembers it until print_leave().
bool print_enter(Value self);
void print_leave();
// Prints "(a, b)" / "[a, b]" with recursion protection ("[...]").
bool seq_print(Printer& out, Value self, const Value* items, size_t n, char open, char close);
// Stable sort of items[0..n) by key (keys null: the items themselves). False on error.
bool seq_sort(Value* items, size_t n, Value key, bool reverse);
// `x in items[0..n)` for list and tuple: 1, 0, or -1 with an exception pending.
int seq_contains(const Value* items, size_t n, Value x);
// The operators lists and tuples share, for `lhs` (a list or tuple of `type`, not a subclass instance):
// + with another of `type`, * (any of the three), `in` and the comparisons, the results made as `type`;
// NotImplemented for the rest.
Value seq_binary_op(const Type* type, BinaryOp op, Value lhs, Value rhs);
// list/tuple .count(x) and .index(x[, start[, stop]]) (args.pos[0] is the list or tuple, maybe a subclass
// instance); `missing` is the ValueError message, or nullptr for CPython's "<x> is not in list".
Value seq_count(const Args& args);
Value seq_find(const Args& args, const char* missing);
// Whether `count` can repeat a list or tuple: an int, or an object with __index__. If not, *refused is what
// the operator gives: NotImplemented for a user class (its reflected * may take the sequence), else null
// with CPython's TypeError (no builtin type's reflected * takes a list).
bool seq_mul_ok(Value count, Value* refused);
bool is_repeat_count(Value count);  // an int, or a user object with __index__
// Iterator over a list or tuple by index (sees a list's later changes, as CPython's does).
Value seq_iter_new(Value seq);

}  // namespace core
