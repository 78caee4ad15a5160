// The mounted flash filesystem: fs::Fs over the hal flash functions, OSError helpers, import from flash.
#include "board/flash_fs.hpp"

#include "core/engine.hpp"
#include "core/gc.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/obj_exception.hpp"
#include "fs/layout.hpp"

namespace board {

using namespace core;

namespace {

fs::Fs volume;
bool tried = false;  // mount attempted since the last flash_fs_init
bool usable = false;

const uint8_t* map_cb(void*, uint32_t addr) { return hal::flash_pointer(addr); }
void erase_cb(void*, uint32_t page) { hal::flash_erase_page(page); }
void write_cb(void*, uint32_t addr, uint32_t value) { hal::flash_write_word(addr, value); }

bool mount() {
    tried = true;
    usable = false;
    fs::Geometry g;
    g.page_size = hal::flash_page_size();
    if (!hal::flash_fs_region(&g.start, &g.last_page) || !g.valid()) return false;
    fs::Flash fl{nullptr, map_cb, erase_cb, write_cb};
    // The firmware picks the start of every free-chunk search at random at boot, to spread wear.
    uint32_t start = hal::random32() % g.chunks() + 1;
    usable = volume.mount(fl, g, start) == fs::kOk;
    return usable;
}

// "name.py" of the module being imported; the file name the traceback shows.
char module_path[fs::kMaxNameLen + 1];

}  // namespace

Value raise_os_error(int err) {
    Value code = Value::small(err);
    Value e = make_exception(&os_error_type, 1, &code);
    if (!e) return {};
    return raise_value(e);
}

bool flash_fs_init() {
    find_module_source_hook = flash_find_module;
    return mount();
}

fs::Fs* flash_fs() {
    if (!tried) mount();
    if (!usable) {
        raise_os_error(fs::kIo);
        return nullptr;
    }
    return &volume;
}

Value flash_read_file(std::string_view name) {
    fs::Fs* v = flash_fs();
    if (!v) return {};
    int32_t size = v->size(name);
    if (size < 0) return raise_os_error(-size);
    fs::File f;
    int rc = v->open_read(name, f);
    if (rc < 0) return raise_os_error(-rc);
    auto* buf = static_cast<char*>(alloc_raw(size_t(size) + 1));
    if (!buf) return {};
    int32_t got = v->read(f, reinterpret_cast<uint8_t*>(buf), uint32_t(size));
    v->close(f);
    if (got < 0) return raise_os_error(-got);
    Value b = make_bytes({buf, size_t(got)});
    gc::free(buf);
    return b;
}

bool flash_find_module(const char* name, size_t name_len, bool package_init, const char** data, size_t* len,
                       const char** path) {
    // The micro:bit filesystem is flat: only top-level modules, no packages.
    if (package_init || name_len + 3 > fs::kMaxNameLen) return false;
    for (size_t i = 0; i < name_len; ++i)
        if (name[i] == '.') return false;
    if (!tried) mount();
    if (!usable) return false;
    for (size_t i = 0; i < name_len; ++i) module_path[i] = name[i];
    module_path[name_len] = '.', module_path[name_len + 1] = 'p', module_path[name_len + 2] = 'y';
    module_path[name_len + 3] = 0;
    std::string_view fname(module_path, name_len + 3);
    int32_t size = volume.size(fname);
    if (size < 0) return false;
    fs::File f;
    if (volume.open_read(fname, f) < 0) return false;
    // A GC block: the importer copies it at once and holds this pointer (a block start) meanwhile.
    auto* buf = static_cast<char*>(alloc_raw(size_t(size) + 1));
    if (!buf) {
        take_exception();  // the importer then reports the module as missing; rare enough
        volume.close(f);
        return false;
    }
    int32_t got = volume.read(f, reinterpret_cast<uint8_t*>(buf), uint32_t(size));
    volume.close(f);
    if (got < 0) return false;
    *data = buf;
    *len = size_t(got);
    *path = module_path;
    return true;
}

}  // namespace board
