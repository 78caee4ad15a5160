// A sparse memory image: disjoint blocks of bytes, as the data records of a hex file set them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace hex {

// Sparse memory: disjoint, non-touching blocks of bytes keyed by start address. Unset bytes read as fill.
class MemoryImage {
   public:
    struct Block {
        uint32_t start;
        const std::vector<uint8_t>* bytes;
    };
    // Stores bytes; returns false (and changes nothing) if any byte is already set and overwrite is off.
    bool write(uint32_t address, std::span<const uint8_t> bytes, bool overwrite = false);
    bool is_set(uint32_t address) const;
    bool any_set(uint32_t address, uint32_t length) const;
    std::vector<uint8_t> read(uint32_t address, uint32_t length, uint8_t fill = 0xFF) const;
    uint32_t read_u32(uint32_t address) const;  // little-endian, unset bytes 0xFF
    uint16_t read_u16(uint32_t address) const;
    // The NUL-terminated string at address (unset bytes end it too); at most max_len bytes.
    std::string read_cstring(uint32_t address, size_t max_len = 256) const;
    void erase(uint32_t address, uint32_t length);  // makes [address, address+length) unset
    MemoryImage slice(uint32_t address, uint32_t length) const;
    // (start, length) of each contiguous run of set bytes, ascending.
    std::vector<std::pair<uint32_t, uint32_t>> regions() const;
    const std::map<uint32_t, std::vector<uint8_t>>& blocks() const { return blocks_; }
    size_t size() const;  // number of set bytes
    bool empty() const { return blocks_.empty(); }
    bool operator==(const MemoryImage& other) const { return blocks_ == other.blocks_; }

   private:
    std::map<uint32_t, std::vector<uint8_t>> blocks_;
};

}  // namespace hex
