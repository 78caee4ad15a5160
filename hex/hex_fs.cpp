// Filesystem files in a hex image: a thin host layer over fs/image.hpp (the one chunk encoder/reader).
#include "hex/hex_fs.hpp"

#include <set>

#include "fs/image.hpp"

namespace hex {

namespace {

fs::Geometry to_fs(const FsGeometry& g) { return fs::Geometry{g.start, g.persistent, g.page_size}; }

std::string plural(size_t n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

// Which file first fails to fit, and by how many bytes of its content, in microbit-fs's layout order.
[[noreturn]] void throw_fit_error(const FsGeometry& g, const std::vector<FsFile>& files) {
    uint64_t need = 0;
    for (const auto& f : files) need += fs_file_chunks(f);
    uint64_t before = 0;
    for (const auto& f : files) {
        uint32_t c = fs_file_chunks(f);
        if (before + c > g.chunks) {
            std::string msg = "files do not fit: the filesystem has " + plural(g.chunks, "chunk") + " (" +
                              std::to_string(g.storage_size()) + " bytes) and they need " +
                              plural(size_t(need), "chunk") + "; ";
            int64_t avail = int64_t(g.chunks) - int64_t(before);
            int64_t max_data = avail * fs::kDataSize - 3 - int64_t(f.name.size());
            if (max_data >= 0) {
                size_t over = f.data.size() - size_t(max_data);
                throw FsFitError(msg + f.name + " is " + plural(over, "byte") + " too long (at most " +
                                     std::to_string(max_data) + " bytes fit)",
                                 f.name, over);
            }
            throw FsFitError(
                msg + "no room is left for " + f.name + " (" + plural(f.data.size(), "byte") + ")", f.name,
                f.data.size());
        }
        before += c;
    }
    throw FsFitError("files do not fit", "", 0);
}

}  // namespace

uint32_t fs_file_chunks(const FsFile& f) {
    return fs::image_file_chunks(uint32_t(f.name.size()), uint32_t(f.data.size()));
}

FsUsage fs_usage(const MemoryImage& image, const FsGeometry& g) {
    FsUsage u;
    u.total = g.chunks;
    for (uint32_t i = 0; i < g.chunks; ++i) {
        uint8_t marker = image.read(g.start + i * fs::kChunkSize, 1)[0];
        if (marker == fs::kUnused || marker == fs::kFreed) ++u.free;
    }
    u.used = u.total - u.free;
    return u;
}

std::vector<FsFile> read_fs_files(const MemoryImage& image, const FsGeometry& g) {
    fs::Geometry geo = to_fs(g);
    std::vector<uint8_t> region = image.read(geo.start, geo.region_size());
    fs::ImageReader r;
    if (r.open(geo, region) != fs::kOk) throw HexError(0, "the filesystem region has an unusable geometry");
    if (r.check() != fs::kOk)
        throw HexError(0, "the filesystem is corrupt (a duplicate file name or a broken chunk link)");
    std::vector<FsFile> files;
    uint32_t cursor = 0, head = 0;
    std::string_view name;
    while (r.next_file(cursor, name, head)) {
        FsFile f{std::string(name), std::vector<uint8_t>(r.file_size(head))};
        f.data.resize(r.read_file(head, f.data));
        files.push_back(std::move(f));
    }
    return files;
}

MemoryImage build_fs_image(const FsGeometry& g, const std::vector<FsFile>& files) {
    std::set<std::string> names;
    std::vector<fs::ImageFile> in;
    for (const auto& f : files) {
        if (f.name.empty()) throw std::invalid_argument("a file needs a name");
        if (f.name.size() > fs::kMaxNameLen)
            throw std::invalid_argument("file name \"" + f.name + "\" is " + std::to_string(f.name.size()) +
                                        " bytes; the filesystem allows at most 120");
        if (!names.insert(f.name).second) throw std::invalid_argument("two files named \"" + f.name + "\"");
        in.push_back(fs::ImageFile{f.name, f.data});
    }
    fs::Geometry geo = to_fs(g);
    std::vector<uint8_t> region(geo.region_size(), 0xFF);
    uint32_t used = 0;
    int rc = fs::build_image(geo, in, region, &used);
    if (rc == -fs::kNoSpace) throw_fit_error(g, files);
    if (rc != fs::kOk)
        throw HexError(0, "cannot build a filesystem in this region (error " + std::to_string(-rc) + ")");
    MemoryImage out;
    out.write(geo.start, std::span(region).first(used));
    out.write(geo.last_page, std::span(region).subspan(geo.last_page - geo.start, 1));
    return out;
}

}  // namespace hex
