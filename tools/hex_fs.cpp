// Filesystem files in a hex image, via fs/ (placeholder until fs/ publishes its image builder/reader).
#include "tools/hex_fs.hpp"

namespace tools {

namespace {
constexpr uint32_t kChunk = 128;      // MBFS chunk size (spec 1.1)
constexpr uint32_t kChunkData = 126;  // chunk minus marker and tail byte
}  // namespace

uint32_t fs_file_chunks(const FsFile& f) {
    return uint32_t((2 + f.name.size() + f.data.size() + 1 + kChunkData - 1) / kChunkData);
}

FsUsage fs_usage(const MemoryImage& image, const FsGeometry& g) {
    FsUsage u;
    u.total = g.chunks;
    for (uint32_t i = 0; i < g.chunks; ++i) {
        uint8_t marker = image.read(g.start + i * kChunk, 1)[0];
        if (marker == 0xFF || marker == 0x00) ++u.free;
    }
    u.used = u.total - u.free;
    return u;
}

std::vector<FsFile> read_fs_files(const MemoryImage&, const FsGeometry&) {
    throw HexError(0, "reading the filesystem needs fs/ (not available yet)");
}

MemoryImage build_fs_image(const FsGeometry&, const std::vector<FsFile>&) {
    throw HexError(0, "building the filesystem needs fs/ (not available yet)");
}

}  // namespace tools
