// Board start-up shared by the firmware and the bring-up image: serial first (so a fault can report),
// the crystal, the LED matrix and buttons, the tick, then the reset record and the filesystem region.
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

// The UICR's version string: mbpy names itself to microbit-fs and `mbit hex info` (spec 3.2).
extern "C" __attribute__((used)) const char mbpy_version_string[] =
    "micro:bit v1.1.1+mbpy; MicroPython v1.9.2 compatible (mbpy)";

bool crystal_running = false;
uint32_t fs_pages_erased = 0;

void boot() {
    serial_init();
    crystal_running = hfclk_start();
    display_init();
    tick_init();
    reset_record_boot();
    fs_pages_erased = fs_region_prepare();
}

}  // namespace nrf51
