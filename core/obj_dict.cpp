// The dict hash table: insertion-ordered entries plus an open-addressing index (CPython's compact layout).
#include <string.h>

#include "core/attr_cache.hpp"
#include "core/gc.hpp"
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

#if MBPY_DICT_WIDE
constexpr bool kNarrow = false;
inline size_t slot_bytes(uint32_t) { return sizeof(int32_t); }
inline int32_t slot_get(const int32_t* index, uint32_t, uint32_t i) { return index[i]; }
inline void slot_set(int32_t* index, uint32_t, uint32_t i, int32_t v) { index[i] = v; }
#else
// 16-bit slots while the index has at most 65,536 of them (0xFFFF empty, 0xFFFE deleted): every dict
// on a 16 KB board; the host's device build grows bigger ones, with 32-bit slots.
constexpr bool kNarrow = true;
constexpr uint32_t kNarrowMask = 0xFFFF;
inline size_t slot_bytes(uint32_t isize) { return isize - 1 <= kNarrowMask ? 2 : 4; }
inline int32_t slot_get(const int32_t* index, uint32_t mask, uint32_t i) {
    if (mask > kNarrowMask) return index[i];
    uint32_t v = reinterpret_cast<const uint16_t*>(index)[i];
    return v >= 0xFFFE ? int32_t(v) - 0x10000 : int32_t(v);
}
inline void slot_set(int32_t* index, uint32_t mask, uint32_t i, int32_t v) {
    if (mask > kNarrowMask)
        index[i] = v;
    else
        reinterpret_cast<uint16_t*>(index)[i] = uint16_t(v);
}
#endif
// Where a resize may grow the table over its neighbours and free the old one: nothing else may keep the
// table's address (LOAD_GLOBAL's and the attribute sites' caches validate entries by it).
constexpr bool kInPlace = kNarrow && !MBPY_GLOBAL_CACHE && !MBPY_ATTR_SITE_CACHE;

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

// Keys whose hash runs no Python code and allocates nothing: kept in the str, the value of a small int.
inline bool cheap_hash(Value k) { return k.is_small() || is_str(k); }

// Rebuilds entries (dropping deleted ones) and the index for capacity `cap`.
bool resize(Dict* d, uint32_t cap) {
    if (cap < 4) cap = 4;
    uint32_t isize = index_size_for(cap);
    size_t bytes = sizeof(DictEntry) * cap + slot_bytes(isize) * isize;
    DictEntry* old = d->entries;
    uint32_t old_n = d->n_entries;
    DictEntry* entries = nullptr;
    uint32_t n = 0;
    if (kInPlace && old && cap >= old_n) {
        // Over the free blocks around the table when no key's hash runs code (nothing can see the table
        // half rebuilt): growing needs no second table.
        bool cheap = true;
        for (uint32_t i = 0; i < old_n && cheap; ++i) cheap = !old[i].key || cheap_hash(old[i].key);
        if (cheap) entries = static_cast<DictEntry*>(gc::grow_in_place(old, bytes));
        if (entries) {
            for (uint32_t i = 0; i < old_n; ++i)
                if (entries[i].key) entries[n++] = entries[i];
            // What lay past the live entries (moved ones, the old index) must keep nothing alive.
            memset(static_cast<void*>(entries + n), 0, sizeof(DictEntry) * (cap - n));
            old = nullptr;
        }
    }
    if (!entries) {
        // One block: the entries, then the index (kept alive through `entries`, the block's start).
        entries = static_cast<DictEntry*>(alloc_raw(bytes));
        if (!entries) return false;
        for (uint32_t i = 0; i < old_n; ++i)
            if (old[i].key) entries[n++] = old[i];
    }
    auto* index = reinterpret_cast<int32_t*>(entries + cap);
    memset(index, 0xFF, slot_bytes(isize) * isize);
    uint32_t mask = isize - 1;
    for (uint32_t i = 0; i < n; ++i) {
        uintptr_t h;
#if MBPY_DICT_WIDE
        h = entries[i].hash;
#else
        if (!hash_key(entries[i].key, &h)) return false;  // the old table is intact
#endif
        uint32_t slot = static_cast<uint32_t>(h) & mask;
        uintptr_t perturb = h;
        while (slot_get(index, mask, slot) != kEmpty) {
            perturb >>= 5;
            slot = static_cast<uint32_t>(slot * 5 + 1 + perturb) & mask;
        }
        slot_set(index, mask, slot, static_cast<int32_t>(i));
    }
    if (!kNarrow || old) {
        // A __hash__ that changed the dict while it was rehashed: the copy is stale.
        if (d->entries != old || d->n_entries != old_n) {
            raise_runtime_error("dictionary changed size during iteration"_msg);
            return false;
        }
        // The old array may outlive this call (LOAD_GLOBAL's cache keeps its address to validate
        // entries): cleared, it keeps none of the values alive.
        if (old) memset(static_cast<void*>(old), 0, sizeof(DictEntry) * d->cap);
        if (kInPlace && old) gc::free(old);
    }
    d->entries = entries;
    d->index = index;
    d->cap = cap;
    d->mask = mask;
    d->n_entries = n;
    d->used = n;
    return true;
}

// Makes room for one more entry: double, or, where that does not fit (the dense layout), the largest
// smaller step that does.
bool grow(Dict* d) {
    uint32_t want = d->used < 4 ? 4 : d->used * 2;
    if (!kNarrow) return resize(d, want);
    for (uint32_t step = want - d->used;; step /= 2) {
        if (resize(d, d->used + step)) return true;
        if (step <= 1 || !exc_matches(state.exc, &memory_error_type)) return false;
        take_exception();
    }
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

// Whether the entry's key is `key` (whose hash is h): 1, 0, or -1 on error. As CPython, keys of equal
// hashes only are compared; without stored hashes the entry key's hash is computed again unless both
// keys are small ints or strs.
inline int entry_matches(const DictEntry& e, Value key, uintptr_t h) {
#if MBPY_DICT_WIDE
    if (e.hash != h) return 0;
    return keys_equal(e.key, key);
#else
    Value k = e.key;
    if (k == key) return 1;
    if (cheap_hash(k) && cheap_hash(key)) {
        if (!is_str(k) || !is_str(key)) return 0;
        return str_hash(k.as<Str>()) == h && str_equal(k.as<Str>(), key.as<Str>());
    }
    uintptr_t hk;
    if (!hash_key(k, &hk)) return -1;
    return hk == h ? keys_equal(k, key) : 0;
#endif
}

// Finds the index slot holding `key`, or (when absent) the slot where it would go. -1 on error.
int64_t find_slot(const Dict* d, Value key, uintptr_t h, bool* found) {
    *found = false;
    if (!d->index) return -1;
    uint32_t slot = static_cast<uint32_t>(h) & d->mask;
    uintptr_t perturb = h;
    int64_t first_deleted = -1;
    for (uint32_t probes = 0; probes < max_probes(d->mask); ++probes) {
        int32_t ix = slot_get(d->index, d->mask, slot);
        if (ix == kEmpty) return first_deleted >= 0 ? first_deleted : slot;
        if (ix == kDeleted) {
            if (first_deleted < 0) first_deleted = slot;
        } else {
            int eq = entry_matches(d->entries[ix], key, h);
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
    *out = d->entries[slot_get(d->index, d->mask, uint32_t(slot))].value;
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
        d->entries[slot_get(d->index, d->mask, uint32_t(slot))].value = value;
        return true;
    }
    if (d->n_entries >= d->cap || slot < 0) {
        if (!grow(d)) return false;
        slot = find_slot(d, key, h, &found);
        if (slot < 0) return false;
    }
    uint32_t ix = d->n_entries++;
#if MBPY_DICT_WIDE
    d->entries[ix] = DictEntry{key, value, h};
#else
    d->entries[ix] = DictEntry{key, value};
#endif
    slot_set(d->index, d->mask, uint32_t(slot), static_cast<int32_t>(ix));
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
    DictEntry& e = d->entries[slot_get(d->index, d->mask, uint32_t(slot))];
    if (old) *old = e.value;
    e.key = Value();
    e.value = Value();
    slot_set(d->index, d->mask, uint32_t(slot), kDeleted);
    d->used--;
    return Lookup::Found;
}

Value dict_get_str(const Dict* d, const Str* key) {
    if (!d || !d->index) return {};
    uintptr_t h = str_hash(key);
    uint32_t slot = static_cast<uint32_t>(h) & d->mask;
    uintptr_t perturb = h;
    for (uint32_t probes = 0; probes < max_probes(d->mask); ++probes) {
        int32_t ix = slot_get(d->index, d->mask, slot);
        if (ix == kEmpty) return {};
        if (ix >= 0) {
            const DictEntry& e = d->entries[ix];
#if MBPY_DICT_WIDE
            if (e.hash == h && (e.key == Value(key) || (is_str(e.key) && str_equal(e.key.as<Str>(), key)))) {
                return e.value;
            }
#else
            if (e.key == Value(key) ||
                (is_str(e.key) && str_hash(e.key.as<Str>()) == h && str_equal(e.key.as<Str>(), key))) {
                return e.value;
            }
#endif
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
        int32_t ix = slot_get(d->index, d->mask, slot);
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
