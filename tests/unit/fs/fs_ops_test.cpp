// Unit tests of the filesystem operations, byte-exact against the firmware's layout (spec 1.2-1.5).
#include <gtest/gtest.h>

#include <cstring>

#include "fs_board.hpp"

using fstest::Board;
using fstest::bytes_of;
using fstest::pattern;

TEST(FsGeometry, V1AndV2Regions) {
    fs::Geometry g = fs::v1_geometry(0x388B8, false);  // micro:bit MicroPython v1.0.1
    EXPECT_EQ(g.start, 0x38C00u);
    EXPECT_EQ(g.last_page, 0x3F800u);
    EXPECT_EQ(g.chunks(), 216u);
    EXPECT_EQ(fs::kV1Default.chunks(), 216u);
    g = fs::v1_geometry(0x3BC00, false);  // 239 pages of firmware (Debian's firmware.hex)
    EXPECT_EQ(g.start, 0x3BC00u);
    EXPECT_EQ(g.chunks(), 120u);
    g = fs::v1_geometry(0x20000, false);  // small firmware: capped at 240 chunks
    EXPECT_EQ(g.start, 0x38000u);
    EXPECT_EQ(g.chunks(), 240u);
    g = fs::v1_geometry(0x388B8, true);  // appended script moves the compass page to 0x3DC00
    EXPECT_EQ(g.last_page, 0x3D800u);
    EXPECT_FALSE(fs::v1_geometry(0x3F800, false).valid());
    g = fs::v2_geometry();
    EXPECT_EQ(g.start, 0x6D000u);
    EXPECT_EQ(g.last_page, 0x72000u);
    EXPECT_EQ(g.chunks(), 160u);
}

TEST(FsMount, FreshBoardMarksSparePageLast) {
    Board b;
    ASSERT_EQ(b.mount(), 0);
    EXPECT_EQ(b.mem[0x3F800], 0xFD);
    EXPECT_EQ(b.fs.spare_page(), 0x3F800u);
    EXPECT_EQ(b.fs.view().base, b.mem.data() + 0x38C00);
    EXPECT_EQ(b.fs.free_chunks(), 216u);
    EXPECT_EQ(b.fs.free_bytes_for(7), 27206u);  // spec 1.6: largest main.py
    EXPECT_EQ(b.fs.mount(b.ram.flash(), fs::Geometry{1, 2, 3}, 1), -fs::kIo);
}

TEST(FsWrite, FirstChunkBytes) {
    Board b;
    b.mount(1);
    ASSERT_EQ(b.put("main.py", bytes_of("print(1)\n")), 0);
    const uint8_t* c = b.mem.data() + 0x38C00;
    uint8_t want[128];
    memset(want, 0xFF, sizeof want);
    const char hdr[] = "\xFE\x12\x07main.pyprint(1)\n";
    memcpy(want, hdr, sizeof hdr - 1);
    EXPECT_EQ(0, memcmp(c, want, 128));
    EXPECT_EQ(b.fs.size("main.py"), 9);
}

TEST(FsWrite, ChunkBoundariesAndEagerChunk) {
    for (uint32_t len : {0u, 1u, 116u, 117u, 118u, 242u, 243u, 244u, 1000u, 5000u}) {
        Board b;
        b.mount(1);
        auto data = pattern(len, len);
        ASSERT_EQ(b.put("main.py", data, 50), 0);
        std::vector<uint8_t> back;
        ASSERT_EQ(b.get("main.py", back), 0);
        EXPECT_EQ(back, data) << len;
        EXPECT_EQ(b.fs.size("main.py"), int32_t(len));
        // Chunks used = ceil((9 + len + 1) / 126): exactly full chunks get an empty successor.
        uint32_t chunks = (9 + len + 1 + 125) / 126;
        EXPECT_EQ(216 - b.fs.free_chunks(), chunks) << len;
        EXPECT_EQ(b.chunk(1)[1], (9 + len) % 126) << len;
    }
    Board b;
    b.mount(1);
    b.put("main.py", pattern(117, 1));  // fills chunk 1 exactly
    EXPECT_EQ(b.chunk(1)[127], 2);
    EXPECT_EQ(b.chunk(2)[0], 1);
    EXPECT_EQ(b.chunk(2)[127], 0xFF);
    EXPECT_EQ(b.chunk(1)[1], 0);  // end_offset 0 in the empty last chunk
}

TEST(FsNames, LengthLimit) {
    Board b;
    b.mount();
    std::string n120(120, 'a'), n121(121, 'a');
    EXPECT_EQ(b.put(n120, bytes_of("x")), 0);
    std::vector<uint8_t> out;
    EXPECT_EQ(b.get(n120, out), 0);
    EXPECT_EQ(out, bytes_of("x"));
    fs::File f;
    EXPECT_EQ(b.fs.open_write(n121, f), -fs::kNotFound);  // the firmware's error, even for writing
    EXPECT_EQ(b.fs.open_read(n121, f), -fs::kNotFound);
    EXPECT_EQ(b.fs.remove(n121), -fs::kNotFound);
    EXPECT_EQ(b.put("", bytes_of("empty name")), 0);
    EXPECT_EQ(b.get("", out), 0);
    EXPECT_EQ(b.get("nope", out), -fs::kNotFound);
    EXPECT_EQ(b.put("Main.py", bytes_of("1")), 0);  // names are case-sensitive
    EXPECT_EQ(b.ls().size(), 3u);
}

TEST(FsRead, UnclosedFileYieldsCompletedChunks) {
    Board b;
    b.mount();
    fs::File w, r;
    ASSERT_EQ(b.fs.open_write("log", w), 0);
    auto data = pattern(300, 3);
    ASSERT_EQ(b.fs.write(w, data.data(), 200), 200);
    ASSERT_EQ(b.fs.open_read("log", r), 0);  // read while writing: first chunk only (121 bytes)
    uint8_t buf[400];
    EXPECT_EQ(b.fs.read(r, buf, sizeof buf), 121);
    EXPECT_EQ(0, memcmp(buf, data.data(), 121));
    EXPECT_EQ(b.fs.read(r, buf, sizeof buf), 0);
    ASSERT_EQ(b.fs.write(w, data.data() + 200, 100), 100);  // completes chunk 2
    EXPECT_EQ(b.fs.read(r, buf, sizeof buf), 126);          // the reader moves on
    b.fs.close(w);
    EXPECT_EQ(b.fs.read(r, buf, sizeof buf), 300 - 247);
    EXPECT_EQ(b.fs.size("log"), 300);
}

TEST(FsHandles, DirectionAndDeletedFiles) {
    Board b;
    b.mount();
    b.put("a", bytes_of("hello"));
    fs::File r, w;
    uint8_t buf[8];
    ASSERT_EQ(b.fs.open_read("a", r), 0);
    EXPECT_EQ(b.fs.write(r, buf, 1), -fs::kBadFile);
    ASSERT_EQ(b.fs.open_write("b", w), 0);
    EXPECT_EQ(b.fs.read(w, buf, 1), -fs::kBadFile);
    EXPECT_EQ(b.fs.remove("a"), 0);
    EXPECT_EQ(b.fs.read(r, buf, 1), -fs::kBadFile);  // deleted under the reader
    EXPECT_EQ(b.fs.remove("b"), 0);
    EXPECT_EQ(b.fs.write(w, buf, 1), -fs::kBadFile);  // deleted under the writer
    EXPECT_EQ(b.fs.close(w), 0);
    EXPECT_EQ(b.fs.close(w), 0);  // a second close is harmless
    EXPECT_EQ(b.fs.remove("a"), -fs::kNotFound);
    EXPECT_EQ(b.fs.size("a"), -fs::kNotFound);
}

TEST(FsRemove, MarksEveryChunkFreed) {
    Board b;
    b.mount(1);
    b.put("big", pattern(400, 1));
    ASSERT_EQ(b.fs.remove("big"), 0);
    for (uint32_t i = 1; i <= 4; ++i) EXPECT_EQ(b.chunk(i)[0], 0x00) << i;
    EXPECT_EQ(b.chunk(5)[0], 0xFF);
    EXPECT_TRUE(b.ls().empty());
    EXPECT_EQ(b.fs.free_chunks(), 216u);
}

TEST(FsOverwrite, OldCopyStaysUntilClose) {
    Board b;
    b.mount(1);
    b.put("f", bytes_of("old contents"));
    fs::File w;
    ASSERT_EQ(b.fs.open_write("f", w), 0);
    auto data = pattern(300, 9);
    b.fs.write(w, data.data(), 300);
    std::vector<uint8_t> out;
    ASSERT_EQ(b.get("f", out), 0);
    EXPECT_EQ(out, bytes_of("old contents"));  // our deliberate difference: the new copy is staged
    EXPECT_EQ(b.ls(), std::vector<std::string>{"f"});
    EXPECT_EQ(b.chunk(w.head)[0], 0xFF);  // staged first chunk
    b.fs.close(w);
    ASSERT_EQ(b.get("f", out), 0);
    EXPECT_EQ(out, data);
    EXPECT_EQ(b.chunk(1)[0], 0x00);  // old copy freed
    EXPECT_EQ(b.chunk(2)[0], 0xFE);
    EXPECT_EQ(b.ls(), std::vector<std::string>{"f"});
    EXPECT_EQ(b.fs.stats.unsafe_fallbacks, 0u);
}

TEST(FsOverwrite, SecondWriterAndRemoveCancelStagedCopy) {
    Board b;
    b.mount(1);
    b.put("f", bytes_of("v1"));
    fs::File w1, w2;
    ASSERT_EQ(b.fs.open_write("f", w1), 0);
    ASSERT_EQ(b.fs.open_write("f", w2), 0);
    EXPECT_EQ(b.fs.write(w1, (const uint8_t*)"x", 1), -fs::kBadFile);
    EXPECT_EQ(b.fs.write(w2, (const uint8_t*)"v3", 2), 2);
    b.fs.close(w1);
    b.fs.close(w2);
    std::vector<uint8_t> out;
    b.get("f", out);
    EXPECT_EQ(out, bytes_of("v3"));
    ASSERT_EQ(b.fs.open_write("f", w1), 0);
    EXPECT_EQ(b.fs.remove("f"), 0);
    EXPECT_EQ(b.fs.write(w1, (const uint8_t*)"x", 1), -fs::kBadFile);
    b.fs.close(w1);
    EXPECT_TRUE(b.ls().empty());
    EXPECT_EQ(b.fs.free_chunks(), 216u);
}

TEST(FsOverwrite, NoRoomForTwoCopiesFallsBackToFirmwareOrder) {
    Board b;
    b.mount(1);
    auto big = pattern(20000, 5);
    ASSERT_EQ(b.put("big", big), 0);
    auto big2 = pattern(20000, 6);
    ASSERT_EQ(b.put("big", big2), 0);
    EXPECT_GE(b.fs.stats.unsafe_fallbacks, 1u);
    std::vector<uint8_t> out;
    b.get("big", out);
    EXPECT_EQ(out, big2);
}

TEST(FsAppend, CopiesStagedAndCommitsAtClose) {
    Board b;
    b.mount(1);
    auto old = pattern(200, 3);  // crosses a chunk boundary
    ASSERT_EQ(b.put("log", old), 0);
    fs::File w;
    ASSERT_EQ(b.fs.open_append("log", w), 0);
    auto more = pattern(150, 4);
    ASSERT_EQ(b.fs.write(w, more.data(), 150), 150);
    std::vector<uint8_t> out;
    ASSERT_EQ(b.get("log", out), 0);
    EXPECT_EQ(out, old);  // until close the old copy is the file
    EXPECT_EQ(b.chunk(w.head)[0], 0xFF);
    b.fs.close(w);
    ASSERT_EQ(b.get("log", out), 0);
    auto both = old;
    both.insert(both.end(), more.begin(), more.end());
    EXPECT_EQ(out, both);
    EXPECT_EQ(b.ls(), std::vector<std::string>{"log"});
    EXPECT_EQ(b.fs.stats.unsafe_fallbacks, 0u);
    ASSERT_EQ(b.append("new", bytes_of("x")), 0);  // a missing file is created
    ASSERT_EQ(b.get("new", out), 0);
    EXPECT_EQ(out, bytes_of("x"));
    ASSERT_EQ(b.append("empty", {}), 0);
    ASSERT_EQ(b.append("empty", bytes_of("y")), 0);
    ASSERT_EQ(b.get("empty", out), 0);
    EXPECT_EQ(out, bytes_of("y"));
}

TEST(FsAppend, NoRoomForTheCopyChangesNothing) {
    Board b;
    b.mount(1);
    auto big = pattern(15000, 5);
    ASSERT_EQ(b.put("big", big), 0);
    fs::File w;
    EXPECT_EQ(b.fs.open_append("big", w), -fs::kNoSpace);
    EXPECT_FALSE(w.is_open());
    std::vector<uint8_t> out;
    ASSERT_EQ(b.get("big", out), 0);
    EXPECT_EQ(out, big);
    EXPECT_EQ(b.fs.stats.unsafe_fallbacks, 0u);
    auto small = pattern(300, 6);
    ASSERT_EQ(b.put("small", small), 0);
    ASSERT_EQ(b.append("small", pattern(10, 7)), 0);  // a small one still fits beside it
    ASSERT_EQ(b.get("big", out), 0);
    EXPECT_EQ(out, big);
}

TEST(FsFull, EnospcDeletesPartialFile) {
    Board b;
    b.mount(7);
    b.put("keep", pattern(1000, 1));
    fs::File f;
    ASSERT_EQ(b.fs.open_write("huge", f), 0);
    auto data = pattern(30000, 2);
    EXPECT_EQ(b.fs.write(f, data.data(), 30000), -fs::kNoSpace);
    EXPECT_FALSE(f.is_open());
    EXPECT_EQ(b.ls(), std::vector<std::string>{"keep"});
    std::vector<uint8_t> out;
    b.get("keep", out);
    EXPECT_EQ(out, pattern(1000, 1));
    EXPECT_EQ(b.fs.free_chunks(), 216u - 8);  // ceil(1007 / 126)
}

TEST(FsFull, LargestMainPy) {
    Board b;
    b.mount(100);
    EXPECT_EQ(b.put("main.py", pattern(27206, 1)), 0);
    EXPECT_EQ(b.fs.free_chunks(), 0u);
    Board c;
    c.mount(100);
    EXPECT_EQ(c.put("main.py", pattern(27207, 1)), -fs::kNoSpace);  // the eager chunk does not fit
    EXPECT_TRUE(c.ls().empty());
    fs::File f;
    EXPECT_EQ(b.fs.open_write("x", f), -fs::kNoSpace);
}

TEST(FsAllocate, StartIndexWrapsAround) {
    Board b;
    b.mount(215);
    b.put("a", pattern(300, 1));  // 3 chunks: 215, 216, then 1
    EXPECT_EQ(b.chunk(215)[0], 0xFE);
    EXPECT_EQ(b.chunk(215)[127], 216);
    EXPECT_EQ(b.chunk(216)[0], 215);
    EXPECT_EQ(b.chunk(216)[127], 1);
    EXPECT_EQ(b.chunk(1)[0], 216);
    std::vector<uint8_t> out;
    b.get("a", out);
    EXPECT_EQ(out, pattern(300, 1));
    b.fs.set_start_index(1000);  // out of range wraps
    b.put("b", bytes_of("b"));
    EXPECT_EQ(b.ls(), (std::vector<std::string>{"b", "a"}));  // chunk order, not creation order
}

TEST(FsAllocate, ErasesFullyFreedPage) {
    Board b;
    b.mount(1);
    for (int k = 0; k < 27; ++k) b.put("f" + std::to_string(k), pattern(950, k));  // 8 chunks each
    ASSERT_EQ(b.fs.free_chunks(), 0u);
    b.fs.remove("f3");  // chunks 25..32 = page 3
    uint32_t page3 = 0x38C00 + 3 * 1024;
    uint32_t before = b.ram.erase_count(page3);
    b.fs.set_start_index(1);
    ASSERT_EQ(b.put("new", bytes_of("n")), 0);
    EXPECT_EQ(b.ram.erase_count(page3), before + 1);
    EXPECT_EQ(b.chunk(25)[0], 0xFE);
    EXPECT_EQ(b.fs.stats.compactions, 0u);
}

TEST(FsSweep, CompactionKeepsIndexesAndFiles) {
    Board b;
    b.mount(1);
    // 216 one-chunk files fill every chunk; then free every other one so no page is fully freed.
    for (int k = 0; k < 216; ++k) ASSERT_EQ(b.put("f" + std::to_string(k), pattern(50, k)), 0);
    EXPECT_EQ(b.fs.free_chunks(), 0u);
    for (int k = 0; k < 216; k += 2) b.fs.remove("f" + std::to_string(k));
    std::vector<uint8_t> before(b.mem.begin() + 0x38C00, b.mem.begin() + 0x3F800);
    ASSERT_EQ(b.put("big", pattern(1000, 99)), 0);  // needs 9 chunks: several compactions
    EXPECT_GE(b.fs.stats.compactions, 2u);
    EXPECT_EQ(b.fs.stats.rolling_sweeps, 0u);
    for (int k = 1; k < 216; k += 2) {
        std::vector<uint8_t> out;
        ASSERT_EQ(b.get("f" + std::to_string(k), out), 0);
        EXPECT_EQ(out, pattern(50, k));
        // index-preserving: the live chunk did not move
        EXPECT_EQ(0, memcmp(b.chunk(k + 1), before.data() + k * 128, 128)) << k;
    }
    std::vector<uint8_t> out;
    b.get("big", out);
    EXPECT_EQ(out, pattern(1000, 99));
    EXPECT_EQ(b.mem[0x3F800], 0xFD);  // spare page clean and still last
    for (uint32_t k = 1; k < 1024; ++k) ASSERT_EQ(b.mem[0x3F800 + k], 0xFF);
}

TEST(FsSweep, SpareFirstImageUsesRollingSweepAndNormalises) {
    Board a;
    a.mount(1);
    for (int k = 0; k < 5; ++k) a.put("f" + std::to_string(k), pattern(300 * k + 10, k));
    // The same files with the spare page first, as the firmware leaves them after an odd number of sweeps.
    Board b;
    std::copy(a.mem.begin() + 0x38C00, a.mem.begin() + 0x3F800, b.mem.begin() + 0x38C00 + 1024);
    std::fill(b.mem.begin() + 0x38C00, b.mem.begin() + 0x38C00 + 1024, 0xFF);
    b.mem[0x38C00] = 0xFD;
    ASSERT_EQ(b.mount(1), 0);
    EXPECT_EQ(b.fs.spare_page(), 0x38C00u);
    EXPECT_EQ(b.all(), a.all());
    ASSERT_EQ(b.fs.normalise(), 0);
    EXPECT_EQ(b.fs.spare_page(), 0x3F800u);
    EXPECT_TRUE(std::equal(a.mem.begin() + 0x38C00, a.mem.begin() + 0x40000, b.mem.begin() + 0x38C00));
    EXPECT_EQ(a.fs.normalise(), 0);  // already last: nothing to do
}

TEST(FsMount, RepairsOrphansDuplicatesAndStaged) {
    Board b;
    b.mount(1);
    b.put("a", pattern(200, 1));   // chunks 1, 2
    b.put("b", pattern(10, 2));    // chunk 3
    b.mem[0x38C00 + 3 * 128] = 1;  // chunk 4: orphan claiming chunk 1 as its previous
    b.mem[0x38C00 + 3 * 128 + 5] = 0;
    std::copy(b.mem.begin() + 0x38C00 + 2 * 128, b.mem.begin() + 0x38C00 + 3 * 128,
              b.mem.begin() + 0x38C00 + 9 * 128);  // chunk 10: duplicate "b"
    ASSERT_EQ(b.mount(1), 0);
    EXPECT_EQ(b.fs.stats.repairs, 2u);
    EXPECT_EQ(b.chunk(4)[0], 0x00);
    EXPECT_EQ(b.chunk(10)[0], 0x00);
    EXPECT_EQ(b.ls(), (std::vector<std::string>{"a", "b"}));
    ASSERT_EQ(b.mount(1), 0);
    EXPECT_EQ(b.fs.stats.repairs, 0u);  // a repaired image mounts clean
}

TEST(FsFormat, ErasesRegion) {
    Board b;
    b.mount();
    b.put("x", pattern(3000, 1));
    ASSERT_EQ(b.fs.format(), 0);
    EXPECT_TRUE(b.ls().empty());
    EXPECT_EQ(b.fs.free_chunks(), 216u);
    EXPECT_EQ(b.mem[0x3F800], 0xFD);
}

TEST(FsV2, FourKilobytePages) {
    Board b(fs::v2_geometry(), fs::kV2FlashSize);
    ASSERT_EQ(b.mount(1), 0);
    EXPECT_EQ(b.mem[0x72000], 0xFD);
    EXPECT_EQ(b.fs.total_chunks(), 160u);
    for (int k = 0; k < 160; ++k) ASSERT_EQ(b.put("f" + std::to_string(k), pattern(20, k)), 0);
    for (int k = 0; k < 160; k += 3) b.fs.remove("f" + std::to_string(k));
    ASSERT_EQ(b.put("big", pattern(3000, 1)), 0);
    EXPECT_GE(b.fs.stats.compactions, 1u);
    std::vector<uint8_t> out;
    for (int k = 1; k < 160; k += 3) {
        ASSERT_EQ(b.get("f" + std::to_string(k), out), 0);
        EXPECT_EQ(out, pattern(20, k));
    }
}
