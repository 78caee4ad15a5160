// The attribute cache: what the MRO walk (lookup_in_type_uncached) found for a (type, name) pair, so a method
// call or an instance attribute costs one probe instead of a walk along the MRO (CPython's type cache).
//
// Entries hold the found value (or "missing") and are valid for one epoch. The epoch moves on whenever a
// class dict changes (dict_store/remove/clear on a dict flagged dict_flag_class), a class is made, and at
// every collection: so an entry never outlives the objects it names, and the cache needs no GC root.
#include "core/attr_cache.hpp"
#include "core/names.hpp"

#include "core/config.hpp"
#include "core/obj_class.hpp"

namespace core {

uint32_t attr_cache_epoch = 1;

namespace {

constexpr size_t n_entries = config::attr_cache_entries;
static_assert(n_entries == 0 || (n_entries & (n_entries - 1)) == 0, "a power of two");

struct Entry {
    const Type* type;
    const Str* name;
    Value value;  // null: the MRO does not have the name
    uint32_t epoch;
    uint16_t flags;
    uint16_t name_hash;  // a second check that `name` still holds the same text
};
constinit Entry table[n_entries ? n_entries : 1] = {};

// The attr_plain_* flags of `t` (see attr_cache.hpp).
uint32_t plain_flags(const Type* t) {
    Tuple* mro = type_mro(t);
    if ((t->flags & (type_flag_user | type_flag_exception)) != type_flag_user) return 0;
    if (!mro || mro->len == 0 || mro->items[mro->len - 1] != Value(&object_type)) return 0;
    uint32_t flags = attr_plain_get | attr_plain_set;
    for (size_t i = 0; i + 1 < mro->len; ++i) {
        const Type* k = mro->items[i].as<Type>();
        Dict* d = type_dict(k);
        if (!d) return 0;  // a builtin base (type, list, ...) in between
        if (dict_get_str(d, &q_dunder_setattr)) flags &= ~attr_plain_set;
    }
    return flags;
}

// Names are keyed by address, so a name must keep its address and text for the epoch: interned and
// constant names do; a Str built on the C stack (a temporary key) does not and is never cached.
bool on_c_stack(const void* p) {
    char here;
    auto a = reinterpret_cast<uintptr_t>(p);
    return a >= reinterpret_cast<uintptr_t>(&here) && a < reinterpret_cast<uintptr_t>(state.c_stack_top);
}

inline bool cacheable(const Str* name) { return n_entries != 0 && state.c_stack_top && !on_c_stack(name); }

// The entry for (t, key): `key` is the name, or the name's address with bit 0 set for lookup_user's
// entries (a different question about the same name).
inline Entry& entry_for(const Type* t, const void* key) {
    // Fibonacci hashing: types and names sit at regular strides in the constant tables, which a plain
    // sum of the addresses maps onto the same few entries.
    uintptr_t k =
        (reinterpret_cast<uintptr_t>(t) ^ (reinterpret_cast<uintptr_t>(key) * 0x9E3779B1u)) * 0x9E3779B1u;
    return table[(k >> 16) & (n_entries - 1)];
}

// Not cacheable, or a miss: walk the MRO (and remember the answer in `e` when there is one).
[[gnu::noinline]] Lookup walk(Entry* e, const Type* t, const Str* name, Value* out, uint32_t* flags) {
    Value v;
    Lookup r = lookup_in_type_uncached(t, name, &v);
    if (r == Lookup::Found) *out = v;
    uint32_t plain = plain_flags(t);
    if (flags) *flags = plain;
    // The walk may allocate (a slot wrapper) and so collect: the epoch read now is the entry's.
    if (e && r != Lookup::Error)
        *e = Entry{t,
                   name,
                   r == Lookup::Found ? v : Value(),
                   attr_cache_epoch,
                   uint16_t(plain),
                   uint16_t(str_hash(name))};
    return r;
}

}  // namespace

Lookup attr_cache_lookup(const Type* t, const Str* name, Value* out, uint32_t* flags) {
    if (!cacheable(name)) return walk(nullptr, t, name, out, flags);
    Entry& e = entry_for(t, name);
    if (e.type != t || e.name != name || e.epoch != attr_cache_epoch ||
        e.name_hash != uint16_t(str_hash(name)))
        return walk(&e, t, name, out, flags);
    if (flags) *flags = e.flags;
    if (!e.value) return Lookup::Missing;
    *out = e.value;
    return Lookup::Found;
}

Lookup lookup_in_type(const Type* t, const Str* name, Value* out) { return attr_cache_lookup(t, name, out); }

// Special-method dispatch on instances asks this for every operator, call and repr (obj_instance_ops.cpp).
Value lookup_user(const Type* t, const Str* name) {
    if (!cacheable(name)) return lookup_user_uncached(t, name);
    auto* key = reinterpret_cast<const Str*>(reinterpret_cast<uintptr_t>(name) | 1);
    Entry& e = entry_for(t, key);
    if (e.type != t || e.name != key || e.epoch != attr_cache_epoch ||
        e.name_hash != uint16_t(str_hash(name))) {
        Value v = lookup_user_uncached(t, name);  // dict probes only: nothing allocates, nothing collects
        e = Entry{t, key, v, attr_cache_epoch, 0, uint16_t(str_hash(name))};
    }
    return e.value;
}

}  // namespace core
