// The simplest objects and types: None, NotImplemented, Ellipsis, object, type, native functions.
#include "core/names.hpp"
#include "core/obj_class.hpp"

namespace core {

// ---- singletons -----------------------------------------------------------------------------------

static bool singleton_print(Printer& out, Value self, PrintKind) {
    if (self == none())
        out.write("None");
    else if (self == not_implemented())
        out.write("NotImplemented");
    else
        out.write("Ellipsis");
    return true;
}

static Value none_unary_op(UnaryOp op, Value self) {
    if (op == UnaryOp::Bool) return py_bool(false);
    return not_implemented();
}

static Value singleton_make_new(const Type* type, const Args& args) {
    if (args.n_pos || args.n_kw) return raise_type_error("%q takes no arguments"_msg, type->name);
    if (type == &none_type) return none();
    if (type == &not_implemented_type) return not_implemented();
    return ellipsis();
}

const Type none_type = builtin_type({.name = &q_NoneType,
                                     .flags = type_flag_eq_identity,
                                     .make_new = singleton_make_new,
                                     .print = singleton_print,
                                     .unary_op = none_unary_op});
const Type not_implemented_type = builtin_type({.name = &q_NotImplementedType,
                                                .flags = type_flag_eq_identity,
                                                .make_new = singleton_make_new,
                                                .print = singleton_print});
const Type ellipsis_type = builtin_type({.name = &q_ellipsis,
                                         .flags = type_flag_eq_identity,
                                         .make_new = singleton_make_new,
                                         .print = singleton_print});
static const Type marker_type = builtin_type({.name = &q_marker, .flags = type_flag_eq_identity});

MBPY_CONST_OBJ(2) const Obj none_obj{&none_type};
MBPY_CONST_OBJ(3) const Obj not_implemented_obj{&not_implemented_type};
MBPY_CONST_OBJ(4) const Obj ellipsis_obj{&ellipsis_type};
MBPY_CONST_OBJ(5) const Obj stop_marker_obj{&marker_type};
MBPY_CONST_OBJ(6) const Obj subscr_delete_obj{&marker_type};

// ---- object ------------------------------------------------------------------------------------------

static Value object_make_new(const Type* type, const Args& args) {
    if (type == &object_type && (args.n_pos || args.n_kw)) {
        return raise_type_error("object() takes no arguments"_msg);
    }
    Obj* o = alloc<Obj>(type);
    return o ? Value(o) : Value();
}

static bool object_print(Printer& out, Value self, PrintKind) {
    const Type* t = type_of(self);
    out.printf("<%s object at 0x%p>", t->name->data, self.obj());
    return true;
}

// object.__init__ accepts and ignores its arguments, so super().__init__(...) always works. In a
// subclass of a builtin container whose own __init__ fills it (list, dict, set, bytearray), the call
// reaches here: the builtin part is made from the arguments then, as that __init__ would.
static Value object_init(const Args& a) {
    Value self = a.pos[0];
    const Type* t = type_of(self);
    if (!(t->flags & type_flag_user) || (a.n_pos == 1 && a.n_kw == 0)) return none();
    const Type* nb = native_base(t);
    if (!nb || !builtin_init_fills(nb)) return none();
    Value native = nb->make_new(nb, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
    if (!native) return {};
    self.as<Instance>()->native = native;
    return none();
}
static const NativeFunction object_init_fn = native(q_dunder_init, object_init, 1, var_pos, true);
// A builtin value reaches object's __eq__/__ne__/__repr__ when its own type has only a slot, e.g.
// `"a".__eq__("a")` or `(0.1).__repr__()`: answer with that slot, as the type's own method would.
static const Type* builtin_type_of(Value v) {
    const Type* t = type_of(v);
    return (t->flags & type_flag_user) ? nullptr : t;
}
static Value object_eq(const Args& a) {
    const Type* t = builtin_type_of(a.pos[0]);
    if (t && t != &object_type && t->binary_op) return t->binary_op(BinaryOp::Eq, a.pos[0], a.pos[1]);
    return a.pos[0] == a.pos[1] ? py_bool(true) : not_implemented();
}
static const NativeFunction object_eq_fn = native(q_dunder_eq, object_eq, 2, 2);
static Value object_ne(const Args& a) {
    const Type* t = builtin_type_of(a.pos[0]);
    if (t && t != &object_type && t->binary_op) {
        Value r = t->binary_op(BinaryOp::Eq, a.pos[0], a.pos[1]);
        if (!r || r == not_implemented()) return r;
        return py_bool(r != py_bool(true));
    }
    // object.__ne__ inverts object.__eq__: False for the same object, else NotImplemented.
    return a.pos[0] == a.pos[1] ? py_bool(false) : not_implemented();
}
static const NativeFunction object_ne_fn = native(q_dunder_ne, object_ne, 2, 2);
static Value object_hash(const Args& a) { return unary_op(UnaryOp::Hash, a.pos[0]); }
static const NativeFunction object_hash_fn = native(q_dunder_hash, object_hash, 1, 1);
static Value object_repr(const Args& a) {
    StrBuilder sb;
    Printer p = sb.printer();
    const Type* t = builtin_type_of(a.pos[0]);
    if (t && t->print) {
        if (!t->print(p, a.pos[0], PrintKind::Repr)) return {};
    } else {
        object_print(p, a.pos[0], PrintKind::Repr);
    }
    return sb.finish();
}
static const NativeFunction object_repr_fn = native(q_dunder_repr, object_repr, 1, 1);
static Value object_str(const Args& a) { return to_str(a.pos[0]); }
static const NativeFunction object_str_fn = native(q_dunder_str, object_str, 1, 1);
static Value object_setattr(const Args& a) {
    if (!is_str(a.pos[1])) return raise_type_error("attribute name must be string"_msg);
    if (!generic_setattr(a.pos[0], a.pos[1].as<Str>(), a.pos[2])) return {};
    return none();
}
static const NativeFunction object_setattr_fn = native(q_dunder_setattr, object_setattr, 3, 3);
static Value object_delattr(const Args& a) {
    if (!is_str(a.pos[1])) return raise_type_error("attribute name must be string"_msg);
    if (!generic_setattr(a.pos[0], a.pos[1].as<Str>(), Value())) return {};
    return none();
}
static const NativeFunction object_delattr_fn = native(q_dunder_delattr, object_delattr, 2, 2);

#if MBPY_CLASS_HOOKS
// object.__init_subclass__(): the end of a super().__init_subclass__() chain; it takes no keywords.
static Value object_init_subclass(const Args&) { return none(); }
static const NativeFunction object_init_subclass_fn =
    native(q_dunder_init_subclass, object_init_subclass, 1, 1);
static const MethodWrapper object_init_subclass_cm = {{&classmethod_type}, Value(&object_init_subclass_fn)};
#endif

static const AttrEntry object_entries[] = {
    {&q_dunder_init, &object_init_fn},
    {&q_dunder_eq, &object_eq_fn},
    {&q_dunder_ne, &object_ne_fn},
    {&q_dunder_hash, &object_hash_fn},
    {&q_dunder_repr, &object_repr_fn},
    {&q_dunder_str, &object_str_fn},
    {&q_dunder_setattr, &object_setattr_fn},
    {&q_dunder_delattr, &object_delattr_fn},
#if MBPY_CLASS_HOOKS
    {&q_dunder_init_subclass, &object_init_subclass_cm},
#endif
};
static const AttrTable object_locals = {object_entries, sizeof(object_entries) / sizeof(object_entries[0])};

const Type object_type = builtin_type({.name = &q_object,
                                       .flags = type_flag_base_ok,
                                       .make_new = object_make_new,
                                       .print = object_print,
                                       .locals = &object_locals});

// ---- native functions ---------------------------------------------------------------------------

static Value native_call(Value self, const Args& args) {
    const NativeFunction* f = self.as<NativeFunction>();
    if (args.n_kw && !f->takes_kw) return raise_type_error("function doesn't take keyword arguments"_msg);
    if (args.n_pos < f->min_pos || (f->max_pos != var_pos && args.n_pos > f->max_pos)) {
        if (f->min_pos == f->max_pos) {
            return raise_type_error("function takes %d positional arguments but %d were given"_msg,
                                    int(f->min_pos), int(args.n_pos));
        }
        if (args.n_pos < f->min_pos) {
            return raise_type_error("function missing %d required positional arguments"_msg,
                                    int(f->min_pos - args.n_pos));
        }
        return raise_type_error("function expected at most %d arguments, got %d"_msg, int(f->max_pos),
                                int(args.n_pos));
    }
    return f->fn(args);
}

static bool native_print(Printer& out, Value self, PrintKind) {
    out.write("<built-in function ");
    out.write(name_str(self.as<NativeFunction>()->name)->view());
    out.put('>');
    return true;
}

// `len.__name__`: the one attribute programs read from builtin functions.
static Lookup native_attr(Value self, const Str* name, Value* out) {
    if (!str_equal(name, &q_dunder_name)) return Lookup::Missing;
    *out = Value(name_str(self.as<NativeFunction>()->name));
    return Lookup::Found;
}

const Type native_function_type = builtin_type({.name = &q_builtin_function_or_method,
                                                .flags = type_flag_eq_identity,
                                                .print = native_print,
                                                .call = native_call,
                                                .attr_get = native_attr});

}  // namespace core
