// Exception types (CPython's hierarchy), exception objects, tracebacks in MicroPython's format.
#include "core/names.hpp"
#include "core/obj_exception.hpp"

#include "core/gc.hpp"
#include "core/obj_class.hpp"
#include "core/obj_module.hpp"

namespace core {

Value make_exception(const Type* type, size_t n_args, const Value* args) {
    ExceptionObj* e = alloc<ExceptionObj>(type);
    if (!e) return {};
    Value t = make_tuple(n_args, args);
    if (!t) return {};
    e->args = t.as<Tuple>();
    return Value(e);
}

Value make_exception_msg(const Type* type, const char* msg) {
    StrBuilder sb;
    Printer p = sb.printer();
    p.write_message(msg);
    Value m = sb.finish();
    if (!m) return {};
    return make_exception(type, 1, &m);
}

void exception_add_traceback(Value exc, const Str* file, size_t line, const Str* function) {
    if (!exc.is_obj() || !(exc.obj()->type->flags & type_flag_exception)) return;
    ExceptionObj* e = exc.as<ExceptionObj>();
    if (e->tb_len == e->tb_cap) {
        uint32_t cap = e->tb_cap ? e->tb_cap * 2 : 4;
        // Memory is short while unwinding from a MemoryError: drop the entry rather than fail again.
        void* p = gc::realloc(e->tb, cap * 3 * sizeof(uintptr_t));
        if (!p) return;
        e->tb = static_cast<uintptr_t*>(p);
        e->tb_cap = cap;
    }
    uintptr_t* slot = e->tb + 3 * e->tb_len++;
    slot[0] = reinterpret_cast<uintptr_t>(file);
    slot[1] = line;
    slot[2] = reinterpret_cast<uintptr_t>(function);
}

void exception_clear_traceback(Value exc) {
    if (exc.is_obj() && (exc.obj()->type->flags & type_flag_exception)) exc.as<ExceptionObj>()->tb_len = 0;
}

Value exception_value(Value exc) {
    ExceptionObj* e = exc.as<ExceptionObj>();
    if (!e->args || e->args->len == 0) return none();
    return e->args->items[0];
}

const Str* errno_name(intptr_t code);  // core/mod_errno.cpp

// str(e): "" for no args, str(arg) for one (repr for KeyError), the args tuple otherwise.
static bool exception_print(Printer& out, Value self, PrintKind kind) {
    ExceptionObj* e = self.as<ExceptionObj>();
    const Type* t = type_of(self);
    size_t n = e->args ? e->args->len : 0;
    if (kind == PrintKind::Repr) {
        out.write(t->name->data, t->name->len);
        if (n == 1) {
            out.put('(');
            if (!print_value(out, e->args->items[0], PrintKind::Repr)) return false;
            out.put(')');
            return true;
        }
        if (n == 0) {
            out.write("()");
            return true;
        }
        return print_value(out, Value(e->args), PrintKind::Repr);
    }
    if (n == 0) return true;
    if (n == 1 && is_subtype(t, &os_error_type) && e->args->items[0].is_small()) {
        // MicroPython's OSError(errno): "[Errno 2] ENOENT", like CPython's "[Errno 2] <strerror>".
        const Str* name = errno_name(e->args->items[0].small_value());
        if (name) {
            out.printf("[Errno %d] %q", int(e->args->items[0].small_value()), name);
            return true;
        }
    }
    if (n == 1) {
        bool is_key = is_subtype(t, &key_error_type);
        return print_value(out, e->args->items[0], is_key ? PrintKind::Repr : PrintKind::Str);
    }
    if (is_subtype(t, &os_error_type) && n == 2 && e->args->items[0].is_small()) {
        out.printf("[Errno %d] ", int(e->args->items[0].small_value()));
        return print_value(out, e->args->items[1], PrintKind::Str);
    }
    return print_value(out, Value(e->args), PrintKind::Str);
}

static Value exception_make_new(const Type* type, const Args& args) {
    return make_exception(type, args.n_pos, args.pos);
}

static Lookup exception_attr_get(Value self, const Str* name, Value* out) {
    ExceptionObj* e = self.as<ExceptionObj>();
    const Type* t = type_of(self);
    if (str_equal(name, &q_args)) {
        *out = e->args ? Value(e->args) : make_tuple(0, nullptr);
        return *out ? Lookup::Found : Lookup::Error;
    }
#if MBPY_EXCEPTION_ATTRS
    if (str_equal(name, &q_dunder_cause)) {
        *out = e->cause ? e->cause : none();
    } else if (str_equal(name, &q_dunder_context)) {
        *out = e->context ? e->context : none();
    } else if (str_equal(name, &q_dunder_suppress_context)) {
        *out = py_bool(e->suppress_context);
    } else if (str_equal(name, &q_dunder_traceback)) {
        *out = none();
    } else if ((str_equal(name, &q_value) && is_subtype(t, &stop_iteration_type)) ||
               (str_equal(name, &q_code) && is_subtype(t, &system_exit_type)) ||
               (str_equal(name, &q_errno) && is_subtype(t, &os_error_type))) {
        *out = exception_value(self);
    } else if (str_equal(name, &q_strerror) && is_subtype(t, &os_error_type)) {
        *out = e->args->len >= 2 ? e->args->items[1] : none();
    } else {
        if (e->dict) {
            Value v = dict_get_str(e->dict, name);
            if (v) {
                *out = v;
                return Lookup::Found;
            }
        }
        // MicroPython's `value` of every exception (the first argument or None), after what a program set.
        if (!str_equal(name, &q_value)) return Lookup::Missing;
        *out = exception_value(self);
    }
    return Lookup::Found;
#else
    if (Value v = e->dict ? dict_get_str(e->dict, name) : Value()) {
        *out = v;
        return Lookup::Found;
    }
    // StopIteration's value, the original's one attribute beyond args, and OSError's errno, which the
    // filesystem's error handling reads (tests/suite_fsapi.py).
    if (!(str_equal(name, &q_value) && is_subtype(t, &stop_iteration_type)) &&
        !(str_equal(name, &q_errno) && is_subtype(t, &os_error_type)))
        return Lookup::Missing;
    *out = exception_value(self);
    return Lookup::Found;
#endif
}

static bool exception_attr_set(Value self, const Str* name, Value value) {
    ExceptionObj* e = self.as<ExceptionObj>();
#if MBPY_EXCEPTION_ATTRS
    if (str_equal(name, &q_dunder_cause)) {
        e->cause = value == none() ? Value() : value;
        e->suppress_context = true;
        return true;
    }
    if (str_equal(name, &q_dunder_context)) {
        e->context = value == none() ? Value() : value;
        return true;
    }
    if (str_equal(name, &q_dunder_suppress_context)) {
        e->suppress_context = value && truth(value) == 1;
        return true;
    }
#endif
    if (str_equal(name, &q_args) && value) {
        Value t = is_type(value, &tuple_type) ? value : Value();
        if (!t) return raise_type_error("args must be a tuple"_msg), false;
        e->args = t.as<Tuple>();
        return true;
    }
    if (!value) {
        if (e->dict && dict_remove(e->dict, Value(name), nullptr) == Lookup::Found) return true;
        raise_attribute_error("'%T' object has no attribute '%q'"_msg, self, name);
        return false;
    }
    if (!e->dict && !(e->dict = new_dict(2))) return false;
    return dict_store_str(e->dict, name, value);
}

// BaseException.__init__(self, *args): what user exception classes reach through super().__init__.
static Value exception_init(const Args& a) {
    Value t = make_tuple(a.n_pos - 1, a.pos + 1);
    if (!t) return {};
    native_of(a.pos[0]).as<ExceptionObj>()->args = t.as<Tuple>();
    return none();
}
static const NativeFunction exception_init_fn = native(q_dunder_init, exception_init, 1, var_pos);
#if MBPY_EXCEPTION_ATTRS
static Value exception_with_traceback(const Args& a) { return a.pos[0]; }
static const NativeFunction with_traceback_fn = native(q_with_traceback, exception_with_traceback, 2, 2);
#endif
static const AttrEntry exception_entries[] = {
    {&q_dunder_init, &exception_init_fn},
#if MBPY_EXCEPTION_ATTRS
    {&q_with_traceback, &with_traceback_fn},
#endif
};
static const AttrTable exception_locals = {exception_entries,
                                           sizeof exception_entries / sizeof exception_entries[0]};

// Every builtin exception has the same slots: only its name and base differ.
static constexpr Type exception_class(const Str& name, const Type* base) {
    return builtin_type({.name = &name,
                         .flags = type_flag_base_ok | type_flag_exception,
                         .make_new = exception_make_new,
                         .print = exception_print,
                         .attr_get = exception_attr_get,
                         .attr_set = exception_attr_set,
                         .locals = &exception_locals,
                         .base = base});
}

const Type base_exception_type = exception_class(q_BaseException, &object_type);
const Type system_exit_type = exception_class(q_SystemExit, &base_exception_type);
const Type keyboard_interrupt_type = exception_class(q_KeyboardInterrupt, &base_exception_type);
const Type generator_exit_type = exception_class(q_GeneratorExit, &base_exception_type);
const Type exception_type = exception_class(q_Exception, &base_exception_type);
const Type stop_iteration_type = exception_class(q_StopIteration, &exception_type);
#if MBPY_ASYNC
const Type stop_async_iteration_type = exception_class(q_StopAsyncIteration, &exception_type);
#endif
const Type arithmetic_error_type = exception_class(q_ArithmeticError, &exception_type);
const Type overflow_error_type = exception_class(q_OverflowError, &arithmetic_error_type);
const Type zero_division_error_type = exception_class(q_ZeroDivisionError, &arithmetic_error_type);
const Type assertion_error_type = exception_class(q_AssertionError, &exception_type);
const Type attribute_error_type = exception_class(q_AttributeError, &exception_type);
const Type eof_error_type = exception_class(q_EOFError, &exception_type);
const Type import_error_type = exception_class(q_ImportError, &exception_type);
#if MBPY_EXCEPTIONS_EXTRA
const Type module_not_found_error_type = exception_class(q_ModuleNotFoundError, &import_error_type);
#endif
const Type lookup_error_type = exception_class(q_LookupError, &exception_type);
const Type index_error_type = exception_class(q_IndexError, &lookup_error_type);
const Type key_error_type = exception_class(q_KeyError, &lookup_error_type);
const Type memory_error_type = exception_class(q_MemoryError, &exception_type);
const Type name_error_type = exception_class(q_NameError, &exception_type);
#if MBPY_EXCEPTIONS_EXTRA
const Type unbound_local_error_type = exception_class(q_UnboundLocalError, &name_error_type);
#endif
const Type os_error_type = exception_class(q_OSError, &exception_type);
const Type runtime_error_type = exception_class(q_RuntimeError, &exception_type);
#if MBPY_EXCEPTIONS_EXTRA
const Type recursion_error_type = exception_class(q_RecursionError, &runtime_error_type);
#endif
const Type not_implemented_error_type = exception_class(q_NotImplementedError, &runtime_error_type);
const Type syntax_error_type = exception_class(q_SyntaxError, &exception_type);
const Type indentation_error_type = exception_class(q_IndentationError, &syntax_error_type);
const Type type_error_type = exception_class(q_TypeError, &exception_type);
const Type value_error_type = exception_class(q_ValueError, &exception_type);
const Type unicode_error_type = exception_class(q_UnicodeError, &value_error_type);
#if MBPY_EXCEPTIONS_EXTRA
const Type unicode_decode_error_type = exception_class(q_UnicodeDecodeError, &unicode_error_type);
const Type unicode_encode_error_type = exception_class(q_UnicodeEncodeError, &unicode_error_type);
#endif

// Every exception type, for the builtins namespace.
extern const Type* const exception_types[];
const Type* const exception_types[] = {&base_exception_type,
                                       &system_exit_type,
                                       &keyboard_interrupt_type,
                                       &generator_exit_type,
                                       &exception_type,
                                       &stop_iteration_type,
#if MBPY_ASYNC
                                       &stop_async_iteration_type,
#endif
                                       &arithmetic_error_type,
                                       &overflow_error_type,
                                       &zero_division_error_type,
                                       &assertion_error_type,
                                       &attribute_error_type,
                                       &eof_error_type,
                                       &import_error_type,
#if MBPY_EXCEPTIONS_EXTRA
                                       &module_not_found_error_type,
#endif
                                       &lookup_error_type,
                                       &index_error_type,
                                       &key_error_type,
                                       &memory_error_type,
                                       &name_error_type,
#if MBPY_EXCEPTIONS_EXTRA
                                       &unbound_local_error_type,
#endif
                                       &os_error_type,
                                       &runtime_error_type,
#if MBPY_EXCEPTIONS_EXTRA
                                       &recursion_error_type,
#endif
                                       &not_implemented_error_type,
                                       &syntax_error_type,
                                       &indentation_error_type,
                                       &type_error_type,
                                       &value_error_type,
                                       &unicode_error_type,
#if MBPY_EXCEPTIONS_EXTRA
                                       &unicode_decode_error_type,
                                       &unicode_encode_error_type,
#endif
                                       nullptr};

#if MBPY_SYS_EXTRA
// How many traceback entries to print, the most recent: at most sys.tracebacklimit when a program set it.
static uint32_t traceback_limit(uint32_t n) {
    Value sys = dict_get_str(state.modules, &q_sys);
    Dict* g = sys && is_type(sys, &module_type) ? sys.as<Module>()->globals : nullptr;
    Value lim = g ? dict_get_str(g, &q_tracebacklimit) : Value();
    if (!lim || !lim.is_small()) return n;
    intptr_t l = lim.small_value();
    return l <= 0 ? 0 : uintptr_t(l) < n ? uint32_t(l) : n;
}
#else
static uint32_t traceback_limit(uint32_t n) { return n; }  // no sys.tracebacklimit (config.hpp)
#endif

void print_exception(Printer& out, Value exc) {
    if (!exc) {
        // A function failed without raising: a bug in the runtime, reported instead of crashing.
        out.write("SystemError: error return without exception set\n");
        return;
    }
    if (!exc.is_obj() || !(exc.obj()->type->flags & type_flag_exception)) {
        out.write("Traceback (most recent call last):\n");
        print_value(out, exc, PrintKind::Repr);
        out.put('\n');
        return;
    }
    ExceptionObj* e = exc.as<ExceptionObj>();
    if (uint32_t n = traceback_limit(e->tb_len)) {
        out.write("Traceback (most recent call last):\n");
        for (uint32_t i = n; i-- > 0;) {
            const uintptr_t* tb = e->tb + 3 * i;
            const Str* file = reinterpret_cast<const Str*>(tb[0]);
            const Str* fn = reinterpret_cast<const Str*>(tb[2]);
            out.printf("  File \"%q\", line %u", file, unsigned(tb[1]));
            if (fn) out.printf(", in %q", fn);
            out.put('\n');
        }
    }
    const Type* t = type_of(exc);
    out.write(t->name->data, t->name->len);
    // ": " always, as MicroPython prints it (`raise ValueError` ends "ValueError: "), then str(exc),
    // unless printing that fails.
    out.write(": ");
    Value saved = take_exception();
    Value msg = to_str(exc);
    if (!msg) take_exception();
    if (msg) out.write(msg.as<Str>()->data, msg.as<Str>()->len);
    out.put('\n');
    state.exc = saved;
}

}  // namespace core
