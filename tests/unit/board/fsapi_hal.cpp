// The flash functions of the HAL for unit_core, over fsapi_test::board() (a RamFlash the tests control).
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "tests/unit/board/fsapi_support.hpp"

namespace fsapi_test {
Board& board() {
    static Board b;
    return b;
}
}  // namespace fsapi_test

namespace hal {

uint32_t flash_page_size() { return 1024; }
void flash_erase_page(uint32_t page_addr) {
    fs::Flash f = fsapi_test::board().ram.flash();
    f.erase_page(f.ctx, page_addr);
}
void flash_write_word(uint32_t addr, uint32_t value) {
    fs::Flash f = fsapi_test::board().ram.flash();
    f.write_word(f.ctx, addr, value);
}
const uint8_t* flash_pointer(uint32_t addr) { return fsapi_test::board().mem.data() + addr; }
bool flash_fs_region(uint32_t* start, uint32_t* last_page) {
    const fs::Geometry& g = fsapi_test::board().geo;
    *start = g.start, *last_page = g.last_page;
    return g.valid();
}

}  // namespace hal
