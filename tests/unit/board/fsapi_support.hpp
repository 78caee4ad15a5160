// Test support for the fs API tests: the flash section of the HAL over a RAM flash the tests control.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "fs/image.hpp"
#include "fs/ram_flash.hpp"

namespace fsapi_test {

// The whole 256 KB of a v1 board, the RamFlash over it (power cuts, erase counts) and the region the
// HAL reports (the blank board's v1.0.1 region unless a test changes it).
struct Board {
    std::vector<uint8_t> mem = std::vector<uint8_t>(fs::kV1FlashSize, 0xFF);
    fs::RamFlash ram{mem.data(), fs::kV1FlashSize, 1024};
    fs::Geometry geo = fs::kV1Default;
    void blank() {
        std::fill(mem.begin(), mem.end(), 0xFF);
        ram.revive();
        geo = fs::kV1Default;
    }
    std::vector<uint8_t> region() const { return {mem.begin() + geo.start, mem.begin() + geo.end()}; }
};
Board& board();

}  // namespace fsapi_test
