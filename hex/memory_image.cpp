// The sparse memory image: what the data records of a hex put where.
#include "hex/memory_image.hpp"

#include <algorithm>

namespace hex {

bool MemoryImage::is_set(uint32_t address) const {
    auto it = blocks_.upper_bound(address);
    if (it == blocks_.begin()) return false;
    --it;
    return address - it->first < it->second.size();
}

bool MemoryImage::any_set(uint32_t address, uint32_t length) const {
    if (length == 0) return false;
    uint64_t end = uint64_t(address) + length;
    auto it = blocks_.upper_bound(address);
    if (it != blocks_.begin()) {
        auto prev = std::prev(it);
        if (prev->first + uint64_t(prev->second.size()) > address) return true;
    }
    return it != blocks_.end() && it->first < end;
}

bool MemoryImage::write(uint32_t address, std::span<const uint8_t> bytes, bool overwrite) {
    if (bytes.empty()) return true;
    if (!overwrite && any_set(address, uint32_t(bytes.size()))) return false;
    uint64_t end = uint64_t(address) + bytes.size();
    // Fast path for the common case (records in ascending order): extend the block that ends right here.
    {
        auto next = blocks_.upper_bound(address);
        if (next != blocks_.begin()) {
            auto prev = std::prev(next);
            if (prev->first + uint64_t(prev->second.size()) == address &&
                (next == blocks_.end() || next->first > end)) {
                prev->second.insert(prev->second.end(), bytes.begin(), bytes.end());
                return true;
            }
        }
    }
    // Merge with every block that overlaps or touches [address, end).
    uint64_t new_start = address, new_end = end;
    auto it = blocks_.upper_bound(address);
    if (it != blocks_.begin()) {
        auto prev = std::prev(it);
        if (prev->first + uint64_t(prev->second.size()) >= address) it = prev;
    }
    std::vector<std::pair<uint32_t, std::vector<uint8_t>>> merged;
    while (it != blocks_.end() && it->first <= end) {
        new_start = std::min<uint64_t>(new_start, it->first);
        new_end = std::max<uint64_t>(new_end, it->first + uint64_t(it->second.size()));
        merged.emplace_back(it->first, std::move(it->second));
        it = blocks_.erase(it);
    }
    std::vector<uint8_t> block(size_t(new_end - new_start), 0xFF);
    for (auto& [start, data] : merged)
        std::copy(data.begin(), data.end(), block.begin() + (start - new_start));
    std::copy(bytes.begin(), bytes.end(), block.begin() + (address - new_start));
    blocks_.emplace(uint32_t(new_start), std::move(block));
    return true;
}

std::vector<uint8_t> MemoryImage::read(uint32_t address, uint32_t length, uint8_t fill) const {
    std::vector<uint8_t> out(length, fill);
    uint64_t end = uint64_t(address) + length;
    auto it = blocks_.upper_bound(address);
    if (it != blocks_.begin()) --it;
    for (; it != blocks_.end() && it->first < end; ++it) {
        uint64_t bs = it->first, be = bs + it->second.size();
        uint64_t s = std::max<uint64_t>(bs, address), e = std::min<uint64_t>(be, end);
        for (uint64_t a = s; a < e; ++a) out[a - address] = it->second[a - bs];
    }
    return out;
}

uint32_t MemoryImage::read_u32(uint32_t address) const {
    auto b = read(address, 4);
    return uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
}

uint16_t MemoryImage::read_u16(uint32_t address) const {
    auto b = read(address, 2);
    return uint16_t(b[0] | b[1] << 8);
}

std::string MemoryImage::read_cstring(uint32_t address, size_t max_len) const {
    std::string s;
    for (size_t i = 0; i < max_len && is_set(address + i); ++i) {
        uint8_t c = read(address + uint32_t(i), 1)[0];
        if (c == 0) break;
        s += char(c);
    }
    return s;
}

void MemoryImage::erase(uint32_t address, uint32_t length) {
    if (length == 0) return;
    uint64_t end = uint64_t(address) + length;
    auto it = blocks_.upper_bound(address);
    if (it != blocks_.begin()) --it;
    std::vector<std::pair<uint32_t, std::vector<uint8_t>>> keep;
    while (it != blocks_.end() && it->first < end) {
        uint64_t bs = it->first, be = bs + it->second.size();
        if (be <= address) {
            ++it;
            continue;
        }
        if (bs < address)
            keep.emplace_back(uint32_t(bs),
                              std::vector<uint8_t>(it->second.begin(), it->second.begin() + (address - bs)));
        if (be > end)
            keep.emplace_back(uint32_t(end),
                              std::vector<uint8_t>(it->second.begin() + (end - bs), it->second.end()));
        it = blocks_.erase(it);
    }
    for (auto& [start, data] : keep) blocks_.emplace(start, std::move(data));
}

MemoryImage MemoryImage::slice(uint32_t address, uint32_t length) const {
    MemoryImage out;
    uint64_t end = uint64_t(address) + length;
    for (auto& [start, data] : blocks_) {
        uint64_t bs = start, be = bs + data.size();
        uint64_t s = std::max<uint64_t>(bs, address), e = std::min<uint64_t>(be, end);
        if (s < e) out.write(uint32_t(s), std::span(data).subspan(s - bs, e - s));
    }
    return out;
}

std::vector<std::pair<uint32_t, uint32_t>> MemoryImage::regions() const {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    for (auto& [start, data] : blocks_) out.emplace_back(start, uint32_t(data.size()));
    return out;
}

size_t MemoryImage::size() const {
    size_t n = 0;
    for (auto& [start, data] : blocks_) n += data.size();
    return n;
}

}  // namespace hex
