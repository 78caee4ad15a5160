// The simulated nRF51 flash: 256 KB + the UICR page in memory, written through to the --flash file.
#include "ports/host/flash_host.hpp"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "fs/layout.hpp"
#include "fs/memory_map.hpp"
#include "hex/hex_boot.hpp"

namespace host {

namespace {

constexpr uint32_t kFlashBytes = fs::kV1FlashSize;
constexpr uint32_t kPageBytes = fs::kV1PageSize;
// The UICR is one more flash page on the chip; the file keeps it after the code flash so a board flashed
// from a hex remembers its firmware size (which places the filesystem, spec 1.3).
constexpr uint32_t kUicrBytes = fs::kUicrPageSize;
constexpr uint32_t kFileBytes = kFlashBytes + kUicrBytes;
constexpr uint32_t kUicrUpy = kFlashBytes + fs::kUicrMicroPythonOffset;  // MicroPython's words in the file

std::vector<uint8_t> mem(kFileBytes, 0xFF);
int fd = -1;
std::string file_path;

// Write-through: each operation reaches the file at once, as it would reach flash on the board; a
// killed process leaves the file as a power cut leaves the chip.
void persist(uint32_t offset, uint32_t n) {
    if (fd < 0) return;
    if (pwrite(fd, mem.data() + offset, n, offset) != ssize_t(n)) {
        fprintf(stderr, "mbpy: writing the flash file %s failed: %s\n", file_path.c_str(), strerror(errno));
        close(fd);
        fd = -1;  // keep running in memory rather than fail every later operation
    }
}

uint32_t read_u32(uint32_t off) {
    return uint32_t(mem[off]) | uint32_t(mem[off + 1]) << 8 | uint32_t(mem[off + 2]) << 16 |
           uint32_t(mem[off + 3]) << 24;
}

// What to do instead when --flash is given a .hex (the board's flash image is another thing).
std::string hex_hint(const char* path) {
    return std::string(": to start the board from a .hex, use --hex ") + path +
           " (and --flash IMAGE to keep the board's files in IMAGE)";
}

bool open_file(const char* path, std::string* err) {
    file_path = path;
    size_t len = strlen(path);
    if (len > 4 && strcasecmp(path + len - 4, ".hex") == 0)  // before a blank image is made under that name
        return *err = std::string("--flash takes the board's flash image, not a .hex") + hex_hint(path),
               false;
    fd = open(path, O_RDWR | O_CREAT, 0644);
    if (fd < 0) return *err = std::string("can't open flash file ") + path + ": " + strerror(errno), false;
    // One board per file: a second mbpy on the same image would corrupt it.
    if (flock(fd, LOCK_EX | LOCK_NB) != 0)
        return *err = std::string("flash file ") + path + " is in use by another mbpy", false;
    struct stat st;
    if (fstat(fd, &st) != 0) return *err = strerror(errno), false;
    if (st.st_size == 0) {
        persist(0, kFileBytes);  // a new blank board
    } else if (st.st_size == kFlashBytes || st.st_size == kFileBytes) {
        if (pread(fd, mem.data(), size_t(st.st_size), 0) != st.st_size)
            return *err = std::string("can't read flash file ") + path, false;
        if (st.st_size == kFlashBytes) persist(kFlashBytes, kUicrBytes);  // a bare 256 KB dump: blank UICR
    } else {
        char buf[64];
        snprintf(buf, sizeof buf, " (%lld bytes, expected %u or %u)", (long long)st.st_size, kFlashBytes,
                 kFileBytes);
        char first = 0;
        bool hex_text = pread(fd, &first, 1, 0) == 1 && first == ':';  // Intel HEX starts every line so
        return *err = std::string(path) + " is not a micro:bit flash image" + buf +
                      (hex_text ? hex_hint(path) : ""),
               false;
    }
    return true;
}

// The whole file as text (the hex library reads no files itself).
bool read_file(const char* path, std::string* text, std::string* err) {
    int in = open(path, O_RDONLY);
    if (in < 0) return *err = std::string(path) + ": " + strerror(errno), false;
    char buf[65536];
    ssize_t n;
    while ((n = read(in, buf, sizeof buf)) > 0) text->append(buf, size_t(n));
    if (n < 0) *err = std::string(path) + ": " + strerror(errno);
    close(in);
    return n == 0;
}

bool load_hex(const char* hex_path, std::string* err) {
    std::string text;
    if (!read_file(hex_path, &text, err)) return false;
    try {
        // The code flash and the UICR of the same (v1) section: the firmware size the UICR declares
        // places the filesystem.
        hex::V1Image image = hex::v1_image(text);
        std::copy(image.flash.begin(), image.flash.end(), mem.begin());
        std::copy(image.uicr.begin(), image.uicr.end(), mem.begin() + kFlashBytes);
        persist(0, kFileBytes);
        return true;
    } catch (const std::exception& e) {
        *err = std::string(hex_path) + ": " + e.what();
        return false;
    }
}

}  // namespace

bool flash_setup(const char* flash_path, const char* hex_path, std::string* err) {
    if (flash_path && !open_file(flash_path, err)) return false;
    if (hex_path && !load_hex(hex_path, err)) return false;
    return true;
}

void flash_finish() {
    if (fd >= 0) fsync(fd);
}

}  // namespace host

namespace hal {

using host::kFlashBytes;

uint32_t flash_page_size() { return host::kPageBytes; }

void flash_erase_page(uint32_t page_addr) {
    page_addr -= page_addr % host::kPageBytes;
    if (page_addr >= kFlashBytes) return;  // the NVMC ignores addresses past the flash
    memset(host::mem.data() + page_addr, 0xFF, host::kPageBytes);
    host::persist(page_addr, host::kPageBytes);
}

void flash_write_word(uint32_t addr, uint32_t value) {
    addr &= ~3u;
    if (addr >= kFlashBytes) return;
    bool changed = false;
    for (int i = 0; i < 4; ++i) {
        uint8_t b = host::mem[addr + i] & uint8_t(value >> (8 * i));  // NOR flash: bits only clear
        changed |= b != host::mem[addr + i];
        host::mem[addr + i] = b;
    }
    if (changed) host::persist(addr, 4);
}

const uint8_t* flash_pointer(uint32_t addr) { return host::mem.data() + (addr < kFlashBytes ? addr : 0); }

bool flash_fs_region(uint32_t* start, uint32_t* last_page) {
    // As the firmware at boot: the firmware's end from the UICR (pages used), else v1.0.1's; the
    // appended script (its marker at fs::kAppendedAddress) moves the top of the region down (spec 1.3).
    uint32_t fw_end = fs::kV1DefaultFirmwareEnd;
    if (host::read_u32(host::kUicrUpy + fs::kUicrMagicAt) == fs::kUicrMagicV1) {
        uint32_t log2 = host::read_u32(host::kUicrUpy + fs::kUicrPageSizeLog2At);
        const uint8_t* used = &host::mem[host::kUicrUpy + fs::kUicrPagesUsedAt];
        uint32_t pages = uint32_t(used[0]) | uint32_t(used[1]) << 8;
        if (log2 < 32 && 1u << log2 == host::kPageBytes && pages > 0) fw_end = pages * host::kPageBytes;
    }
    bool appended =
        fs::is_appended_marker(host::mem[fs::kAppendedAddress], host::mem[fs::kAppendedAddress + 1]);
    fs::Geometry g = fs::v1_geometry(fw_end, appended);
    if (!g.valid()) return false;
    *start = g.start, *last_page = g.last_page;
    return true;
}

}  // namespace hal
