// The web board's flash (256 KiB + the UICR page in linear memory, saved by the page between visits), the
// files panel's operations on its filesystem, and .hex in and out through the hex library.
#include <string.h>

#include <string>
#include <vector>

#include "board/flash_fs.hpp"
#include "board/hal.hpp"
#include "fs/filesystem.hpp"
#include "fs/layout.hpp"
#include "fs/memory_map.hpp"
#include "hex/hex_boot.hpp"
#include "hex/hex_build.hpp"
#include "ports/web/web.hpp"

namespace {

constexpr uint32_t kFlashBytes = fs::kV1FlashSize;
constexpr uint32_t kPageBytes = fs::kV1PageSize;
constexpr uint32_t kUicrUpy = kFlashBytes + fs::kUicrMicroPythonOffset;  // MicroPython's UICR words
uint8_t mem[kFlashBytes + fs::kUicrPageSize];
bool erased = false;

void init_mem() {
    if (!erased) memset(mem, 0xFF, sizeof mem), erased = true;
}

uint32_t read_u32(uint32_t off) {
    return uint32_t(mem[off]) | uint32_t(mem[off + 1]) << 8 | uint32_t(mem[off + 2]) << 16 |
           uint32_t(mem[off + 3]) << 24;
}

std::string result;  // what the last call that returns text returned (valid until the next one)

}  // namespace

namespace web {
uint8_t* flash_memory() {
    init_mem();
    return mem;
}
}  // namespace web

namespace hal {

uint32_t flash_page_size() { return kPageBytes; }

void flash_erase_page(uint32_t page_addr) {
    init_mem();
    page_addr -= page_addr % kPageBytes;
    if (page_addr >= kFlashBytes) return;  // the NVMC ignores addresses past the flash
    memset(mem + page_addr, 0xFF, kPageBytes);
    mbpy_flash_changed(page_addr, kPageBytes);
}

void flash_write_word(uint32_t addr, uint32_t value) {
    init_mem();
    addr &= ~3u;
    if (addr >= kFlashBytes) return;
    for (int i = 0; i < 4; ++i) mem[addr + i] &= uint8_t(value >> (8 * i));  // NOR flash: bits only clear
    mbpy_flash_changed(addr, 4);
}

const uint8_t* flash_pointer(uint32_t addr) {
    init_mem();
    return mem + (addr < kFlashBytes ? addr : 0);
}

bool flash_fs_region(uint32_t* start, uint32_t* last_page) {
    init_mem();
    // As the firmware at boot (spec 1.3): the firmware's end from the UICR, else v1.0.1's; an appended
    // script moves the top of the region down.
    uint32_t fw_end = fs::kV1DefaultFirmwareEnd;
    if (read_u32(kUicrUpy + fs::kUicrMagicAt) == fs::kUicrMagicV1) {
        uint32_t log2 = read_u32(kUicrUpy + fs::kUicrPageSizeLog2At);
        uint32_t pages = uint32_t(mem[kUicrUpy + fs::kUicrPagesUsedAt]) |
                         uint32_t(mem[kUicrUpy + fs::kUicrPagesUsedAt + 1]) << 8;
        if (log2 < 32 && 1u << log2 == kPageBytes && pages > 0) fw_end = pages * kPageBytes;
    }
    bool appended = fs::is_appended_marker(mem[fs::kAppendedAddress], mem[fs::kAppendedAddress + 1]);
    fs::Geometry g = fs::v1_geometry(fw_end, appended);
    if (!g.valid()) return false;
    *start = g.start, *last_page = g.last_page;
    return true;
}

}  // namespace hal

// ---- the files panel -------------------------------------------------------------------------------------
// Its own mount of the filesystem, made for each operation; the page calls these only while the runtime
// is paused, and remounts the board's volume after a change (web_fs_changed).
namespace {

const uint8_t* map_cb(void*, uint32_t addr) { return hal::flash_pointer(addr); }
void erase_cb(void*, uint32_t page) { hal::flash_erase_page(page); }
void write_cb(void*, uint32_t addr, uint32_t value) { hal::flash_write_word(addr, value); }

fs::Fs panel;
bool mount_panel() {
    fs::Geometry g;
    g.page_size = kPageBytes;
    if (!hal::flash_fs_region(&g.start, &g.last_page) || !g.valid()) return false;
    return panel.mount(fs::Flash{nullptr, map_cb, erase_cb, write_cb}, g, 1) == fs::kOk;
}

void json_string(std::string& out, std::string_view s) {
    out += '"';
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (uint8_t(c) < 0x20) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else
            out += c;
    }
    out += '"';
}

std::vector<hex::FsFile> all_files() {
    std::vector<hex::FsFile> files;
    if (!mount_panel()) return files;
    uint32_t cursor = 0;
    std::string_view name;
    std::vector<std::string> names;
    while (panel.next_name(cursor, name)) names.emplace_back(name);
    for (const std::string& n : names) {
        fs::File f;
        if (panel.open_read(n, f) < 0) continue;
        hex::FsFile file{n, {}};
        uint8_t buf[256];
        for (int32_t got; (got = panel.read(f, buf, sizeof buf)) > 0;)
            file.data.insert(file.data.end(), buf, buf + got);
        panel.close(f);
        files.push_back(std::move(file));
    }
    return files;
}

}  // namespace

extern "C" {

// {"files": [{"name": ..., "size": ...}, ...], "free": bytes a new file of a short name can hold}, or
// {"error": ...} when the flash holds no usable filesystem.
__attribute__((used)) const char* web_fs_list() {
    result.clear();
    if (!mount_panel()) return result = "{\"error\": \"no usable filesystem on the flash\"}", result.c_str();
    result = "{\"files\": [";
    uint32_t cursor = 0;
    std::string_view name;
    bool first = true;
    while (panel.next_name(cursor, name)) {
        if (!first) result += ", ";
        first = false;
        result += "{\"name\": ";
        json_string(result, name);
        result += ", \"size\": " + std::to_string(panel.size(name)) + "}";
    }
    result += "], \"free\": " + std::to_string(panel.free_bytes_for(8)) + "}";
    return result.c_str();
}

// The file's bytes in the result buffer (its length through *len); null when it does not exist.
__attribute__((used)) const char* web_fs_read(const char* name, uint32_t* len) {
    for (hex::FsFile& f : all_files()) {
        if (f.name != name) continue;
        result.assign(f.data.begin(), f.data.end());
        *len = uint32_t(result.size());
        return result.data();
    }
    return nullptr;
}

// 0, or the filesystem's error (negative: fs::kNoSpace when it does not fit, then nothing changed).
__attribute__((used)) int web_fs_write(const char* name, const uint8_t* data, uint32_t n) {
    if (!mount_panel()) return -fs::kIo;
    size_t name_len = strlen(name);
    if (name_len == 0 || name_len > fs::kMaxNameLen) return -fs::kNotFound;
    // Refuse what cannot fit up front: a failed write would lose the old copy of the file.
    int32_t old = panel.size(name);
    if (n > panel.free_bytes_for(uint32_t(name_len)) + uint32_t(old > 0 ? old : 0)) return -fs::kNoSpace;
    fs::File f;
    int rc = panel.open_write(name, f);
    if (rc < 0) return rc;
    int32_t w = n ? panel.write(f, data, n) : 0;
    if (w < 0) return w;
    return panel.close(f);
}

__attribute__((used)) int web_fs_remove(const char* name) {
    if (!mount_panel()) return -fs::kIo;
    return panel.remove(name);
}

// After the panel changed the flash: the board's own volume is mounted again.
__attribute__((used)) void web_fs_changed() { board::flash_fs_init(); }

// The board flashed from `text` (a .hex, as DAPLink flashes it: every file replaced). Returns null, or
// the error message.
__attribute__((used)) const char* web_hex_load(const char* text, size_t n) {
    try {
        hex::V1Image image = hex::v1_image(std::string_view(text, n));
        web::flash_memory();
        memcpy(mem, image.flash.data(), kFlashBytes);
        memcpy(mem + kFlashBytes, image.uicr.data(), fs::kUicrPageSize);
        // The firmware's code is never read here: only the filesystem region, the appended script and the
        // UICR matter, and blank pages cost the page nothing to keep between visits.
        uint32_t fs_start = 0, fs_last = 0;
        if (hal::flash_fs_region(&fs_start, &fs_last))
            for (uint32_t a = 0; a < fs_start; a += kPageBytes)
                if (a < fs::kAppendedAddress || a >= fs::kAppendedAddress + fs::kAppendedSize)
                    memset(mem + a, 0xFF, kPageBytes);
        mbpy_flash_changed(0, sizeof mem);
        return nullptr;
    } catch (const std::exception& e) {
        result = e.what();
        return result.c_str();
    }
}

// A .hex of `runtime` (a MicroPython hex) with the board's files in its filesystem; *ok says whether the
// result is that hex (else it is the error message).
__attribute__((used)) const char* web_hex_build(const char* runtime, size_t n, int* ok) {
    try {
        result = hex::hex_with_files(std::string_view(runtime, n), all_files());
        *ok = 1;
    } catch (const std::exception& e) {
        result = e.what();
        *ok = 0;
    }
    return result.c_str();
}

}  // extern "C"

// The flash as the page loads and saves it: 256 KiB of code flash, then the UICR page.
extern "C" __attribute__((used)) uint8_t* web_flash_memory() { return web::flash_memory(); }
