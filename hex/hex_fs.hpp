// Files inside a hex's MicroPython filesystem region: read them, size them, and lay them out exactly as
// @microbit/microbit-fs 0.10.0 does. The chunk format itself comes from fs/ (one encoder for all).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "hex/ihex.hpp"
#include "hex/microbit_hex.hpp"

namespace hex {

struct FsFile {
    std::string name;
    std::vector<uint8_t> data;
};

// Files that do not fit: says which file and by how many bytes (too_long_by).
class FsFitError : public std::runtime_error {
   public:
    FsFitError(const std::string& message, std::string file, size_t too_long_by)
        : std::runtime_error(message), file_(std::move(file)), too_long_by_(too_long_by) {}
    const std::string& file() const { return file_; }
    size_t too_long_by() const { return too_long_by_; }

   private:
    std::string file_;
    size_t too_long_by_;
};

// Chunks a file takes, microbit-fs's way: ceil((2 + name + data + 1 padding byte) / 126).
uint32_t fs_file_chunks(const FsFile& f);

// Files in ascending chunk order (listdir order). Throws HexError on a corrupt filesystem.
std::vector<FsFile> read_fs_files(const MemoryImage& image, const FsGeometry& g);

struct FsUsage {
    uint32_t total = 0, used = 0, free = 0;  // in chunks; free = markers 0xFF/0x00 (or unset)
};
FsUsage fs_usage(const MemoryImage& image, const FsGeometry& g);

// What microbit-fs writes into a fresh region for these files, in this order: the chunks from g.start,
// then 0xFD at g.persistent. Throws FsFitError (too big) or std::invalid_argument (bad name).
MemoryImage build_fs_image(const FsGeometry& g, const std::vector<FsFile>& files);

}  // namespace hex
