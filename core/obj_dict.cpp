// The dict hash table: insertion-ordered entries plus an open-addressing index (CPython's compact layout).
#include <string.h>

#include "core/attr_cache.hpp"
#include "core/obj_containers.hpp"

namespace core {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
// Probing visits every slot once the perturbation has shifted down to zero (after at most 64/5 steps),
// so this many probes always reach an empty slot in a table that is never full.
inline uint32_t max_probes(uint32_t mask) { return mask + 1 + 16; }

uint32_t index_size_for(uint32_t cap) {
    uint32_t n = 8;
    while (n < cap + cap / 2 + 1) n <<= 1;  // load factor <= 2/3
    return n;
}

// Rebuilds entries (dropping deleted ones) and the index for capacity `cap`.
bool resize(Dict* d, uint32_t cap) {
    if (cap < 4) cap = 4;
    uint32_t isize = index_size_for(cap);
    // One block: the entries, then the index (kept alive through `entries`, the block's start).
    auto* entries = static_cast<DictEntry*>(alloc_raw(sizeof(DictEntry) * cap + sizeof(int32_t) * isize));
    if (!entries) return false;
    auto* index = reinterpret_cast<int32_t*>(entries + cap);
    memset(index, 0xFF, sizeof(int32_t) * isize);
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->n_entries; ++i) {
        if (!d->entries[i].key) continue;
        entries[n] = d->entries[i];
        uint32_t mask = isize - 1;
        uint32_t slot = static_cast<uint32_t>(entries[n].hash) & mask;
        uintptr_t perturb = entries[n].hash;
        while (index[slot] != kEmpty) {
            perturb >>= 5;
            slot = static_cast<uint32_t>(slot * 5 + 1 + perturb) & mask;
        }
        index[slot] = static_cast<int32_t>(n);
        ++n;
    }
    // The old array may outlive this call (LOAD_GLOBAL's cache keeps its address to validate entries):
    // cleared, it keeps none of the values alive.
    if (d->entries) memset(static_cast<void*>(d->entries), 0, sizeof(DictEntry) * d->cap);
    d->entries = entries;
    d->index = index;
    d->cap = cap;
    d->mask = isize - 1;
    d->n_entries = n;
    d->used = n;
    return true;
}

// Keys that compare only by identity or by string content can skip the generic equality call.
inline int keys_equal(Value a, Value b) {
    if (a == b) return 1;
    if (a.is_small() || b.is_small()) {
        if (a.is_small() && b.is_small()) return 0;
    }
    if (is_str(a) && is_str(b)) return str_equal(a.as<Str>(), b.as<Str>());
    return equal(a, b);
}

// Finds the index slot holding `key`, or (when absent) the slot where it would go. -1 on error.
int64_t find_slot(const Dict* d, Value key, uintptr_t h, bool* found) {
    *found = false;
    if (!d->index) return -1;
    uint32_t slot = static_cast<uint32_t>(h) & d->mask;
    uintptr_t perturb = h;
    int64_t first_deleted = -1;
    for (uint32_t probes = 0; probes < max_probes(d->mask); ++probes) {
        int32_t ix = d->index[slot];
        if (ix == kEmpty) return first_deleted >= 0 ? first_deleted : slot;
        if (ix == kDeleted) {
            if (first_deleted < 0) first_deleted = slot;
        } else if (d->entries[ix].hash == h) {
            int eq = keys_equal(d->entries[ix].key, key);
            if (eq < 0) return -2;
            if (eq) {
                *found = true;
                return slot;
            }
        }
        perturb >>= 5;
        slot = static_cast<uint32_t>(slot * 5 + 1 + perturb) & d->mask;
    }
    return first_deleted;
}

bool hash_key(Value key, uintptr_t* h) {
    if (is_str(key)) {
        *h = str_hash(key.as<Str>());
        return true;
    }
    intptr_t v;
    if (!hash(key, &v)) return false;
    *h = static_cast<uintptr_t>(v);
    return true;
}

}  // namespace

Dict* new_dict(size_t capacity_hint) {
    Dict* d = alloc<Dict>(&dict_type);
    if (!d) return nullptr;
    if (capacity_hint && !resize(d, static_cast<uint32_t>(capacity_hint))) return nullptr;
    return d;
}

bool dict_reserve(Dict* d, size_t more) {
    if (d->n_entries + more <= d->cap) return true;
    return resize(d, static_cast<uint32_t>(d->used + more));
}

Value make_dict(size_t capacity_hint) {
    Dict* d = new_dict(capacity_hint);
    return d ? Value(d) : Value();
}

Lookup dict_lookup(Dict* d, Value key, Value* out) {
    uintptr_t h;
    if (!hash_key(key, &h)) return Lookup::Error;
    bool found;
    int64_t slot = find_slot(d, key, h, &found);
    if (slot == -2) return Lookup::Error;
    if (!found) return Lookup::Missing;
    *out = d->entries[d->index[slot]].value;
    return Lookup::Found;
}

bool dict_store(Dict* d, Value key, Value value) {
    if (d->flags & dict_flag_class) attr_cache_invalidate();
    uintptr_t h;
    if (!hash_key(key, &h)) return false;
    bool found;
    int64_t slot = find_slot(d, key, h, &found);
    if (slot == -2) return false;
    if (found) {
        d->entries[d->index[slot]].value = value;
        return true;
    }
    if (d->n_entries >= d->cap || slot < 0) {
        uint32_t want = d->used < 4 ? 4 : d->used * 2;
        if (!resize(d, want)) return false;
        slot = find_slot(d, key, h, &found);
        if (slot < 0) return false;
    }
    uint32_t ix = d->n_entries++;
    d->entries[ix] = DictEntry{key, value, h};
    d->index[slot] = static_cast<int32_t>(ix);
    d->used++;
    return true;
}

Lookup dict_remove(Dict* d, Value key, Value* old) {
    if (d->flags & dict_flag_class) attr_cache_invalidate();
    uintptr_t h;
    if (!hash_key(key, &h)) return Lookup::Error;
    bool found;
    int64_t slot = find_slot(d, key, h, &found);
    if (slot == -2) return Lookup::Error;
    if (!found) return Lookup::Missing;
    DictEntry& e = d->entries[d->index[slot]];
    if (old) *old = e.value;
    e.key = Value();
    e.value = Value();
    d->index[slot] = kDeleted;
    d->used--;
    return Lookup::Found;
}

Value dict_get_str(const Dict* d, const Str* key) {
    if (!d || !d->index) return {};
    uintptr_t h = str_hash(key);
    uint32_t slot = static_cast<uint32_t>(h) & d->mask;
    uintptr_t perturb = h;
    for (uint32_t probes = 0; probes < max_probes(d->mask); ++probes) {
        int32_t ix = d->index[slot];
        if (ix == kEmpty) return {};
        if (ix >= 0) {
            const DictEntry& e = d->entries[ix];
            if (e.hash == h && (e.key == Value(key) || (is_str(e.key) && str_equal(e.key.as<Str>(), key)))) {
                return e.value;
            }
        }
        perturb >>= 5;
        slot = static_cast<uint32_t>(slot * 5 + 1 + perturb) & d->mask;
    }
    return {};
}

int32_t dict_find_str_index(const Dict* d, const Str* key) {
    if (!d || !d->index) return -1;
    uintptr_t h = str_hash(key);
    uint32_t slot = static_cast<uint32_t>(h) & d->mask;
    uintptr_t perturb = h;
    for (uint32_t probes = 0; probes < max_probes(d->mask); ++probes) {
        int32_t ix = d->index[slot];
        if (ix == kEmpty) return -1;
        if (ix >= 0 && d->entries[ix].key == Value(key)) return ix;
        perturb >>= 5;
        slot = static_cast<uint32_t>(slot * 5 + 1 + perturb) & d->mask;
    }
    return -1;
}

bool dict_store_str(Dict* d, const Str* key, Value value) { return dict_store(d, Value(key), value); }

bool dict_next(const Dict* d, size_t* pos, Value* key, Value* value) {
    while (*pos < d->n_entries) {
        const DictEntry& e = d->entries[(*pos)++];
        if (e.key) {
            *key = e.key;
            if (value) *value = e.value;
            return true;
        }
    }
    return false;
}

void dict_clear(Dict* d) {
    if (d->flags & dict_flag_class) attr_cache_invalidate();
    d->entries = nullptr;
    d->index = nullptr;
    d->used = d->n_entries = d->cap = d->mask = 0;
}

Dict* dict_copy(const Dict* d) {
    Dict* c = new_dict(d->used);
    if (!c) return nullptr;
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);) {
        if (!dict_store(c, k, v)) return nullptr;
    }
    return c;
}

}  // namespace core
