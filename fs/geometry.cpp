// Filesystem region placement for micro:bit v1 and v2 (spec 1.3).
#include "fs/layout.hpp"

namespace fs {

namespace {
constexpr uint32_t kV1PageSize = 1024;
constexpr uint32_t kV1EndOfRom = 0x40000;
constexpr uint32_t kV1AppendedScript = 0x3E000;  // appended-script block; its presence moves the compass page
constexpr uint32_t kV2PageSize = 4096;
constexpr uint32_t kV2FsStart = 0x6D000;  // linker symbol _fs_start
constexpr uint32_t kV2FsEnd = 0x73000;    // linker symbol _fs_end

constexpr uint32_t round_up(uint32_t x, uint32_t to) { return (x + to - 1) / to * to; }
}  // namespace

bool Geometry::valid() const {
    if (page_size < kChunkSize || (page_size & (page_size - 1)) != 0) return false;
    if (start % page_size != 0 || last_page % page_size != 0 || last_page <= start) return false;
    uint32_t n = chunks();
    return n >= 1 && n <= kMaxChunks;
}

Geometry v1_geometry(uint32_t firmware_end, bool appended_script) {
    // The compass calibration page sits below the appended script when there is one, else at the top.
    uint32_t calibration = (appended_script ? kV1AppendedScript : kV1EndOfRom) - kV1PageSize;
    uint32_t end = calibration - kV1PageSize;
    uint32_t start = round_up(end - kChunkSize * kMaxChunksV1, kV1PageSize);
    while (start < firmware_end) start += kV1PageSize;  // never overlap the firmware image
    if (start >= end) return Geometry{};
    return Geometry{start, end, kV1PageSize};
}

Geometry v2_geometry() {
    uint32_t end = kV2FsEnd / kV2PageSize * kV2PageSize - kV2PageSize;
    uint32_t start = round_up(end - kChunkSize * kMaxChunks, kV2PageSize);
    if (start < kV2FsStart) start = kV2FsStart;
    return Geometry{start, end, kV2PageSize};
}

}  // namespace fs
