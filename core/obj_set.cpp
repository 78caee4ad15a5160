// set and frozenset, on CPython's own table algorithm (setobject.c: sizes, linear probes, perturbation,
// resize rule, dummies), so that sets iterate and print in the same order as CPython's for the values
// whose hashes are the same in both (ints, floats, tuples of them).
#include <string.h>

#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_set.hpp"

namespace core {

namespace {

constexpr size_t kMinSize = 8;       // PySet_MINSIZE
constexpr size_t kLinearProbes = 9;  // LINEAR_PROBES
constexpr int kPerturbShift = 5;     // PERTURB_SHIFT
// A deleted slot: a non-null key nothing else uses, with hash -1 (no real hash is -1).
const Obj dummy_obj{&none_type};
inline Value dummy() { return Value(&dummy_obj); }

inline bool is_free(const SetEntry& e) { return !e.key; }
inline bool is_active(const SetEntry& e) { return e.key && e.key != dummy(); }

bool set_alloc_table(Set* s, size_t size) {
    auto* t = static_cast<SetEntry*>(alloc_raw(size * sizeof(SetEntry)));
    if (!t) return false;
    s->table = t;
    s->mask = size - 1;
    return true;
}

bool key_hash(Value key, intptr_t* h) {
    if (!hash(key, h)) return false;
    if (*h == -1) *h = -2;
    return true;
}

// Inserts a key known to be absent into a table with no dummies (set_insert_clean).
void insert_clean(SetEntry* table, size_t mask, Value key, intptr_t hash) {
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        SetEntry* e = &table[i];
        if (is_free(*e)) goto found;
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; ++j) {
                ++e;
                if (is_free(*e)) goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

bool resize(Set* s, size_t minused) {
    size_t size = kMinSize;
    while (size <= minused) size <<= 1;
    SetEntry* old = s->table;
    size_t old_size = old ? s->mask + 1 : 0;
    if (!set_alloc_table(s, size)) return false;
    for (size_t i = 0; i < old_size; ++i) {
        if (is_active(old[i])) insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    }
    s->fill = s->used;
    return true;
}

// set_add_entry. Returns false on error.
bool add_entry(Set* s, Value key, intptr_t hash) {
    if (!s->table && !set_alloc_table(s, kMinSize)) return false;
restart:
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    SetEntry* freeslot = nullptr;
    SetEntry* table = s->table;
    for (;;) {
        SetEntry* e = &table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (is_free(*e)) {
                if (freeslot) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    s->used++;
                    return true;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                if (s->fill * 5 < mask * 3) return true;
                return resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
            if (e->key == dummy()) {
                if (!freeslot) freeslot = e;
            } else if (e->hash == hash) {
                if (e->key == key) return true;
                int eq = equal(e->key, key);
                if (eq < 0) return false;
                if (s->table != table || s->mask != mask) goto restart;  // the comparison changed the set
                if (eq) return true;
            }
            ++e;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// The entry holding `key`, or nullptr; *err on error.
SetEntry* find_entry(const Set* s, Value key, intptr_t hash, bool* err) {
    *err = false;
    if (!s->table) return nullptr;
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    for (;;) {
        SetEntry* e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (is_free(*e)) return nullptr;
            if (e->hash == hash && e->key != dummy()) {
                if (e->key == key) return e;
                int eq = equal(e->key, key);
                if (eq < 0) {
                    *err = true;
                    return nullptr;
                }
                if (eq) return e;
            }
            ++e;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

}  // namespace

Set* new_set(const Type* type) {
    Set* s = alloc<Set>(type);
    if (!s || !set_alloc_table(s, kMinSize)) return nullptr;
    return s;
}

bool set_add(Set* s, Value key) {
    intptr_t h;
    return key_hash(key, &h) && add_entry(s, key, h);
}

int set_contains(const Set* s, Value key) {
    intptr_t h;
    if (!key_hash(key, &h)) return -1;
    bool err;
    SetEntry* e = find_entry(s, key, h, &err);
    return err ? -1 : e != nullptr;
}

int set_discard(Set* s, Value key) {
    intptr_t h;
    if (!key_hash(key, &h)) return -1;
    bool err;
    SetEntry* e = find_entry(s, key, h, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = dummy();
    e->hash = -1;
    s->used--;
    return 1;
}

bool set_next(const Set* s, size_t* pos, Value* key) {
    if (!s->table) return false;
    while (*pos <= s->mask) {
        const SetEntry& e = s->table[(*pos)++];
        if (is_active(e)) {
            *key = e.key;
            return true;
        }
    }
    return false;
}

bool set_pop(Set* s, Value* out) {
    if (s->used == 0) return false;
    size_t i = s->finger & s->mask;
    while (!is_active(s->table[i])) i = (i + 1) & s->mask;
    *out = s->table[i].key;
    s->table[i].key = dummy();
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return true;
}

void set_clear(Set* s) {
    set_alloc_table(s, kMinSize);
    s->used = s->fill = 0;
}

// set_merge: adds every element of `other` (a set), in its table order.
bool set_merge(Set* s, const Set* other) {
    if (other == s || other->used == 0) return true;
    if ((s->fill + other->used) * 5 >= s->mask * 3 && !resize(s, (s->used + other->used) * 2)) return false;
    if (s->fill == 0 && s->mask == other->mask) {
        // Same table size and nothing here yet: copy slot by slot.
        for (size_t i = 0; i <= other->mask; ++i) {
            if (is_active(other->table[i])) s->table[i] = other->table[i];
        }
        s->fill = s->used = other->used;
        return true;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= other->mask; ++i) {
            if (is_active(other->table[i]))
                insert_clean(s->table, s->mask, other->table[i].key, other->table[i].hash);
        }
        s->fill = s->used = other->used;
        return true;
    }
    for (size_t i = 0; i <= other->mask; ++i) {
        if (is_active(other->table[i]) && !add_entry(s, other->table[i].key, other->table[i].hash))
            return false;
    }
    return true;
}

bool set_update(Set* s, Value iterable) {
    Value src = native_of(iterable);
    if (is_type(src, &set_type) || is_type(src, &frozenset_type)) return set_merge(s, src.as<Set>());
    if (is_type(src, &dict_type)) {
        Dict* d = src.as<Dict>();
        if ((s->fill + d->used) * 5 >= s->mask * 3 && !resize(s, (s->used + d->used) * 2)) return false;
        Value k;
        for (size_t i = 0; dict_next(d, &i, &k, nullptr);) {
            if (!set_add(s, k)) return false;
        }
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return false;
        if (x == stop_marker()) return true;
        if (!set_add(s, x)) return false;
    }
}

Set* set_copy(const Set* s, const Type* type) {
    Set* c = new_set(type);
    if (!c || !set_merge(c, s)) return nullptr;
    return c;
}

Value set_from_iterable(const Type* type, Value iterable) {
    Set* s = new_set(type);
    if (!s || !set_update(s, iterable)) return {};
    return Value(s);
}

}  // namespace core
