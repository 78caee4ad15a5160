// Chunk-area queries shared by the filesystem and the image reader.
#include "fs/chunks.hpp"

namespace fs {

bool ChunkView::blank(uint32_t i) const {
    const uint8_t* p = chunk(i);
    for (uint32_t k = 0; k < kChunkSize; ++k)
        if (p[k] != 0xFF) return false;
    return true;
}

uint32_t ChunkView::next(uint32_t i, bool* broken) const {
    uint8_t t = next_byte(i);
    if (broken) *broken = false;
    if (t == kNoNext) return 0;
    if (valid(t) && t != i && marker(t) == i) return t;
    if (broken) *broken = true;
    return 0;
}

void ChunkView::data_range(uint32_t head, uint32_t c, uint32_t& start, uint32_t& end) const {
    start = c == head ? 2u + chunk(head)[kNameLenAt] : 0u;
    bool broken = false;
    if (next(c, &broken) != 0 || broken) {
        end = kDataSize;  // a full chunk (a broken link: keep what is certainly there)
        return;
    }
    uint32_t e = end_offset(head);
    end = e <= kDataSize && e >= start ? e : start;  // 0xFF (unclosed) or corrupt: nothing
}

uint32_t ChunkView::find(std::string_view name) const {
    if (name.size() > kMaxNameLen) return 0;
    for (uint32_t i = 1; i <= n; ++i)
        if (live_head(i) && this->name(i) == name) return i;
    return 0;
}

uint32_t ChunkView::file_size(uint32_t head) const {
    uint32_t total = 0;
    uint32_t c = head;
    for (uint32_t steps = 0; c != 0 && steps < n; ++steps) {
        uint32_t s, e;
        data_range(head, c, s, e);
        total += e - s;
        c = next(c);
    }
    return total;
}

}  // namespace fs
