// Feature switches and limits of the core, each with the reason for its value (like Lua's luaconf.h).
#pragma once
#include <cstddef>
#include <cstdint>

// MBPY_PORT_DEVICE is defined by the firmware (and the Cortex-M0 compile check); the host build leaves it 0.
#ifndef MBPY_PORT_DEVICE
#define MBPY_PORT_DEVICE 0
#endif

namespace core::config {

inline constexpr bool device = MBPY_PORT_DEVICE != 0;

// Floats: the host uses IEEE doubles; the v1 firmware stores single precision to save heap and flash.
#ifndef MBPY_FLOAT_DOUBLE
#define MBPY_FLOAT_DOUBLE (!MBPY_PORT_DEVICE)
#endif
// complex and cmath cost ~6 KB of flash the v1 firmware cannot spare.
#ifndef MBPY_COMPLEX
#define MBPY_COMPLEX (!MBPY_PORT_DEVICE)
#endif
// Modules the v1 micro:bit build leaves out for flash (json, re, binascii, heapq, io, ...).
#ifndef MBPY_FULL_STDLIB
#define MBPY_FULL_STDLIB (!MBPY_PORT_DEVICE)
#endif

// GC allocation unit. 16 bytes holds a small object on both 32- and 64-bit targets, and keeps the
// allocation table at 2 bits per 16 bytes (1.6% of the heap).
inline constexpr size_t gc_block_bytes = 16;
// Heap for `mbpy` on the host unless -X heapsize says otherwise. MicroPython's unix port uses 2 MB on
// 64-bit; ours is larger because the collector only touches what the live data needs (gc.cpp's soft
// limit), so a program pays in RSS for what it uses, and fragmentation of a conservative heap does not
// turn into MemoryError for programs that CPython runs.
inline constexpr size_t host_default_heap = 16 * 1024 * 1024;
// The host collector's soft limit grows while live data fills more than 1/gc_headroom of it after a
// collection: 4 means collections come after ~3x the live data is allocated (the work of a collection is
// proportional to the live data, so this bounds GC time at the cost of touching ~4x the live data in
// pages). Above gc_headroom_bytes of limit the headroom halves and the limit grows by quarters instead
// of doubling, so programs with megabytes of live data pay 2x, not 4x, in RSS, and one that needs just
// over a megabyte does not touch two. The device's limit is its whole arena from the start.
inline constexpr size_t gc_headroom = 4;
inline constexpr size_t gc_headroom_bytes = 1024 * 1024;
// Allocations of this many 16-byte blocks (1 KB) or more are placed from the top of the heap down, the
// rest from the bottom up: a big array then finds room that small long-lived objects have not split.
inline constexpr size_t gc_large_blocks = 64;
// Explicit mark stack depth; deeper object graphs fall back to a rescan, so this only trades RAM for speed.
inline constexpr size_t gc_mark_stack = MBPY_PORT_DEVICE ? 32 : 1024;

// Python frames live in the heap, so recursion depth is bounded by memory; this limit turns runaway
// recursion into RuntimeError long before the heap is exhausted (CPython's default is 1000).
inline constexpr int max_call_depth = MBPY_PORT_DEVICE ? 200 : 1000;
// C-stack budget for paths that must recurse in C (compiler on nested source, repr of nested containers,
// native callbacks into Python). The v1 device has ~2 KB of stack for this.
inline constexpr size_t c_stack_limit = MBPY_PORT_DEVICE ? 1800 : 256 * 1024;

// Identifiers and string constants of compiled code are interned, so attribute and global lookups can
// compare pointers first.
inline constexpr bool intern_names = true;

// LOAD_GLOBAL remembers where each name was found (a GC block of 4 words per name of a code object that
// ran LOAD_GLOBAL): a global or builtin lookup becomes two compares. Off on the device, where that RAM
// is worth more than the speed.
#ifndef MBPY_GLOBAL_CACHE
#define MBPY_GLOBAL_CACHE (!MBPY_PORT_DEVICE)
#endif

// Attribute cache: (type, name) -> what the MRO walk found, valid until a class dict changes, a class
// is made or the GC runs. Each entry is 4 words; off (0) on the device, where 32 entries would cost 512 B.
inline constexpr size_t attr_cache_entries = MBPY_PORT_DEVICE ? 0 : 1024;

// LOAD_ATTR/LOAD_METHOD/STORE_ATTR on instances remember, per name of a code object (32 bytes), the
// instance type, where the instance dict held the name and what the class has for it: `self.x` becomes
// a few compares. Off on the device for the RAM.
#ifndef MBPY_ATTR_SITE_CACHE
#define MBPY_ATTR_SITE_CACHE (!MBPY_PORT_DEVICE)
#endif

}  // namespace core::config
