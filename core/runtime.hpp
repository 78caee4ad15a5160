// The runtime API every part of the core uses: errors, allocation, constructors, generic operations.
//
// Error convention (one rule, used everywhere): a fallible function returns a null Value (or false, or
// Lookup::Error) after storing the exception in core::state.exc. Callers propagate with
//     Value v = core::call(f, a); if (!v) return {};
// Nothing is thrown, nothing unwinds the C stack. See docs/internals.md.
#pragma once
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/message.hpp"
#include "core/object.hpp"

namespace core {

// ---- well-known objects -----------------------------------------------------------------------------
extern const Obj none_obj, true_obj, false_obj, not_implemented_obj, ellipsis_obj;
// Internal markers, never visible to Python code: stop_marker() (iternext: exhausted) and subscr_delete()
// (subscr: delete).
extern const Obj stop_marker_obj, subscr_delete_obj;
#if MBPY_CONST_OBJ_ADDR
// The port's linker script places these seven objects, 4 bytes each, from MBPY_CONST_OBJ_ADDR on in the
// order of their sections below (config.hpp), so their Values are constants: one 2-byte move where a
// literal-pool load and its 4-byte word were.
#define MBPY_CONST_OBJ(index) [[gnu::used, gnu::section(".rodata.const_obj." #index)]]
inline constexpr uintptr_t const_obj_addr = MBPY_CONST_OBJ_ADDR;
inline Value py_bool(bool b) { return Value::from_bits(const_obj_addr + 4 * uintptr_t(b)); }  // False, True
inline Value none() { return Value::from_bits(const_obj_addr + 8); }
inline Value not_implemented() { return Value::from_bits(const_obj_addr + 12); }
inline Value ellipsis() { return Value::from_bits(const_obj_addr + 16); }
inline Value stop_marker() { return Value::from_bits(const_obj_addr + 20); }
inline Value subscr_delete() { return Value::from_bits(const_obj_addr + 24); }
#else
#define MBPY_CONST_OBJ(index)
inline Value py_bool(bool b) { return Value(b ? &true_obj : &false_obj); }
inline Value none() { return Value(&none_obj); }
inline Value not_implemented() { return Value(&not_implemented_obj); }
inline Value ellipsis() { return Value(&ellipsis_obj); }
inline Value stop_marker() { return Value(&stop_marker_obj); }
inline Value subscr_delete() { return Value(&subscr_delete_obj); }
#endif

// ---- builtin types (each defined in its obj_*.cpp) -----------------------------------------------
extern const Type object_type, type_type, none_type, bool_type, int_type, float_type;
#if MBPY_COMPLEX
extern const Type complex_type;
#endif
extern const Type str_type, bytes_type, bytearray_type, memoryview_type;
extern const Type list_type, tuple_type, dict_type, set_type, frozenset_type, range_type, slice_type;
extern const Type native_function_type, function_type, bound_method_type, closure_type, generator_type;
extern const Type module_type, property_type, classmethod_type, staticmethod_type, super_type, cell_type;
extern const Type ellipsis_type, not_implemented_type;
// Exceptions (obj_exception.cpp), in CPython's hierarchy.
extern const Type base_exception_type, system_exit_type, keyboard_interrupt_type, generator_exit_type,
    exception_type, stop_iteration_type, stop_async_iteration_type, arithmetic_error_type,
    overflow_error_type, zero_division_error_type, assertion_error_type, attribute_error_type, eof_error_type,
    import_error_type, lookup_error_type, index_error_type, key_error_type, memory_error_type,
    name_error_type, os_error_type, runtime_error_type, not_implemented_error_type, syntax_error_type,
    indentation_error_type, type_error_type, value_error_type, unicode_error_type;
#if MBPY_EXCEPTIONS_EXTRA
extern const Type module_not_found_error_type, unbound_local_error_type, recursion_error_type,
    unicode_decode_error_type, unicode_encode_error_type;
#else
// The firmware's types for these errors (config.hpp): raising one raises its base.
inline constexpr const Type& module_not_found_error_type = import_error_type;
inline constexpr const Type& unbound_local_error_type = name_error_type;
inline constexpr const Type& recursion_error_type = runtime_error_type;
inline constexpr const Type& unicode_decode_error_type = unicode_error_type;
inline constexpr const Type& unicode_encode_error_type = unicode_error_type;
#endif

// ---- interpreter state: every field is a GC root -------------------------------------------------
struct State {
    Value exc;                               // the pending exception (an exception instance), if any
    Dict* modules = nullptr;                 // sys.modules: name -> module
    struct InternTable* interned = nullptr;  // interned identifiers (obj_str_core.cpp), made on first use
    Dict* builtins = nullptr;                // the builtins namespace (mutable: `builtins.x = ...`)
    Value main_module;                       // __main__
    Value current_frame;                     // innermost executing Python frame (owned by the VM)
    int call_depth = 0;
    uint8_t opt_level = 0;  // micropython.opt_level(): from 1 no asserts (__debug__ False), 3 no line numbers
    Value scheduled;        // micropython.schedule(): a list of (function, argument) pairs to run, in order
    volatile bool interrupt = false;  // Ctrl-C / SIGINT: the VM raises KeyboardInterrupt at the next check
    // The VM's check on backward jumps and calls reads this flag alone (one load and a branch) and takes
    // its slow path, vm_poll(), only when it is set: by request_interrupt() and, while a port meters the
    // work (core::vm_meter), always.
    volatile bool poll = false;
    char* c_stack_top = nullptr;  // for the C-stack guard and the GC's stack scan
};
extern State state;

// Ctrl-C: what a signal handler, serial interrupt or reader thread calls (two plain stores, no
// read-modify-write, so it is safe against the VM clearing the flags at the same time).
inline void request_interrupt() {
    state.interrupt = true;
    state.poll = true;
}
// The slow path of the VM's check (vm_support.cpp): meters `work`, then true when a Ctrl-C is due.
bool vm_poll(uint32_t work);

// Initialise heap and runtime on `heap` (the port owns that memory). Safe to call again for a soft reset.
bool init(void* heap, size_t heap_bytes, char* c_stack_top);

// ---- raising ----------------------------------------------------------------------------------------
// printf-like: %s (const char*), %d (int), %ld (long), %zu (size_t), %c, %x, and
//   %q  a const Str* (printed raw), %T  the type name of a Value, %r  repr of a Value,
//   %m  a packed message (core/message.hpp: "..."_msg). The format itself may be a packed message.
Value raise(const Type* type, const char* fmt, ...);
Value raise_v(const Type* type, const char* fmt, va_list ap);
// raise(&type_error_type, ...), raise(&value_error_type, ...) and the others raised from many places,
// without the type argument: about 7 bytes less of Thumb code at each of ~330 places in the firmware (the
// type's load and its literal-pool word).
Value raise_type_error(const char* fmt, ...);
Value raise_value_error(const char* fmt, ...);
Value raise_index_error(const char* fmt, ...);
Value raise_overflow_error(const char* fmt, ...);
Value raise_runtime_error(const char* fmt, ...);
Value raise_attribute_error(const char* fmt, ...);
Value raise_value(Value exception);          // an instance, or a type to instantiate with no args
Value raise_memory_error();                  // never allocates
Value raise_recursion_error();               // RuntimeError/RecursionError; never allocates
bool exc_matches(Value exc, const Type* t);  // isinstance(exc, t)
inline bool pending() { return bool(state.exc); }
Value take_exception();  // returns and clears state.exc
bool check_c_stack();    // false + RuntimeError when the C stack is nearly used up
// false + RuntimeError when `need` more bytes of frames (the deepest chain below the caller, measured
// with scripts/device-stack --path on the board) would pass config::c_stack_size.
bool check_c_stack_room(size_t need);

// ---- allocation --------------------------------------------------------------------------------------
// Zeroed memory from the GC heap with `type` set; on exhaustion raises MemoryError and returns nullptr.
void* alloc_object(const Type* type, size_t bytes);
template <class T>
T* alloc(const Type* type, size_t extra_bytes = 0) {
    return static_cast<T*>(alloc_object(type, sizeof(T) + extra_bytes));
}
// An object that holds no heap pointer (a float, a str's header and text, big-int limbs) and whose type
// is a builtin (static) type: NOT zeroed, never scanned by the GC. Not for instances of user subclasses,
// whose type is a heap object.
void* alloc_leaf_object(const Type* type, size_t bytes);
template <class T>
T* alloc_leaf(const Type* type, size_t extra_bytes = 0) {
    return static_cast<T*>(alloc_leaf_object(type, sizeof(T) + extra_bytes));
}
void* alloc_raw(size_t bytes);  // zeroed, for arrays owned by an object; MemoryError on failure
void* realloc_raw(void* p, size_t new_bytes);  // keeps contents; old block kept on failure
// Grows a buffer to `want` bytes or, when the heap has no run that long, to the `need` bytes that must
// fit: on a fragmented 16 KB heap a doubled buffer often finds no room where a little more does. Sets
// `*got` to the size it has; MemoryError when not even `need` fits.
void* realloc_grow(void* p, size_t want, size_t need, size_t* got);

// ---- constructors ------------------------------------------------------------------------------------
Value make_int(intptr_t i);
Value make_int_ll(long long i);
Value make_int_ull(unsigned long long i);
Value make_float(Float d);
Value make_str(std::string_view utf8);  // validates nothing: callers pass valid UTF-8
Value make_bytes(std::string_view data);
Value make_bytes_type(const Type* t, std::string_view data);  // str or bytes
Value intern(std::string_view name);                          // the one Str for this identifier
// How many there are, the bytes of their text and of their table and strs (micropython.qstr_info).
size_t interned_count(size_t* text_bytes = nullptr, size_t* total_bytes = nullptr, size_t* tables = nullptr);
Value make_tuple(size_t n, const Value* items);
Value make_list(size_t n, const Value* items);
Value make_dict(size_t capacity_hint);

// ---- queries ---------------------------------------------------------------------------------------------
const Type* type_of(Value v);
bool is_subtype(const Type* t, const Type* base);
inline bool is_type(Value v, const Type* t) { return type_of(v) == t; }
bool is_instance(Value v, const Type* t);
const char* type_name(Value v);
bool str_equal(const Str* a, const Str* b);
bool is_str(Value v);  // str or a subclass instance of it is NOT included: exact str
inline const Str* as_str(Value v) { return v.as<Str>(); }

// ---- generic operations (the slots, with MicroPython's errors) ---------------------------------------
Value unary_op(UnaryOp op, Value v);
Value binary_op(BinaryOp op, Value lhs, Value rhs);
int truth(Value v);                 // 1, 0, or -1 with an exception pending
int equal(Value a, Value b);        // 1, 0, or -1
bool hash(Value v, intptr_t* out);  // false: exception pending (e.g. unhashable type)
bool len(Value v, size_t* out);
Value load_attr(Value obj, const Str* name);                 // AttributeError when absent
Lookup lookup_attr(Value obj, const Str* name, Value* out);  // no error when absent
// Method lookup without making a bound method: out[0] = function, out[1] = self (or null when the
// attribute is not a method, in which case out[0] is the attribute itself).
bool load_method(Value obj, const Str* name, Value out[2]);
bool store_attr(Value obj, const Str* name, Value v);
bool delete_attr(Value obj, const Str* name);
Value subscr_load(Value obj, Value index);
bool subscr_store(Value obj, Value index, Value v);
bool subscr_delete_item(Value obj, Value index);
Value call(Value f, const Args& args);
Value call0(Value f);
Value call1(Value f, Value a);
Value call2(Value f, Value a, Value b);
Value call_method(Value obj, const Str* name, size_t n, const Value* args);  // obj.name(*args)
Value get_iter(Value v);
Value iter_next(Value it);  // stop_marker() when exhausted
// Builtin type methods: find `name` in the type's locals table and along its bases.
Lookup lookup_in_type(const Type* t, const Str* name, Value* out);
// The builtin called `name` (null, nothing pending, when there is none), from state.builtins, which
// is filled lazily from the constant tables (builtins.cpp); builtins_fill_all() completes it.
Value builtin_lookup(const Str* name);
void builtins_fill_all();

// ---- text ------------------------------------------------------------------------------------------------
// Output sink: stdout, stderr, a string being built. Never fails; errors come from the printed objects.
class Printer {
   public:
    using WriteFn = void (*)(void* ctx, const char* data, size_t n);
    Printer(WriteFn fn, void* ctx) : fn_(fn), ctx_(ctx) {}
    void write(const char* s, size_t n) { fn_(ctx_, s, n); }
    void write(std::string_view s) { fn_(ctx_, s.data(), s.size()); }
    // A C string, a literal's length folded when compiling: as a string_view, "..." took an out-of-line
    // constructor calling strlen at each place (the firmware's -fno-inline-small-functions), 8 bytes more.
    [[gnu::always_inline]] void write(const char* s) { write(s, __builtin_strlen(s)); }
    void put(char c) { fn_(ctx_, &c, 1); }
    void printf(const char* fmt, ...);
    void vprintf(const char* fmt, va_list ap);
    void write_message(const char* m);  // a packed message (core/message.hpp), its words expanded

   private:
    WriteFn fn_;
    void* ctx_;
};
bool print_value(Printer& out, Value v, PrintKind kind);  // false: exception pending
Value repr(Value v);                                      // a str, or null
// The type's print into a new str (repr and to_str without their shortcut for instances).
[[gnu::noinline]] Value print_to_str(Value v, PrintKind kind);
// repr()/str() of an instance of a user class: what its __repr__ (__str__) returns, as an exact str.
Value instance_text(Value self, PrintKind kind);
Value to_str(Value v);

// Growable UTF-8/bytes buffer in the GC heap (a local variable: the conservative GC sees it).
class StrBuilder {
   public:
    StrBuilder() = default;
    bool reserve(size_t extra);  // false: MemoryError pending
    bool append(std::string_view s);
    [[gnu::always_inline]] bool append(const char* s) {
        return append({s, __builtin_strlen(s)});
    }                                      // as write
    bool append_char(uint32_t codepoint);  // as UTF-8
    bool append_byte(char c) { return append({&c, 1}); }
    bool append_repeat(std::string_view s, size_t n);  // s n times; a huge n fails at once (MemoryError)
    Printer printer();  // a Printer that appends here (allocation failure is sticky)
    bool failed() const { return failed_; }
    size_t size() const { return len_; }
    char* data() { return block_ ? block_ + sizeof(Str) : nullptr; }
    Value finish(const Type* type);  // str or bytes; null if allocation ever failed
    Value finish();                  // a str (no &str_type to load at each caller)

   private:
    char* block_ = nullptr;  // the Str being filled; a block-start pointer, so the GC keeps it alive
    size_t len_ = 0, cap_ = 0;
    bool failed_ = false;
};

// ---- argument helpers for native functions --------------------------------------------------------
// Finds keyword `name` in args; returns null when absent.
Value kwarg(const Args& args, std::string_view name);
// kwarg(args, "name"): the literal's length folded when compiling (Printer::write(const char*) says why).
[[gnu::always_inline]] inline Value kwarg(const Args& args, const char* name) {
    return kwarg(args, std::string_view(name, __builtin_strlen(name)));
}
// `view == "text"` (and !=, "text" == view) in the core: the literal's length folded as well, the
// comparison one call (std's operator== inlined at each place would be larger).
bool view_equal(std::string_view a, std::string_view b);
[[gnu::always_inline]] inline bool operator==(std::string_view a, const char* b) {
    return view_equal(a, std::string_view(b, __builtin_strlen(b)));
}
// Raises TypeError for any keyword not in `allowed` (a null-terminated list). Returns false on error.
bool check_kwargs(const Args& args, const char* const* allowed);

// ---- integers --------------------------------------------------------------------------------------------
// Converts an int (small or big) or bool to intptr_t; raises OverflowError / TypeError. False on error.
bool to_intptr(Value v, intptr_t* out);
bool to_index(Value v, intptr_t* out);  // like to_intptr, but also calls __index__ on instances
bool to_float(Value v, Float* out);     // int, float, bool
bool is_int(Value v);                   // int or bool (small or big)

// ---- literals -------------------------------------------------------------------------------------
// Called by the parser for number literals. The text is already validated by the lexer and has its
// underscores and base prefix removed ("ff" with base 16 for 0xF_F). Return null with an exception
// pending on failure (MemoryError; a build without complex may raise from make_imag_literal).
Value parse_int_literal(std::string_view text, int base);  // base 2, 8, 10 or 16; digits only
Value parse_float_literal(std::string_view text);  // "1.5", "1.", ".5", "1e10", "1.5E-3" (no underscores)
Value make_imag_literal(std::string_view text);    // complex(0, float(text)); text as above, without 'j'

}  // namespace core
