// The table of constant interned names (core/names.def) and its search.
#include "core/names.hpp"

namespace core {

constexpr Str name_table[name_count] = {
#define MBPY_NAME(id, text) const_str(text),
#include "core/names.def"
#include "core/names.hpp"
#include "core/names.hpp"
#undef MBPY_NAME
};

// core::intern's binary search needs the list in byte order, and one Str per text.
static constexpr bool names_sorted() {
    for (size_t i = 1; i < name_count; ++i)
        if (!(name_table[i - 1].view() < name_table[i].view())) return false;
    return true;
}
static_assert(names_sorted(), "core/names.def must be sorted by text, without duplicates");

const Str* find_const_name(std::string_view text) {
    size_t lo = 0, hi = name_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = name_table[mid].view().compare(text);
        if (c == 0) return &name_table[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return nullptr;
}

}  // namespace core
