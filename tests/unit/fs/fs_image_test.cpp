// The image builder (microbit-fs layout) and the read-only image reader.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "fs/image.hpp"
#include "fs_board.hpp"

using fstest::Board;
using fstest::bytes_of;
using fstest::pattern;

namespace {
std::vector<uint8_t> build(const fs::Geometry& g,
                           const std::vector<std::pair<std::string, std::vector<uint8_t>>>& in,
                           int expect = 0, uint32_t* used = nullptr) {
    std::vector<fs::ImageFile> files;
    for (auto& [n, d] : in) files.push_back({n, d});
    std::vector<uint8_t> region(g.region_size());
    EXPECT_EQ(fs::build_image(g, files, region, used), expect);
    return region;
}
}  // namespace

TEST(FsImage, LayoutLikeMicrobitFs) {
    fs::Geometry g = fs::kV1Default;
    uint32_t used = 0;
    auto region = build(g, {{"main.py", bytes_of("print(1)\n")}, {"x", pattern(124, 1)}}, 0, &used);
    EXPECT_EQ(used, 3 * 128u);  // "x": 2 + 1 + 124 + 1 = 128 bytes -> 2 chunks
    const char hdr[] = "\xFE\x12\x07main.pyprint(1)\n";
    EXPECT_EQ(0, memcmp(region.data(), hdr, sizeof hdr - 1));
    EXPECT_EQ(region[127], 0xFF);
    EXPECT_EQ(region[128], 0xFE);
    EXPECT_EQ(region[129], (2 + 1 + 124) % 126);
    EXPECT_EQ(region[255], 3);
    EXPECT_EQ(region[256], 2);
    EXPECT_EQ(region[257], pattern(124, 1)[123]);
    EXPECT_EQ(region[g.last_page - g.start], 0xFD);
    // A file written on the device gives the same bytes (start index 1).
    Board b;
    b.mount(1);
    b.put("main.py", bytes_of("print(1)\n"));
    b.put("x", pattern(124, 1));
    EXPECT_TRUE(std::equal(region.begin(), region.end(), b.mem.begin() + g.start));
}

TEST(FsImage, Errors) {
    fs::Geometry g = fs::kV1Default;
    build(g, {{"", bytes_of("x")}}, -fs::kInvalid);
    build(g, {{std::string(121, 'n'), bytes_of("x")}}, -fs::kInvalid);
    build(g, {{std::string(120, 'n'), bytes_of("x")}}, 0);
    build(g, {{"main.py", pattern(27206, 1)}}, 0);
    build(g, {{"main.py", pattern(27207, 1)}}, -fs::kNoSpace);
    std::vector<uint8_t> small(10);
    EXPECT_EQ(fs::build_image(g, {}, small), -fs::kIo);
}

TEST(FsImage, ReaderListsAndReads) {
    fs::Geometry g = fs::v2_geometry();
    std::vector<std::pair<std::string, std::vector<uint8_t>>> in = {
        {"a.py", pattern(1, 1)}, {"b", pattern(126 * 3, 2)}, {"c", pattern(5000, 3)}, {"d", {}}};
    auto region = build(g, in);
    fs::ImageReader r;
    ASSERT_EQ(r.open(g, region), 0);
    EXPECT_EQ(r.check(), 0);
    uint32_t cursor = 0, head = 0, k = 0;
    std::string_view name;
    while (r.next_file(cursor, name, head)) {
        ASSERT_LT(k, in.size());
        EXPECT_EQ(name, in[k].first);
        std::vector<uint8_t> out(r.file_size(head));
        EXPECT_EQ(r.read_file(head, out), out.size());
        EXPECT_EQ(out, in[k].second);
        ++k;
    }
    EXPECT_EQ(k, in.size());
    region[0] = 0xFE, region[128 * 5] = 0xFE;  // now a duplicate-free but broken chain: check fails
    std::copy(region.begin(), region.begin() + 128, region.begin() + 128 * 40);
    ASSERT_EQ(r.open(g, region), 0);
    EXPECT_EQ(r.check(), -fs::kIo);
}

// Golden file made by @microbit/microbit-fs 0.10.0 (tests/interop/fs_make_golden.js): the chunk bytes it
// writes into the v1.0.1 region for three files.
TEST(FsImage, GoldenFromMicrobitFs) {
    std::string src = __FILE__;  // <root>/tests/unit/fs/fs_image_test.cpp
    src = src.substr(0, src.rfind("/tests/unit/"));
    std::ifstream in(src + "/tests/golden/fs/three_files.bin", std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file";
    std::vector<uint8_t> golden((std::istreambuf_iterator<char>(in)), {});
    std::string big;
    for (int k = 0; k < 300; ++k) big += char('a' + k % 26);
    auto region =
        build(fs::kV1Default, {{"main.py", bytes_of("from microbit import *\ndisplay.scroll('hi')\n")},
                               {"exact.txt", std::vector<uint8_t>(126 - 2 - 9, 'x')},
                               {"big.txt", bytes_of(big)}});
    ASSERT_LE(golden.size(), region.size());
    EXPECT_TRUE(std::equal(golden.begin(), golden.end(), region.begin()));
    EXPECT_EQ(golden.size() % 128, 0u);
}
