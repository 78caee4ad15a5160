// Wear: many rewrites with a fresh random start index at each simulated boot; prints erase counts per
// page and checks that the random start index spreads them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "fs_board.hpp"

using fstest::Board;
using fstest::pattern;

namespace {

struct Wear {
    uint32_t min = 0, max = 0, spare = 0, busy_pages = 0;
    double mean = 0;  // over pages erased at least once
};

Wear rewrite_workload(int static_files, int rewrites, const char* title) {
    Board b;
    uint32_t rng = 12345;
    auto next = [&] { return rng = rng * 1103515245u + 12345, rng >> 8; };
    b.mount(next() % 216 + 1);
    for (int k = 0; k < static_files; ++k)
        EXPECT_EQ(b.put("static" + std::to_string(k), pattern(1200, k)), 0);
    for (int k = 0; k < rewrites; ++k) {
        if (k % 20 == 0) b.mount(next() % 216 + 1);  // a reboot: new random start index
        EXPECT_EQ(b.put("log.txt", pattern(300 + k % 700, k)), 0) << k;
        if (k % 5 == 0) {
            EXPECT_EQ(b.put("cfg" + std::to_string(k % 3), pattern(90, k)), 0);
        }
    }
    for (int k = 0; k < static_files; ++k) {
        std::vector<uint8_t> out;
        EXPECT_EQ(b.get("static" + std::to_string(k), out), 0);
        EXPECT_EQ(out, pattern(1200, k));
    }
    printf("%s: erase counts per page after %d rewrites (0x38C00..0x3F800, last = spare):", title, rewrites);
    Wear w;
    w.min = ~0u;
    uint32_t n = 0;
    for (uint32_t p = 0x38C00; p <= 0x3F800; p += 1024, ++n) {
        uint32_t c = b.ram.erase_count(p);
        printf("%s%5u", n % 14 == 0 ? "\n  " : " ", c);
        if (p == 0x3F800) {
            w.spare = c;
        } else if (c > 0) {
            w.min = std::min(w.min, c), w.max = std::max(w.max, c), w.mean += c, ++w.busy_pages;
        }
    }
    w.mean /= w.busy_pages ? w.busy_pages : 1;
    printf("\n  pages erased: %u of 27, min %u, mean %.1f, max %u; spare %u; compactions %u\n", w.busy_pages,
           w.min, w.mean, w.max, w.spare, b.fs.stats.compactions);
    return w;
}

}  // namespace

TEST(FsWear, RewritesSpreadOverAllPages) {
    Wear w = rewrite_workload(0, 3000, "rewrites only");
    EXPECT_EQ(w.busy_pages, 27u);
    EXPECT_GT(w.mean, 20.0);  // the workload really wears the flash
    EXPECT_LE(w.max, 2 * w.mean);
    EXPECT_GE(w.min, w.mean / 2);
}

// Pages holding files that never change are never erased (as on the firmware: a sweep only happens
// when no page can be erased whole); the rest of the flash shares the wear.
TEST(FsWear, StaticFilesPinTheirPagesOnly) {
    Wear w = rewrite_workload(6, 3000, "with 7 KB of static files");
    EXPECT_GE(w.busy_pages, 18u);
    EXPECT_LE(w.max, 4 * w.mean);
    EXPECT_LE(w.spare, w.max);  // the spare page is erased once per compaction only
}

// A nearly full, fragmented filesystem: every new chunk needs a compaction. Shows the cost of our safe
// sweep: the spare page is erased once per compaction (docs/filesystem.md, "Costs").
TEST(FsWear, FragmentedFullFilesystemCompacts) {
    Board b;
    b.mount(1);
    for (int k = 0; k < 216; ++k) ASSERT_EQ(b.put("f" + std::to_string(k), pattern(60, k)), 0);
    uint32_t rng = 99;
    std::vector<int> live(216);
    for (int k = 0; k < 216; ++k) live[k] = k;
    for (int round = 0; round < 2000; ++round) {
        rng = rng * 1103515245u + 12345;
        size_t victim = (rng >> 8) % live.size();
        ASSERT_EQ(b.fs.remove("f" + std::to_string(live[victim])), 0);
        live[victim] = 216 + round;
        ASSERT_EQ(b.put("f" + std::to_string(live[victim]), pattern(60, live[victim])), 0) << round;
    }
    for (int k : live) {
        std::vector<uint8_t> out;
        ASSERT_EQ(b.get("f" + std::to_string(k), out), 0);
        ASSERT_EQ(out, pattern(60, k));
    }
    uint32_t total = 0, mx = 0;
    printf("fragmented full filesystem, 2000 replace operations:");
    for (uint32_t p = 0x38C00, n = 0; p < 0x3F800; p += 1024, ++n) {
        uint32_t c = b.ram.erase_count(p);
        printf("%s%5u", n % 14 == 0 ? "\n  " : " ", c);
        total += c, mx = std::max(mx, c);
    }
    uint32_t spare = b.ram.erase_count(0x3F800);
    printf("\n  chunk pages: total %u, max %u; spare page %u; compactions %u\n", total, mx, spare,
           b.fs.stats.compactions);
    EXPECT_GT(b.fs.stats.compactions, 100u);
    EXPECT_LE(mx, 3 * total / 27 + 5);  // compactions are spread over the chunk pages
    EXPECT_EQ(spare, b.fs.stats.compactions);
}
