// Helpers of the interpreter loop that are too big to inline in it (vm_support.cpp, import.cpp,
// builtins_exec.cpp). Internal to the engine.
#pragma once
#include "core/vm.hpp"

namespace core {

void raise_unbound_cell(Code* code, uint32_t cell_index);
// The errors of the loop's hot instructions, out of line so that each is a call there (cold paths).
[[gnu::noinline]] void raise_unbound_local(Code* code, uint32_t local_index);
[[gnu::noinline]] void raise_name_error(const Str* name);  // unless an exception is already pending
[[gnu::noinline]] void raise_interrupt();  // KeyboardInterrupt, unless a scheduled function raised
Value build_set(const Value* items, size_t n);
bool set_add(Value set, Value v);
bool set_update(Value set, Value iterable);
bool list_extend(List* l, Value iterable);
// {**m} (merge false) and f(**m) (merge true: duplicate keys and non-str keys are errors).
bool dict_update(Dict* d, Value mapping, bool merge);
Value concat_strings(const Value* parts, size_t n);
// One f-string field: conversion 0 none, 1 !s, 2 !r, 3 !a; spec a str or null.
Value format_field(Value v, unsigned conversion, Value spec);
// Pushes exactly n items of seq at out[0..n) in reverse order (so out[n-1] is the first item).
bool unpack_sequence(Value seq, uint32_t n, Value* out);
// noinline here, on call_ex and on import_from: the firmware's link-time optimisation inlines a function
// called once into vm_run, and their locals (import_from's name buffer: 156 B) would grow vm_run's stack
// frame, which every nested call through a slot pays.
// a, *b, c = seq: writes before + 1 + after values at out (reverse order, the list in the middle).
[[gnu::noinline]] bool unpack_ex(Value seq, uint32_t before, uint32_t after, Value* out);
// isinstance(exc, t) for an except clause (t a class or a tuple of classes); -1 on error.
int exception_match(Value exc, Value t);
// Sets the pending exception for `raise exc [from cause]`.
void do_raise(Value exc, Value cause, bool has_cause);
// obj.name as a callable (bound method when needed).
Value load_bound(Value obj, const Str* name);
// obj_generator.cpp: a generator's body raised (state.exc): a StopIteration becomes RuntimeError.
void generator_raised();
// FOR_ITER or YIELD_FROM (`kind`, frame_resumed_*) with a generator on top of `f`'s stack (`f` saved)
// resumes it in the loop's frames: its frame, linked under `f`, sent `send`. Null when the iterator is
// no generator or generator_resume would raise an error: the instruction's general path then runs.
// Out of line, as the three after it: vm_run's hot paths keep their registers (and, on the firmware,
// its stack frame stays as small).
[[gnu::noinline]] Frame* generator_resume_in_place(Frame* f, Value send, uint8_t kind);
// Its frame `g` yielded `v` (saved, frame_yielded set): back to the frame that resumed it, which takes
// the value; a YIELD_FROM yields it on. The frame to run next, or null when `entry` yields it.
[[gnu::noinline]] Frame* generator_yielded_in_place(Frame* g, Value v, Frame* entry);
// Its frame `g` returned `v`: FOR_ITER's loop ends, or `v` is the YIELD_FROM's value. The frame below.
[[gnu::noinline]] Frame* generator_returned_in_place(Frame* g, Value v);
// An exception (state.exc) left its frame `g`: finished, and a StopIteration becomes RuntimeError.
[[gnu::noinline]] Frame* generator_raised_in_place(Frame* g);
// One step of `yield from`/`await` delegation: sends v into the sub-iterator.
Value delegate_send(Value it, Value v, bool* yielded);
Value get_awaitable(Value v);
// f(*args, **kwargs) with args a tuple/list and kwargs a dict or null.
[[gnu::noinline]] Value call_ex(Value f, Value args, Value kwargs);

// attr.cpp: attribute fast paths for instances of plain Python classes. get: Found with out[0] the
// value and out[1] self when out[0] is a method to bind; Missing means "use the general lookup".
// set: 1 stored, 0 not handled (use store_attr), -1 error.
Lookup instance_fast_get(Value obj, const Str* name, Value out[2]);
int instance_fast_set(Value obj, const Str* name, Value v);

// obj_dict.cpp: the entry number holding exactly this key object (no equality), or -1.
int32_t dict_find_str_index(const Dict* d, const Str* key);

// import.cpp
Value import_name(const Str* name, Dict* globals, Value fromlist, intptr_t level);
[[gnu::noinline]] Value import_from(Value module, const Str* name);
bool import_star(Value module, Dict* dest);

// builtins_exec.cpp
extern const NativeFunction build_class_fn;

// obj_range.cpp: `for i in range(a, b)` with 0 <= a, b < 2**range_pack_bits and step 1 keeps its iterator in
// the loop's stack slot as one small int, (b << range_pack_bits) | i, instead of a 32-byte heap iterator
// (nqueens: one per active loop of every recursive call). No other code sees that slot: GET_ITER's result
// only ever goes to FOR_ITER, or to a comprehension's code as its `.0` argument, which FOR_ITER reads.
// Half the bits of a non-negative small int: 31 on 64-bit, 15 on the device.
inline constexpr unsigned range_pack_bits = (sizeof(intptr_t) * 8 - 2) / 2;
inline constexpr uintptr_t range_pack_mask = (uintptr_t(1) << range_pack_bits) - 1;
// The packed iterator of a range, or null when it is not such a range.
Value range_packed_iter(Value range);

// obj_str.cpp: iterators of str, bytes and bytearray, laid out as SeqIterObj (the text, a byte offset), so
// FOR_ITER steps one over the ASCII characters of a str without the slot call.
extern const Type str_iterator_type;

}  // namespace core
