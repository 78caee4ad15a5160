// property, classmethod, staticmethod and super.
#include "core/names.hpp"
#include "core/obj_class.hpp"

namespace core {

// ---- property -------------------------------------------------------------------------------------

static Value property_make_new(const Type*, const Args& args) {
    static const char* const allowed[] = {"fget", "fset", "fdel", "doc", nullptr};
    if (!check_kwargs(args, allowed)) return {};
    if (args.n_pos > 4) return raise_type_error("property expected at most 4 arguments"_msg);
    Property* p = alloc<Property>(&property_type);
    if (!p) return {};
    Value* fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    for (size_t i = 0; i < 4; ++i) *fields[i] = i < args.n_pos ? args.pos[i] : none();
    const char* names[4] = {"fget", "fset", "fdel", "doc"};
    for (size_t i = 0; i < 4; ++i) {
        Value k = kwarg(args, names[i]);
        if (k) *fields[i] = k;
    }
    return Value(p);
}

// p.getter(f) / p.setter(f) / p.deleter(f): a copy of p with one accessor replaced.
static Value property_copy_with(Value self, int which, Value fn) {
    Property* p = alloc<Property>(&property_type);
    if (!p) return {};
    *p = *self.as<Property>();
    (which == 0 ? p->fget : which == 1 ? p->fset : p->fdel) = fn;
    return Value(p);
}
static Value property_getter(const Args& a) { return property_copy_with(a.pos[0], 0, a.pos[1]); }
static Value property_setter(const Args& a) { return property_copy_with(a.pos[0], 1, a.pos[1]); }
static Value property_deleter(const Args& a) { return property_copy_with(a.pos[0], 2, a.pos[1]); }
static const NativeFunction getter_fn = native(q_getter, property_getter, 2, 2);
static const NativeFunction setter_fn = native(q_setter, property_setter, 2, 2);
static const NativeFunction deleter_fn = native(q_deleter, property_deleter, 2, 2);
static const AttrEntry property_entries[] = {
    {&q_getter, &getter_fn}, {&q_setter, &setter_fn}, {&q_deleter, &deleter_fn}};
static const AttrTable property_locals = {property_entries, 3};

static Lookup property_attr_get(Value self, const Str* name, Value* out) {
    Property* p = self.as<Property>();
    if (str_equal(name, &q_fget))
        *out = p->fget;
    else if (str_equal(name, &q_fset))
        *out = p->fset;
    else if (str_equal(name, &q_fdel))
        *out = p->fdel;
    else if (str_equal(name, &q_dunder_doc))
        *out = p->doc;
    else
        return Lookup::Missing;
    return Lookup::Found;
}

const Type property_type = builtin_type({.name = &q_property,
                                         .flags = type_flag_base_ok,
                                         .make_new = property_make_new,
                                         .attr_get = property_attr_get,
                                         .locals = &property_locals});

// ---- classmethod / staticmethod ----------------------------------------------------------------------

static Value wrapper_make_new(const Type* type, const Args& args) {
    if (args.n_pos != 1 || args.n_kw) return raise_type_error("%q expected 1 argument"_msg, type->name);
    MethodWrapper* w = alloc<MethodWrapper>(type);
    if (!w) return {};
    w->fn = args.pos[0];
    return Value(w);
}

static Lookup wrapper_attr_get(Value self, const Str* name, Value* out) {
    if (!str_equal(name, &q_dunder_func)) return Lookup::Missing;
    *out = self.as<MethodWrapper>()->fn;
    return Lookup::Found;
}

// A staticmethod is also callable directly (Python 3.10+).
static Value staticmethod_call(Value self, const Args& args) {
    return call(self.as<MethodWrapper>()->fn, args);
}

const Type classmethod_type = builtin_type({.name = &q_classmethod,
                                            .flags = type_flag_base_ok,
                                            .make_new = wrapper_make_new,
                                            .attr_get = wrapper_attr_get});
const Type staticmethod_type = builtin_type({.name = &q_staticmethod,
                                             .flags = type_flag_base_ok,
                                             .make_new = wrapper_make_new,
                                             .call = staticmethod_call,
                                             .attr_get = wrapper_attr_get});

// ---- super -------------------------------------------------------------------------------------------

struct Super : Obj {
    Value cls;  // search starts after this class in the MRO
    Value obj;  // the instance (or class, in a classmethod)
};

static Value super_make_new(const Type*, const Args& args) {
    Value cls, obj;
    if (args.n_pos == 0) {
        if (!current_super_args(&cls, &obj)) return {};
    } else if (args.n_pos == 2) {
        cls = args.pos[0];
        obj = args.pos[1];
    } else {
        return raise_type_error("super() takes 0 or 2 arguments"_msg);
    }
    if (!is_instance(cls, &type_type)) return raise_type_error("super() argument 1 must be type"_msg);
    Super* s = alloc<Super>(&super_type);
    if (!s) return {};
    s->cls = cls;
    s->obj = obj;
    return Value(s);
}

static Lookup super_attr_get(Value self, const Str* name, Value* out) {
    Super* s = self.as<Super>();
    bool obj_is_class = is_instance(s->obj, &type_type);
    const Type* start = obj_is_class ? s->obj.as<Type>() : type_of(s->obj);
    Tuple* mro = type_mro(start);
    if (!mro) return Lookup::Missing;
    size_t i = 0;
    while (i < mro->len && mro->items[i] != s->cls) ++i;
    for (++i; i < mro->len; ++i) {
        const Type* k = mro->items[i].as<Type>();
        Value found;
        Dict* kd = type_dict(k);
        bool from_builtin = !kd;
        if (kd) {
            found = dict_get_str(kd, name);
        } else if (lookup_in_type(k, name, &found) != Lookup::Found) {
            found = Value();
        }
        if (!found) continue;
        // A builtin method works on the builtin part of an instance (the list inside `class L(list)`),
        // but object.__init__ needs the instance itself: it fills that part (see object_init).
        bool on_native = from_builtin && name->view() != "__init__";
        Value self_for = obj_is_class ? Value() : (on_native ? native_of(s->obj) : s->obj);
        *out = bind_attr(found, self_for, start);
        return *out ? Lookup::Found : Lookup::Error;
    }
    return Lookup::Missing;
}

static bool super_print(Printer& out, Value self, PrintKind) {
    out.printf("<super: <class '%q'>, <%s object>>", self.as<Super>()->cls.as<Type>()->name,
               type_name(self.as<Super>()->obj));
    return true;
}

const Type super_type = builtin_type(
    {.name = &q_super, .make_new = super_make_new, .print = super_print, .attr_get = super_attr_get});

}  // namespace core
