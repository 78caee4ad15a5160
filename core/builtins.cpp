// The builtins namespace: the builtin functions that need no VM access, and the table that fills it.
#include <string.h>

#include "core/format_spec.hpp"
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/text.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_module.hpp"
#include "core/port.hpp"

namespace core {

Value (*input_hook)(const char* prompt) = nullptr;

extern const Type* const exception_types[];
// Builtins implemented elsewhere: the VM's (exec, eval, __build_class__ ...), containers' (sorted ...).
extern const AttrTable builtins_exec_table;
extern const AttrTable builtins_containers_table;

// ---- output ----------------------------------------------------------------------------------------

static void stdout_sink(void*, const char* data, size_t n) { hal::stdout_write(data, n); }

static Value builtin_print(const Args& a) {
    static const char* const allowed[] = {"sep", "end", "file", "flush", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value sep = kwarg(a, "sep"), end = kwarg(a, "end"), file = kwarg(a, "file");
    if (sep && sep != none() && !is_str(sep))
        return raise_type_error("sep must be None or a string, not %T"_msg, sep);
    if (end && end != none() && !is_str(end))
        return raise_type_error("end must be None or a string, not %T"_msg, end);
    std::string_view sep_s = sep && sep != none() ? sep.as<Str>()->view() : " ";
    std::string_view end_s = end && end != none() ? end.as<Str>()->view() : "\n";
    if (file && file != none()) {
        // print(..., file=f): one f.write() per item, separator and end, as CPython and MicroPython call it.
        auto put = [&](Value text) { return text && call_method(file, &q_write, 1, &text); };
        for (size_t i = 0; i < a.n_pos; ++i) {
            if (i && !put(make_str(sep_s))) return {};
            if (!put(to_str(a.pos[i]))) return {};
        }
        return put(make_str(end_s)) ? none() : Value();
    }
    Printer out(stdout_sink, nullptr);
    for (size_t i = 0; i < a.n_pos; ++i) {
        if (i) out.write(sep_s);
        if (!print_value(out, a.pos[i], PrintKind::Str)) return {};
    }
    out.write(end_s);
    return none();
}
static const NativeFunction print_fn = native(q_print, builtin_print, 0, var_pos, true);

static Value builtin_repr(const Args& a) { return repr(a.pos[0]); }
static const NativeFunction repr_fn = native(q_repr, builtin_repr, 1, 1);
#if MBPY_BUILTINS_EXTRA
static Value builtin_ascii(const Args& a) { return ascii_repr(a.pos[0]); }
static const NativeFunction ascii_fn = native(q_ascii, builtin_ascii, 1, 1);
#endif

// ---- attributes -----------------------------------------------------------------------------------------

static bool name_arg(Value v, const Str** out) {
    if (!is_instance(v, &str_type)) {
        raise_type_error("attribute name must be string, not '%T'"_msg, v);
        return false;
    }
    *out = native_of(v).as<Str>();
    return true;
}

static Value builtin_getattr(const Args& a) {
    const Str* name;
    if (!name_arg(a.pos[1], &name)) return {};
    Value out;
    switch (lookup_attr(a.pos[0], name, &out)) {
        case Lookup::Found: return out;
        case Lookup::Error:
            if (a.n_pos == 3 && exc_matches(state.exc, &attribute_error_type)) {
                take_exception();
                return a.pos[2];
            }
            return {};
        case Lookup::Missing: break;
    }
    if (a.n_pos == 3) return a.pos[2];
    return load_attr(a.pos[0], name);  // raises the AttributeError with the right wording
}
static const NativeFunction getattr_fn = native(q_getattr, builtin_getattr, 2, 3);

static Value builtin_hasattr(const Args& a) {
    const Str* name;
    if (!name_arg(a.pos[1], &name)) return {};
    Value out;
    Lookup r = lookup_attr(a.pos[0], name, &out);
    if (r == Lookup::Error) {
        if (!exc_matches(state.exc, &attribute_error_type)) return {};
        take_exception();
        return py_bool(false);
    }
    return py_bool(r == Lookup::Found);
}
static const NativeFunction hasattr_fn = native(q_hasattr, builtin_hasattr, 2, 2);

static Value builtin_setattr(const Args& a) {
    const Str* name;
    if (!name_arg(a.pos[1], &name)) return {};
    if (!store_attr(a.pos[0], name, a.pos[2])) return {};
    return none();
}
static const NativeFunction setattr_fn = native(q_setattr, builtin_setattr, 3, 3);

#if MBPY_BUILTINS_EXTRA
static Value builtin_delattr(const Args& a) {
    const Str* name;
    if (!name_arg(a.pos[1], &name)) return {};
    if (!delete_attr(a.pos[0], name)) return {};
    return none();
}
static const NativeFunction delattr_fn = native(q_delattr, builtin_delattr, 2, 2);
#endif

// ---- type queries ---------------------------------------------------------------------------------------

// isinstance/issubclass accept a class or a (nested) tuple of classes.
static int class_matches(const Type* t, Value spec, const char* fn) {
    if (is_type(spec, &tuple_type)) {
        Tuple* tu = spec.as<Tuple>();
        for (size_t i = 0; i < tu->len; ++i) {
            int r = class_matches(t, tu->items[i], fn);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!is_instance(spec, &type_type)) {
        raise_type_error("%s() arg 2 must be a type, a tuple of types, or a union"_msg, fn);
        return -1;
    }
    return is_subtype(t, spec.as<Type>()) ? 1 : 0;
}

static Value builtin_isinstance(const Args& a) {
    int r = class_matches(type_of(a.pos[0]), a.pos[1], "isinstance");
    return r < 0 ? Value() : py_bool(r);
}
static const NativeFunction isinstance_fn = native(q_isinstance, builtin_isinstance, 2, 2);

static Value builtin_issubclass(const Args& a) {
    if (!is_instance(a.pos[0], &type_type)) return raise_type_error("issubclass() arg 1 must be a class"_msg);
    int r = class_matches(a.pos[0].as<Type>(), a.pos[1], "issubclass");
    return r < 0 ? Value() : py_bool(r);
}
static const NativeFunction issubclass_fn = native(q_issubclass, builtin_issubclass, 2, 2);

static Value builtin_callable(const Args& a) {
    const Type* t = type_of(a.pos[0]);
    if (t->flags & type_flag_user) {
        Value m;
        return py_bool(is_subtype(t, &type_type) || lookup_in_type(t, &q_dunder_call, &m) == Lookup::Found);
    }
    return py_bool(t->call != nullptr);
}
static const NativeFunction callable_fn = native(q_callable, builtin_callable, 1, 1);

static Value builtin_id(const Args& a) { return make_int_ull(a.pos[0].bits()); }
static const NativeFunction id_fn = native(q_id, builtin_id, 1, 1);

static Value builtin_hash(const Args& a) {
    intptr_t h;
    if (!hash(a.pos[0], &h)) return {};
    return make_int(h);
}
static const NativeFunction hash_fn = native(q_hash, builtin_hash, 1, 1);

static Value builtin_len(const Args& a) {
    size_t n;
    if (!len(a.pos[0], &n)) return {};
    return make_int_ull(n);
}
static const NativeFunction len_fn = native(q_len, builtin_len, 1, 1);

// ---- iteration --------------------------------------------------------------------------------------

#if MBPY_BUILTINS_EXTRA
// iter(callable, sentinel): calls until the sentinel comes back.
struct CallIter : Obj {
    Value fn, sentinel;
};
static Value call_iter_next(Value self) {
    CallIter* it = self.as<CallIter>();
    if (!it->fn) return stop_marker();
    Value v = call0(it->fn);
    if (!v) return {};
    int eq = equal(v, it->sentinel);
    if (eq < 0) return {};
    if (eq) {
        it->fn = Value();
        return stop_marker();
    }
    return v;
}
static const Type call_iter_type =
    builtin_type({.name = &q_callable_iterator, .flags = type_flag_iter_is_self, .iternext = call_iter_next});

static Value builtin_iter(const Args& a) {
    if (a.n_pos == 1) return get_iter(a.pos[0]);
    CallIter* it = alloc<CallIter>(&call_iter_type);
    if (!it) return {};
    it->fn = a.pos[0];
    it->sentinel = a.pos[1];
    return Value(it);
}
static const NativeFunction iter_fn = native(q_iter, builtin_iter, 1, 2);
#else
static Value builtin_iter(const Args& a) { return get_iter(a.pos[0]); }
static const NativeFunction iter_fn = native(q_iter, builtin_iter, 1, 1);
#endif

// all()/any(): stop at the first decisive item.
static Value all_any(Value iterable, bool want) {
    Value it = get_iter(iterable);
    if (!it) return {};
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) return py_bool(!want);
        int t = truth(x);
        if (t < 0) return {};
        if (bool(t) == want) return py_bool(want);
    }
}
static Value builtin_all(const Args& a) { return all_any(a.pos[0], false); }
static Value builtin_any(const Args& a) { return all_any(a.pos[0], true); }
static const NativeFunction all_fn = native(q_all, builtin_all, 1, 1);
static const NativeFunction any_fn = native(q_any, builtin_any, 1, 1);

static Value builtin_sum(const Args& a) {
    static const char* const allowed[] = {"start", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value acc = a.n_pos > 1 ? a.pos[1] : Value::small(0);
    if (Value k = kwarg(a, "start")) acc = k;
    if (is_instance(acc, &str_type))
        return raise_type_error("sum() can't sum strings [use ''.join(seq) instead]"_msg);
    Value it = get_iter(a.pos[0]);
    if (!it) return {};
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) return acc;
        acc = binary_op(BinaryOp::Add, acc, x);
        if (!acc) return {};
    }
}
static const NativeFunction sum_fn = native(q_sum, builtin_sum, 1, 2, true);

// min()/max(): one iterable or several arguments, with key= and default=.
static Value min_max(const Args& a, BinaryOp better) {
    static const char* const allowed[] = {"key", "default", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value key = kwarg(a, "key"), dflt = kwarg(a, "default");
    if (key == none()) key = Value();
    const char* fname = better == BinaryOp::Lt ? "min" : "max";
    Value it;
    if (a.n_pos == 1) {
        it = get_iter(a.pos[0]);
    } else {
        if (dflt)
            return raise_type_error(
                "Cannot specify a default for %s() with multiple positional arguments"_msg, fname);
        Value t = make_tuple(a.n_pos, a.pos);
        if (!t) return {};
        it = get_iter(t);
    }
    if (!it) return {};
    Value best, best_key;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) break;
        Value k = key ? call1(key, x) : x;
        if (!k) return {};
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        Value r = binary_op(better, k, best_key);
        if (!r) return {};
        int t = truth(r);
        if (t < 0) return {};
        if (t) {
            best = x;
            best_key = k;
        }
    }
    if (!best) {
        if (dflt) return dflt;
        return raise_value_error("%s() arg is an empty sequence"_msg, fname);
    }
    return best;
}
static Value builtin_min(const Args& a) { return min_max(a, BinaryOp::Lt); }
static Value builtin_max(const Args& a) { return min_max(a, BinaryOp::Gt); }
static const NativeFunction min_fn = native(q_min, builtin_min, 1, var_pos, true);
static const NativeFunction max_fn = native(q_max, builtin_max, 1, var_pos, true);

// ---- numbers ----------------------------------------------------------------------------------------------

static Value builtin_abs(const Args& a) {
    const Type* t = type_of(a.pos[0]);
    if (t->flags & type_flag_user) {
        Value m;
        if (lookup_in_type(t, &q_dunder_abs, &m) == Lookup::Found) return call1(m, a.pos[0]);
    }
    return unary_op(UnaryOp::Abs, a.pos[0]);
}
static const NativeFunction abs_fn = native(q_abs, builtin_abs, 1, 1);

static Value builtin_divmod(const Args& a) { return binary_op(BinaryOp::DivMod, a.pos[0], a.pos[1]); }
static const NativeFunction divmod_fn = native(q_divmod, builtin_divmod, 2, 2);

static Value builtin_pow(const Args& a) {
    static const char* const allowed[] = {"base", "exp", "mod", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    if (a.n_pos == 3 && a.pos[2] != none()) {
#if MBPY_POW_MOD
        if (!is_int(a.pos[0]) || !is_int(a.pos[1]) || !is_int(a.pos[2]))
            return raise_type_error("pow() 3rd argument not allowed unless all arguments are integers"_msg);
        return int_pow_mod(a.pos[0], a.pos[1], a.pos[2]);
#else
        return raise(&not_implemented_error_type, "3-arg pow() not supported"_msg);  // the firmware's words
#endif
    }
    return binary_op(BinaryOp::Pow, a.pos[0], a.pos[1]);
}
static const NativeFunction pow_fn = native(q_pow, builtin_pow, 2, 3, true);

static Value builtin_round(const Args& a) {
    static const char* const allowed[] = {"ndigits", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value x = a.pos[0];
    Value nd = a.n_pos > 1 ? a.pos[1] : kwarg(a, "ndigits");
    if (!nd) nd = none();
    if (is_int(x) || is_type(x, &float_type)) return number_round(x, nd);
#if MBPY_NUMBER_PROTOCOLS
    Value m;
    if (lookup_in_type(type_of(x), &q_dunder_round, &m) != Lookup::Found) {
        return raise_type_error("type %T doesn't define __round__ method"_msg, x);
    }
    Value args[2] = {x, nd};
    return call(m, Args{args, size_t(nd == none() ? 1 : 2)});
#else
    // No __round__ protocol, as on the firmware, whose round() takes numbers only.
    return raise_type_error("can't convert %T to float"_msg, x);
#endif
}
static const NativeFunction round_fn = native(q_round, builtin_round, 1, 2, true);

// bin/oct/hex: format(x, '#b') etc. (rendered through format_value).
static Value radix(Value v, const char* spec) {
    if (!is_int(v)) {
        intptr_t i;
        if (!to_index(v, &i)) return {};
        v = make_int(i);
    }
    return format_value(v, spec);
}
static Value builtin_bin(const Args& a) { return radix(a.pos[0], "#b"); }
static Value builtin_oct(const Args& a) { return radix(a.pos[0], "#o"); }
static Value builtin_hex(const Args& a) { return radix(a.pos[0], "#x"); }
static const NativeFunction bin_fn = native(q_bin, builtin_bin, 1, 1);
static const NativeFunction oct_fn = native(q_oct, builtin_oct, 1, 1);
static const NativeFunction hex_fn = native(q_hex, builtin_hex, 1, 1);

static Value builtin_format(const Args& a) {
    std::string_view spec;
    if (a.n_pos > 1) {
        if (!is_str(a.pos[1]))
            return raise_type_error("format() argument 2 must be str, not %T"_msg, a.pos[1]);
        spec = a.pos[1].as<Str>()->view();
    }
    return format_value(a.pos[0], spec);
}
static const NativeFunction format_fn = native(q_format, builtin_format, 1, 2);

// ---- characters -------------------------------------------------------------------------------------------

static Value builtin_chr(const Args& a) {
    Value v = a.pos[0];
    if (v.is_small() && uintptr_t(v.small_value()) < 0x80) return str_ascii_char(uint32_t(v.small_value()));
    intptr_t c;
    if (!to_intptr(a.pos[0], &c)) return {};
    if (c < 0 || c > 0x10FFFF) return raise_value_error("chr() arg not in range(0x110000)"_msg);
    return str_from_codepoint(static_cast<uint32_t>(c));  // ASCII: a constant str, no allocation
}
static const NativeFunction chr_fn = native(q_chr, builtin_chr, 1, 1);

static Value builtin_ord(const Args& a) {
    Value v = a.pos[0];
    if (v.is_obj() && v.obj()->type == &str_type && v.as<Str>()->len == 1)  // one ASCII character
        return Value::small(uint8_t(v.as<Str>()->data[0]));
    TextSelf b;  // str, bytes, bytearray and their subclasses (a bytearray is not laid out as a Str)
    if (!text_self(v, &b)) {
        take_exception();  // text_self's words are a method's
        return raise_type_error("ord() expected string of length 1, but %T found"_msg, v);
    }
    if (b.chars != 1)
        return raise_type_error("ord() expected a character, but string of length %d found"_msg,
                                int(b.chars));
    auto* p = reinterpret_cast<const uint8_t*>(b.data);
    uint32_t c = p[0];
    if (!b.is_str || c < 0xC0) return Value::small(c);
    if (c >= 0xF0)
        return Value::small(((c & 7) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F));
    if (c >= 0xE0) return Value::small(((c & 0xF) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
    return Value::small(((c & 0x1F) << 6) | (p[1] & 0x3F));
}
static const NativeFunction ord_fn = native(q_ord, builtin_ord, 1, 1);

// ---- misc -------------------------------------------------------------------------------------------------

Value current_locals();  // core/builtins_exec.cpp: the calling frame's namespace (locals())

static Value builtin_dir(const Args& a) {
    // Names from the object's dict, its class's dict/table and the bases, sorted, without duplicates.
    Dict* seen = new_dict(16);
    if (!seen) return {};
    auto add_table = [&](const AttrTable* t) {
        for (size_t i = 0; t && i < t->count; ++i) {
            if (!dict_store(seen, Value(t->entries[i].name), none())) return false;
        }
        return true;
    };
    auto add_dict = [&](const Dict* d) {
        Value k;
        for (size_t i = 0; d && dict_next(d, &i, &k, nullptr);) {
            if (!dict_store(seen, k, none())) return false;
        }
        return true;
    };
    Value obj = a.n_pos ? a.pos[0] : Value();
    if (!obj) {
        // dir() names the caller's local scope, as CPython's.
        Value l = current_locals();
        if (!l) return {};
        if (!add_dict(l.as<Dict>())) return {};
    } else if (type_of(obj) == &module_type) {
        const Module* m = obj.as<Module>();
        if (!m->globals && !dict_store(seen, Value(&q_dunder_name), none())) return {};
        if (!add_dict(m->globals) || !add_table(m->table)) return {};
    } else {
        if (Dict** d = instance_dict_ref(obj)) {
            if (!add_dict(*d)) return {};
        }
        const Type* t = is_instance(obj, &type_type) ? obj.as<Type>() : type_of(obj);
        if (Tuple* mro = type_mro(t)) {
            for (size_t i = 0; i < mro->len; ++i) {
                const Type* k = mro->items[i].as<Type>();
                Dict* d = type_dict(k);
                if (!(d ? add_dict(d) : add_table(k->locals))) return {};
            }
        } else {
            for (const Type* b = t; b; b = b->base) {
                if (!add_table(b->locals)) return {};
            }
        }
    }
    List* l = new_list(0);
    if (!l) return {};
    Value k;
    for (size_t i = 0; dict_next(seen, &i, &k, nullptr);) {
        if (!list_append(l, k)) return {};
    }
    if (!call_method(Value(l), &q_sort, 0, nullptr)) return {};
    return Value(l);
}
static const NativeFunction dir_fn = native(q_dir, builtin_dir, 0, 1);

#if MBPY_BUILTINS_EXTRA
static Value builtin_vars(const Args& a) {
    if (a.n_pos == 0) return current_locals();
    Value d;
    if (lookup_attr(a.pos[0], &q_dunder_dict, &d) != Lookup::Found) {
        if (pending()) return {};
        return raise_type_error("vars() argument must have __dict__ attribute"_msg);
    }
    return d;
}
static const NativeFunction vars_fn = native(q_vars, builtin_vars, 0, 1);
#endif

static Value builtin_input(const Args& a) {
    Value prompt = a.n_pos ? to_str(a.pos[0]) : Value();
    if (a.n_pos && !prompt) return {};
    if (input_hook) return input_hook(prompt ? prompt.as<Str>()->data : "");
    // A program run from a file or -c: stdin is its input, without echo (as CPython).
    if (prompt) hal::stdout_write(prompt.as<Str>()->data, prompt.as<Str>()->len);
    StrBuilder sb;
    for (;;) {
        int c = hal::serial_read();
        if (c < 0) {
            if (sb.size() == 0) return raise(&eof_error_type, "EOF when reading a line"_msg);
            break;
        }
        if (c == '\n') break;
        if (c == '\r') continue;
        if (!sb.append_byte(static_cast<char>(c))) return {};
    }
    return sb.finish();
}
static const NativeFunction input_fn = native_pausing(q_input, builtin_input, 0, 1);

Value builtin_help_impl(const Args& a);  // help.cpp
static Value builtin_help(const Args& a) { return builtin_help_impl(a); }
static const NativeFunction help_fn = native(q_help, builtin_help, 0, 1);

// ---- the namespace ----------------------------------------------------------------------------------------

static const AttrEntry builtin_entries[] = {
    {&q_print, &print_fn},
    {&q_repr, &repr_fn},
#if MBPY_BUILTINS_EXTRA
    {&q_ascii, &ascii_fn},
#endif
    {&q_getattr, &getattr_fn},
    {&q_hasattr, &hasattr_fn},
    {&q_setattr, &setattr_fn},
#if MBPY_BUILTINS_EXTRA
    {&q_delattr, &delattr_fn},
#endif
    {&q_isinstance, &isinstance_fn},
    {&q_issubclass, &issubclass_fn},
    {&q_callable, &callable_fn},
    {&q_id, &id_fn},
    {&q_hash, &hash_fn},
    {&q_len, &len_fn},
    {&q_iter, &iter_fn},
    {&q_all, &all_fn},
    {&q_any, &any_fn},
    {&q_sum, &sum_fn},
    {&q_min, &min_fn},
    {&q_max, &max_fn},
    {&q_abs, &abs_fn},
    {&q_divmod, &divmod_fn},
    {&q_pow, &pow_fn},
    {&q_round, &round_fn},
    {&q_bin, &bin_fn},
    {&q_oct, &oct_fn},
    {&q_hex, &hex_fn},
    {&q_format, &format_fn},
#if MBPY_BUILTINS_EXTRA
    {&q_vars, &vars_fn},
#endif
    {&q_chr, &chr_fn},
    {&q_ord, &ord_fn},
    {&q_dir, &dir_fn},
    {&q_input, &input_fn},
    {&q_help, &help_fn},
    {&q_object, &object_type},
    {&q_type, &type_type},
    {&q_int, &int_type},
    {&q_float, &float_type},
#if MBPY_COMPLEX
    {&q_complex, &complex_type},
#endif
    {&q_bool, &bool_type},
    {&q_str, &str_type},
    {&q_bytes, &bytes_type},
    {&q_bytearray, &bytearray_type},
#if MBPY_MEMORYVIEW
    {&q_memoryview, &memoryview_type},
#endif
    {&q_list, &list_type},
    {&q_tuple, &tuple_type},
    {&q_dict, &dict_type},
    {&q_set, &set_type},
    {&q_frozenset, &frozenset_type},
    {&q_range, &range_type},
    {&q_slice, &slice_type},
    {&q_property, &property_type},
    {&q_classmethod, &classmethod_type},
    {&q_staticmethod, &staticmethod_type},
    {&q_super, &super_type},
#if MBPY_REVERSE_OPS
    {&q_NotImplemented, &not_implemented_obj},
#endif
    {&q_Ellipsis, &ellipsis_obj},
    // Found by a class body whose globals lack it (exec(src, {})), as in CPython.
    {&q_dunder_name, &q_builtins},
};
static const AttrTable builtin_table = {builtin_entries,
                                        sizeof(builtin_entries) / sizeof(builtin_entries[0])};

// The builtins namespace is filled lazily: state.builtins starts empty and a name is copied in from the
// constant tables the first time it is looked up, so start-up allocates nothing for the ~150 builtins a
// program mostly never touches (MicroPython keeps them in a ROM table the same way).
static const AttrTable* const builtin_tables[] = {&builtin_table, &builtins_exec_table,
                                                  &builtins_containers_table};

static Value table_lookup(const AttrTable* t, const Str* name, const Str** key) {
    for (size_t i = t->count; i-- > 0;) {
        const AttrEntry& e = t->entries[i];
        if (str_hash(e.name) == str_hash(name) && str_equal(e.name, name)) {
            *key = e.name;
            return e.value;
        }
    }
    return {};
}

// The constant builtin called `name` (null: none), and its constant name in *key. Later tables override
// earlier ones, so the search runs from the last; the port's additions come after all of the core's.
static Value const_builtin(const Str* name, const Str** key) {
    for (const Type* const* t = exception_types; *t; ++t) {
        if (str_equal((*t)->name, name)) {
            *key = (*t)->name;
            return Value(*t);
        }
    }
    if (port.builtins)
        if (Value v = table_lookup(port.builtins, name, key)) return v;
    for (size_t k = sizeof builtin_tables / sizeof builtin_tables[0]; k-- > 0;)
        if (Value v = table_lookup(builtin_tables[k], name, key)) return v;
    return {};
}

Value builtin_lookup(const Str* name) {
    Value v = dict_get_str(state.builtins, name);
    if (v) return v;
    const Str* key;
    v = const_builtin(name, &key);
    if (!v) return {};
    // Keyed by the caller's name when it lives in the heap (an interned name of compiled code), so
    // LOAD_GLOBAL's cache, which compares key pointers, finds it; a temporary name cannot be a key.
    if (gc::is_heap_pointer(name)) key = name;
    if (!dict_store(state.builtins, Value(key), v)) take_exception();  // only a cache: the lookup succeeds
    return v;
}

void builtins_fill_all() {
    for (const AttrTable* t : builtin_tables)
        for (size_t i = 0; i < t->count && !pending(); ++i) builtin_lookup(t->entries[i].name);
    for (size_t i = 0; port.builtins && i < port.builtins->count && !pending(); ++i)
        builtin_lookup(port.builtins->entries[i].name);
    for (const Type* const* t = exception_types; *t && !pending(); ++t) builtin_lookup((*t)->name);
}

}  // namespace core
