// Interop with @microbit/microbit-fs 0.10.0, driven by tests/suite_fs.py: MBPY_INTEROP_DIR holds images
// that microbit-fs wrote (case_*), which we must read byte for byte; we write ours_* for it to read back.
// Skipped when the variable is not set (the suite sets it after running tests/interop/fs_interop.js).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fs/image.hpp"
#include "fs_board.hpp"

using fstest::Board;
using fstest::pattern;
using Manifest = std::vector<std::pair<std::string, std::vector<uint8_t>>>;

namespace {

std::string dir() {
    const char* d = std::getenv("MBPY_INTEROP_DIR");
    return d ? d : "";
}

std::vector<uint8_t> read_bytes(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string to_hex(const std::vector<uint8_t>& v) {
    static const char* d = "0123456789abcdef";
    std::string s;
    for (uint8_t b : v) s += d[b >> 4], s += d[b & 15];
    return s;
}

std::vector<uint8_t> from_hex(const std::string& s) {
    std::vector<uint8_t> v;
    for (size_t k = 0; k + 1 < s.size(); k += 2) v.push_back(uint8_t(std::stoi(s.substr(k, 2), nullptr, 16)));
    return v;
}

fs::Geometry read_geom(const std::string& base) {
    std::ifstream in(base + ".geom");
    fs::Geometry g;
    in >> g.start >> g.last_page >> g.page_size;
    return g;
}

Manifest read_manifest(const std::string& base) {
    Manifest m;
    std::ifstream in(base + ".files");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string n, d;
        ls >> n >> d;
        auto name = from_hex(n);
        m.push_back({std::string(name.begin(), name.end()), from_hex(d)});
    }
    return m;
}

void write_case(const std::string& base, const fs::Geometry& g, const uint8_t* region,
                const Manifest& files) {
    std::ofstream(base + ".region", std::ios::binary)
        .write(reinterpret_cast<const char*>(region), g.region_size());
    std::ofstream(base + ".geom") << g.start << " " << g.last_page << " " << g.page_size << "\n";
    std::ofstream mf(base + ".files");
    for (auto& [n, d] : files)
        mf << to_hex(std::vector<uint8_t>(n.begin(), n.end())) << " " << to_hex(d) << "\n";
}

}  // namespace

TEST(FsInterop, ReadImagesWrittenByMicrobitFs) {
    if (dir().empty()) GTEST_SKIP() << "MBPY_INTEROP_DIR not set (run tests/suite_fs.py)";
    int cases = 0;
    for (int i = 0;; ++i) {
        std::string base = dir() + "/case_" + std::to_string(i);
        if (!std::filesystem::exists(base + ".region")) break;
        ++cases;
        fs::Geometry g = read_geom(base);
        auto region = read_bytes(base + ".region");
        Manifest want = read_manifest(base);
        ASSERT_EQ(region.size(), g.region_size());
        // 1. the read-only image reader
        fs::ImageReader r;
        ASSERT_EQ(r.open(g, region), 0);
        EXPECT_EQ(r.check(), 0);
        Manifest got;
        uint32_t cursor = 0, head;
        std::string_view name;
        while (r.next_file(cursor, name, head)) {
            std::vector<uint8_t> data(r.file_size(head));
            r.read_file(head, data);
            got.push_back({std::string(name), data});
        }
        EXPECT_EQ(got, want) << base;  // microbit-fs lays files out in order: listdir order is the same
        // 2. the mounted filesystem, as the runtime sees a flashed board: no repair, no write
        Board b(g);
        std::copy(region.begin(), region.end(), b.mem.begin() + g.start);
        ASSERT_EQ(b.mount(5), 0);
        EXPECT_EQ(b.fs.stats.repairs, 0u);
        EXPECT_EQ(b.ram.ops(), 0u) << "mount wrote to a valid image";
        for (auto& [n, d] : want) {
            std::vector<uint8_t> out;
            ASSERT_EQ(b.get(n, out), 0) << n;
            EXPECT_EQ(out, d) << n;
            EXPECT_EQ(b.fs.size(n), int32_t(d.size()));
        }
        // 3. our builder produces the same bytes
        std::vector<fs::ImageFile> files;
        for (auto& [n, d] : want) files.push_back({n, d});
        std::vector<uint8_t> ours(g.region_size());
        ASSERT_EQ(fs::build_image(g, files, ours), 0);
        EXPECT_EQ(ours, region) << base;
    }
    EXPECT_GE(cases, 3);
}

TEST(FsInterop, WriteImagesForMicrobitFs) {
    if (dir().empty()) GTEST_SKIP() << "MBPY_INTEROP_DIR not set (run tests/suite_fs.py)";
    fs::Geometry g = read_geom(dir() + "/case_0");
    ASSERT_TRUE(g.valid());
    const uint32_t n = g.chunks();
    int out = 0;
    auto save = [&](Board& b) {
        ASSERT_EQ(b.fs.normalise(), 0);
        Manifest m;
        for (auto& [name, data] : b.all()) m.push_back({name, data});
        write_case(dir() + "/ours_" + std::to_string(out++), g, b.mem.data() + g.start, m);
    };
    {  // the builder
        Manifest m = {
            {"main.py", pattern(300, 1)}, {"a", pattern(117, 2)}, {std::string(120, 'z'), pattern(9, 3)}};
        std::vector<fs::ImageFile> files;
        for (auto& [nm, d] : m) files.push_back({nm, d});
        std::vector<uint8_t> region(g.region_size());
        ASSERT_EQ(fs::build_image(g, files, region), 0);
        write_case(dir() + "/ours_" + std::to_string(out++), g, region.data(), m);
    }
    {  // the runtime's writes: overwrites leave freed chunks, a start index near the end wraps round
        Board b(g);
        b.mount(n - 2);
        b.put("main.py", pattern(500, 4), 33);
        b.put("exact", pattern(126 - 7, 5));  // eager empty chunk
        b.put("main.py", pattern(260, 6));
        b.put("gone", pattern(50, 7));
        b.fs.remove("gone");
        b.put("bin", pattern(1000, 8), 100);
        save(b);
    }
    {  // a full, fragmented filesystem after compactions
        Board b(g);
        b.mount(1);
        for (uint32_t k = 0; k < n; ++k) b.put("f" + std::to_string(k), pattern(40, k));
        for (uint32_t k = 0; k < n; k += 2) b.fs.remove("f" + std::to_string(k));
        b.put("big", pattern(126 * 12, 9));
        EXPECT_GT(b.fs.stats.compactions, 0u);
        save(b);
    }
    {  // an image whose spare page was first (as the firmware leaves it), normalised for the tools
        Board a(g);
        a.mount(1);
        a.put("one", pattern(700, 10));
        a.put("two", pattern(70, 11));
        Board b(g);
        std::copy(a.mem.begin() + g.start, a.mem.begin() + g.last_page,
                  b.mem.begin() + g.start + g.page_size);
        std::fill(b.mem.begin() + g.start, b.mem.begin() + g.start + g.page_size, 0xFF);
        b.mem[g.start] = 0xFD;
        b.mount(3);
        b.put("three", pattern(300, 12));
        save(b);
    }
}
