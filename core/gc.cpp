// Conservative mark-sweep collector over one arena of 16-byte blocks, with a 2-bit allocation table.
#include "core/gc.hpp"

#if !defined(__arm__)
#include <setjmp.h>
#endif
#include <string.h>

#include "core/attr_cache.hpp"
#include "core/config.hpp"
#include "core/runtime.hpp"
#include "core/vm.hpp"

namespace core::gc {
namespace {

constexpr size_t kBlock = config::gc_block_bytes;
static_assert(kBlock == 16, "alloc_leaf_block (gc.hpp) writes 16-byte blocks");
constexpr size_t kWord = sizeof(uintptr_t);
// The soft limit starts at 128 KB (the whole arena on the device) and grows (grow_step) while the live
// data fills more than 1/config::gc_headroom of it after a collection.
constexpr size_t kInitialLimit = (128 * 1024) / kBlock;

// Allocation table entries, 2 bits per block (4 blocks per byte).
enum : uint8_t { kFree = 0, kHead = 1, kTail = 2, kMark = 3 };

struct Heap {
    // The allocation table, the leaf table, the pool, and the bump run are in gc::bump (gc.hpp).
    size_t n_blocks = 0;
    // Allocation is next-fit below a soft limit that grows with the live data, so allocation is cheap and
    // a large arena costs memory only when the program needs it (pages above the limit stay untouched).
    // Only the allocation table of blocks below the limit is ever read, and it is zeroed as the limit
    // grows: zeroing the whole table up front would make every page of it resident (256 KB for 16 MB).
    size_t limit = 0;        // blocks [0, limit) are in use by the allocator
    size_t first_free = 0;   // lowest block that may be free
    size_t large_from = 0;   // where the downward search for a large run starts: the last one placed
    size_t small_top = 0;    // small allocations stay below the large runs placed since the last sweep
    intptr_t threshold = 0;  // init() sets -1 and `enabled`: all zero here keeps the object in .bss
    uint32_t collections = 0;
    int lock_depth = 0;
    bool enabled = false;
    bool collecting = false;
    bool mark_overflow = false;
    size_t mark_sp = 0;
    size_t mark_stack[config::gc_mark_stack] = {};
    struct Root {
        void* start;
        size_t bytes;
    } roots[16] = {};  // core::init's and the REPL's static Value arrays
    size_t n_roots = 0;
#if MBPY_GC_SAFE_POINTS
    // The heap's size in blocks (the arena less the reserve): used blocks beyond it are on loan.
    size_t cap = 0;
    size_t live_after = 0;  // used blocks after the last collection
    // An allocation since the last collection took blocks beyond the heap's size.
    bool over_cap = false;
    // A safe point raised MemoryError, and no collection has found the live data fitting since.
    bool raised = false;
#endif
};
constinit Heap heap;  // zeroed .bss and constants: no code runs at start-up
}  // namespace

Bump bump;

namespace {

inline uint8_t get(size_t b) { return (bump.atb[b >> 2] >> ((b & 3) * 2)) & 3; }
inline void set(size_t b, uint8_t v) {
    uint8_t& byte = bump.atb[b >> 2];
    int shift = (b & 3) * 2;
    byte = static_cast<uint8_t>((byte & ~(3 << shift)) | (v << shift));
}
inline size_t block_of(const void* p) { return (static_cast<const uint8_t*>(p) - bump.pool) / kBlock; }
inline uint8_t* addr_of(size_t b) { return bump.pool + b * kBlock; }
inline bool is_leaf(size_t b) { return (bump.leaf[b >> 3] >> (b & 7)) & 1; }
inline void set_leaf(size_t b, bool on) {
    uint8_t bit = static_cast<uint8_t>(1u << (b & 7));
    bump.leaf[b >> 3] = static_cast<uint8_t>(on ? bump.leaf[b >> 3] | bit : bump.leaf[b >> 3] & ~bit);
}
inline void update_bump_ok() { bump.ok = heap.lock_depth == 0 && heap.threshold < 0 && heap.n_blocks > 0; }
#if MBPY_GC_SAFE_POINTS
inline size_t soft_cap() { return heap.live_after < heap.cap ? (heap.cap + heap.live_after) / 2 : heap.cap; }
#endif
inline size_t blocks_for(size_t bytes) { return bytes == 0 ? 1 : (bytes + kBlock - 1) / kBlock; }

// The allocation table is read a word (32 entries on the host, 16 on the device) at a time.
using Word = uintptr_t;
constexpr size_t kWordBlocks = sizeof(Word) * 4;
constexpr Word kEvens = ~Word(0) / 3;  // 0x5555...: the low bit of every 2-bit entry
inline unsigned lowest_bit(Word m) {
    if constexpr (sizeof(Word) == sizeof(unsigned long long)) return unsigned(__builtin_ctzll(m));
    return unsigned(__builtin_ctz(unsigned(m)));
}
inline unsigned highest_bit(Word m) {
    if constexpr (sizeof(Word) == sizeof(unsigned long long)) return 63u - unsigned(__builtin_clzll(m));
    return 31u - unsigned(__builtin_clz(unsigned(m)));
}
inline Word table_word(size_t w) {
    Word x;
    memcpy(&x, bump.atb + w * sizeof(Word), sizeof x);
    return x;
}
// Bit 2k set for the entries k of table word w from block `from` on.
inline Word from_on(size_t from) { return ~Word(0) << (2 * (from % kWordBlocks)); }

// Blocks in the allocation starting at `head`: the head and the tails after it.
size_t run_length(size_t head) {
    for (size_t b = head + 1; b < heap.limit;) {
        size_t w = b / kWordBlocks;
        Word y = table_word(w) ^ (kEvens << 1);  // tails (10) become 00
        Word other = (y | (y >> 1)) & kEvens & from_on(b);
        if (other) {
            size_t r = w * kWordBlocks + (lowest_bit(other) >> 1);
            return (r < heap.limit ? r : heap.limit) - head;
        }
        b = (w + 1) * kWordBlocks;
    }
    return heap.limit - head;
}

// Sets the entries [start, start + n) to kFree or kTail, whole table bytes at once in the middle.
void fill_entries(size_t start, size_t n, uint8_t v) {
    size_t b = start, end = start + n;
    for (; b < end && (b & 3); ++b) set(b, v);
    size_t bytes = (end - b) / 4;
    memset(bump.atb + b / 4, v == kTail ? 0xAA : 0, bytes);
    for (b += bytes * 4; b < end; ++b) set(b, v);
}

// Zeroes the allocation table of the blocks [from, to) the limit just took in.
void zero_table(size_t from, size_t to) {
    size_t lo = (from + 3) / 4, hi = (to + 3) / 4;
    for (size_t b = from; b < to && (b & 3); ++b) set(b, kFree);
    if (hi > lo) memset(bump.atb + lo, 0, hi - lo);
}

// A word that points at the start of an allocated block marks that allocation; so does one that points
// at a heap str's text, just past its header: code that reads a str through a string_view while it
// allocates may hold no other pointer to it (the optimiser drops the str's own once it is not used).
inline void mark_word(uintptr_t w) {
    auto* p = reinterpret_cast<uint8_t*>(w);
    if (p < bump.pool || p >= bump.pool + heap.limit * kBlock) return;
    size_t off = static_cast<size_t>(p - bump.pool);
    size_t b = off / kBlock;
    if (off % kBlock != 0 || get(b) != kHead) {
        if (off < sizeof(Str) || (off - sizeof(Str)) % kBlock != 0) return;
        b = (off - sizeof(Str)) / kBlock;
        if (get(b) != kHead) return;
    }
    set(b, kMark);
    if (is_leaf(b)) return;  // nothing inside to scan
    if (heap.mark_sp < config::gc_mark_stack) {
        heap.mark_stack[heap.mark_sp++] = b;
    } else {
        heap.mark_overflow = true;  // the block is marked; its children are found by a rescan
    }
}

void scan_block_children(size_t b) {
    size_t n = run_length(b);
    auto* w = reinterpret_cast<const uintptr_t*>(addr_of(b));
    size_t words = n * kBlock / kWord;
    for (size_t i = 0; i < words; ++i) mark_word(w[i]);
}

void drain_mark_stack() {
    while (heap.mark_sp > 0) scan_block_children(heap.mark_stack[--heap.mark_sp]);
}

__attribute__((no_sanitize_address, no_sanitize("address"))) void scan_range(const void* start,
                                                                             size_t bytes) {
    auto addr = reinterpret_cast<uintptr_t>(start);
    addr = (addr + kWord - 1) & ~(kWord - 1);
    auto end = reinterpret_cast<uintptr_t>(start) + bytes;
    for (; addr + kWord <= end; addr += kWord) {
        mark_word(*reinterpret_cast<const uintptr_t*>(addr));
        drain_mark_stack();
    }
}

__attribute__((noinline, no_sanitize_address, no_sanitize("address"))) void scan_stack() {
    // Callee-saved registers must reach the stack so their pointers are seen: __builtin_unwind_init has
    // the prologue push them into this frame, above its locals.
    __builtin_unwind_init();
#if defined(__arm__)
    // Thumb-1's prologue pushes only r4-r7; GCC keeps values in r8-r11 too, so those are stored here. (A
    // jmp_buf, as below, cost 120 B of frame on top of the deepest frames the collection runs under.)
    uintptr_t r8, r9, r10, r11;
    __asm__ volatile("mov %0, r8\n\tmov %1, r9\n\tmov %2, r10\n\tmov %3, r11"
                     : "=l"(r8), "=l"(r9), "=l"(r10), "=l"(r11));
    volatile uintptr_t regs[4] = {r8, r9, r10, r11};
    char* sp = reinterpret_cast<char*>(const_cast<uintptr_t*>(regs));
#else
    // glibc's setjmp mangles some registers (rbp) in the jmp_buf: hence both.
    jmp_buf regs;
    setjmp(regs);
    char* sp = reinterpret_cast<char*>(&regs);
#endif
    char* top = state.c_stack_top;
    if (!top) return;
#if MBPY_GC_SAFE_POINTS
    char* floor = static_cast<char*>(const_cast<void*>(stack_floor));
    if (floor && sp < floor && floor < top) sp = floor;
#endif
    if (sp < top) {
        scan_range(sp, static_cast<size_t>(top - sp));
    } else {
        scan_range(top, static_cast<size_t>(sp - top));
    }
}

// Below the deepest noted frame, the leaf calls made from it (allocation, the lexer) went deeper still.
constexpr size_t kScrubMargin = config::gc_scrub_margin;

}  // namespace

char* deepest_stack = nullptr;
#if MBPY_GC_SAFE_POINTS
int unsafe_depth = 0;
bool collect_pending = false;
bool vm_direct_call = false;
size_t reserve_bytes = 0;
bool collect_anywhere = false;
const void* stack_floor = nullptr;
#endif
void (*stack_roots_hook)(void (*scan)(const void* start, size_t bytes)) = nullptr;

__attribute__((noinline, no_sanitize_address, no_sanitize("address"))) void scrub_stack() {
    char here;
    char* top = state.c_stack_top;
    char* low = deepest_stack;
    deepest_stack = nullptr;
    if (!low || !top || top < &here) return;
    low -= kScrubMargin;
    if (low < top - config::c_stack_limit) low = top - config::c_stack_limit;
    // Word by word and without calls: a callee's frame would lie in the range being cleared. The words
    // just below this frame are left alone (a leaf function may keep locals under its stack pointer).
    auto* p =
        reinterpret_cast<volatile uintptr_t*>(reinterpret_cast<uintptr_t>(low) & ~(sizeof(uintptr_t) - 1));
    auto* end = reinterpret_cast<volatile uintptr_t*>(reinterpret_cast<uintptr_t>(&here) - 256);
    while (p < end) *p++ = 0;
}

namespace {

void mark_all() {
    scan_range(&state, sizeof(state));
    for (size_t i = 0; i < heap.n_roots; ++i) scan_range(heap.roots[i].start, heap.roots[i].bytes);
    scan_stack();
    if (stack_roots_hook) stack_roots_hook(scan_range);
    // Mark-stack overflow: some marked blocks still need their children scanned. Repeat until stable.
    while (heap.mark_overflow) {
        heap.mark_overflow = false;
        for (size_t b = 0; b < heap.limit; ++b) {
            if (get(b) == kMark && !is_leaf(b)) {
                scan_block_children(b);
                drain_mark_stack();
            }
        }
    }
}

// What the sweep does to one table byte: the byte after, live blocks in it, whether a dead run is still
// being freed at its end, and the first free entry (4: none). `freeing` says a dead run reached it.
struct SweepStep {
    uint8_t out, used, freeing, first_free;
};
constexpr SweepStep sweep_byte(uint8_t x, bool freeing) {
    SweepStep r{0, 0, 0, 4};
    for (int k = 0; k < 4; ++k) {
        uint8_t e = (x >> (2 * k)) & 3;
        if (e == kHead) {  // unmarked: dead, with its tails
            freeing = true;
            e = kFree;
        } else if (e == kMark) {  // live: unmark
            freeing = false;
            e = kHead;
            r.used++;
        } else if (e == kTail) {
            if (freeing)
                e = kFree;
            else
                r.used++;
        } else {
            freeing = false;
        }
        if (e == kFree && r.first_free == 4) r.first_free = uint8_t(k);
        r.out = uint8_t(r.out | (e << (2 * k)));
    }
    r.freeing = freeing;
    return r;
}
#if MBPY_GC_SWEEP_TABLE
// Every byte in both states, precomputed (2 KB): the host's sweep is a lookup per 4 blocks. The device
// computes each byte instead, keeping the flash.
struct SweepTable {
    SweepStep step[2][256];
    constexpr SweepTable() : step() {
        for (int f = 0; f < 2; ++f)
            for (int x = 0; x < 256; ++x) step[f][x] = sweep_byte(uint8_t(x), f != 0);
    }
};
constexpr SweepTable sweep_table;
inline SweepStep sweep_step(uint8_t x, bool freeing) { return sweep_table.step[freeing][x]; }
#else
inline SweepStep sweep_step(uint8_t x, bool freeing) { return sweep_byte(x, freeing); }
#endif

// Frees unmarked runs and unmarks the rest, a table byte (4 blocks) at a time.
void sweep() {
    size_t used = 0;
    size_t first_free = SIZE_MAX;
    bool freeing = false;
    size_t n_bytes = (heap.limit + 3) / 4;  // entries past the limit in the last byte are free (zeroed)
    for (size_t i = 0; i < n_bytes; ++i) {
        uint8_t x = bump.atb[i];
        SweepStep r = sweep_step(x, freeing);
        bump.atb[i] = r.out;
        used += r.used;
        freeing = r.freeing;
        if (r.first_free < 4 && first_free == SIZE_MAX) first_free = i * 4 + r.first_free;
    }
    bump.used_blocks = used;
    heap.first_free = first_free < heap.limit ? first_free : heap.limit;
    bump.next = bump.run_end = heap.first_free;
    heap.large_from = heap.small_top = heap.limit;
}

// ---- holes: runs of free blocks ----------------------------------------------------------------------
// Bit 2k set where entry k of table word w is free (or in use, with free false).
inline Word entry_bits(size_t w, bool free) {
    Word x = table_word(w);
    Word used = (x | (x >> 1)) & kEvens;  // a head, tail or mark
    return free ? ~used & kEvens : used;
}

// The first block in [from, to) that is free (or in use, with free false); `to` when there is none.
size_t next_entry(size_t from, size_t to, bool free) {
    for (size_t b = from; b < to;) {
        size_t w = b / kWordBlocks;
        Word m = entry_bits(w, free) & from_on(b);
        if (m) {
            size_t r = w * kWordBlocks + (lowest_bit(m) >> 1);
            return r < to ? r : to;
        }
        b = (w + 1) * kWordBlocks;
    }
    return to;
}

// The last block in [from, to) that is free (or in use, with free false); kNoBlock when there is none.
constexpr size_t kNoBlock = SIZE_MAX;
size_t prev_entry(size_t from, size_t to, bool free) {
    for (size_t b = to; b > from;) {
        size_t last = b - 1, w = last / kWordBlocks;
        Word up_to_last = last % kWordBlocks == kWordBlocks - 1 ? ~Word(0) : ~from_on(last + 1);
        Word m = entry_bits(w, free) & up_to_last;
        if (m) {
            size_t r = w * kWordBlocks + (highest_bit(m) >> 1);
            return r >= from ? r : kNoBlock;
        }
        b = w * kWordBlocks;
    }
    return kNoBlock;
}

// The highest run of `n` free blocks in [from, to); n_blocks when there is none.
size_t find_run_down(size_t n, size_t from, size_t to) {
    for (size_t end = to; end > from;) {
        size_t last_free = prev_entry(from, end, true);
        if (last_free == kNoBlock) break;
        size_t used = prev_entry(from, last_free, false);
        size_t start = used == kNoBlock ? from : used + 1;
        if (last_free + 1 - start >= n) return last_free + 1 - n;
        end = start;
    }
    return heap.n_blocks;
}

// The first run of at least `n` free blocks in [from, to), and in *end where that free run ends (at
// most `to`); n_blocks when there is none.
size_t find_hole(size_t n, size_t from, size_t to, size_t* end) {
    for (size_t b = next_entry(from, to, true); b < to; b = next_entry(*end, to, true)) {
        *end = next_entry(b + 1, to, false);
        if (*end - b >= n) return b;
    }
    return heap.n_blocks;
}

// Small allocations: first-fit from the lowest free block (config::gc_first_fit), else next-fit from
// the last one up to the large runs (or the soft limit), then from the lowest free block. *end: where the
// free run found ends, so the next allocations are bumps.
size_t find_small(size_t n, size_t* end) {
    size_t top = heap.small_top;
    if (config::gc_first_fit) {
        size_t b = find_hole(n, heap.first_free, top, end);
        return b < top ? b : heap.n_blocks;
    }
    size_t b = find_hole(n, bump.next, top, end);
    if (b == heap.n_blocks && heap.first_free < bump.next) {
        size_t to = bump.next + n < top ? bump.next + n : top;
        b = find_hole(n, heap.first_free, to, end);
    }
    return b < top ? b : heap.n_blocks;
}

// Large requests are placed from the top of the soft limit down and everything else next-fit from the
// bottom, so big arrays do not wait for a hole between small objects that live long (fft's 32 KB lists
// among its floats needed a heap 4.5 times its live data).
inline bool is_large(size_t n) { return n >= config::gc_large_blocks; }
size_t find_free(size_t n, size_t* end) {
    if (!is_large(n)) return find_small(n, end);
    // Next-fit downwards: below the last large run first, then the whole range again.
    size_t b = find_run_down(n, heap.first_free, heap.large_from);
#if MBPY_GC_SAFE_POINTS
    // The room below the large runs is used up or nearly: collect at the next safe point.
    if (b == heap.n_blocks || b - heap.first_free < heap.limit / 4) request_collect();
    // Until it runs, a search of the whole range for each large allocation would cost more than the
    // room it finds: the soft limit grows instead (alloc_deferred).
    if (b == heap.n_blocks && collect_pending) return heap.n_blocks;
#endif
    if (b == heap.n_blocks) b = find_run_down(n, heap.first_free, heap.limit);
    if (b >= heap.limit) return heap.n_blocks;
    heap.large_from = b;
    return b;
}

// Where `n` blocks go: the bump run for a small request that fits in it, else a search (n_blocks: no
// run). *end: where the free run found ends.
size_t place(size_t n, size_t* end) {
    *end = bump.run_end;
    if (bump.next + n <= bump.run_end && !is_large(n)) return bump.next;
    return find_free(n, end);
}

// Table bits of a run of n <= 4 blocks starting at entry 0 of a byte: a head (01), then tails (10).
constexpr uint8_t one_byte_run[5] = {0, 0x01, 0x09, 0x29, 0xA9};

// The table bits of a run too long for one table byte: the head and tails to the byte's end, whole
// bytes of tails, the last tails.
[[gnu::noinline]] void mark_long_run(uint8_t* t, unsigned pos, size_t n) {
    *t++ |= static_cast<uint8_t>(one_byte_run[4 - pos] << (2 * pos));
    size_t rest = n - (4 - pos);
    if (rest >= 4) memset(t, 0xAA, rest >> 2);
    t += rest >> 2;
    if (rest & 3) *t |= static_cast<uint8_t>(0xAA & ((1u << (2 * (rest & 3))) - 1));
}

// Marks [start, start + n) allocated; the blocks must be free (00), so bits are OR-ed in a byte at a time.
inline void mark_taken(size_t start, size_t n) {
    bump.used_blocks += n;
    bump.since_collect += n * kBlock;
    unsigned pos = start & 3;
    uint8_t* t = bump.atb + (start >> 2);
    if (pos + n <= 4)  // the whole run in one table byte: one write
        *t |= static_cast<uint8_t>(one_byte_run[n] << (2 * pos));
    else
        mark_long_run(t, pos, n);
}

// The memory of a new allocation: zeroed unless it is a leaf (whose owner fills it).
inline void* block_memory(size_t start, size_t n, bool leaf) {
    void* p = addr_of(start);
    if (leaf) return p;
    if (n == 1)
        memset(p, 0, kBlock);  // constant size: inlined for the common one-block object
    else
        memset(p, 0, n * kBlock);
    return p;
}

// Takes [start, start + n); for a small allocation `end` is where its free run ends (the bump run).
void* take_run(size_t start, size_t n, bool leaf, size_t end) {
    mark_taken(start, n);
    set_leaf(start, leaf);
    if (is_large(n)) {  // placed from the top: the bump run stays, less any blocks it shared
        if (start < bump.run_end && start + n > bump.next)
            bump.run_end = start > bump.next ? start : bump.next;
        if (start < heap.small_top) heap.small_top = start;
    } else {
        bump.next = start + n;
        bump.run_end = end;
#if MBPY_GC_SAFE_POINTS
        // The bump run ends where the heap's size would be passed, and before the last eighth of the soft
        // limit: from there allocations take the slow path, which asks for a collection.
        size_t room = soft_cap() > bump.used_blocks ? soft_cap() - bump.used_blocks : 0;
        if (bump.run_end > bump.next + room) bump.run_end = bump.next + room;
        size_t soft = heap.limit - heap.limit / 8;
        if (soft > bump.next && bump.run_end > soft) bump.run_end = soft;
#endif
    }
    if (start == heap.first_free) heap.first_free = start + n;
    return block_memory(start, n, leaf);
}

}  // namespace

void init(void* arena, size_t bytes) {
    // A re-init (soft reboot) must neither continue the old heap's bump run nor find the old heap's
    // objects through the attribute cache.
    heap = Heap{};
    heap.threshold = -1;
    heap.enabled = true;
    bump = Bump{};
    attr_cache_invalidate();
    auto* base = static_cast<uint8_t*>(arena);
    // Each block needs kBlock bytes of pool plus 3 bits of tables (allocation 2, leaf 1).
    size_t n = (bytes * 8) / (kBlock * 8 + 3);
    size_t atb_bytes = (n + 3) / 4, leaf_bytes = (n + 7) / 8;
    uintptr_t pool = reinterpret_cast<uintptr_t>(base + atb_bytes + leaf_bytes);
    pool = (pool + kBlock - 1) & ~(uintptr_t)(kBlock - 1);
    while (n > 0 && pool + n * kBlock > reinterpret_cast<uintptr_t>(base) + bytes) --n;
    bump.atb = base;
    bump.leaf = base + atb_bytes;  // never needs zeroing: every allocation sets its head's bit
    bump.pool = reinterpret_cast<uint8_t*>(pool);
    heap.n_blocks = n;
#if MBPY_GC_SAFE_POINTS
    size_t own = bytes > reserve_bytes ? bytes - reserve_bytes : 0;
    heap.cap = (own * 8) / (kBlock * 8 + 3);
    if (heap.cap > n) heap.cap = n;
    collect_pending = false;
    unsafe_depth = 0;
    vm_direct_call = false;
#endif
    heap.limit = n < kInitialLimit ? n : kInitialLimit;
    heap.large_from = heap.small_top = heap.limit;
    zero_table(0, heap.limit);
    update_bump_ok();
}

void collect() {
    if (heap.collecting || heap.n_blocks == 0) return;
    heap.collecting = true;
    attr_cache_invalidate();  // its entries may name objects this collection frees
    vm_drop_frame_cache();    // reusable frames hold their last call's data
    mark_all();
    sweep();
    bump.since_collect = 0;
    heap.collections++;
    heap.collecting = false;
}

namespace {
// A collection's frames: 176 B on the board (scripts/device-stack --path collect). Paths that check their
// room before they start count them once at most: the parser and compiler count their own frames only,
// and an allocation at their deepest point collects only where the collection still fits the stack.
constexpr size_t kCollectFrames = 184;

[[gnu::noinline]] bool room_to_collect() {
    char here;
    char* top = state.c_stack_top;
    if (!top) return true;
    size_t used = top > &here ? static_cast<size_t>(top - &here) : static_cast<size_t>(&here - top);
    return used + kCollectFrames <= config::c_stack_size;
}

// How much the soft limit grows: it doubles up to gc_headroom_bytes, then grows by a quarter, so a
// program whose heap needs just over a megabyte does not touch two.
inline size_t grow_step(size_t limit) {
    return limit * kBlock < config::gc_headroom_bytes ? limit : limit / 4;
}

// How many times the live data the soft limit should hold (config.hpp).
inline size_t headroom() {
    return heap.limit * kBlock < config::gc_headroom_bytes ? config::gc_headroom : config::gc_headroom / 2;
}

#if MBPY_GC_SAFE_POINTS
// Grows the soft limit until a run of n blocks is free below it (the caller's search found none); the
// run's start, or n_blocks.
size_t grow_for(size_t n, size_t* end) {
    size_t start = heap.n_blocks;
    while (heap.limit < heap.n_blocks && start == heap.n_blocks) {
        size_t old = heap.limit;
        size_t grown = old + grow_step(old);
        heap.limit = grown < heap.n_blocks ? grown : heap.n_blocks;
        heap.large_from = heap.small_top = heap.limit;
        zero_table(old, heap.limit);
        start = find_free(n, end);
    }
    return start;
}

// Whether n more blocks may be taken now. Once half the room the last collection left is used, a
// collection is asked for, so that one usually runs before the heap's size is reached. Past the heap's
// size the blocks come from the reserve: only the next safe point's collection can tell whether the
// board would have had room (collect_at_safe_point), except for a request larger than the whole heap.
bool may_take(size_t n) {
    if (bump.used_blocks + n <= soft_cap()) return true;
    request_collect();
    if (bump.used_blocks + n > heap.cap) heap.over_cap = true;
    return n <= heap.cap;
}

void* alloc_deferred(size_t n, bool leaf) {
    if (heap.enabled && heap.threshold >= 0 && bump.since_collect >= static_cast<size_t>(heap.threshold))
        request_collect();
    if (collect_anywhere && collect_pending) {
        collect_pending = false;
        collect();
        heap.live_after = bump.used_blocks;
    }
    if (!may_take(n)) return nullptr;
    size_t end, start = place(n, &end);
    if (start == heap.n_blocks) {
        request_collect();
        start = grow_for(n, &end);
        if (start == heap.n_blocks) return nullptr;  // the reserve is used up too
    } else if (bump.used_blocks + n > heap.limit - heap.limit / 8) {
        request_collect();  // the soft limit's last eighth: collect before it has to grow
    }
    return take_run(start, n, leaf, end);
}
#endif

void* alloc_slow(size_t n, bool leaf) {
    if (heap.lock_depth > 0 || heap.n_blocks == 0) return nullptr;
#if MBPY_GC_SAFE_POINTS
    return alloc_deferred(n, leaf);
#endif
    if (heap.enabled && heap.threshold >= 0 && bump.since_collect >= static_cast<size_t>(heap.threshold) &&
        room_to_collect()) {
        collect();
    }
    size_t end, start = place(n, &end);
    if (start == heap.n_blocks) {
        if (room_to_collect()) collect();  // else fails if nothing is free
        // Grow the limit while the live data fills too much of it, or the request does not fit.
        while (heap.limit < heap.n_blocks && (bump.used_blocks * headroom() > heap.limit ||
                                              (start = find_free(n, &end)) == heap.n_blocks)) {
            size_t old = heap.limit;
            size_t grown = old + grow_step(old);
            heap.limit = grown < heap.n_blocks ? grown : heap.n_blocks;
            heap.large_from = heap.small_top = heap.limit;
            zero_table(old, heap.limit);
            start = heap.n_blocks;
        }
        if (start == heap.n_blocks) start = find_free(n, &end);
        if (start == heap.n_blocks) return nullptr;
    }
    return take_run(start, n, leaf, end);
}

inline void* alloc_kind(size_t bytes, bool leaf) {
    size_t n = blocks_for(bytes);
    size_t start = bump.next;
    // The common case: a bump through the free run (large runs are placed from the top instead).
    if (bump.ok && start + n <= bump.run_end && !is_large(n)) {
        bump.next = start + n;
        mark_taken(start, n);
        set_leaf(start, leaf);
        return block_memory(start, n, leaf);
    }
    return alloc_slow(n, leaf);
}
}  // namespace

void* alloc(size_t bytes) { return alloc_kind(bytes, false); }
void* alloc_leaf(size_t bytes) { return alloc_kind(bytes, true); }
void* alloc_leaf_block_slow() { return alloc_kind(kBlock, true); }

void free(void* p) {
    if (!p || heap.collecting || !is_heap_pointer(p)) return;
    size_t b = block_of(p);
    if (get(b) != kHead) return;
    size_t n = run_length(b);
    fill_entries(b, n, kFree);
    bump.used_blocks -= n;
    if (b < heap.first_free) heap.first_free = b;
    if (config::gc_first_fit && b < bump.next) bump.run_end = bump.next;  // the next search starts lower
    if (is_large(n) && b + n > heap.large_from) heap.large_from = b + n;  // a grown array's old run: reuse it
}

void* realloc(void* p, size_t bytes) {
    if (!p) return alloc(bytes);
    size_t b = block_of(p);
    size_t have = run_length(b);
    size_t want = blocks_for(bytes);
    if (want <= have) {
        fill_entries(b + want, have - want, kFree);
        bump.used_blocks -= have - want;
        if (want < have && b + want < heap.first_free) heap.first_free = b + want;
        if (config::gc_first_fit && want < have && b + want < bump.next) bump.run_end = bump.next;
        return p;
    }
    // Grow in place when the following blocks are free.
    if (b + want <= heap.limit && next_entry(b + have, b + want, false) == b + want && heap.lock_depth == 0
#if MBPY_GC_SAFE_POINTS
        && may_take(want - have)
#endif
    ) {
        fill_entries(b + have, want - have, kTail);
        if (!is_leaf(b)) memset(addr_of(b + have), 0, (want - have) * kBlock);
        bump.used_blocks += want - have;
        bump.since_collect += (want - have) * kBlock;
        if (bump.next >= b + have && bump.next < b + want) {  // the bump run lost its first blocks
            bump.next = b + want;
            if (bump.run_end < bump.next) bump.run_end = bump.next;
        }
        return p;
    }
    // `p` stays reachable through our caller's stack during a collection
    void* q = alloc_kind(bytes, is_leaf(b));
    if (!q) return grow_in_place(p, bytes);  // the free blocks around it may be enough
    memcpy(q, p, have * kBlock);
    free(p);
    return q;
}

void* grow_in_place(void* p, size_t bytes) {
    if (!is_heap_pointer(p) || heap.lock_depth > 0 || heap.collecting) return nullptr;
    size_t b = block_of(p);
    if (get(b) != kHead) return nullptr;
    size_t have = run_length(b);
    size_t want = blocks_for(bytes);
    if (want <= have) return realloc(p, bytes);
#if MBPY_GC_SAFE_POINTS
    if (!may_take(want - have)) return nullptr;
#endif
    // The free run after the block (up to `up`) and the one before it (from `lo`).
    size_t top = b + want < heap.limit ? b + want : heap.limit;
    size_t up = next_entry(b + have, top, false);
    if (up == b + want) return realloc(p, bytes);  // the blocks after it are enough
    size_t below = prev_entry(0, b, false);
    size_t lo = below == kNoBlock ? 0 : below + 1;
    if (up - lo < want) return nullptr;
    size_t s = up - want;  // all the free blocks after it, the fewest before it
    bool leaf = is_leaf(b);
    fill_entries(s, want, kTail);
    set(s, kHead);
    set_leaf(s, leaf);
    bump.used_blocks += want - have;
    bump.since_collect += (want - have) * kBlock;
    if (s < bump.run_end && s + want > bump.next) bump.run_end = s > bump.next ? s : bump.next;
    if (s < heap.small_top && is_large(want)) heap.small_top = s;
    memmove(addr_of(s), p, have * kBlock);
    if (!leaf) memset(addr_of(s + have), 0, (want - have) * kBlock);
    return addr_of(s);
}

#if MBPY_GC_SAFE_POINTS
void rearm_poll() { state.poll = true; }

void request_collect() {
    if (collect_pending) return;
    collect_pending = true;
    if (unsafe_depth == 0) rearm_poll();  // else leave_unsafe does, when the depth is back to 0
}

bool collect_at_safe_point() {
    if (!collect_pending || unsafe_depth != 0) return true;
    collect_pending = false;
    collect();
    heap.live_after = bump.used_blocks;
    // The soft limit grows while the live data fills too much of it (as after alloc_slow's collection).
    while (heap.limit < heap.n_blocks && bump.used_blocks * headroom() > heap.limit) {
        size_t old = heap.limit;
        size_t grown = old + grow_step(old);
        heap.limit = grown < heap.n_blocks ? grown : heap.n_blocks;
        heap.large_from = heap.small_top = heap.limit;
        zero_table(old, heap.limit);
    }
    // An allocation since the last safe point went beyond the heap's size and the live data is still more
    // than the heap holds: the board would have raised MemoryError at that allocation; the program gets
    // it here, once until a collection finds the live data fitting again (so that its handler can run).
    bool over = heap.over_cap;
    heap.over_cap = false;
    if (bump.used_blocks <= heap.cap) heap.raised = false;
    if (!over || bump.used_blocks <= heap.cap || heap.raised) return true;
    heap.raised = true;
    raise_memory_error();
    return false;
}
#endif

bool add_root(void* start, size_t bytes) {
    if (heap.n_roots == sizeof(heap.roots) / sizeof(heap.roots[0])) return false;
    heap.roots[heap.n_roots++] = {start, bytes};
    return true;
}

bool is_heap_pointer(const void* p) {
    auto* q = static_cast<const uint8_t*>(p);
    return q >= bump.pool && q < bump.pool + heap.limit * kBlock;  // nothing is allocated above the limit
}

size_t block_bytes(const void* p) { return is_heap_pointer(p) ? run_length(block_of(p)) * kBlock : 0; }

Info info() {
    Info i{};
#if MBPY_GC_SAFE_POINTS
    size_t total = heap.cap;  // the reserve is not the program's
#else
    size_t total = heap.n_blocks;
#endif
    i.total = total * kBlock;
    i.used = bump.used_blocks * kBlock;
    i.free = i.total > i.used ? i.total - i.used : 0;
    size_t run = 0, len = 0;  // the free run and the allocation being walked
    for (size_t b = 0; b <= total; ++b) {
        uint8_t e = b == total        ? uint8_t(kHead)
                    : b >= heap.limit ? uint8_t(kFree)
                                      : get(b);  // above the limit: free
        if (e != kTail && len) {                 // an allocation ended
            i.n_1block += len == 1;
            i.n_2block += len == 2;
            if (len > i.max_block) i.max_block = len;
            len = 0;
        }
        len = e == kTail ? len + 1 : e == kFree ? 0 : 1;
        run = e == kFree ? run + 1 : 0;
        if (run > i.max_free) i.max_free = run;
    }
    i.collections = heap.collections;
    return i;
}

void set_enabled(bool on) { heap.enabled = on; }
bool enabled() { return heap.enabled; }
void set_threshold(intptr_t bytes) {
    heap.threshold = bytes;
    update_bump_ok();
}
intptr_t threshold() { return heap.threshold; }
void lock() {
    heap.lock_depth++;
    update_bump_ok();
}
void unlock() {
    if (heap.lock_depth > 0) heap.lock_depth--;
    update_bump_ok();
}
int lock_depth() { return heap.lock_depth; }

}  // namespace core::gc
