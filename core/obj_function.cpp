// Function objects, cells, bound methods, native functions, and binding call arguments to parameters.
#include "core/names.hpp"
#include "core/obj_function.hpp"

#include "core/obj_class.hpp"
#include "core/vm.hpp"

namespace core {

namespace {

bool same_name(const Str* a, const Str* b) { return a == b || str_equal(a, b); }

// ---- Python functions ---------------------------------------------------------------------------

bool function_print(Printer& out, Value self, PrintKind) {
    Function* f = self.as<Function>();
    Value n = f->name;
    out.write("<function ");
    if (is_str(n)) out.write(as_str(n)->view());
    out.printf(" at 0x%x>", unsigned(uintptr_t(f)));
    return true;
}

// Calls from native code (and from the VM for generators): a nested VM run.
Value function_call(Value self, const Args& args) {
    Function* fn = self.as<Function>();
    Code* code = fn->code;
    Frame* fr = frame_new(code, fn->globals);
    if (!fr) return {};
    if (!bind_args(fn, Value(), args, fr->slots)) return {};
    if (!frame_init_cells(fr, fn->closure)) return {};
    if (code->flags & (code_generator | code_coroutine | code_async_gen)) return make_generator(fr);
    return vm_run(fr);
}

Lookup function_attr_get(Value self, const Str* name, Value* out) {
    Function* f = self.as<Function>();
    if (f->dict) {
        Value v = dict_get_str(f->dict, name);
        if (v) {
            *out = v;
            return Lookup::Found;
        }
    }
    if (same_name(name, &q_dunder_name) || same_name(name, &q_dunder_qualname)) {
        *out = f->name;
    } else if (same_name(name, &q_dunder_module)) {
        Value m = dict_get_str(f->globals, &q_dunder_name);
        *out = m ? m : none();
    } else if (same_name(name, &q_dunder_doc)) {
        *out = none();  // docstrings are dropped, as MicroPython does
    } else if (same_name(name, &q_dunder_globals)) {
        *out = Value(f->globals);
    } else if (same_name(name, &q_dunder_code)) {
        *out = Value(f->code);
    } else if (same_name(name, &q_dunder_defaults)) {
        *out = f->defaults ? Value(f->defaults) : none();
    } else if (same_name(name, &q_dunder_kwdefaults)) {
        *out = f->kwdefaults ? Value(f->kwdefaults) : none();
    } else if (same_name(name, &q_dunder_closure)) {
        *out = f->closure ? Value(f->closure) : none();
    } else if (same_name(name, &q_dunder_dict)) {
        if (!f->dict && !(f->dict = new_dict(0))) return Lookup::Error;
        *out = Value(f->dict);
    } else {
        return Lookup::Missing;
    }
    return Lookup::Found;
}

bool function_attr_set(Value self, const Str* name, Value v) {
    Function* f = self.as<Function>();
    if (same_name(name, &q_dunder_name) || same_name(name, &q_dunder_qualname)) {
        if (!v) return raise_type_error("can't delete __name__"_msg), false;
        f->name = v;
        return true;
    }
    if (same_name(name, &q_dunder_globals) || same_name(name, &q_dunder_code)) {
        raise_attribute_error("readonly attribute"_msg);
        return false;
    }
    if (!f->dict && !(f->dict = new_dict(0))) return false;
    if (!v) {
        if (dict_remove(f->dict, Value(name), nullptr) != Lookup::Found) {
            raise_attribute_error("'function' object has no attribute '%q'"_msg, name);
            return false;
        }
        return true;
    }
    return dict_store_str(f->dict, name, v);
}

// ---- bound methods ----------------------------------------------------------------------------------

bool bound_method_print(Printer& out, Value self, PrintKind) {
    BoundMethod* m = self.as<BoundMethod>();
    out.write("<bound_method ");
    out.printf("0x%x ", unsigned(uintptr_t(m)));
    if (!print_value(out, m->self, PrintKind::Repr)) return false;
    out.put('.');
    if (!print_value(out, m->function, PrintKind::Repr)) return false;
    out.put('>');
    return true;
}

// A builtin's method called with self before the arguments; small calls use the C stack. Out of
// bound_method_call's frame, which stays under the nested VM run of a Python method.
[[gnu::noinline]] static Value call_with_self_first(Value fn, Value self, const Args& args) {
    constexpr size_t small = 3;
    Value buf[small + 1];
    Value* pos = buf;
    if (args.n_pos + 1 > small + 1) {
        pos = static_cast<Value*>(alloc_raw((args.n_pos + 1) * sizeof(Value)));
        if (!pos) return {};
    }
    pos[0] = self;
    for (size_t i = 0; i < args.n_pos; ++i) pos[i + 1] = args.pos[i];
    return call(fn, Args{pos, args.n_pos + 1, args.kw, args.n_kw});
}

Value bound_method_call(Value self, const Args& args) {
    BoundMethod* m = self.as<BoundMethod>();
    if (is_type(m->function, &function_type)) {
        Function* fn = m->function.as<Function>();
        Code* code = fn->code;
        Frame* fr = frame_new(code, fn->globals);
        if (!fr) return {};
        if (!bind_args(fn, m->self, args, fr->slots)) return {};
        if (!frame_init_cells(fr, fn->closure)) return {};
        if (code->flags & (code_generator | code_coroutine | code_async_gen)) return make_generator(fr);
        return vm_run(fr);
    }
    return call_with_self_first(m->function, m->self, args);
}

Lookup bound_method_attr_get(Value self, const Str* name, Value* out) {
    BoundMethod* m = self.as<BoundMethod>();
    if (same_name(name, &q_dunder_self)) {
        *out = m->self;
        return Lookup::Found;
    }
    if (same_name(name, &q_dunder_func) && !is_type(m->function, &native_function_type)) {
        // A builtin method has none (as in CPython): its function would take any self unchecked.
        *out = m->function;
        return Lookup::Found;
    }
    return lookup_attr(m->function, name, out);
}

Value bound_method_binary_op(BinaryOp op, Value lhs, Value rhs) {
    if ((op != BinaryOp::Eq && op != BinaryOp::Ne) || !is_type(rhs, &bound_method_type))
        return not_implemented();
    BoundMethod* a = lhs.as<BoundMethod>();
    BoundMethod* b = rhs.as<BoundMethod>();
    bool eq = a->function == b->function && a->self == b->self;
    return py_bool(op == BinaryOp::Eq ? eq : !eq);
}

Value bound_method_unary_op(UnaryOp op, Value self) {
    if (op != UnaryOp::Hash) return {};
    BoundMethod* m = self.as<BoundMethod>();
    return Value::small(intptr_t((m->function.bits() ^ m->self.bits()) >> 3));
}

// ---- cells -------------------------------------------------------------------------------------------

bool cell_print(Printer& out, Value self, PrintKind) {
    out.printf("<cell 0x%x>", unsigned(uintptr_t(self.obj())));
    return true;
}

Lookup cell_attr_get(Value self, const Str* name, Value* out) {
    if (!same_name(name, &q_cell_contents)) return Lookup::Missing;
    Cell* c = self.as<Cell>();
    if (!c->contents) {
        raise_value_error("Cell is empty"_msg);
        return Lookup::Error;
    }
    *out = c->contents;
    return Lookup::Found;
}

}  // namespace

// function(code, globals): a function running `code` with those globals (code without free variables).
static Value function_make_new(const Type*, const Args& a) {
    if (a.n_pos != 2 || a.n_kw || !is_type(a.pos[0], &code_type) || !is_type(a.pos[1], &dict_type))
        return raise_type_error("function() takes a code object and a dict"_msg);
    Code* code = a.pos[0].as<Code>();
    if (code->n_free) return raise_type_error("code object needs a closure"_msg);
    return make_function(code, a.pos[1].as<Dict>(), nullptr, nullptr, nullptr);
}

// CPython's name for the type

const Type function_type = builtin_type({.name = &q_function,
                                         .flags = type_flag_eq_identity,
                                         .make_new = function_make_new,
                                         .print = function_print,
                                         .call = function_call,
                                         .attr_get = function_attr_get,
                                         .attr_set = function_attr_set,
                                         .base = &object_type});
// Closures are plain functions here (they carry their cells); the type exists for the contract.
const Type closure_type = builtin_type({.name = &q_closure,
                                        .flags = type_flag_eq_identity,
                                        .print = function_print,
                                        .call = function_call,
                                        .attr_get = function_attr_get,
                                        .attr_set = function_attr_set,
                                        .base = &object_type});
const Type bound_method_type = builtin_type({.name = &q_method,
                                             .print = bound_method_print,
                                             .call = bound_method_call,
                                             .unary_op = bound_method_unary_op,
                                             .binary_op = bound_method_binary_op,
                                             .attr_get = bound_method_attr_get,
                                             .base = &object_type});
const Type cell_type = builtin_type({.name = &q_cell,
                                     .flags = type_flag_eq_identity,
                                     .print = cell_print,
                                     .attr_get = cell_attr_get,
                                     .base = &object_type});
Value make_function(Code* code, Dict* globals, Tuple* defaults, Dict* kwdefaults, Tuple* closure) {
    Function* f = alloc<Function>(&function_type);
    if (!f) return {};
    f->code = code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    f->name = Value(code->name);
    return Value(f);
}

Value make_cell(Value contents) {
    Cell* c = alloc<Cell>(&cell_type);
    if (!c) return {};
    c->contents = contents;
    return Value(c);
}

Value make_bound_method(Value function, Value self) {
    BoundMethod* m = alloc<BoundMethod>(&bound_method_type);
    if (!m) return {};
    m->function = function;
    m->self = self;
    return Value(m);
}

// Binds positional and keyword arguments to the code's parameters; every error has MicroPython's words.
bool bind_args(Function* f, Value self, const Args& args, Value* locals) {
    Code* code = f->code;
    const size_t n_pos = code->n_pos, n_kwonly = code->n_kwonly;
    const size_t given = args.n_pos + (self ? 1 : 0);
    size_t slot = n_pos + n_kwonly;  // where *args / **kwargs live

    // Positional arguments.
    auto arg_at = [&](size_t i) { return self ? (i == 0 ? self : args.pos[i - 1]) : args.pos[i]; };
    size_t n_copy = given < n_pos ? given : n_pos;
    for (size_t i = 0; i < n_copy; ++i) locals[i] = arg_at(i);
    if (code->flags & code_varargs) {
        size_t extra = given > n_pos ? given - n_pos : 0;
        Tuple* t = new_tuple(extra);
        if (!t) return false;
        for (size_t i = 0; i < extra; ++i) t->items[i] = arg_at(n_pos + i);
        locals[slot++] = Value(t);
    } else if (given > n_pos) {
        raise_type_error("function takes %d positional arguments but %d were given"_msg, int(n_pos),
                         int(given));
        return false;
    }
    Dict* kwdict = nullptr;
    if (code->flags & code_varkw) {
        kwdict = new_dict(args.n_kw);
        if (!kwdict) return false;
        locals[slot] = Value(kwdict);
    }

    // Keyword arguments: names are interned, so pointer comparison usually decides.
    const Value* names = code->varnames->items;
    for (size_t k = 0; k < args.n_kw; ++k) {
        const Str* kname = args.kw[2 * k].as<Str>();
        Value kval = args.kw[2 * k + 1];
        size_t j = code->n_posonly;
        for (; j < n_pos + n_kwonly; ++j)
            if (names[j].as<Str>() == kname) break;
        if (j == n_pos + n_kwonly)
            for (j = code->n_posonly; j < n_pos + n_kwonly; ++j)
                if (str_equal(names[j].as<Str>(), kname)) break;
        if (j < n_pos + n_kwonly) {
            if (locals[j]) {
                raise_type_error("function got multiple values for argument '%q'"_msg, kname);
                return false;
            }
            locals[j] = kval;
        } else if (kwdict) {
            if (!dict_store(kwdict, Value(kname), kval)) return false;
        } else {
            raise_type_error("unexpected keyword argument '%q'"_msg, kname);
            return false;
        }
    }

    // Defaults for missing positional parameters.
    if (given < n_pos) {
        size_t n_def = f->defaults ? f->defaults->len : 0;
        size_t first_def = n_pos - n_def;
        int missing = 0;
        for (size_t i = given; i < n_pos; ++i) {
            if (locals[i]) continue;
            if (i >= first_def)
                locals[i] = f->defaults->items[i - first_def];
            else
                ++missing;
        }
        if (missing) {
            raise_type_error("function missing %d required positional arguments"_msg, missing);
            return false;
        }
    }
    // Keyword-only parameters.
    for (size_t i = n_pos; i < n_pos + n_kwonly; ++i) {
        if (locals[i]) continue;
        Value d = f->kwdefaults ? dict_get_str(f->kwdefaults, names[i].as<Str>()) : Value();
        if (!d) {
            raise_type_error("function missing required keyword argument '%q'"_msg, names[i].as<Str>());
            return false;
        }
        locals[i] = d;
    }
    return true;
}

}  // namespace core
