// Region images for the host tools: the microbit-fs layout writer and a read-only reader.
#include "fs/image.hpp"

namespace fs {

uint32_t image_file_chunks(uint32_t name_len, uint32_t data_len) {
    return (2 + name_len + data_len + 1 + kDataSize - 1) / kDataSize;
}

int build_image(const Geometry& g, std::span<const ImageFile> files, std::span<uint8_t> region,
                uint32_t* used_bytes) {
    if (!g.valid() || region.size() != g.region_size()) return -kIo;
    for (auto& b : region) b = 0xFF;
    uint32_t next_index = 1;
    for (const ImageFile& f : files) {
        if (f.name.empty() || f.name.size() > kMaxNameLen) return -kInvalid;
        uint32_t name_len = uint32_t(f.name.size()), data_len = uint32_t(f.data.size());
        uint32_t count = image_file_chunks(name_len, data_len);
        if (next_index - 1 + count > g.chunks()) return -kNoSpace;
        // The file's bytes as microbit-fs forms them: [end_offset, name_len, name, data, 0xFF].
        uint32_t total = 2 + name_len + data_len + 1;
        auto byte_at = [&](uint32_t k) -> uint8_t {
            if (k == 0) return uint8_t((2 + name_len + data_len) % kDataSize);
            if (k == 1) return uint8_t(name_len);
            if (k < 2 + name_len) return uint8_t(f.name[k - 2]);
            if (k < 2 + name_len + data_len) return f.data[k - 2 - name_len];
            return 0xFF;
        };
        for (uint32_t c = 0; c < count; ++c) {
            uint32_t index = next_index + c;
            uint8_t* chunk = region.data() + (index - 1) * kChunkSize;
            chunk[kMarkerAt] = c == 0 ? kFileStart : uint8_t(index - 1);
            for (uint32_t k = 0; k < kDataSize && c * kDataSize + k < total; ++k)
                chunk[1 + k] = byte_at(c * kDataSize + k);
            chunk[kNextAt] = c + 1 < count ? uint8_t(index + 1) : kNoNext;
        }
        next_index += count;
    }
    region[g.last_page - g.start] = kPersistent;
    if (used_bytes) *used_bytes = (next_index - 1) * kChunkSize;
    return kOk;
}

int ImageReader::open(const Geometry& g, std::span<const uint8_t> region) {
    view_ = ChunkView{};
    if (!g.valid() || region.size() != g.region_size()) return -kIo;
    spare_first_ = region[0] == kPersistent;
    view_ = ChunkView{region.data() + (spare_first_ ? g.page_size : 0), g.chunks()};
    return kOk;
}

bool ImageReader::next_file(uint32_t& cursor, std::string_view& name, uint32_t& head) const {
    while (cursor < view_.n) {
        uint32_t i = ++cursor;
        if (view_.live_head(i)) {
            name = view_.name(i);
            head = i;
            return true;
        }
    }
    return false;
}

uint32_t ImageReader::read_file(uint32_t head, std::span<uint8_t> out) const {
    uint32_t done = 0, c = head;
    for (uint32_t steps = 0; c != 0 && steps < view_.n && done < out.size(); ++steps) {
        uint32_t s, e;
        view_.data_range(head, c, s, e);
        const uint8_t* src = view_.chunk(c) + 1;
        for (uint32_t k = s; k < e && done < out.size(); ++k) out[done++] = src[k];
        c = view_.next(c);
    }
    return done;
}

int ImageReader::check() const {
    for (uint32_t i = 1; i <= view_.n; ++i) {
        if (view_.marker(i) == kFileStart && !view_.live_head(i)) return -kIo;
        if (!view_.live_head(i)) continue;
        for (uint32_t j = 1; j < i; ++j)
            if (view_.live_head(j) && view_.name(j) == view_.name(i)) return -kIo;
        uint32_t c = i;
        for (uint32_t steps = 0; c != 0; ++steps) {
            bool broken = false;
            if (steps >= view_.n) return -kIo;
            c = view_.next(c, &broken);
            if (broken) return -kIo;
        }
    }
    return kOk;
}

}  // namespace fs
