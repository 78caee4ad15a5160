// Corrupt images (random bytes, loops, truncated chains, duplicate names, bad markers) mount cleanly,
// are repaired, and never crash or hang.
#include <gtest/gtest.h>

#include "fs_board.hpp"

using fstest::Board;
using fstest::pattern;

namespace {
// Exercises everything a user can do on a mounted image; all results must be clean errors or data.
void exercise(Board& b) {
    auto files = b.all();
    for (auto& [name, data] : files) {
        EXPECT_EQ(b.fs.size(name), int32_t(data.size())) << name;
        EXPECT_LE(data.size(), 216u * 126);
    }
    EXPECT_LE(b.fs.free_chunks(), 216u);
    if (b.fs.free_chunks() > 3) {
        EXPECT_EQ(b.put("new", pattern(200, 1)), 0);
        std::vector<uint8_t> out;
        EXPECT_EQ(b.get("new", out), 0);
        EXPECT_EQ(out, pattern(200, 1));
    }
    for (auto& [name, data] : files) b.fs.remove(name);
    ASSERT_EQ(b.mount(3), 0);
    EXPECT_EQ(b.fs.stats.repairs, 0u);
}
}  // namespace

TEST(FsCorrupt, RandomBytes) {
    for (uint32_t seed = 1; seed <= 40; ++seed) {
        Board b;
        auto junk = pattern(0x3F800 + 1024 - 0x38C00, seed);
        if (seed % 2) junk[0x3F800 - 0x38C00] = 0xFD;  // half of them with a spare-page marker
        if (seed % 5 == 0) junk[0] = 0xFD;             // some with the spare page first
        std::copy(junk.begin(), junk.end(), b.mem.begin() + 0x38C00);
        ASSERT_EQ(b.mount(seed), 0);
        exercise(b);
    }
}

TEST(FsCorrupt, StructuredDamage) {
    // Plausible images: valid files, then one kind of damage each.
    for (int kind = 0; kind < 8; ++kind) {
        Board b;
        b.mount(1);
        b.put("a", pattern(500, 1));   // chunks 1..4
        b.put("bb", pattern(300, 2));  // chunks 5..7
        b.put("c", pattern(10, 3));    // chunk 8
        uint8_t* c = b.mem.data() + 0x38C00;
        auto at = [&](uint32_t i) { return c + (i - 1) * 128; };
        switch (kind) {
            case 0: at(3)[127] = 2, at(2)[0] = 3; break;  // loop 2 <-> 3
            case 1: at(3)[127] = 3; break;                // self loop
            case 2: at(2)[127] = 200; break;              // link to an unused chunk (truncated chain)
            case 3: std::copy(at(8), at(8) + 128, at(20)); break;  // duplicate name "c"
            case 4: at(6)[0] = 0xFD; break;                        // bad marker
            case 5: at(6)[0] = 250; break;                         // marker out of range
            case 6: at(5)[2] = 200; break;                         // name length > 120
            case 7: at(1)[1] = 127; break;                         // end_offset past the chunk
        }
        ASSERT_EQ(b.mount(1), 0) << kind;
        EXPECT_GT(b.fs.stats.repairs + (kind == 7 ? 1 : 0), 0u) << kind;
        auto names = b.ls();
        EXPECT_LE(names.size(), 3u) << kind;
        exercise(b);
    }
}

TEST(FsCorrupt, TornSparePageAndJournal) {
    // A spare page holding junk but no valid journal: cleaned, data untouched.
    Board b;
    b.mount(1);
    b.put("x", pattern(700, 5));
    for (uint32_t k = 1; k < 1024; k += 3) b.mem[0x3F800 + k] = uint8_t(k);
    ASSERT_EQ(b.mount(1), 0);
    EXPECT_EQ(b.mem[0x3F800], 0xFD);
    std::vector<uint8_t> out;
    ASSERT_EQ(b.get("x", out), 0);
    EXPECT_EQ(out, pattern(700, 5));
    // A journal with a bad page number is ignored.
    b.mem[0x3F800 + 4] = 0x5A, b.mem[0x3F800 + 5] = 0x5A, b.mem[0x3F800 + 6] = 0x5A,
                    b.mem[0x3F800 + 7] = 0x5A;
    const uint8_t magic[8] = {'M', 'B', 'S', 'W', 99, 1, uint8_t(~99), uint8_t(~1)};
    std::copy(magic, magic + 8, b.mem.begin() + 0x3F800 + 8);
    ASSERT_EQ(b.mount(1), 0);
    ASSERT_EQ(b.get("x", out), 0);
    EXPECT_EQ(out, pattern(700, 5));
}
