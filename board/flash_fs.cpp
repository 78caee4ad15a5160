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

fs::File source_file;  // the file being compiled

uint32_t read_source(void*, char* buf, uint32_t n) {
    return uint32_t(volume.read(source_file, reinterpret_cast<uint8_t*>(buf), n));  // (open: never < 0)
}

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

bool flash_open_source(std::string_view name, SourceReader* reader) {
    if (!tried) mount();
    if (!usable || volume.open_read(name, source_file) < 0) return false;
    reader->read = read_source;
    return true;
}

bool flash_find_module(const char* name, size_t name_len, bool package_init, SourceReader* reader,
                       const char** path) {
    // The micro:bit filesystem is flat: only top-level modules, no packages.
    if (package_init || name_len + 3 > fs::kMaxNameLen) return false;
    for (size_t i = 0; i < name_len; ++i)
        if (name[i] == '.') return false;
    for (size_t i = 0; i < name_len; ++i) module_path[i] = name[i];
    module_path[name_len] = '.', module_path[name_len + 1] = 'p', module_path[name_len + 2] = 'y';
    module_path[name_len + 3] = 0;
    *path = module_path;
    return flash_open_source({module_path, name_len + 3}, reader);
}

}  // namespace board
