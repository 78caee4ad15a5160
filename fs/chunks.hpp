// Read-only view of the chunk area: markers, links, names and the data range of each chunk of a file.
// Shared by the mounted filesystem and the image reader, so both read files the same way.
#pragma once

#include <cstdint>
#include <string_view>

#include "fs/layout.hpp"

namespace fs {

// Chunks 1..n live at base + (i-1)*128. Every accessor is bounds-checked by its caller via valid().
struct ChunkView {
    const uint8_t* base = nullptr;
    uint32_t n = 0;

    bool valid(uint32_t i) const { return i >= 1 && i <= n; }
    const uint8_t* chunk(uint32_t i) const { return base + (i - 1) * kChunkSize; }
    uint8_t marker(uint32_t i) const { return chunk(i)[kMarkerAt]; }
    uint8_t next_byte(uint32_t i) const { return chunk(i)[kNextAt]; }
    bool blank(uint32_t i) const;

    // A file's first chunk as the firmware writes it: 0xFE and a name that fits.
    bool live_head(uint32_t i) const {
        return marker(i) == kFileStart && chunk(i)[kNameLenAt] <= kMaxNameLen;
    }
    // A first chunk written by our overwrite but not yet committed (marker still 0xFF, see filesystem.hpp).
    bool staged_head(uint32_t i) const { return marker(i) == kUnused && chunk(i)[kNameLenAt] <= kMaxNameLen; }
    std::string_view name(uint32_t head) const {
        return {reinterpret_cast<const char*>(chunk(head) + kNameAt), chunk(head)[kNameLenAt]};
    }
    uint8_t end_offset(uint32_t head) const { return chunk(head)[kEndOffsetAt]; }
    bool closed(uint32_t head) const { return end_offset(head) != 0xFF; }

    // The next chunk of a file, or 0 at its end. A link counts only when the next chunk's marker points
    // back (the chain is doubly linked); this also makes loops impossible. `broken` is set when the next
    // byte is neither 0xFF nor a valid link (corruption, or a cut in the firmware's link order).
    uint32_t next(uint32_t i, bool* broken = nullptr) const;

    // Data offsets [start, end) of chunk c of the file whose first chunk is `head`. Full chunks give
    // [x, 126); the last one ends at end_offset; an unclosed file's last chunk gives nothing (spec 1.5).
    void data_range(uint32_t head, uint32_t c, uint32_t& start, uint32_t& end) const;

    // First live file with this name in chunk order, or 0.
    uint32_t find(std::string_view name) const;
    // File size in bytes, counting what read() would return. Walks at most n chunks.
    uint32_t file_size(uint32_t head) const;
};

}  // namespace fs
