// The os module (also uos) over the flash filesystem: listdir remove size uname, stat ilistdir as
// MicroPython's other ports, and the statvfs free-space extension.
#include "board/flash_fs.hpp"
#include "core/names.hpp"
#include "core/text.hpp"

namespace board {

using namespace core;

namespace {

constexpr intptr_t s_ifreg = 0x8000;  // stat mode of a regular file (the only kind on the micro:bit)
constexpr intptr_t s_ifdir = 0x4000;  // the root, for tools that stat('/') before listing

// The flat filesystem has one directory; tools name it '', '/' or '.' (extension: v1 takes no argument).
bool is_root(std::string_view p) { return p.empty() || p == "/" || p == "."; }

bool name_arg(Value v, std::string_view* out) {
    const Str* s = str_of(v);
    if (!s) {
        raise_type_error("can't convert '%T' object to str implicitly"_msg, v);
        return false;
    }
    *out = s->view();
    return true;
}

// Every file name, in chunk order; `with_stat` gives ilistdir's (name, S_IFREG, 0, size) tuples, the form
// MicroPython's filesystems (FAT, littlefs) give and pyboard.py's and mpremote's `ls` read the size from
// (the v2 firmware's 3-tuples make them show 0).
Value list_files(const Args& a, bool with_stat) {
    if (a.n_pos > 0) {
        std::string_view dir;
        if (!name_arg(a.pos[0], &dir)) return {};
        if (!is_root(dir)) return raise_os_error(fs::kNotFound);
    }
    fs::Fs* v = flash_fs();
    if (!v) return {};
    List* out = new_list(0);
    if (!out) return {};
    std::string_view name;
    for (uint32_t c = 0; v->next_name(c, name);) {
        Value item = make_str(name);
        if (!item) return {};
        if (with_stat) {
            int32_t size = v->size(name);
            if (size < 0) return raise_os_error(-size);
            Value t[4] = {item, Value::small(s_ifreg), Value::small(0), make_int(size)};
            item = make_tuple(4, t);
            if (!item) return {};
        }
        if (!list_append(out, item)) return {};
    }
    return Value(out);
}

Value os_listdir(const Args& a) { return list_files(a, false); }
Value os_ilistdir(const Args& a) {
    Value l = list_files(a, true);
    return l ? get_iter(l) : Value();
}

Value os_remove(const Args& a) {
    std::string_view name;
    if (!name_arg(a.pos[0], &name)) return {};
    fs::Fs* v = flash_fs();
    if (!v) return {};
    int rc = v->remove(name);
    return rc < 0 ? raise_os_error(-rc) : none();
}

Value os_size(const Args& a) {
    std::string_view name;
    if (!name_arg(a.pos[0], &name)) return {};
    fs::Fs* v = flash_fs();
    if (!v) return {};
    int32_t n = v->size(name);
    return n < 0 ? raise_os_error(-n) : make_int(n);
}

// stat(name): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) as MicroPython's ports.
Value os_stat(const Args& a) {
    std::string_view name;
    if (!name_arg(a.pos[0], &name)) return {};
    fs::Fs* v = flash_fs();
    if (!v) return {};
    intptr_t mode = s_ifdir, size = 0;
    if (!is_root(name)) {
        int32_t n = v->size(name);
        if (n < 0) return raise_os_error(-n);
        mode = s_ifreg, size = n;
    }
    Value t[10];
    for (Value& x : t) x = Value::small(0);
    t[0] = Value::small(mode), t[6] = Value::small(size);
    return make_tuple(10, t);
}

// Extension: statvfs(path) as MicroPython's ports: (bsize, frsize, blocks, bfree, bavail, files, ffree,
// favail, flag, namemax). A block is a 128-byte chunk; free blocks include freed chunks (reclaimable).
// Content bytes: each chunk holds 126, and a new file's first chunk also holds its name + 2.
Value os_statvfs(const Args& a) {
    std::string_view dir;
    if (a.n_pos > 0 && !name_arg(a.pos[0], &dir)) return {};
    if (!is_root(dir)) return raise_os_error(fs::kNotFound);
    fs::Fs* v = flash_fs();
    if (!v) return {};
    intptr_t total = v->total_chunks(), free = v->free_chunks();
    Value t[10] = {Value::small(fs::kChunkSize), Value::small(fs::kChunkSize), Value::small(total),
                   Value::small(free),           Value::small(free),           Value::small(total),
                   Value::small(free),           Value::small(free),           Value::small(0),
                   Value::small(fs::kMaxNameLen)};
    return make_tuple(10, t);
}

// uname(): a 5-field attrtuple, as the firmware's (spec 2.3).
constexpr Str release_text = const_str("1.1.1");
constexpr Str version_text = const_str("micro:bit v1.1.1+mbpy; MicroPython v1.9.2 compatible (mbpy)");
constexpr Str machine_text = const_str(MBPY_MACHINE_NAME);
const Str* const uname_fields[5] = {&q_sysname, &q_nodename, &q_release, &q_version, &q_machine};
const Str* const uname_values[5] = {&q_microbit, &q_microbit, &release_text, &version_text, &machine_text};

Value uname_tuple() {
    Value items[5];
    for (int i = 0; i < 5; ++i) items[i] = Value(uname_values[i]);
    return make_tuple(5, items);
}
bool uname_print(Printer& out, Value, PrintKind) {
    out.put('(');
    for (int i = 0; i < 5; ++i) {
        if (i) out.write(", ");
        out.write(uname_fields[i]->view());
        out.put('=');
        print_str_repr(out, uname_values[i]->view());
    }
    out.put(')');
    return true;
}
Lookup uname_attr(Value, const Str* name, Value* out) {
    for (int i = 0; i < 5; ++i)
        if (str_equal(name, uname_fields[i])) return *out = Value(uname_values[i]), Lookup::Found;
    return Lookup::Missing;
}
Value uname_subscr(Value, Value index, Value value) {
    if (value) return raise_type_error("'uname_result' object doesn't support item assignment"_msg);
    Value t = uname_tuple();
    return t ? subscr_load(t, index) : Value();
}
Value uname_getiter(Value) {
    Value t = uname_tuple();
    return t ? get_iter(t) : Value();
}
Value uname_unary(UnaryOp op, Value) {
    if (op == UnaryOp::Len) return Value::small(5);
    if (op == UnaryOp::Bool) return py_bool(true);
    return not_implemented();
}
const Type uname_type = core::builtin_type({.name = &q_uname_result,
                                            .print = uname_print,
                                            .unary_op = uname_unary,
                                            .attr_get = uname_attr,
                                            .subscr = uname_subscr,
                                            .getiter = uname_getiter});
const Obj uname_obj = {&uname_type};

Value os_uname(const Args&) { return Value(&uname_obj); }

constexpr NativeFunction listdir_fn = core::native(q_listdir, os_listdir, 0, 1);
constexpr NativeFunction ilistdir_fn = core::native(q_ilistdir, os_ilistdir, 0, 1);
constexpr NativeFunction remove_fn = core::native(q_remove, os_remove, 1, 1);
constexpr NativeFunction size_fn = core::native(q_size, os_size, 1, 1);
constexpr NativeFunction stat_fn = core::native(q_stat, os_stat, 1, 1);
constexpr NativeFunction statvfs_fn = core::native(q_statvfs, os_statvfs, 0, 1);
constexpr NativeFunction uname_fn = core::native(q_uname, os_uname, 0, 0);

}  // namespace

const AttrEntry os_entries[] = {
    {&q_listdir, &listdir_fn}, {&q_ilistdir, &ilistdir_fn}, {&q_remove, &remove_fn}, {&q_size, &size_fn},
    {&q_stat, &stat_fn},       {&q_statvfs, &statvfs_fn},   {&q_uname, &uname_fn},
};
const AttrTable os_module_table = {os_entries, sizeof(os_entries) / sizeof(os_entries[0])};

}  // namespace board
