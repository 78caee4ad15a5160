// Filesystem images for host tools: build the region bytes exactly as @microbit/microbit-fs 0.10.0 lays
// files out, and list/read the files of a region without modifying it.
//
// For the hex tool (tools/):
//   * writing: fill a buffer of g.region_size() bytes (it covers flash [g.start, g.end())) with
//     build_image(g, files, region, &used); then emit region[0 .. used) at flash address g.start (the
//     chunks, as microbit-fs emits them) and the single byte region[g.last_page - g.start] = 0xFD
//     (microbit-fs writes just that byte for the spare page).
//   * reading: ImageReader r; r.open(g, region) then r.next_file(...) / r.read_file(...); r.check()
//     reports what microbit-fs would reject (duplicate names, broken links). For a region that came
//     from a device or from our runtime, mount a copy with Fs + RamFlash and call normalise() first if
//     the image must be handed to tools that expect the spare page last.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "fs/chunks.hpp"
#include "fs/layout.hpp"

namespace fs {

struct ImageFile {
    std::string_view name;
    std::span<const uint8_t> data;
};

// Chunks one file takes: ceil((2 + name + data + 1) / 126); the +1 is microbit-fs's padding byte and
// gives the firmware's eager extra chunk when the content ends exactly at a chunk's end.
uint32_t image_file_chunks(uint32_t name_len, uint32_t data_len);

// Lays the files out in order in sequential chunks from index 1 (marker 0xFE or the previous index, next
// = following index, end_offset = (2 + name + data) % 126, 0xFF padding), and 0xFD at the spare (last)
// page. `region` must be g.region_size() bytes; it is fully overwritten. `used_bytes` (optional) gets
// the number of bytes from g.start that hold chunks.
// Errors: -kInvalid (empty name or name > 120 bytes), -kNoSpace (does not fit), -kIo (bad geometry).
// Empty files are allowed (the firmware makes them); microbit-fs refuses them.
int build_image(const Geometry& g, std::span<const ImageFile> files, std::span<uint8_t> region,
                uint32_t* used_bytes = nullptr);

// Read-only view of a region image (spare page first or last, as the firmware accepts).
class ImageReader {
   public:
    int open(const Geometry& g, std::span<const uint8_t> region);  // -kIo on bad geometry/size
    // Files in chunk-index order: start with cursor = 0.
    bool next_file(uint32_t& cursor, std::string_view& name, uint32_t& head) const;
    uint32_t file_size(uint32_t head) const { return view_.file_size(head); }
    // Copies up to out.size() bytes of the file; returns the count.
    uint32_t read_file(uint32_t head, std::span<uint8_t> out) const;
    // -kIo if two files share a name or a link is broken (what microbit-fs rejects), else kOk.
    int check() const;
    bool spare_first() const { return spare_first_; }
    const ChunkView& view() const { return view_; }

   private:
    ChunkView view_{};
    bool spare_first_ = false;
};

}  // namespace fs
