// The garbage collector: one fixed arena, 16-byte blocks, conservative mark-sweep (as MicroPython's).
//
// Every word of a live block, of the C stack and of core::state is treated as a possible pointer, so
// objects need no trace functions: store Values and pointers anywhere in a heap object and they are kept
// alive. Only pointers to the START of a block keep it alive (and, for str text read through a string_view,
// pointers just past a str's header): keep the object pointer, not a pointer into it.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/config.hpp"

namespace core::gc {

void init(void* arena, size_t bytes);
// Zeroed block(s) of at least `bytes`, or nullptr when the arena is full even after a collection.
void* alloc(size_t bytes);
// Block(s) for data that holds no pointers (str/bytes text, big-int limbs, float payloads): NOT zeroed
// (the caller fills them) and never scanned by the collector, so random bit patterns keep nothing alive.
// realloc keeps the kind.
void* alloc_leaf(size_t bytes);
// alloc_leaf of exactly one block (a float), inline: a bump when the allocator has a free run.
inline void* alloc_leaf_block();
// Grows or shrinks in place when it can, else moves. nullptr on failure (old block intact).
void* realloc(void* p, size_t bytes);
// Grows the block over the free blocks around it (after it, then before it, moving its bytes down), or
// nullptr: never allocates elsewhere, so a table that fills most of the heap can still grow (the dict's
// dense layout, core/obj_dict.cpp). Shrinks as realloc does.
void* grow_in_place(void* p, size_t bytes);
void free(void* p);  // optional: for buffers known to be unreachable
void collect();

// Set by a port whose compiler keeps locals where the stack scan cannot see them (WebAssembly's locals
// live outside linear memory): called while marking, it must pass every range of memory that then holds
// the live locals of the functions on the stack to `scan` (the web port has Asyncify spill them).
extern void (*stack_roots_hook)(void (*scan)(const void* start, size_t bytes));

#if MBPY_GC_SAFE_POINTS
// ---- collections at the VM's safe points (MBPY_GC_SAFE_POINTS: the web page) ---------------------------
// The collector cannot see WebAssembly's locals, so it runs only where no object is held by one alone: in
// the VM loop (vm_poll, at a backward jump or call, everything in heap frames) when every vm_run below was
// entered from code that holds nothing in locals across it (the REPL, main.py, import: CleanRun). Native
// code that calls back into Python (call(), a nested vm_run) counts in unsafe_depth; the web port also
// pauses only at depth 0, where every function on the stack is one Asyncify instrumented.
extern int unsafe_depth;
extern bool collect_pending;  // an allocation asked for a collection at the next safe point
void rearm_poll();            // state.poll: the VM's next check takes the slow path
inline void enter_unsafe() { ++unsafe_depth; }
inline void leave_unsafe() {
    if (--unsafe_depth == 0 && collect_pending) rearm_poll();
}
// Around a run_code whose callers, down to the VM loop or the REPL, keep nothing only in locals that they
// use after it: the vm_run it starts does not count as unsafe.
struct CleanRun {
    CleanRun() { --unsafe_depth; }
    ~CleanRun() { ++unsafe_depth; }
    CleanRun(const CleanRun&) = delete;
    CleanRun& operator=(const CleanRun&) = delete;
};
// Set by the VM right before it calls a native function through call(): that call is the VM's own, with
// nothing in between that holds objects or was left uninstrumented, so it does not count as unsafe.
extern bool vm_direct_call;
// Bytes at the end of the arena that the heap's size (info().total) leaves out: taken only between a
// request for a collection and the safe point that runs it. Set by the port before init.
extern size_t reserve_bytes;
// Collect at once wherever a collection is asked for (unsafe: the web port's negative test only).
extern bool collect_anywhere;
void request_collect();
// Set by the VM around its poll: the stack below it holds only the poll's frames and the dead frames of the
// natives the loop called, which the conservative scan then skips (their stale words kept garbage alive).
extern const void* stack_floor;
// At a safe point (vm_poll): runs the collection asked for when unsafe_depth is 0. False, with MemoryError
// raised, when the live data then outgrew the heap's size (allocations since took from the reserve).
bool collect_at_safe_point();
#endif

// Extra root ranges (besides core::state and the C stack), e.g. a port's static Values.
bool add_root(void* start, size_t bytes);

bool is_heap_pointer(const void* p);
size_t block_bytes(const void* p);  // usable size of an allocation

struct Info {
    size_t total, used, free;              // bytes
    size_t n_1block, n_2block, max_block;  // allocations of one and two blocks, the largest (blocks)
    size_t max_free;                       // the longest free run (blocks)
    uint32_t collections;
};
Info info();
void set_enabled(bool on);  // gc.disable(): no automatic collection (allocation failure still collects)
bool enabled();
void set_threshold(intptr_t bytes);  // collect after this many bytes are allocated (-1: only when full)
intptr_t threshold();
void lock();  // micropython.heap_lock(): allocations fail with MemoryError
void unlock();
int lock_depth();  // heap_lock() calls not yet undone

// ---- stale words on the C stack ----------------------------------------------------------------------
// A deep recursion that has returned (parsing, compiling) leaves pointers in the stack below its caller.
// Frames built there later keep some of them in slots they never write, and the conservative scan takes
// them for roots: a whole syntax tree stayed alive while pystone ran. The recursions note how deep they
// go, and their entry point scrubs the stack down to there when it is done. (The stack grows down on
// both targets.)
extern char* deepest_stack;  // the deepest noted address since the last scrub, or null
inline void note_stack_depth() {
    char here;
    if (!deepest_stack || &here < deepest_stack) deepest_stack = &here;
}
void scrub_stack();  // zeroes the dead stack from deepest_stack (less a margin for leaf calls) upwards

// ---- the allocator's state that alloc_leaf_block's inline fast path reads (owned by gc.cpp) ----------
struct Bump {
    uint8_t* atb = nullptr;   // allocation table: 2 bits per block (free 00, head 01, tail 10, mark 11)
    uint8_t* leaf = nullptr;  // 1 bit per block, meaningful on heads only: set = no pointers, not scanned
    uint8_t* pool = nullptr;  // first block
    size_t next = 0;          // where the next search starts (end of the last allocation)
    size_t run_end = 0;       // blocks [next, run_end) are known to be free: allocation there is a bump
    size_t used_blocks = 0;
    size_t since_collect = 0;  // bytes allocated since the last collection
    bool ok = false;           // no lock and no threshold: allocation may be a bare bump
};
extern Bump bump;
void* alloc_leaf_block_slow();

inline void* alloc_leaf_block() {
    size_t b = bump.next;
    if (!bump.ok || b >= bump.run_end) return alloc_leaf_block_slow();
    bump.next = b + 1;
    bump.used_blocks++;
    bump.since_collect += 16;
    bump.atb[b >> 2] |= static_cast<uint8_t>(1u << (2 * (b & 3)));  // a head (the entry was free)
    bump.leaf[b >> 3] |= static_cast<uint8_t>(1u << (b & 7));
    return bump.pool + b * 16;
}

}  // namespace core::gc
