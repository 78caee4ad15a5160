// The sys module: argv, path, modules, exit, the standard streams, print_exception, version data.
#include <stdint.h>

#include "core/hal.hpp"
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/port.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_module.hpp"
#include "core/text.hpp"

namespace core {

#if MBPY_SYS_EXTRA
// ---- standard streams ------------------------------------------------------------------------------
// fd 0/1/2 as in POSIX; the device has one serial line, so stderr goes to the same place as stdout there.
struct Stream : Obj {
    int fd;
};
extern const Type sys_stream_type;
const Stream sys_stdin_stream{{&sys_stream_type}, 0}, sys_stdout_stream{{&sys_stream_type}, 1},
    sys_stderr_stream{{&sys_stream_type}, 2};

static Value stream_write(const Args& a) {
    int fd = a.pos[0].as<Stream>()->fd;
    std::string_view data;
    size_t count;
    if (is_str(a.pos[1])) {
        data = a.pos[1].as<Str>()->view();
        count = a.pos[1].as<Str>()->char_count();
    } else if (get_buffer(a.pos[1], &data)) {
        count = data.size();
    } else {
        return raise_type_error("object with buffer protocol required"_msg);
    }
    if (fd == 2)
        hal::stderr_write(data.data(), data.size());
    else if (fd == 1)
        hal::stdout_write(data.data(), data.size());
    else
        return raise(&os_error_type, "[Errno 9] EBADF"_msg);
    return make_int(intptr_t(count));
}

// Reads up to `limit` bytes (negative: until no more input), stopping after '\n' when `line` is set.
// hal::serial_read never blocks: what is available now is what is returned.
static Value stream_read_impl(const Args& a, bool line) {
    intptr_t limit = -1;
    if (a.n_pos > 1 && a.pos[1] != none() && !to_intptr(a.pos[1], &limit)) return {};
    StrBuilder sb;
    while (limit < 0 || intptr_t(sb.size()) < limit) {
        int c = hal::serial_read();
        if (c < 0) break;
        if (!sb.append_byte(char(c))) return {};
        if (line && c == '\n') break;
    }
    return sb.finish();
}
static Value stream_read(const Args& a) { return stream_read_impl(a, false); }
static Value stream_readline(const Args& a) { return stream_read_impl(a, true); }
static Value stream_flush(const Args&) { return none(); }

static bool stream_print(Printer& out, Value self, PrintKind) {
    out.printf("<io.TextIOWrapper %d>", self.as<Stream>()->fd);
    return true;
}

// sys.stdout.buffer: the same stream (write() takes bytes as well as str).
static Lookup stream_attr(Value self, const Str* name, Value* out) {
    if (!str_equal(name, &q_buffer)) return Lookup::Missing;
    *out = self;
    return Lookup::Found;
}

static constexpr NativeFunction f_write = native(q_write, stream_write, 2, 2);
static constexpr NativeFunction f_read = native(q_read, stream_read, 1, 2);
static constexpr NativeFunction f_readline = native(q_readline, stream_readline, 1, 2);
static constexpr NativeFunction f_flush = native(q_flush, stream_flush, 1, 1);
static const AttrEntry stream_entries[] = {
    {&q_write, &f_write}, {&q_read, &f_read}, {&q_readline, &f_readline}, {&q_flush, &f_flush}};
static const AttrTable stream_locals = {stream_entries, sizeof(stream_entries) / sizeof(stream_entries[0])};
const Type sys_stream_type = builtin_type({.name = &q_TextIOWrapper,
                                           .print = stream_print,
                                           .attr_get = stream_attr,
                                           .locals = &stream_locals,
                                           .base = &object_type});
#endif

// ---- functions -------------------------------------------------------------------------------------
static Value sys_exit(const Args& a) {
    Value e = make_exception(&system_exit_type, a.n_pos, a.pos);
    if (!e) return {};
    return raise_value(e);
}

static void write_stdout(void*, const char* s, size_t n) { hal::stdout_write(s, n); }
static void write_stderr(void*, const char* s, size_t n) { hal::stderr_write(s, n); }
#if MBPY_SYS_EXTRA
static Value sys_stdout() { return Value(&sys_stdout_stream); }
static Value sys_stderr() { return Value(&sys_stderr_stream); }
#else
static Value sys_stdout() { return {}; }  // no sys.stdout (config.hpp): a file is written to
static Value sys_stderr() { return {}; }
#endif

// print_exception(exc, file=sys.stdout): MicroPython's traceback format.
static Value sys_print_exception(const Args& a) {
    static const char* const allowed[] = {"file", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    Value file = a.n_pos > 1 ? a.pos[1] : kwarg(a, "file");
    if (!file || file == none() || (MBPY_SYS_EXTRA && file == sys_stdout())) {
        Printer p(write_stdout, nullptr);
        print_exception(p, a.pos[0]);
        return none();
    }
    if (MBPY_SYS_EXTRA && file == sys_stderr()) {
        Printer p(write_stderr, nullptr);
        print_exception(p, a.pos[0]);
        return none();
    }
    StrBuilder sb;
    Printer p = sb.printer();
    print_exception(p, a.pos[0]);
    Value text = sb.finish();
    if (!text) return {};
    return call_method(file, &q_write, 1, &text) ? none() : Value();
}

static constexpr NativeFunction f_exit = native(q_exit, sys_exit, 0, 1);
static constexpr NativeFunction f_print_exception =
    native(q_print_exception, sys_print_exception, 1, 2, true);

// ---- constant data -----------------------------------------------------------------------------------
// The language level MicroPython implements (and reports as sys.version).
static constexpr ConstTuple<3> version_info = {
    {&tuple_type}, 3, {Value::small(3), Value::small(4), Value::small(0)}};
// The MicroPython release whose behaviour mbpy follows (the micro:bit v1 firmware).
static constexpr ConstTuple<3> impl_version = {
    {&tuple_type}, 3, {Value::small(1), Value::small(9), Value::small(2)}};
static constexpr Str version_str = const_str("3.4.0");

// sys.implementation: name and version, like MicroPython's attrtuple.
static Lookup impl_attr(Value, const Str* name, Value* out) {
    if (str_equal(name, &q_name)) return *out = Value(&q_micropython), Lookup::Found;
    if (str_equal(name, &q_version)) return *out = Value(&impl_version), Lookup::Found;
    return Lookup::Missing;
}
static bool impl_print(Printer& out, Value, PrintKind) {
    out.write("(name='micropython', version=(1, 9, 2))");
    return true;
}
static const Type impl_type =
    builtin_type({.name = &q_implementation, .print = impl_print, .attr_get = impl_attr});
static const Obj impl_obj = {&impl_type};

static const AttrEntry sys_entries[] = {
    {&q_byteorder, &q_little},
    {&q_version, &version_str},
    {&q_version_info, &version_info},
    {&q_implementation, &impl_obj},
    {&q_exit, &f_exit},
    {&q_print_exception, &f_print_exception},
#if MBPY_SYS_EXTRA
    {&q_stdin, &sys_stdin_stream},
    {&q_stdout, &sys_stdout_stream},
    {&q_stderr, &sys_stderr_stream},
#endif
};
const AttrTable sys_module_table = {sys_entries, sizeof(sys_entries) / sizeof(sys_entries[0])};

#if MBPY_SYS_EXTRA
// ---- the interpreter-dependent part ---------------------------------------------------------------
// sys and usys share argv and path: reuse those of whichever is already imported.
static Value existing_member(const Str* member) {
    const Str* names[2] = {&q_sys, &q_usys};
    for (const Str* n : names) {
        Value m = dict_get_str(state.modules, n);
        if (!m || !is_type(m, &module_type)) continue;
        Value v;
        if (lookup_attr(m, member, &v) == Lookup::Found) return v;
        if (pending()) take_exception();
    }
    return {};
}

static Value make_argv() {
    int argc = 0;
    const char* const* argv = nullptr;
    hal::program_args(&argc, &argv);
    List* l = new_list(0);
    if (!l) return {};
    for (int i = 0; i < argc; ++i) {
        size_t n = 0;
        while (argv[i][n]) ++n;
        Value s = make_str({argv[i], n});
        if (!s || !list_append(l, s)) return {};
    }
    return Value(l);
}

static Value make_path() {
    // '' is the folder of the script (the flash filesystem on the device); MicroPython's unix port also
    // lists its library folders, which the host port searches through MICROPYPATH instead.
    static constexpr Str empty = const_str("");
    Value e(&empty);
    return make_list(1, &e);
}

#endif

const AttrTable* sys_dynamic_table(const AttrTable* constant) {
    AttrTable* t = new_attr_table(constant->count + 5);
    if (!t) return nullptr;
    for (size_t i = 0; i < constant->count; ++i)
        const_cast<AttrEntry*>(t->entries)[t->count++] = constant->entries[i];
#if MBPY_SYS_EXTRA
    Value argv = existing_member(&q_argv);
    if (!argv) argv = make_argv();
    Value path = existing_member(&q_path);
    if (!path) path = make_path();
    if (!attr_table_add(t, &q_argv, argv) || !attr_table_add(t, &q_path, path)) return nullptr;
    if (!attr_table_add(t, &q_modules, Value(state.modules))) return nullptr;
    if (!attr_table_add(t, &q_maxsize, make_int_ll(INTPTR_MAX))) return nullptr;
#endif
    // The port's name for itself (a constant Str of the port's: not a constant expression here).
    if (port.platform && !attr_table_add(t, &q_platform, Value(port.platform))) return nullptr;
    return t;
}

}  // namespace core
