// open() and the file objects on the flash filesystem: TextIO (str) and BytesIO (bytes), as the micro:bit.
#include "board/flash_fs.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace board {

using namespace core;

namespace {

// The Python object owns the 4-byte fs handle; closed == !file.is_open() (also after ENOSPC, which
// deletes the partial file and closes the handle, as the firmware does).
struct FileObj : Obj {
    fs::File file;
};

// Bytes moved per fs call when reading a block; on the stack, so small for the device's 2 KB of stack.
constexpr uint32_t read_piece = 64;

bool is_text(Value self) { return type_of(self) == &text_io_type; }

// The open handle of self, or null with ValueError pending (a closed file) or OSError (no filesystem).
fs::Fs* open_file(Value self, FileObj** out) {
    FileObj* f = self.as<FileObj>();
    if (!f->file.is_open()) {
        raise_value_error("I/O operation on closed file"_msg);
        return nullptr;
    }
    *out = f;
    return flash_fs();
}

// Text read from a file must be UTF-8; bytes that are not raise as CPython's decoder does.
Value finish_read(StrBuilder& sb, bool text) {
    if (text && sb.size()) {
        size_t bad, bad_len;
        const char* reason;
        if (!unicode::validate(sb.data(), sb.size(), &bad, &bad_len, &reason))
            return raise(&unicode_error_type, "'utf-8' codec can't decode byte 0x%x in position %zu: %s"_msg,
                         unsigned(uint8_t(sb.data()[bad])), bad, reason);
    }
    return sb.finish(text ? &str_type : &bytes_type);
}

// Continuation bytes a UTF-8 lead byte announces.
int utf8_extra(uint8_t b) { return b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0; }

// read(size=-1): size counts characters in text mode (a partial character is completed), bytes in binary.
Value file_read(const Args& a) {
    FileObj* f;
    fs::Fs* v = open_file(a.pos[0], &f);
    if (!v) return {};
    intptr_t limit = -1;
    if (a.n_pos > 1 && a.pos[1] != none() && !to_intptr(a.pos[1], &limit)) return {};
    bool text = is_text(a.pos[0]);
    StrBuilder sb;
    uint8_t buf[read_piece];
    intptr_t chars = 0;  // characters (text) or bytes (binary) so far
    int owed = 0;        // continuation bytes still due for the last character
    for (;;) {
        uint32_t want = read_piece;
        if (owed)
            want = uint32_t(owed);
        else if (limit >= 0 && chars >= limit)
            break;
        else if (limit >= 0 && intptr_t(want) > limit - chars)
            want = uint32_t(limit - chars);
        int32_t got = v->read(f->file, buf, want);
        if (got < 0) return raise_os_error(-got);
        if (got == 0) break;
        if (!sb.append({reinterpret_cast<char*>(buf), size_t(got)})) return {};
        for (int32_t i = 0; i < got; ++i) {
            if (!text || !unicode::is_continuation(buf[i])) {
                ++chars;
                owed = text ? utf8_extra(buf[i]) : 0;
            } else if (owed) {
                --owed;
            }
        }
    }
    return finish_read(sb, text);
}

// readline(size=-1): unbuffered, byte by byte, up to and including '\n'.
Value file_readline(const Args& a) {
    FileObj* f;
    fs::Fs* v = open_file(a.pos[0], &f);
    if (!v) return {};
    intptr_t limit = -1;
    if (a.n_pos > 1 && a.pos[1] != none() && !to_intptr(a.pos[1], &limit)) return {};
    StrBuilder sb;
    while (limit < 0 || intptr_t(sb.size()) < limit) {
        uint8_t c;
        int32_t got = v->read(f->file, &c, 1);
        if (got < 0) return raise_os_error(-got);
        if (got == 0) break;
        if (!sb.append_byte(char(c))) return {};
        if (c == '\n') break;
    }
    return finish_read(sb, is_text(a.pos[0]));
}

// A buffer readinto may fill: bytearray, or a memoryview over one.
bool writable_buffer(Value v, char** data, size_t* len) {
    if (is_type(v, &bytearray_type)) {
        ByteArray* b = v.as<ByteArray>();
        *data = b->items, *len = b->len;
        return true;
    }
    if (is_memoryview(v)) {
        MemoryView* m = v.as<MemoryView>();
        if (is_type(m->base, &bytearray_type)) {
            ByteArray* b = m->base.as<ByteArray>();
            size_t off = m->offset < b->len ? m->offset : b->len;
            *data = b->items + off;
            *len = m->len < b->len - off ? m->len : b->len - off;
            return true;
        }
    }
    return false;
}

// readinto(buf[, n]) -> number of bytes read.
Value file_readinto(const Args& a) {
    FileObj* f;
    fs::Fs* v = open_file(a.pos[0], &f);
    if (!v) return {};
    char* data;
    size_t len;
    if (!writable_buffer(a.pos[1], &data, &len))
        return raise_type_error("object with buffer protocol required"_msg);
    if (a.n_pos > 2) {
        intptr_t n;
        if (!to_intptr(a.pos[2], &n)) return {};
        if (n >= 0 && size_t(n) < len) len = size_t(n);
    }
    size_t done = 0;
    while (done < len) {
        uint32_t want = len - done > 0x10000 ? 0x10000 : uint32_t(len - done);
        int32_t got = v->read(f->file, reinterpret_cast<uint8_t*>(data + done), want);
        if (got < 0) return raise_os_error(-got);
        if (got == 0) break;
        done += size_t(got);
    }
    return make_int(intptr_t(done));
}

// write(buf): str or any bytes-like object in either mode (as MicroPython); returns the bytes written.
Value file_write(const Args& a) {
    FileObj* f;
    fs::Fs* v = open_file(a.pos[0], &f);
    if (!v) return {};
    std::string_view data;
    if (const Str* s = str_of(a.pos[1]))
        data = s->view();
    else if (!get_buffer(a.pos[1], &data))
        return raise_type_error("object with buffer protocol required"_msg);
    size_t done = 0;
    while (done < data.size()) {
        uint32_t n = data.size() - done > 0x10000 ? 0x10000 : uint32_t(data.size() - done);
        int32_t rc = v->write(f->file, reinterpret_cast<const uint8_t*>(data.data() + done), n);
        if (rc < 0) return raise_os_error(-rc);
        done += size_t(rc);
    }
    if (data.empty() && !f->file.writable()) return raise_os_error(fs::kBadFile);
    return make_int(intptr_t(done));
}

Value file_close(const Args& a) {
    FileObj* f = a.pos[0].as<FileObj>();
    if (f->file.is_open()) {
        fs::Fs* v = flash_fs();
        if (!v) return {};
        v->close(f->file);
        f->file = fs::File{};
    }
    return none();
}

Value file_name(const Args& a) {
    FileObj* f;
    fs::Fs* v = open_file(a.pos[0], &f);
    if (!v) return {};
    return make_str(v->name_of(f->file));
}

Value file_writable(const Args& a) {
    FileObj* f;
    if (!open_file(a.pos[0], &f)) return {};
    return py_bool(f->file.writable());
}

Value file_enter(const Args& a) { return a.pos[0]; }
Value file_exit(const Args& a) { return file_close(a); }

// Iteration over lines (as CPython and MicroPython's other ports; the micro:bit firmware has none).
Value file_iternext(Value self) {
    Value line = file_readline(Args{&self, 1});
    if (!line) return {};
    return line.as<Str>()->len ? line : stop_marker();
}
Value file_getiter(Value self) {
    FileObj* f;
    if (!open_file(self, &f)) return {};
    return self;
}

constexpr NativeFunction close_fn = native(q_close, file_close, 1, 1);
constexpr NativeFunction name_fn = native(q_name, file_name, 1, 1);
constexpr NativeFunction read_fn = native(q_read, file_read, 1, 2);
constexpr NativeFunction readinto_fn = native(q_readinto, file_readinto, 2, 3);
constexpr NativeFunction readline_fn = native(q_readline, file_readline, 1, 2);
constexpr NativeFunction writable_fn = native(q_writable, file_writable, 1, 1);
constexpr NativeFunction write_fn = native(q_write, file_write, 2, 2);
constexpr NativeFunction enter_fn = native(q_dunder_enter, file_enter, 1, 1);
constexpr NativeFunction exit_fn = native(q_dunder_exit, file_exit, 1, var_pos);

// Both file types share one method table, as on the micro:bit.
const AttrEntry file_entries[] = {
    {&q_close, &close_fn},       {&q_name, &name_fn},          {&q_read, &read_fn},
    {&q_readinto, &readinto_fn}, {&q_readline, &readline_fn},  {&q_writable, &writable_fn},
    {&q_write, &write_fn},       {&q_dunder_enter, &enter_fn}, {&q_dunder_exit, &exit_fn},
};
const AttrTable file_locals = {file_entries, sizeof(file_entries) / sizeof(file_entries[0])};

// Mode letters r w a b t, at most one of each group; '' means 'r' + 't' (spec 2.1). 'a' (append) is an
// extension the firmware lacks (mpremote's `fs touch` opens with it).
bool parse_mode(std::string_view mode, char* rwa, bool* binary) {
    bool seen_bt = false;
    *rwa = 0, *binary = false;
    for (char c : mode) {
        if (c == 'r' || c == 'w' || c == 'a') {
            if (*rwa) return false;
            *rwa = c;
        } else if (c == 'b' || c == 't') {
            if (seen_bt) return false;
            seen_bt = true, *binary = c == 'b';
        } else {
            return false;
        }
    }
    if (!*rwa) *rwa = 'r';
    return true;
}

Value builtin_open(const Args& a) {
    static const char* const allowed[] = {"mode", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    const Str* name = str_of(a.pos[0]);
    if (!name) return raise_type_error("can't convert '%T' object to str implicitly"_msg, a.pos[0]);
    Value mode_v = a.n_pos > 1 ? a.pos[1] : kwarg(a, "mode");
    std::string_view mode = "r";
    if (mode_v) {
        const Str* m = str_of(mode_v);
        if (!m) return raise_type_error("can't convert '%T' object to str implicitly"_msg, mode_v);
        mode = m->view();
    }
    char rwa;
    bool binary;
    if (!parse_mode(mode, &rwa, &binary)) return raise_value_error("illegal mode"_msg);
    fs::Fs* v = flash_fs();
    if (!v) return {};
    FileObj* f = alloc<FileObj>(binary ? &bytes_io_type : &text_io_type);
    if (!f) return {};
    std::string_view n = name->view();
    int rc = rwa == 'w'   ? v->open_write(n, f->file)
             : rwa == 'a' ? v->open_append(n, f->file)
                          : v->open_read(n, f->file);
    if (rc < 0) return raise_os_error(-rc);
    return Value(f);
}

}  // namespace

const Type text_io_type = builtin_type({.name = &q_TextIO,
                                        .flags = type_flag_iter_is_self,
                                        .getiter = file_getiter,
                                        .iternext = file_iternext,
                                        .locals = &file_locals,
                                        .base = &object_type});
const Type bytes_io_type = builtin_type({.name = &q_BytesIO,
                                         .flags = type_flag_iter_is_self,
                                         .getiter = file_getiter,
                                         .iternext = file_iternext,
                                         .locals = &file_locals,
                                         .base = &object_type});

const NativeFunction open_builtin = native(q_open, builtin_open, 1, 2, true);

}  // namespace board
