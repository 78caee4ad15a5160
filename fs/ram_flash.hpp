// NOR flash simulated in RAM (host runtime, tools, tests): erase counters and power-cut injection.
#pragma once

#include <array>
#include <cstdint>

#include "fs/flash.hpp"

namespace fs {

// Wraps a caller-owned byte array that represents flash from address 0 (e.g. the whole 256 KB of a v1
// board, kept in a file by the host runtime). Erase sets a page to 0xFF; a word write ANDs into the
// existing bits, as the nRF51/nRF52 NVMC does. Out-of-range operations are ignored (and counted).
class RamFlash {
   public:
    static constexpr uint32_t kMaxPages = 512;  // 512 KB of 1 KB pages covers v1 and v2

    RamFlash(uint8_t* mem, uint32_t size, uint32_t page_size)
        : mem_(mem), size_(size), page_size_(page_size) {}
    Flash flash() { return Flash{this, &map_cb, &erase_cb, &write_cb}; }

    uint8_t* data() { return mem_; }
    uint32_t size() const { return size_; }
    uint32_t page_size() const { return page_size_; }
    uint32_t erase_count(uint32_t page_addr) const;
    uint64_t ops() const { return ops_; }  // erases + word writes performed (or attempted when dead)
    uint32_t bad_ops() const { return bad_ops_; }

    // Power cut: operation number `op` (0-based, counted by ops()) is the last one to reach the flash.
    // A word write is atomic: it happens or not (decided by `seed`). A page erase is torn: a random
    // subset of its words is erased. After the cut the flash is dead: later operations change nothing.
    void cut_at(uint64_t op, uint32_t seed) { cut_at_ = op, seed_ = seed | 1; }
    bool dead() const { return dead_; }
    void revive() { dead_ = false, cut_at_ = ~uint64_t(0); }

   private:
    static const uint8_t* map_cb(void* ctx, uint32_t addr);
    static void erase_cb(void* ctx, uint32_t page_addr);
    static void write_cb(void* ctx, uint32_t addr, uint32_t value);
    bool cutting();
    uint32_t next_random();

    uint8_t* mem_;
    uint32_t size_;
    uint32_t page_size_;
    std::array<uint32_t, kMaxPages> erases_{};
    uint64_t ops_ = 0;
    uint64_t cut_at_ = ~uint64_t(0);
    uint32_t seed_ = 1;
    uint32_t bad_ops_ = 0;
    bool dead_ = false;
};

}  // namespace fs
