// User classes: the `type` type, class creation with a C3 MRO, and instance attribute semantics.
// Special-method dispatch for instances lives in obj_instance_ops.cpp.
#include "core/names.hpp"
#include "core/obj_class.hpp"

#include <string.h>

#include "core/attr_cache.hpp"
#include "core/obj_exception.hpp"

namespace core {

// Instance-type slots (obj_instance_ops.cpp).
Value instance_make_new(const Type* type, const Args& args);
bool instance_print(Printer& out, Value self, PrintKind kind);
Value instance_call(Value self, const Args& args);
Value instance_unary_op(UnaryOp op, Value self);
Value instance_binary_op(BinaryOp op, Value lhs, Value rhs);
Value instance_subscr(Value self, Value index, Value value);
Value instance_getiter(Value self);
Value instance_iternext(Value self);
// A lookup restricted to the classes written in Python (their dicts), for special methods.
Value lookup_user(const Type* t, const Str* name);

Dict** instance_dict_ref(Value v) {
    if (!v.is_obj()) return nullptr;
    const Type* t = v.obj()->type;
    if (t->flags & type_flag_exception) return &v.as<ExceptionObj>()->dict;
    if ((t->flags & type_flag_user) && !is_subtype(t, &type_type)) return &v.as<Instance>()->dict;
    return nullptr;
}

Value native_of(Value v) {
    if (v.is_obj() && (v.obj()->type->flags & type_flag_user) &&
        !(v.obj()->type->flags & type_flag_exception) && !is_subtype(v.obj()->type, &type_type)) {
        Value n = v.as<Instance>()->native;
        return n ? n : v;
    }
    return v;
}

Value native_iter_of(Value v) {
    Value n = native_of(v);
    return n != v && lookup_user(type_of(v), &q_dunder_iter) ? v : n;
}

Value lookup_user_uncached(const Type* t, const Str* name) {
    Tuple* mro = type_mro(t);
    if (!mro) return {};
    for (size_t i = 0; i < mro->len; ++i) {
        const Type* k = mro->items[i].as<Type>();
        if (Dict* d = type_dict(k)) {
            Value v = dict_get_str(d, name);
            if (v) return v;
        }
    }
    return {};
}

const Type* native_base(const Type* t) {
    Tuple* mro = type_mro(t);
    if (!mro) return nullptr;
    for (size_t i = 0; i < mro->len; ++i) {
        const Type* k = mro->items[i].as<Type>();
        if (!(k->flags & type_flag_user) && k != &object_type) return k;
    }
    return nullptr;
}

bool builtin_init_fills(const Type* t) {
    return t == &list_type || t == &dict_type || t == &set_type || t == &bytearray_type;
}

// ---- instance attributes ------------------------------------------------------------------------------

// Finds `name` along the MRO; *from_builtin tells whether it came from a builtin type's table.
static bool find_in_mro(const Type* t, const Str* name, Value* out, bool* from_builtin) {
    Tuple* mro = type_mro(t);
    for (size_t i = 0; i < mro->len; ++i) {
        const Type* k = mro->items[i].as<Type>();
        if (Dict* d = type_dict(k)) {
            Value v = dict_get_str(d, name);
            if (v) {
                *out = v;
                *from_builtin = false;
                return true;
            }
        } else if (lookup_in_type(k, name, out) == Lookup::Found) {
            *from_builtin = true;
            return true;
        }
    }
    return false;
}

static Lookup instance_attr_get(Value self, const Str* name, Value* out) {
    const Type* t = type_of(self);
    Dict** dref = instance_dict_ref(self);
    if (str_equal(name, &q_dunder_class)) {
        *out = Value(t);
        return Lookup::Found;
    }
    if (str_equal(name, &q_dunder_dict) && dref) {
        if (!*dref && !(*dref = new_dict(0))) return Lookup::Error;
        *out = Value(*dref);
        return Lookup::Found;
    }
    Value found;
    bool from_builtin = false;
    bool have = find_in_mro(t, name, &found, &from_builtin);
    if (have && found.is_obj() && found.obj()->type == &property_type) {
        *out = bind_attr(found, self, t);
        return *out ? Lookup::Found : Lookup::Error;
    }
    if (dref && *dref) {
        Value v = dict_get_str(*dref, name);
        if (v) {
            *out = v;
            return Lookup::Found;
        }
    }
    if (have) {
        *out = bind_attr(found, from_builtin ? native_of(self) : self, t);
        return *out ? Lookup::Found : Lookup::Error;
    }
    // Attributes the builtin part computes (e.g. exception.args, or int.real for `class N(int)`).
    const Type* nb = native_base(t);
    if (nb && nb->attr_get) {
        Lookup r = nb->attr_get(native_of(self), name, out);
        if (r != Lookup::Missing) return r;
    }
    Value ga = lookup_user(t, &q_dunder_getattr);
    if (ga) {
        Value args[2] = {self, Value(name)};
        *out = call(ga, Args{args, 2});
        return *out ? Lookup::Found : Lookup::Error;
    }
    return Lookup::Missing;
}

static bool instance_attr_set(Value self, const Str* name, Value value) {
    const Type* t = type_of(self);
    Value hook = lookup_user(t, value ? &q_dunder_setattr : &q_dunder_delattr);
    if (hook) {
        Value args[3] = {self, Value(name), value};
        return bool(call(hook, Args{args, value ? size_t(3) : size_t(2)}));
    }
    return generic_setattr(self, name, value);
}

bool generic_setattr(Value self, const Str* name, Value value) {
    const Type* t = type_of(self);
    if (!(t->flags & type_flag_user) || is_subtype(t, &type_type)) return store_attr(self, name, value);
    Value found;
    bool from_builtin;
    if (find_in_mro(t, name, &found, &from_builtin) && found.is_obj()) {
        if (found.obj()->type == &property_type) {
            Property* p = found.as<Property>();
            Value f = value ? p->fset : p->fdel;
            if (!f || f == none()) {
                // CPython 3.11's wording.
                raise_attribute_error("property '%q' of '%q' object has no %s"_msg, name, t->name,
                                      value ? "setter" : "deleter");
                return false;
            }
            Value args[2] = {self, value};
            return bool(call(f, Args{args, value ? size_t(2) : size_t(1)}));
        }
#if MBPY_CLASS_HOOKS
        if (found.obj()->type->flags & type_flag_user) {
            Value setter = lookup_user(found.obj()->type, value ? &q_dunder_set : &q_dunder_delete);
            if (setter) {
                Value args[3] = {found, self, value};
                return bool(call(setter, Args{args, value ? size_t(3) : size_t(2)}));
            }
        }
#endif
    }
    Dict** dref = instance_dict_ref(self);
    if (!dref) {
        raise_attribute_error("'%s' object has no attribute '%q'"_msg, t->name->data, name);
        return false;
    }
    if (!value) {
        if (*dref && dict_remove(*dref, Value(name), nullptr) == Lookup::Found) return true;
        raise_attribute_error("'%s' object has no attribute '%q'"_msg, t->name->data, name);
        return false;
    }
    if (!*dref && !(*dref = new_dict(4))) return false;
    return dict_store_str(*dref, name, value);
}

// ---- the `type` type -------------------------------------------------------------------------------

static bool type_print(Printer& out, Value self, PrintKind) {
    const Type* t = self.as<Type>();
    if (Dict* d = type_dict(t)) {
        Value mod = dict_get_str(d, &q_dunder_module);
        if (mod && is_str(mod) && !str_equal(mod.as<Str>(), &q_builtins)) {
            out.printf("<class '%q.%q'>", mod.as<Str>(), t->name);
            return true;
        }
    }
    out.printf("<class '%q'>", t->name);
    return true;
}

// type(x), or type(name, bases, dict) made by `meta` (type itself, or a metaclass).
static Value type_make_new(const Type* meta, const Args& args) {
    if (meta == &type_type && args.n_pos == 1 && !args.n_kw) return Value(type_of(args.pos[0]));
    if (args.n_pos != 3) return raise_type_error("type() takes 1 or 3 arguments"_msg);
    if (!is_str(args.pos[0]) || !is_type(args.pos[1], &tuple_type) || !is_type(args.pos[2], &dict_type)) {
        return raise_type_error("type() argument types must be str, tuple, dict"_msg);
    }
    Dict* d = dict_copy(args.pos[2].as<Dict>());
    if (!d) return {};
    Value cls = make_class(args.pos[0].as<Str>(), args.pos[1].as<Tuple>(), d, args.kw, args.n_kw);
    if (cls) cls.as<Type>()->type = meta;
    return cls;
}
Value make_class_with_meta(const Type* meta, const Args& args) { return type_make_new(meta, args); }

static Value type_call(Value self, const Args& args) {
    const Type* t = self.as<Type>();
    if (!t->make_new) return raise_type_error("cannot create '%q' instances"_msg, t->name);
    return t->make_new(t, args);
}

static Lookup type_attr_get(Value self, const Str* name, Value* out) {
    const Type* t = self.as<Type>();
    if (str_equal(name, &q_dunder_name)) {
        *out = Value(t->name);
        return Lookup::Found;
    }
    if (str_equal(name, &q_dunder_qualname) && !(type_dict(t) && dict_get_str(type_dict(t), name))) {
        *out = Value(t->name);
        return Lookup::Found;
    }
    if (str_equal(name, &q_dunder_bases)) {
        if (type_bases(t))
            *out = Value(type_bases(t));
        else
            *out = t->base ? make_tuple(1, reinterpret_cast<const Value*>(&t->base)) : make_tuple(0, nullptr);
        return *out ? Lookup::Found : Lookup::Error;
    }
    if (str_equal(name, &q_dunder_mro) && type_mro(t)) {
        *out = Value(type_mro(t));
        return Lookup::Found;
    }
    if (str_equal(name, &q_dunder_dict) && type_dict(t)) {
        *out = Value(type_dict(t));
        return Lookup::Found;
    }
    Value found;
    if (lookup_in_type(t, name, &found) == Lookup::Found) {
        *out = bind_attr(found, Value(), t);
        return *out ? Lookup::Found : Lookup::Error;
    }
    if (str_equal(name, &q_dunder_doc)) {
        *out = none();
        return Lookup::Found;
    }
    return Lookup::Missing;
}

static bool type_attr_set(Value self, const Str* name, Value value) {
    Type* t = self.as<Type>();
    if (!type_dict(t)) {
        raise_type_error("can't set attributes of built-in/extension type '%q'"_msg, t->name);
        return false;
    }
    if (!value) {
        if (dict_remove(type_dict(t), Value(name), nullptr) == Lookup::Found) return true;
        raise_attribute_error("type object '%q' has no attribute '%q'"_msg, t->name, name);
        return false;
    }
    return dict_store_str(type_dict(t), name, value);
}

const Type type_type = builtin_type({.name = &q_type,
                                     .flags = type_flag_eq_identity | type_flag_base_ok,
                                     .make_new = type_make_new,
                                     .print = type_print,
                                     .call = type_call,
                                     .attr_get = type_attr_get,
                                     .attr_set = type_attr_set});

// ---- class creation ------------------------------------------------------------------------------------

// The MRO of a builtin type: itself and its chain of bases.
static Tuple* builtin_mro(const Type* t) {
    size_t n = 0;
    for (const Type* b = t; b; b = b->base) ++n;
    Tuple* m = new_tuple(n);
    if (!m) return nullptr;
    size_t i = 0;
    for (const Type* b = t; b; b = b->base) m->items[i++] = Value(b);
    return m;
}

static Tuple* mro_of(const Type* t) {
    Tuple* mro = type_mro(t);
    return mro ? mro : builtin_mro(t);
}

// C3 linearisation of `bases` (each a Type); the result starts with `cls`.
static Tuple* c3_mro(const Type* cls, Tuple* bases) {
    size_t nb = bases->len;
    if (nb > 16) {
        raise_type_error("too many base classes"_msg);
        return nullptr;
    }
    Tuple* seqs[17];
    size_t pos[17] = {};
    size_t total = 1;
    for (size_t i = 0; i < nb; ++i) {
        seqs[i] = mro_of(bases->items[i].as<Type>());
        if (!seqs[i]) return nullptr;
        total += seqs[i]->len;
    }
    seqs[nb] = bases;
    Tuple* out = new_tuple(total);
    if (!out) return nullptr;
    size_t n = 0;
    out->items[n++] = Value(cls);
    for (;;) {
        bool any = false;
        Value pick;
        for (size_t i = 0; i <= nb && !pick; ++i) {
            if (pos[i] >= seqs[i]->len) continue;
            any = true;
            Value cand = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j <= nb && !in_tail; ++j) {
                for (size_t k = pos[j] + 1; k < seqs[j]->len; ++k) {
                    if (seqs[j]->items[k] == cand) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) pick = cand;
        }
        if (!any) break;
        if (!pick) {
            raise_type_error("Cannot create a consistent method resolution order (MRO)"_msg);
            return nullptr;
        }
        out->items[n++] = pick;
        for (size_t i = 0; i <= nb; ++i) {
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]] == pick) pos[i]++;
        }
    }
    out->len = n;
    return out;
}

// The builtin struct instances of `b` are made of: every exception shares one (ExceptionObj).
static const Type* layout_of(const Type* b) {
    const Type* nb = (b->flags & type_flag_user) ? native_base(b) : b;
    if (!nb) return &object_type;
    return (nb->flags & type_flag_exception) ? &base_exception_type : nb;
}

// After a class is made, as CPython's type.__new__: __new__ made a static method, __set_name__(cls, name)
// of each value of its namespace (a snapshot: a __set_name__ may change the class), then the next class's
// __init_subclass__(**kw); the last two where the build has them (MBPY_CLASS_HOOKS).
static Value class_notify(UserType* t, const Value* kw, size_t n_kw) {
    Dict* d = t->dict;
    Value nw = dict_get_str(d, &q_dunder_new);
    if (nw && is_type(nw, &function_type)) {  // __new__ is implicitly a static method
        MethodWrapper* sm = alloc<MethodWrapper>(&staticmethod_type);
        if (!sm) return {};
        sm->fn = nw;
        if (!dict_store_str(d, &q_dunder_new, Value(sm))) return {};
    }
#if MBPY_CLASS_HOOKS
    Tuple* snap = new_tuple(2 * d->n_entries);
    if (!snap) return {};
    size_t n = 0;
    for (size_t i = 0; i < d->n_entries; ++i) {
        if (!d->entries[i].key) continue;
        snap->items[n++] = d->entries[i].key;
        snap->items[n++] = d->entries[i].value;
    }
    for (size_t i = n; i < snap->len; ++i) snap->items[i] = none();
    for (size_t i = 0; i < n; i += 2) {
        Value v = snap->items[i + 1];
        Value fn = lookup_user(type_of(v), &q_dunder_set_name);
        if (!fn) continue;
        Value args[3] = {v, Value(t), snap->items[i]};
        if (!call(fn, Args{args, 3})) return {};
    }
    Value fn;
    for (size_t i = 1; i < t->mro->len && !fn; ++i) {
        const Type* k = t->mro->items[i].as<Type>();
        if (Dict* kd = type_dict(k))
            fn = dict_get_str(kd, &q_dunder_init_subclass);
        else if (lookup_in_type(k, &q_dunder_init_subclass, &fn) != Lookup::Found)
            fn = Value();
    }
    if (!fn) return Value(t);
    if (is_type(fn, &classmethod_type)) fn = fn.as<MethodWrapper>()->fn;  // implicitly a classmethod
    Value self(t);
    if (!call(fn, Args{&self, 1, kw, n_kw})) return {};
    return self;
#else
    return Value(t);
#endif
}

Value make_class(const Str* name, Tuple* bases, Dict* dict, const Value* kw, size_t n_kw) {
    if (bases->len == 0) {
        Value obj(&object_type);
        bases = new_tuple(1);
        if (!bases) return {};
        bases->items[0] = obj;
    }
    uint16_t flags = type_flag_user | type_flag_base_ok;
    for (size_t i = 0; i < bases->len; ++i) {
        Value b = bases->items[i];
        if (!is_instance(b, &type_type)) return raise_type_error("bases must be types"_msg);
        const Type* bt = b.as<Type>();
        if (!(bt->flags & type_flag_base_ok)) {
            return raise_type_error("type '%q' is not an acceptable base type"_msg, bt->name);
        }
        flags |= bt->flags & type_flag_exception;
    }
    // One builtin part per instance: bases whose builtin parts differ (list and dict, an exception and a
    // list) would have one type's methods read the other's struct.
    const Type* layout = &object_type;
    for (size_t i = 0; i < bases->len; ++i) {
        const Type* l = layout_of(bases->items[i].as<Type>());
        if (is_subtype(layout, l)) continue;
        if (!is_subtype(l, layout))
            return raise_type_error("multiple bases have instance lay-out conflict"_msg);
        layout = l;
    }
    UserType* t = alloc<UserType>(&type_type);
    if (!t) return {};
    Value name_v = intern(name->view());  // heap, NUL-terminated: type names are used as C strings
    if (!name_v) return {};
    t->name = name_v.as<Str>();
    t->flags = flags;
    t->make_new = instance_make_new;
    t->print = instance_print;
    t->call = instance_call;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr_get = instance_attr_get;
    t->attr_set = instance_attr_set;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    t->base = bases->items[0].as<Type>();
    t->dict = dict;
    dict->flags |= dict_flag_class;  // its changes invalidate the attribute cache
    attr_cache_invalidate();         // `t` may reuse the address of a collected class
    t->bases = bases;
    t->mro = c3_mro(t, bases);
    if (!t->mro) return {};
    // Classes derived from `type` are metaclasses: their instances are classes (made by instance_make_new,
    // which calls a Python __new__/__init__ when the metaclass has them).
    if (is_subtype(t, &type_type)) {
        t->attr_get = type_attr_get;
        t->attr_set = type_attr_set;
        t->print = type_print;
        t->call = type_call;
    }
    return class_notify(t, kw, n_kw);
}

}  // namespace core
