// The three flash operations the filesystem needs, as a plain struct of function pointers (no virtuals).
#pragma once

#include <cstdint>

namespace fs {

// On the device: map returns the memory-mapped address itself, erase_page/write_word call
// hal::flash_erase_page / hal::flash_write_word. On the host: RamFlash (ram_flash.hpp).
// Addresses are flash addresses. map() must give a pointer valid over the whole filesystem region
// (the region is contiguous in memory) for as long as the filesystem is mounted.
struct Flash {
    void* ctx = nullptr;
    const uint8_t* (*map)(void* ctx, uint32_t addr) = nullptr;
    void (*erase_page)(void* ctx, uint32_t page_addr) = nullptr;             // every byte to 0xFF
    void (*write_word)(void* ctx, uint32_t addr, uint32_t value) = nullptr;  // 4-aligned; new = old & value
};

// Writes `len` bytes at `addr` (any alignment) as 32-bit word writes. Bytes of a word that are not
// being written are sent as 0xFF so the AND leaves them alone; words that would not change are skipped
// (fewer flash operations, and the nRF51 allows only a few writes to one word between erases).
void flash_write(const Flash& f, uint32_t addr, const uint8_t* src, uint32_t len);
void flash_write_byte(const Flash& f, uint32_t addr, uint8_t value);
inline uint32_t flash_read_word(const Flash& f, uint32_t addr) {
    const uint8_t* p = f.map(f.ctx, addr);
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

}  // namespace fs
