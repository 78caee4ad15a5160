// Attribute lookup: type tables along the bases or MRO, binding of methods, AttributeError wording.
#include "core/attr_cache.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/vm_support.hpp"

namespace core {

extern const Type slot_wrapper_type;
Lookup builtin_slot_lookup(const Type* t, const Str* name, Value* out);  // slot_methods.cpp
Value unbound_method(Value fn, const Type* t);                           // slot_methods.cpp

static Lookup search_table(const AttrTable* table, const Str* name, Value* out) {
    if (!table) return Lookup::Missing;
    for (size_t i = 0; i < table->count; ++i) {
        const AttrEntry& e = table->entries[i];
        if (str_hash(e.name) == str_hash(name) && str_equal(e.name, name)) {
            *out = e.value;
            return Lookup::Found;
        }
    }
    return Lookup::Missing;
}

Lookup lookup_in_type_uncached(const Type* t, const Str* name, Value* out) {
    if (Tuple* mro = type_mro(t)) {
        for (size_t i = 0; i < mro->len; ++i) {
            const Type* k = mro->items[i].as<Type>();
            if (Dict* d = type_dict(k)) {
                Value v = dict_get_str(d, name);
                if (v) {
                    *out = v;
                    return Lookup::Found;
                }
            } else {
                for (const Type* b = k; b; b = b->base) {
                    if (search_table(b->locals, name, out) == Lookup::Found) return Lookup::Found;
                }
                Lookup r = builtin_slot_lookup(k, name, out);
                if (r != Lookup::Missing) return r;
            }
        }
        return Lookup::Missing;
    }
    for (const Type* b = t; b; b = b->base) {
        if (search_table(b->locals, name, out) == Lookup::Found) return Lookup::Found;
    }
    for (const Type* b = t; b; b = b->base) {
        Lookup r = builtin_slot_lookup(b, name, out);
        if (r != Lookup::Missing) return r;
    }
    return Lookup::Missing;
}

bool is_function(Value v) {
    if (!v.is_obj()) return false;
    const Type* t = v.obj()->type;
    return t == &native_function_type || t == &function_type || t == &closure_type || t == &slot_wrapper_type;
}

Value bind_attr(Value found, Value self, const Type* owner) {
    if (!found.is_obj()) return found;
    const Type* t = found.obj()->type;
    if (t == &staticmethod_type) return found.as<MethodWrapper>()->fn;
    if (t == &classmethod_type) return make_bound_method(found.as<MethodWrapper>()->fn, Value(owner));
#if MBPY_CLASS_HOOKS
    if (t->flags & type_flag_user) {
        // A user-defined descriptor: an object whose class has __get__ (called with None on the class).
        Value get;
        if (lookup_in_type(t, &q_dunder_get, &get) == Lookup::Found) {
            Value args[3] = {found, self ? self : none(), Value(owner)};
            return call(get, Args{args, 3});
        }
    }
#endif
    if (!self) {
        // Looked up on the class: functions stay plain, builtin methods get their self checked.
        return t == &native_function_type ? unbound_method(found, owner) : found;
    }
    if (is_function(found)) return make_bound_method(found, self);
    if (t == &property_type) {
        Value g = found.as<Property>()->fget;
        if (!g || g == none()) return raise_attribute_error("unreadable attribute"_msg);
        return call1(g, self);
    }
    return found;
}

Lookup lookup_attr(Value obj, const Str* name, Value* out) {
    const Type* t = type_of(obj);
    if (t->attr_get) {
        Lookup r = t->attr_get(obj, name, out);
        if (r != Lookup::Missing) return r;
    }
    Value found;
    if (lookup_in_type(t, name, &found) == Lookup::Found) {
        *out = bind_attr(found, obj, t);
        return *out ? Lookup::Found : Lookup::Error;
    }
    if (str_equal(name, &q_dunder_class)) {
        *out = Value(t);
        return Lookup::Found;
    }
    return Lookup::Missing;
}

static Value attribute_error(Value obj, const Str* name) {
    const Type* t = type_of(obj);
    if (t == &module_type) {
        return raise_attribute_error("module has no attribute '%q'"_msg, name);
    }
    if (t == &type_type || (type_mro(t) && is_subtype(t, &type_type))) {
        return raise_attribute_error("type object '%q' has no attribute '%q'"_msg, obj.as<Type>()->name,
                                     name);
    }
    return raise_attribute_error("'%s' object has no attribute '%q'"_msg, t->name->data, name);
}

Value load_attr(Value obj, const Str* name) {
    Value out;
    switch (lookup_attr(obj, name, &out)) {
        case Lookup::Found: return out;
        case Lookup::Error: return {};
        case Lookup::Missing: break;
    }
    return attribute_error(obj, name);
}

bool load_method(Value obj, const Str* name, Value out[2]) {
    const Type* t = type_of(obj);
    // Fast path: a builtin object (no instance dict) or an instance whose dict lacks the name.
    if (!t->attr_get || (t->flags & type_flag_user)) {
        Dict** d = (t->flags & type_flag_user) ? instance_dict_ref(obj) : nullptr;
        if (!d || !*d || !dict_get_str(*d, name)) {
            Value found;
            if (lookup_in_type(t, name, &found) == Lookup::Found && is_function(found)) {
                out[0] = found;
                out[1] = obj;
                return true;
            }
        }
    }
    out[1] = Value();
    out[0] = load_attr(obj, name);
    return bool(out[0]);
}

bool store_attr(Value obj, const Str* name, Value v) {
    const Type* t = type_of(obj);
    if (t->attr_set) return t->attr_set(obj, name, v);
    Value found;
    if (lookup_in_type(t, name, &found) == Lookup::Found) {
        raise_attribute_error("'%s' object attribute '%q' is read-only"_msg, t->name->data, name);
        return false;
    }
    raise_attribute_error("'%s' object has no attribute '%q'"_msg, t->name->data, name);
    return false;
}

bool delete_attr(Value obj, const Str* name) { return store_attr(obj, name, Value()); }

// ---- fast paths for instances of plain Python classes (used by the VM) ---------------------------------
// They cover `self.x`, `self.m(...)` and `self.x = v` on an instance whose MRO is Python classes then
// object, for names that are not dunders, and give the result the general lookup would give; anything
// unusual (properties, descriptors, builtin bases, metaclass instances, __setattr__) answers Missing /
// 0 and the caller takes the general path.

// What the class of `obj` has for `name` (null: nothing), when `obj` is an instance of a plain class (the
// `need` bit of attr_cache.hpp) and `name` is not a dunder; false sends the caller to the general path.
static bool plain_class_lookup(Value obj, const Str* name, uint32_t need, Value* found) {
    if (!obj.is_obj()) return false;
    const Type* t = obj.obj()->type;
    if (!(t->flags & type_flag_user)) return false;
    if (name->len >= 2 && name->data[0] == '_' && name->data[1] == '_') return false;
    uint32_t flags;
    *found = Value();
    if (attr_cache_lookup(t, name, found, &flags) == Lookup::Error) {
        take_exception();  // MemoryError: the general path meets it again and raises it
        return false;
    }
    return (flags & need) != 0;
}

// A class attribute that needs more than "return it" or "bind it to self".
static bool is_descriptor_like(Value found) {
    if (!found.is_obj()) return false;
    const Type* ft = found.obj()->type;
    return ft == &property_type || ft == &staticmethod_type || ft == &classmethod_type ||
           ft == &slot_wrapper_type || (ft->flags & type_flag_user);
}

Lookup instance_fast_get(Value obj, const Str* name, Value out[2]) {
    Value found;
    if (!plain_class_lookup(obj, name, attr_plain_get, &found) || is_descriptor_like(found))
        return Lookup::Missing;
    Dict* d = obj.as<Instance>()->dict;
    if (d) {
        Value v = dict_get_str(d, name);
        if (v) {
            out[0] = v;
            out[1] = Value();
            return Lookup::Found;
        }
    }
    if (!found) return Lookup::Missing;  // object's table, __getattr__, AttributeError: the general path
    out[0] = found;
    out[1] = is_function(found) ? obj : Value();  // a method: the caller binds or calls with self
    return Lookup::Found;
}

int instance_fast_set(Value obj, const Str* name, Value v) {
    Value found;
    if (!plain_class_lookup(obj, name, attr_plain_set, &found) || is_descriptor_like(found)) return 0;
    return site_set_dict(obj, name, v);
}

// ---- the per-site caches' slow paths (attr_cache.hpp) -------------------------------------------------

// Restarts `s` for the type of `obj` when it was filled for another type or epoch.
static void site_reset(AttrSite& s, Value obj) {
    const Type* t = obj.obj()->type;
    if (s.type != t || s.epoch != attr_cache_epoch) s = AttrSite{t, Value(), attr_cache_epoch, -1, 0, 0};
}

Lookup site_get_slow(AttrSite& s, Value obj, const Str* name, Value out[2]) {
    Lookup r = instance_fast_get(obj, name, out);
    if (r != Lookup::Found) return r;  // only instances of plain classes get here, and only those are cached
    Dict* d = obj.as<Instance>()->dict;
    int32_t ix = d ? dict_find_str_index(d, name) : -1;
    if (ix < 0 && d && dict_get_str(d, name)) return r;  // held under another str object: not cached
    site_reset(s, obj);
    s.ix = ix;
    if (ix < 0) {  // from the class: valid while the instance dict lacks the name
        s.cls_value = out[0];
        s.bind = is_function(out[0]);
    }
    return r;
}

// The store itself, once the class is known to allow it: into the instance dict (made on first use).
int site_set_dict(Value obj, const Str* name, Value v) {
    Instance* in = obj.as<Instance>();
    UserType* t = user_type(in->type);  // a user class: a heap object
    if (!in->dict && !(in->dict = new_dict(t->instance_attrs > 4 ? t->instance_attrs : 4))) return -1;
    if (!dict_store_str(in->dict, name, v)) return -1;
    // The size instances reach, for the next one's dict (bounded: one odd instance costs little).
    if (in->dict->used > t->instance_attrs && in->dict->used <= 16) t->instance_attrs = in->dict->used;
    return 1;
}

int site_set_slow(AttrSite& s, Value obj, const Str* name, Value v) {
    int done = instance_fast_set(obj, name, v);
    if (done != 1) return done;
    int32_t ix = dict_find_str_index(obj.as<Instance>()->dict, name);
    if (ix < 0) return done;
    site_reset(s, obj);
    s.ix = ix;
    s.set_ok = 1;  // instance_fast_set stored it: no __setattr__, no descriptor for the name
    return done;
}

}  // namespace core
