// The attribute cache (attr_cache.cpp): lookup_in_type's answers, remembered per (type, name).
#pragma once
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

// lookup_in_type(t, name, out), through the cache; `flags` (optional) gets the attr_plain_* bits of t.
Lookup attr_cache_lookup(const Type* t, const Str* name, Value* out, uint32_t* flags = nullptr);

}  // namespace core
