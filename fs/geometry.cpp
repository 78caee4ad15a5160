// Filesystem region placement for micro:bit v1 and v2 (spec 1.3).
#include "fs/layout.hpp"

namespace fs {

namespace {
constexpr uint32_t round_up(uint32_t x, uint32_t to) { return (x + to - 1) / to * to; }
}  // namespace

bool Geometry::valid() const {
    if (page_size < kChunkSize || (page_size & (page_size - 1)) != 0) return false;
    if (start % page_size != 0 || last_page % page_size != 0 || last_page <= start) return false;
    uint32_t n = chunks();
    return n >= 1 && n <= kMaxChunks;
}

Geometry v1_geometry(uint32_t firmware_end, bool appended_script) {
    // The compass calibration page sits below the appended script when there is one, else at the top;
    // the filesystem's last (spare) page is the one below it.
    uint32_t last_page = v1_fs_end(appended_script) - kV1PageSize;
    uint32_t start = round_up(last_page - kChunkSize * kMaxChunksV1, kV1PageSize);
    while (start < firmware_end) start += kV1PageSize;  // never overlap the firmware image
    if (start >= last_page) return Geometry{};
    return Geometry{start, last_page, kV1PageSize};
}

Geometry v2_geometry() {
    uint32_t end = kV2FsEnd / kV2PageSize * kV2PageSize - kV2PageSize;
    uint32_t start = round_up(end - kChunkSize * kMaxChunks, kV2PageSize);
    if (start < kV2FsStart) start = kV2FsStart;
    return Geometry{start, end, kV2PageSize};
}

}  // namespace fs
