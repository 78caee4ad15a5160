// The io module (uio): StringIO and BytesIO, in-memory streams with CPython's read/write/seek behaviour.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

#if MBPY_MOD_IO  // config.hpp
namespace core {

// One layout for both: the bytes (UTF-8 for StringIO) in a separate growable block.
struct IOBuf : Obj {
    char* data;
    size_t len, cap, pos;  // pos may be beyond len (a later write pads with zeros)
    bool closed;
};
extern const Type stringio_type, bytesio_type;

static bool is_text(Value self) { return type_of(self) == &stringio_type; }

static IOBuf* open_self(Value self) {
    IOBuf* b = self.as<IOBuf>();
    if (b->closed) {
        // CPython's two classes word it differently.
        raise_value_error(is_text(self) ? "I/O operation on closed file"_msg
                                        : "I/O operation on closed file."_msg);
        return nullptr;
    }
    return b;
}

static bool io_write_bytes(IOBuf* b, std::string_view s) {
    if (s.empty()) return true;  // nothing to copy (and no padding: CPython pads only on a real write)
    size_t end = b->pos + s.size();
    if (end > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        while (cap < end) cap *= 2;
        char* p = static_cast<char*>(b->data ? realloc_raw(b->data, cap) : alloc_raw(cap));
        if (!p) return false;
        b->data = p;
        b->cap = cap;
    }
    if (b->pos > b->len) memset(b->data + b->len, 0, b->pos - b->len);
    memcpy(b->data + b->pos, s.data(), s.size());
    b->pos = end;
    if (end > b->len) b->len = end;
    return true;
}

static bool data_of(Value self, Value v, std::string_view* out, size_t* count) {
    if (is_text(self)) {
        if (!is_str(v)) return raise_type_error("string argument expected, got '%T'"_msg, v), false;
        *out = v.as<Str>()->view();
        *count = v.as<Str>()->char_count();
        return true;
    }
    if (!get_buffer(v, out))
        return raise_type_error("a bytes-like object is required, not '%T'"_msg, v), false;
    *count = out->size();
    return true;
}

static Value io_make_new(const Type* type, const Args& a) {
    if (a.n_pos > 1) return raise_type_error("function takes at most 1 argument"_msg);
    IOBuf* b = alloc<IOBuf>(type);
    if (!b) return {};
    Value init = a.n_pos ? a.pos[0] : kwarg(a, type == &stringio_type ? "initial_value" : "initial_bytes");
    if (init && init != none()) {
        std::string_view d;
        size_t n;
        if (!data_of(Value(b), init, &d, &n) || !io_write_bytes(b, d)) return {};
        b->pos = 0;
    }
    return Value(b);
}

static Value io_write(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    std::string_view d;
    size_t n;
    if (!b || !data_of(a.pos[0], a.pos[1], &d, &n) || !io_write_bytes(b, d)) return {};
    return make_int(intptr_t(n));
}

// Bytes from pos covering `n` units (code points for StringIO; n < 0: all).
static size_t span_of(Value self, IOBuf* b, intptr_t n) {
    size_t start = b->pos < b->len ? b->pos : b->len, end = b->len;
    if (n < 0) return end - start;
    if (!is_text(self)) return size_t(n) < end - start ? size_t(n) : end - start;
    size_t i = start;
    while (i < end && n > 0) {
        ++i;
        while (i < end && (uint8_t(b->data[i]) & 0xC0) == 0x80) ++i;
        --n;
    }
    return i - start;
}

static Value take(Value self, IOBuf* b, size_t n) {
    size_t start = b->pos < b->len ? b->pos : b->len;
    Value r = make_bytes_type(is_text(self) ? &str_type : &bytes_type, {b->data ? b->data + start : "", n});
    if (r) b->pos = start + n;
    return r;
}

static bool size_arg(const Args& a, intptr_t* n) {
    *n = -1;
    return a.n_pos < 2 || a.pos[1] == none() || to_intptr(a.pos[1], n);
}

static Value io_read(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    intptr_t n;
    if (!b || !size_arg(a, &n)) return {};
    return take(a.pos[0], b, span_of(a.pos[0], b, n));
}

static Value readline_of(Value self, IOBuf* b, intptr_t limit) {
    size_t avail = span_of(self, b, limit);
    size_t start = b->pos < b->len ? b->pos : b->len;
    const void* nl = avail ? memchr(b->data + start, '\n', avail) : nullptr;
    size_t n = nl ? size_t(static_cast<const char*>(nl) - (b->data + start)) + 1 : avail;
    return take(self, b, n);
}

static Value io_readline(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    intptr_t n;
    if (!b || !size_arg(a, &n)) return {};
    return readline_of(a.pos[0], b, n);
}

static Value io_readlines(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    if (!b) return {};
    List* l = new_list(0);
    if (!l) return {};
    while (b->pos < b->len) {
        Value line = readline_of(a.pos[0], b, -1);
        if (!line || !list_append(l, line)) return {};
    }
    return Value(l);
}

static Value io_getvalue(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    if (!b) return {};
    return make_bytes_type(is_text(a.pos[0]) ? &str_type : &bytes_type, {b->data ? b->data : "", b->len});
}

// StringIO positions count code points (CPython's are opaque, but they are code points in practice).
static intptr_t pos_to_user(Value self, const IOBuf* b, size_t pos) {
    if (!is_text(self)) return intptr_t(pos);
    size_t in = pos < b->len ? pos : b->len;
    return intptr_t(unicode::char_count(b->data ? b->data : "", in) + (pos - in));
}
static size_t pos_from_user(Value self, const IOBuf* b, intptr_t p) {
    if (!is_text(self)) return size_t(p);
    size_t chars = unicode::char_count(b->data ? b->data : "", b->len);
    if (size_t(p) >= chars) return b->len + (size_t(p) - chars);
    return unicode::byte_offset(b->data, b->len, size_t(p));
}

static Value io_seek(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    intptr_t off, whence = 0;
    if (!b || !to_intptr(a.pos[1], &off) || (a.n_pos > 2 && !to_intptr(a.pos[2], &whence))) return {};
    intptr_t base = whence == 0 ? 0 : pos_to_user(a.pos[0], b, whence == 1 ? b->pos : b->len);
    if (whence < 0 || whence > 2)
        return raise_value_error("invalid whence (%d, should be 0, 1 or 2)"_msg, int(whence));
    if (is_text(a.pos[0]) && whence != 0 && off != 0)
        return raise(&os_error_type, "Can't do nonzero cur-relative seeks"_msg);
    intptr_t p = base + off;
    if (p < 0) {
        if (whence == 0) return raise_value_error("negative seek value %d"_msg, int(off));
        p = 0;
    }
    b->pos = pos_from_user(a.pos[0], b, p);
    return make_int(p);
}

static Value io_tell(const Args& a) {
    IOBuf* b = open_self(a.pos[0]);
    return b ? make_int(pos_to_user(a.pos[0], b, b->pos)) : Value();
}
static Value io_close(const Args& a) {
    a.pos[0].as<IOBuf>()->closed = true;
    return none();
}
static Value io_flush(const Args& a) { return open_self(a.pos[0]) ? none() : Value(); }
static Value io_enter(const Args& a) { return a.pos[0]; }
static Value io_exit(const Args& a) { return io_close(a); }

static Value io_iternext(Value self) {
    IOBuf* b = open_self(self);
    if (!b) return {};
    if (b->pos >= b->len) return stop_marker();
    return readline_of(self, b, -1);
}
static Value io_getiter(Value self) { return self; }

static Lookup io_attr(Value self, const Str* name, Value* out) {
    if (str_equal(name, &q_closed)) return *out = py_bool(self.as<IOBuf>()->closed), Lookup::Found;
    return Lookup::Missing;
}

static bool io_print(Printer& out, Value self, PrintKind) {
    out.printf("<_io.%s object at 0x%p>", is_text(self) ? "StringIO" : "BytesIO", self.obj());
    return true;
}

static constexpr NativeFunction f_write = native(q_write, io_write, 2, 2);
static constexpr NativeFunction f_read = native(q_read, io_read, 1, 2);
static constexpr NativeFunction f_readline = native(q_readline, io_readline, 1, 2);
static constexpr NativeFunction f_readlines = native(q_readlines, io_readlines, 1, 1);
static constexpr NativeFunction f_getvalue = native(q_getvalue, io_getvalue, 1, 1);
static constexpr NativeFunction f_seek = native(q_seek, io_seek, 2, 3);
static constexpr NativeFunction f_tell = native(q_tell, io_tell, 1, 1);
static constexpr NativeFunction f_close = native(q_close, io_close, 1, 1);
static constexpr NativeFunction f_flush = native(q_flush, io_flush, 1, 1);
static constexpr NativeFunction f___enter__ = native(q_dunder_enter, io_enter, 1, 1);
static constexpr NativeFunction f___exit__ = native(q_dunder_exit, io_exit, 1, 4);

static const AttrEntry io_locals_entries[] = {
    {&q_write, &f_write},
    {&q_read, &f_read},
    {&q_readline, &f_readline},
    {&q_readlines, &f_readlines},
    {&q_getvalue, &f_getvalue},
    {&q_seek, &f_seek},
    {&q_tell, &f_tell},
    {&q_close, &f_close},
    {&q_flush, &f_flush},
    {&q_dunder_enter, &f___enter__},
    {&q_dunder_exit, &f___exit__},
};
static const AttrTable io_locals = {io_locals_entries,
                                    sizeof(io_locals_entries) / sizeof(io_locals_entries[0])};

const Type stringio_type = builtin_type({.name = &q_StringIO,
                                         .flags = type_flag_iter_is_self,
                                         .make_new = io_make_new,
                                         .print = io_print,
                                         .attr_get = io_attr,
                                         .getiter = io_getiter,
                                         .iternext = io_iternext,
                                         .locals = &io_locals,
                                         .base = &object_type});
const Type bytesio_type = builtin_type({.name = &q_BytesIO,
                                        .flags = type_flag_iter_is_self,
                                        .make_new = io_make_new,
                                        .print = io_print,
                                        .attr_get = io_attr,
                                        .getiter = io_getiter,
                                        .iternext = io_iternext,
                                        .locals = &io_locals,
                                        .base = &object_type});

static const AttrEntry io_entries[] = {{&q_StringIO, &stringio_type}, {&q_BytesIO, &bytesio_type}};
const AttrTable io_module_table = {io_entries, 2};

}  // namespace core

#endif  // MBPY_MOD_IO
