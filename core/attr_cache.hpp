// The attribute cache (attr_cache.cpp): lookup_in_type's answers, remembered per (type, name).
#pragma once
#include "core/obj_class.hpp"
#include "core/runtime.hpp"

namespace core {

// Bumped to invalidate every entry: by a change to a class dict, a new class, and each collection.
extern uint32_t attr_cache_epoch;
inline void attr_cache_invalidate() { ++attr_cache_epoch; }

// Flags of the type, cached with the entry: the instance fast paths (attr.cpp) may be used.
constexpr uint32_t attr_plain_get = 1;  // a user class whose MRO is Python classes then object
constexpr uint32_t attr_plain_set = 2;  // ... and none of them defines __setattr__

// The walk along the bases or MRO that the cache remembers (attr.cpp). lookup_in_type (runtime.hpp) is
// the cached one.
Lookup lookup_in_type_uncached(const Type* t, const Str* name, Value* out);

// The walk along the MRO's class dicts only (obj_class.cpp); lookup_user is the cached one.
Value lookup_user_uncached(const Type* t, const Str* name);

// lookup_in_type(t, name, out), through the cache; `flags` (optional) gets the attr_plain_* bits of t.
Lookup attr_cache_lookup(const Type* t, const Str* name, Value* out, uint32_t* flags = nullptr);

// ---- per-site caches for instance attributes (the VM's LOAD_ATTR, LOAD_METHOD, STORE_ATTR) ----------
// For one name of a code object: the instance type last seen, the epoch it is valid for, the entry index
// of the name in that instance's dict (instances of a class usually fill their dicts in the same order),
// and what the class has for the name. Filled by the slow paths from what instance_fast_get/set did.
struct AttrSite {
    const Type* type;
    Value cls_value;  // the class's value for the name (a method to bind), null: none or not known
    uint32_t epoch;
    int32_t ix;       // entry of the name in the instance dict, -1: not there
    uint32_t set_ok;  // a store may go straight to entry ix (no __setattr__ or descriptor)
    uint32_t bind;    // cls_value is a function: it binds to the instance (is_function, computed once)
};

Lookup site_get_slow(AttrSite& s, Value obj, const Str* name, Value out[2]);
int site_set_slow(AttrSite& s, Value obj, const Str* name, Value v);
int site_set_dict(Value obj, const Str* name, Value v);

// instance_fast_get through the site: Found with out[0] the value, out[1] `obj` when out[0] is a method
// to bind or call with it; Missing sends the caller to the general path.
inline Lookup site_get(AttrSite& s, Value obj, const Str* name, Value out[2]) {
    if (obj.is_obj() && obj.obj()->type == s.type && s.epoch == attr_cache_epoch) {
        Dict* d = obj.as<Instance>()->dict;
        if (s.ix >= 0) {
            if (d && uint32_t(s.ix) < d->n_entries && d->entries[s.ix].key == Value(name)) {
                out[0] = d->entries[s.ix].value;
                out[1] = Value();
                return Lookup::Found;
            }
        } else if (s.cls_value && (!d || !dict_get_str(d, name))) {
            out[0] = s.cls_value;
            out[1] = s.bind ? obj : Value();
            return Lookup::Found;
        }
    }
    return site_get_slow(s, obj, name, out);
}

// instance_fast_set through the site: 1 stored, 0 not handled (general path), -1 error.
inline int site_set(AttrSite& s, Value obj, const Str* name, Value v) {
    if (obj.is_obj() && obj.obj()->type == s.type && s.epoch == attr_cache_epoch && s.set_ok) {
        Dict* d = obj.as<Instance>()->dict;
        if (s.ix >= 0 && d && uint32_t(s.ix) < d->n_entries && d->entries[s.ix].key == Value(name)) {
            d->entries[s.ix].value = v;
            return 1;
        }
        return site_set_dict(obj, name, v);  // the class allows a plain store (a new instance, say)
    }
    return site_set_slow(s, obj, name, v);
}

}  // namespace core
