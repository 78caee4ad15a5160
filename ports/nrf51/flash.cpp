// Flash through the NVMC: page erase and word writes for the filesystem, the region it lives in (computed
// at boot as the original firmware does, spec 1.3), and the clean-up of pages in an unknown state.
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "fs/layout.hpp"
#include "fs/memory_map.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

namespace {

// Datasheet maxima: page erase 22.3 ms, word write 46 us (the CPU is stalled meanwhile; QEMU is instant).
constexpr uint32_t kEraseTimeoutUs = 30000, kWriteTimeoutUs = 100;

// Only flash above the firmware image may change: a stray address must not erase the running code.
bool writable(uint32_t addr) {
    return addr >= reinterpret_cast<uint32_t>(__fw_end) && addr < fs::kV1FlashSize;
}

void nvmc_mode(uint32_t mode) {
    reg(kNvmcConfig) = mode;
    spin_until_set(kNvmcReady, kWriteTimeoutUs);
}

uint32_t page_size() {
    uint32_t p = reg(kFicrCodePageSize);
    return p >= 256 && p <= 4096 && (p & (p - 1)) == 0 ? p : fs::kV1PageSize;  // FICR's on every nRF51822
}

}  // namespace

// QEMU leaves flash the image does not cover at 0x00, and a real board might hold anything left by other
// firmware there. The filesystem never writes 0x00 into the last byte of a chunk (a "next" link is 1..252
// or 0xFF), so a page where every chunk ends in 0x00 is not the filesystem's: it is erased. Pages of a
// real filesystem, even one cut by a power loss, keep their data for the filesystem's own repair.
uint32_t fs_region_prepare() {
    uint32_t start, last;
    if (!hal::flash_fs_region(&start, &last)) return 0;
    const uint32_t page = page_size();
    uint32_t erased = 0;
    for (uint32_t p = start; p <= last; p += page) {
        const uint8_t* b = reinterpret_cast<const uint8_t*>(p);
        bool foreign = true;
        for (uint32_t c = 0; c < page && foreign; c += fs::kChunkSize) foreign = b[c + fs::kNextAt] == 0x00;
        if (!foreign) continue;
        hal::flash_erase_page(p);
        ++erased;
    }
    return erased;
}

}  // namespace nrf51

namespace hal {

uint32_t flash_page_size() { return nrf51::page_size(); }

void flash_erase_page(uint32_t page_addr) {
    using namespace nrf51;
    page_addr &= ~(page_size() - 1);
    if (!writable(page_addr)) return;
    nvmc_mode(kNvmcEen);
    reg(kNvmcErasePage) = page_addr;
    spin_until_set(kNvmcReady, kEraseTimeoutUs);
    nvmc_mode(kNvmcRen);
}

void flash_write_word(uint32_t addr, uint32_t value) {
    using namespace nrf51;
    addr &= ~3u;
    if (!writable(addr)) return;
    nvmc_mode(kNvmcWen);
    reg(addr) = value;  // the flash ANDs it into the old value
    spin_until_set(kNvmcReady, kWriteTimeoutUs);
    nvmc_mode(kNvmcRen);
}

const uint8_t* flash_pointer(uint32_t addr) { return reinterpret_cast<const uint8_t*>(addr); }

bool flash_fs_region(uint32_t* start, uint32_t* last_page) {
    // As the original at boot (spec 1.3): from the end of the firmware and the appended-script marker;
    // never from the UICR, which QEMU does not load. The end is the one the UICR declares: the image's,
    // rounded up to a page and never below 0x38000 (the room the size check keeps for the runtime), so
    // the device, microbit-fs and mbit put the filesystem in the same place.
    // The original checks the marker's first byte alone here (spec 1.3).
    bool appended = *reinterpret_cast<const volatile uint8_t*>(fs::kAppendedAddress) == fs::kAppendedMarker0;
    fs::Geometry g = fs::v1_geometry(reinterpret_cast<uint32_t>(nrf51::__fs_start), appended);
    if (!g.valid()) return false;
    *start = g.start;
    *last_page = g.last_page;
    return true;
}

}  // namespace hal
