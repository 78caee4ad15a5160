// The flash part of the test HAL for the fuzz targets: a blank 256 KB NOR flash in RAM.
#include <string.h>

#include "board/hal.hpp"
#include "core/hal.hpp"

namespace hal {

static uint8_t flash[256 * 1024];
static bool blank = false;
static uint8_t* mem() {
    if (!blank) memset(flash, 0xFF, sizeof flash), blank = true;
    return flash;
}

uint32_t flash_page_size() { return 1024; }
void flash_erase_page(uint32_t page_addr) { memset(mem() + page_addr, 0xFF, 1024); }
void flash_write_word(uint32_t addr, uint32_t value) {
    uint32_t old;
    memcpy(&old, mem() + addr, 4);
    old &= value;  // NOR flash: writes only clear bits
    memcpy(mem() + addr, &old, 4);
}
const uint8_t* flash_pointer(uint32_t addr) { return mem() + addr; }
bool flash_fs_region(uint32_t* start, uint32_t* last_page) {
    *start = 0x38C00;  // the v1.0.1 runtime's region (spec 1.3)
    *last_page = 0x3F800;
    return true;
}

}  // namespace hal
