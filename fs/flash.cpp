// Byte-granular writes on top of the word-only, clear-bits-only flash interface.
#include "fs/flash.hpp"

namespace fs {

void flash_write(const Flash& f, uint32_t addr, const uint8_t* src, uint32_t len) {
    while (len > 0) {
        uint32_t word_addr = addr & ~3u;
        uint32_t first = addr - word_addr;
        uint32_t count = 4 - first < len ? 4 - first : len;
        uint32_t value = 0xFFFFFFFFu;
        for (uint32_t k = 0; k < count; ++k) {
            uint32_t shift = 8 * (first + k);
            value &= ~(0xFFu << shift) | (uint32_t(src[k]) << shift);
        }
        uint32_t old = flash_read_word(f, word_addr);
        if ((old & value) != old) f.write_word(f.ctx, word_addr, value);
        addr += count;
        src += count;
        len -= count;
    }
}

void flash_write_byte(const Flash& f, uint32_t addr, uint8_t value) { flash_write(f, addr, &value, 1); }

}  // namespace fs
