// The errno module (uerrno): Linux errno numbers (MicroPython uses them on every port) and errorcode.
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"

namespace core {

static const AttrEntry errno_entries[] = {
    {&q_EPERM, nullptr, 1},          {&q_ENOENT, nullptr, 2},         {&q_EIO, nullptr, 5},
    {&q_EBADF, nullptr, 9},          {&q_EAGAIN, nullptr, 11},        {&q_ENOMEM, nullptr, 12},
    {&q_EACCES, nullptr, 13},        {&q_EEXIST, nullptr, 17},        {&q_ENODEV, nullptr, 19},
    {&q_ENOTDIR, nullptr, 20},       {&q_EISDIR, nullptr, 21},        {&q_EINVAL, nullptr, 22},
    {&q_ENOSPC, nullptr, 28},        {&q_EROFS, nullptr, 30},         {&q_EOPNOTSUPP, nullptr, 95},
    {&q_EADDRINUSE, nullptr, 98},    {&q_ECONNABORTED, nullptr, 103}, {&q_ECONNRESET, nullptr, 104},
    {&q_ENOBUFS, nullptr, 105},      {&q_ENOTCONN, nullptr, 107},     {&q_ETIMEDOUT, nullptr, 110},
    {&q_ECONNREFUSED, nullptr, 111}, {&q_EHOSTUNREACH, nullptr, 113}, {&q_EALREADY, nullptr, 114},
    {&q_EINPROGRESS, nullptr, 115},
};
static constexpr size_t n_codes = sizeof(errno_entries) / sizeof(errno_entries[0]);
const AttrTable errno_module_table = {errno_entries, n_codes};

// The name of an errno value ("ENOENT"), or nullptr: OSError(2) prints as "[Errno 2] ENOENT".
const Str* errno_name(intptr_t code) {
    for (const AttrEntry& e : errno_entries)
        if (e.value.small_value() == code) return e.name;
    return nullptr;
}

// errorcode (number -> name) is a dict, so the module's table is completed in the heap at import.
const AttrTable* errno_dynamic_table() {
    AttrTable* t = new_attr_table(n_codes + 1);
    if (!t) return nullptr;
    Dict* codes = new_dict(n_codes);
    if (!codes) return nullptr;
    for (size_t i = 0; i < n_codes; ++i) {
        const AttrEntry& e = errno_entries[i];
        const_cast<AttrEntry*>(t->entries)[t->count++] = e;
        if (!dict_store(codes, e.value, Value(e.name))) return nullptr;
    }
    if (!attr_table_add(t, &q_errorcode, Value(codes))) return nullptr;
    return t;
}

}  // namespace core
