// Builtins that run code or read the running frame: exec eval compile globals locals __import__
// __build_class__, next() (which resumes generators), and super()'s view of the current frame.
#include "core/compiler.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"
#include "core/vm_support.hpp"

namespace core {

namespace {

Frame* caller() { return current_frame(); }

// A snapshot of a function frame's variables (locals() in a function), or the frame's namespace dict.
Value frame_locals(Frame* f) {
    if (!f) return Value(state.builtins);
    if (Dict* locals = f->locals()) return Value(locals);
    if (f->code->flags & code_module) return Value(f->globals);
    Code* code = f->code;
    Dict* d = new_dict(code->n_locals);
    if (!d) return {};
    for (size_t i = 0; i < code->n_locals; ++i)
        if (f->slots[i] && !dict_store_str(d, code->varnames->items[i].as<Str>(), f->slots[i])) return {};
    for (size_t i = 0; i < size_t(code->n_cells) + code->n_free; ++i) {
        Value c = f->cell(uint32_t(i));
        if (c && is_type(c, &cell_type) && c.as<Cell>()->contents &&
            !dict_store_str(d, code->cellnames->items[i].as<Str>(), c.as<Cell>()->contents))
            return {};
    }
    return Value(d);
}

// The code to run for exec/eval: a code object, or source compiled in `mode`.
Code* code_arg(Value src, CompileMode mode) {
    if (is_type(src, &code_type)) return src.as<Code>();
    std::string_view text;
    if (is_str(src) || is_type(src, &bytes_type)) {
        text = src.as<Str>()->view();
    } else if (!get_buffer(src, &text)) {  // bytearray, memoryview, array: their bytes
        raise_type_error("%s() arg 1 must be a string, bytes or code object"_msg,
                         mode == CompileMode::Eval ? "eval" : "exec");
        return nullptr;
    }
    Value fname = Value(&q_angle_string);
    if (!fname) return nullptr;
    return compile_source(text, fname.as<Str>(), mode);
}

Value run_with_namespaces(const Args& a, CompileMode mode) {
    Code* code = code_arg(a.pos[0], mode);
    if (!code) return {};
    Frame* f = caller();
    Dict* g;
    Dict* l;
    if (a.n_pos >= 2 && a.pos[1] != none()) {
        if (!is_type(a.pos[1], &dict_type)) return raise_type_error("globals must be a dict"_msg);
        g = a.pos[1].as<Dict>();
        l = g;
    } else {
        g = f ? f->globals : state.main_module ? nullptr : nullptr;
        if (!g) return raise_runtime_error("no globals"_msg);
        Value lv = frame_locals(f);
        if (!lv) return {};
        l = lv.as<Dict>();
    }
    if (a.n_pos >= 3 && a.pos[2] != none()) {
        if (!is_type(a.pos[2], &dict_type)) return raise_type_error("locals must be a dict"_msg);
        l = a.pos[2].as<Dict>();
    }
    return run_code(code, g, l);
}

Value builtin_exec(const Args& a) {
    Value r = run_with_namespaces(a, CompileMode::File);
    return r ? none() : Value();
}

Value builtin_eval(const Args& a) { return run_with_namespaces(a, CompileMode::Eval); }

#if MBPY_BUILTINS_EXTRA
Value builtin_compile(const Args& a) {
    Value src = a.pos[0];
    if (!is_str(src) && !is_type(src, &bytes_type))
        return raise_type_error("compile() arg 1 must be a string"_msg);
    if (!is_str(a.pos[1]) || !is_str(a.pos[2])) return raise_type_error("compile() arg must be a string"_msg);
    const Str* mode = a.pos[2].as<Str>();
    CompileMode m;
    if (str_equal(mode, &q_exec))
        m = CompileMode::File;
    else if (str_equal(mode, &q_eval))
        m = CompileMode::Eval;
    else if (str_equal(mode, &q_single))
        m = CompileMode::Single;
    else
        return raise_value_error("compile() mode must be 'exec', 'eval' or 'single'"_msg);
    Value fname = intern(a.pos[1].as<Str>()->view());
    if (!fname) return {};
    Code* code = compile_source(src.as<Str>()->view(), fname.as<Str>(), m);
    return code ? Value(code) : Value();
}
#endif

Value builtin_globals(const Args&) {
    Frame* f = caller();
    return f ? Value(f->globals) : none();
}

Value builtin_locals(const Args&) { return frame_locals(caller()); }

Value builtin_import(const Args& a) {
    if (!is_str(a.pos[0])) return raise_type_error("__import__() argument 1 must be str"_msg);
    Value name = intern(a.pos[0].as<Str>()->view());
    if (!name) return {};
    Value globals = a.n_pos > 1 ? a.pos[1] : kwarg(a, "globals");
    Value fromlist = a.n_pos > 3 ? a.pos[3] : kwarg(a, "fromlist");
    Value level = a.n_pos > 4 ? a.pos[4] : kwarg(a, "level");
    intptr_t lv = 0;
    if (level && !to_intptr(level, &lv)) return {};
    Dict* g = globals && is_type(globals, &dict_type) ? globals.as<Dict>() : nullptr;
    if (!g && lv > 0 && caller()) g = caller()->globals;
    return import_name(name.as<Str>(), g, fromlist ? fromlist : none(), lv);
}

// __build_class__(body, name, *bases, metaclass=None, **kw): runs the body with a fresh namespace,
// then makes the class and fills the __class__ cell for zero-argument super().
Value builtin_build_class(const Args& a) {
    if (a.n_pos < 2 || !is_type(a.pos[0], &function_type) || !is_str(a.pos[1]))
        return raise_type_error("__build_class__: bad arguments"_msg);
    Function* body = a.pos[0].as<Function>();
    const Str* name = a.pos[1].as<Str>();
    Tuple* bases = new_tuple(a.n_pos - 2);
    if (!bases) return {};
    for (size_t i = 2; i < a.n_pos; ++i) bases->items[i - 2] = a.pos[i];
#if MBPY_CLASS_HOOKS
    Value meta;
    Value kw[16];  // the other keywords go to __init_subclass__; 8 are plenty for a class statement
    size_t n_kw = 0;
    for (size_t i = 0; i < a.n_kw; ++i) {
        if (str_equal(a.kw[2 * i].as<Str>(), &q_metaclass)) {
            meta = a.kw[2 * i + 1];
        } else if (n_kw < 8) {
            kw[2 * n_kw] = a.kw[2 * i];
            kw[2 * n_kw++ + 1] = a.kw[2 * i + 1];
        } else {
            return raise_type_error("too many class keywords"_msg);
        }
    }
    if (!meta && bases->len) {
        const Type* bt = type_of(bases->items[0]);
        if (bt != &type_type) meta = Value(bt);
    }
#else
    // The firmware's __build_class__ takes no keywords: no metaclass= and no __init_subclass__ arguments.
    if (a.n_kw) return raise_type_error("function doesn't take keyword arguments"_msg);
    Value meta;
    const Value* kw = nullptr;
    size_t n_kw = 0;
    if (bases->len) {
        const Type* bt = type_of(bases->items[0]);
        if (bt != &type_type) meta = Value(bt);
    }
#endif
    Dict* ns = new_dict(0);
    if (!ns) return {};
    Frame* fr = frame_new(body->code, body->globals, ns);
    if (!fr || !frame_init_cells(fr, body->closure)) return {};
    Value cell = vm_run(fr);
    if (!cell) return {};
    Value cls;
    if (meta && meta != Value(&type_type)) {
        Value args[3] = {Value(name), Value(bases), Value(ns)};
        cls = call(meta, Args{args, 3, kw, n_kw});
    } else {
        cls = make_class(name, bases, ns, kw, n_kw);
    }
    if (!cls) return {};
    if (is_type(cell, &cell_type)) cell.as<Cell>()->contents = cls;
    return cls;
}

// next(): as the containers' version, but a generator's return value reaches StopIteration.value.
Value builtin_next(const Args& a) {
    Value it = a.pos[0];
    Value v;
    if (is_generator(it)) {
        v = generator_next(it);
        if (!v) return {};
    } else {
        if (!type_of(it)->iternext) return raise_type_error("'%T' object isn't an iterator"_msg, it);
        v = iter_next(it);
        if (!v) return {};
    }
    if (v == stop_marker()) {
        if (a.n_pos == 2) return a.pos[1];
        return raise_value(Value(&stop_iteration_type));
    }
    return v;
}

constexpr NativeFunction next_fn = native(q_next, builtin_next, 1, 2);
constexpr NativeFunction exec_fn = native(q_exec, builtin_exec, 1, 3);
constexpr NativeFunction eval_fn = native(q_eval, builtin_eval, 1, 3);
#if MBPY_BUILTINS_EXTRA
constexpr NativeFunction compile_fn = native(q_compile, builtin_compile, 3, 6, true);
#endif
constexpr NativeFunction globals_fn = native(q_globals, builtin_globals, 0, 0);
constexpr NativeFunction locals_fn = native(q_locals, builtin_locals, 0, 0);
constexpr NativeFunction import_fn = native(q_dunder_import, builtin_import, 1, 5, true);

}  // namespace

// dir() and vars() without arguments (core/builtins.cpp) look at the caller's namespace.
Value current_locals() { return frame_locals(caller()); }

const NativeFunction build_class_fn = native(q_dunder_build_class, builtin_build_class, 2, var_pos, true);

namespace {
MBPY_VALUE_CONSTINIT const AttrEntry exec_entries[] = {
    {&q_exec, &exec_fn},
    {&q_eval, &eval_fn},
#if MBPY_BUILTINS_EXTRA
    {&q_compile, &compile_fn},
#endif
    {&q_globals, &globals_fn},
    {&q_locals, &locals_fn},
    {&q_dunder_import, &import_fn},
    {&q_dunder_build_class, &build_class_fn},
    {&q_next, &next_fn},
};
}  // namespace

extern const AttrTable builtins_exec_table;
const AttrTable builtins_exec_table = {exec_entries, sizeof(exec_entries) / sizeof(exec_entries[0])};

bool current_super_args(Value* cls, Value* self) {
    Frame* f = current_frame();
    if (f) {
        Code* code = f->code;
        size_t n_cellish = size_t(code->n_cells) + code->n_free;
        for (size_t i = 0; i < n_cellish; ++i) {
            const Str* n = code->cellnames->items[i].as<Str>();
            if (n->view() != "__class__") continue;
            Value c = f->cell(uint32_t(i));
            if (!c || !is_type(c, &cell_type) || !c.as<Cell>()->contents) break;
            *cls = c.as<Cell>()->contents;
            // self is the first parameter (possibly moved into a cell).
            if (code->n_pos == 0 && !(code->flags & code_varargs)) break;
            Value s = code->n_locals ? f->slots[0] : Value();
            if (code->cell2arg)
                for (size_t j = 0; j < code->n_cells; ++j)
                    if (code->cell2arg[j] == 0) s = f->slots[code->n_locals + j].as<Cell>()->contents;
            if (code->n_pos == 0 && s && is_type(s, &tuple_type))
                s = s.as<Tuple>()->len ? s.as<Tuple>()->items[0] : Value();
            if (!s) break;
            *self = s;
            return true;
        }
    }
    raise_runtime_error("super() can't find self"_msg);
    return false;
}

}  // namespace core
