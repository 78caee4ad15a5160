// Unit tests of the collector (core/gc.cpp): sizes, contents and disjointness of allocations through
// bumps, searches, sweeps and reallocs, and that leaf blocks are neither scanned nor able to keep anything.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "core/config.hpp"
#include "core/gc.hpp"
#include "core/runtime.hpp"
#include "core/text.hpp"
#include "tests/support/bare_heap.hpp"

using namespace core;

namespace {

constexpr size_t kBlock = 16;
alignas(16) char arena[1 << 20];

// The objects the test keeps: a GC root, so what is here survives collections.
struct Kept {
    void* p;
    size_t bytes;
    bool leaf;
    uint8_t fill;
};
constexpr size_t kSlots = 1500;
Kept kept[kSlots];

class Gc : public ::testing::Test {
   protected:
    void SetUp() override {
        test_support::init_bare_heap(arena, sizeof arena);
        for (Kept& k : kept) k = {};
        ASSERT_TRUE(gc::add_root(kept, sizeof kept));
    }
};

// Odd bytes: no word of the fill is an aligned heap address, so a non-leaf fill keeps nothing alive.
void fill(const Kept& k) { memset(k.p, k.fill | 1, k.bytes); }
bool intact(const Kept& k) {
    auto* b = static_cast<const uint8_t*>(k.p);
    return std::all_of(b, b + k.bytes, [&](uint8_t x) { return x == (k.fill | 1); });
}

TEST_F(Gc, AllocationsKeepSizeContentsAndNeverOverlap) {
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
        for (Kept& k : kept) {
            uint32_t r = rng();
            if (k.p && r % 3 == 0) k = {};  // dropped: garbage for the next collection
            if (!k.p && r % 2 == 0) {
                // Mostly small objects, some runs of many blocks (the one-byte bump, the general marking,
                // the search past the bump run).
                size_t bytes = r % 11 == 0 ? 1 + rng() % 2000 : 1 + rng() % 64;
                bool leaf = rng() % 2;
                void* p = leaf ? gc::alloc_leaf(bytes) : gc::alloc(bytes);
                ASSERT_NE(p, nullptr);
                k = {p, bytes, leaf, uint8_t(rng())};
                if (!leaf) {
                    auto* b = static_cast<const uint8_t*>(p);  // non-leaf blocks arrive zeroed
                    ASSERT_TRUE(std::all_of(b, b + bytes, [](uint8_t x) { return x == 0; }));
                }
                fill(k);
            } else if (k.p && r % 7 == 0) {
                size_t bytes = 1 + rng() % 600;  // grow or shrink, in place or moved
                void* p = gc::realloc(k.p, bytes);
                ASSERT_NE(p, nullptr);
                k.p = p;
                k.bytes = std::min(k.bytes, bytes);
                ASSERT_TRUE(intact(k));
                k.bytes = bytes;
                fill(k);
            }
        }
        if (round % 4 == 3) gc::collect();
        std::vector<std::pair<uintptr_t, uintptr_t>> spans;
        for (const Kept& k : kept) {
            if (!k.p) continue;
            ASSERT_TRUE(intact(k)) << "round " << round;
            size_t have = gc::block_bytes(k.p);
            ASSERT_GE(have, k.bytes);
            ASSERT_LT(have, k.bytes + kBlock);
            spans.emplace_back(reinterpret_cast<uintptr_t>(k.p), reinterpret_cast<uintptr_t>(k.p) + have);
        }
        std::sort(spans.begin(), spans.end());
        for (size_t i = 1; i < spans.size(); ++i) ASSERT_LE(spans[i - 1].second, spans[i].first);
    }
}

// A second init (a soft reboot) starts from nothing: no allocation may continue where the last heap's
// free run was.
TEST_F(Gc, InitForgetsThePreviousHeap) {
    for (size_t i = 0; i < 1000; ++i) kept[i] = {gc::alloc(200), 200, false, 0};  // limit grows past 128 KB
    gc::init(arena, 64 * 1024);
    for (Kept& k : kept) k = {};
    for (int i = 0; i < 100; ++i) {
        void* p = gc::alloc(16 * (1 + i % 5));
        ASSERT_TRUE(gc::is_heap_pointer(p));
        ASSERT_LT(static_cast<char*>(p), arena + 64 * 1024);
    }
    EXPECT_LT(gc::info().used, size_t(64 * 1024));
}

// Allocates 8 objects of 7 blocks referenced only from a fresh holder (leaf or not); returns the holder.
constexpr size_t kOrphans = 8;
[[gnu::noinline]] void* holder_of_orphans(bool leaf) {
    void* holder = leaf ? gc::alloc_leaf(kOrphans * sizeof(void*)) : gc::alloc(kOrphans * sizeof(void*));
    for (size_t i = 0; i < kOrphans; ++i) {
        void* orphan = gc::alloc(7 * kBlock - 8);
        memcpy(static_cast<char*>(holder) + i * sizeof orphan, &orphan, sizeof orphan);
    }
    return holder;
}

// The collector scans its own frames too, which lie where dead frames were: wipe that residue so that
// only the holder can keep the orphans.
[[gnu::noinline]] void clear_stack_below() {
    volatile char wipe[8192];
    for (size_t i = 0; i < sizeof wipe; ++i) wipe[i] = 0;
}

// Heap in use after a collection while a holder of the given kind is rooted. No pointer stays in the
// caller's frame (which the collector scans), only the size.
[[gnu::noinline]] size_t used_while_holding(bool leaf) {
    kept[0].p = holder_of_orphans(leaf);
    clear_stack_below();
    gc::collect();
    size_t used = gc::info().used;
    kept[0].p = nullptr;
    return used;
}

TEST_F(Gc, LeafBlocksAreNotScanned) {
    size_t holder = kOrphans * sizeof(void*), orphans = kOrphans * 7 * kBlock;
    // First, on an empty heap: a leaf holder keeps none of its orphans. (A stale word on the C stack, which
    // the collector scans conservatively, may keep one or two: residue only ever adds.)
    EXPECT_LE(used_while_holding(true), holder + 2 * 7 * kBlock);
    // A scanned holder keeps them all.
    EXPECT_GE(used_while_holding(false), holder + orphans);
}

// A pointer to a heap str's text (where a string_view into it points) keeps the str, as a pointer to its
// start does; a pointer further inside keeps nothing.
TEST_F(Gc, StrTextPointerKeepsTheStr) {
    constexpr size_t kStrs = 20, kLen = 100;
    auto used_while_kept = [](size_t offset) {
        gc::collect();
        size_t before = gc::info().used;
        for (size_t i = 0; i < kStrs; ++i) {
            Str* s = str_alloc(&str_type, kLen);
            EXPECT_NE(s, nullptr);
            if (!s) return size_t(0);
            EXPECT_EQ(s->data, reinterpret_cast<const char*>(s) + sizeof(Str));
            kept[i].p = reinterpret_cast<char*>(s) + offset;
        }
        gc::collect();
        size_t grown = gc::info().used - before;
        for (size_t i = 0; i < kStrs; ++i) kept[i].p = nullptr;
        return grown;
    };
    size_t str_bytes = sizeof(Str) + kLen;
    EXPECT_GE(used_while_kept(0), kStrs * str_bytes);
    EXPECT_GE(used_while_kept(sizeof(Str)), kStrs * str_bytes);
    // Past the text's start: none of them (a stale word on the C stack may keep one or two: residue).
    EXPECT_LE(used_while_kept(sizeof(Str) + 2 * kBlock), 2 * (str_bytes + kBlock));
}

// Large runs are placed from the top of the soft limit down, small ones from the bottom up and below the
// large runs, so arrays and small objects do not interleave.
TEST_F(Gc, LargeRunsArePlacedAboveSmallOnes) {
    const size_t large = config::gc_large_blocks * kBlock;
    std::vector<char*> small;
    for (int i = 0; i < 50; ++i) small.push_back(static_cast<char*>(gc::alloc(48)));
    auto* a = static_cast<char*>(gc::alloc(large));
    auto* b = static_cast<char*>(gc::alloc_leaf(2 * large));
    for (int i = 0; i < 50; ++i) small.push_back(static_cast<char*>(gc::alloc(48)));
    ASSERT_TRUE(a && b);
    EXPECT_LT(b, a);  // the second large run goes below the first
    for (char* p : small) {
        ASSERT_NE(p, nullptr);
        EXPECT_LT(p + 48, b);
    }
    kept[0] = {a, large, false, 3};
    kept[1] = {b, 2 * large, true, 5};
    fill(kept[0]);
    fill(kept[1]);
    gc::collect();
    EXPECT_TRUE(intact(kept[0]) && intact(kept[1]));
}

// grow_in_place takes the free blocks after a block, else moves it down into the free run before it (a
// large run placed at the top has nothing after it), and fails, leaving it as it was, when they are short.
TEST_F(Gc, GrowInPlaceTakesTheFreeBlocksAroundIt) {
    const size_t large = config::gc_large_blocks * kBlock;
    auto* a = static_cast<uint8_t*>(gc::alloc(large));
    ASSERT_NE(a, nullptr);
    kept[0] = {a, large, false, 7};
    fill(kept[0]);
    auto* b = static_cast<uint8_t*>(gc::grow_in_place(a, 3 * large));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b + 3 * large, a + large);  // moved down: it ends where it ended
    EXPECT_EQ(gc::block_bytes(b), 3 * large);
    kept[0] = {b, large, false, 7};
    EXPECT_TRUE(intact(kept[0]));
    EXPECT_TRUE(std::all_of(b + large, b + 3 * large, [](uint8_t x) { return x == 0; }));  // zeroed
    // A block right below it: growing then needs more than the (absent) blocks after it.
    auto* c = static_cast<uint8_t*>(gc::alloc(large));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c + large, b);
    kept[1] = {c, large, false, 9};
    fill(kept[1]);
    EXPECT_EQ(gc::grow_in_place(b, 4 * large), nullptr);
    EXPECT_EQ(gc::block_bytes(b), 3 * large);
    // Shrinking and growing back over what it freed stays in place.
    EXPECT_EQ(gc::grow_in_place(b, 2 * large), b);
    EXPECT_EQ(gc::grow_in_place(b, 3 * large), b);
    gc::collect();
    EXPECT_TRUE(intact(kept[0]) && intact(kept[1]));
}

// scrub_stack wipes what a returned recursion left in its frames, down to the deepest one it noted.
volatile uintptr_t* deepest_word;
[[gnu::noinline]] int recurse_noting_depth(int depth) {
    volatile uintptr_t word = 0x5A5A5A5A;
    gc::note_stack_depth();
    if (depth == 0) {
        deepest_word = &word;
        return 0;
    }
    return recurse_noting_depth(depth - 1) + int(word & 1);  // not a tail call: each frame stays
}

TEST_F(Gc, ScrubStackWipesDeadFrames) {
    recurse_noting_depth(40);
    ASSERT_EQ(*deepest_word, uintptr_t(0x5A5A5A5A));  // still there after the return
    recurse_noting_depth(40);
    gc::scrub_stack();
    EXPECT_EQ(*deepest_word, uintptr_t(0));
}

}  // namespace
