// The simulated nRF51 flash: 256 KB + the UICR page in memory, written through to the --flash file.
#include "ports/host/flash_host.hpp"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <vector>

#include "core/hal.hpp"
#include "fs/layout.hpp"

#include "tools/hex_boot.hpp"
#include "tools/hex_file.hpp"
#include "tools/universal_hex.hpp"

namespace host {

namespace {

constexpr uint32_t kFlashBytes = fs::kV1FlashSize;  // nRF51822: 256 KB
constexpr uint32_t kPageBytes = 1024;               // nRF51 flash page
// The UICR is one more flash page (at 0x10001000 on the chip); the file keeps it after the code flash so
// a board flashed from a hex remembers its firmware size (which places the filesystem, spec 1.3).
constexpr uint32_t kUicrBytes = 1024;
constexpr uint32_t kFileBytes = kFlashBytes + kUicrBytes;
constexpr uint32_t kUicrUpy = 0xC0;  // MicroPython's customer words, offset in the UICR page (spec 3.2)
constexpr uint32_t kUicrMagicV1 = 0x17EEB07C;
// Where MicroPython v1.0.1's firmware ends: the blank board's filesystem is that runtime's (0x38C00..).
constexpr uint32_t kDefaultFirmwareEnd = 0x388B8;
constexpr uint32_t kAppendedScript = 0x3E000;

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

bool open_file(const char* path, std::string* err) {
    file_path = path;
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
        return *err = std::string(path) + " is not a micro:bit flash image" + buf, false;
    }
    return true;
}

bool load_hex(const char* hex_path, std::string* err) {
    try {
        std::string text = tools::read_text_file(hex_path);
        std::vector<uint8_t> flash = tools::v1_flash_image(text);
        // The UICR of the same (v1) section: the firmware size it declares places the filesystem.
        tools::HexFile hf = tools::read_hex(text);
        const tools::HexSection* s = nullptr;
        for (const auto& sec : hf.sections)
            if (sec.board_id == tools::kBoardIdV1 || sec.board_id == tools::kBoardIdV1_5) s = s ? s : &sec;
        if (!s) s = hf.find(tools::Board::V1);
        if (!s) s = &hf.sections.front();
        std::vector<uint8_t> uicr = s->decoded.image.read(0x10001000, kUicrBytes);
        std::copy(flash.begin(), flash.end(), mem.begin());
        std::copy(uicr.begin(), uicr.end(), mem.begin() + kFlashBytes);
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
    // appended script ("MP" at 0x3E000) moves the top of the region down (spec 1.3).
    uint32_t fw_end = host::kDefaultFirmwareEnd;
    if (host::read_u32(kFlashBytes + host::kUicrUpy) == host::kUicrMagicV1) {
        uint32_t log2 = host::read_u32(kFlashBytes + host::kUicrUpy + 8);
        uint32_t pages = uint32_t(host::mem[kFlashBytes + 0xCE]) | uint32_t(host::mem[kFlashBytes + 0xCF])
                                                                       << 8;
        if (log2 == 10 && pages > 0) fw_end = pages * host::kPageBytes;
    }
    bool appended = host::mem[host::kAppendedScript] == 'M' && host::mem[host::kAppendedScript + 1] == 'P';
    fs::Geometry g = fs::v1_geometry(fw_end, appended);
    if (!g.valid()) return false;
    *start = g.start, *last_page = g.last_page;
    return true;
}

}  // namespace hal
