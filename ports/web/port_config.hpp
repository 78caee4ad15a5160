// The micro:bit in a web page (WebAssembly): the host's features and speed caches, the board's platform
// name, and the VM's poll that gives the browser its turn (core/config.hpp explains each switch).
#pragma once

#define MBPY_SYS_PLATFORM "microbit"  // it is a board: programs that test for the micro:bit see one
#define MBPY_MACHINE_NAME "micro:bit with nRF51822 (mbpy in a web page)"

#define MBPY_FLOAT_DOUBLE 1
#define MBPY_FLOAT_SHORTEST 1
#define MBPY_FLOAT_SCAN_FAST 1
#define MBPY_COMPLEX 1
#define MBPY_FSTRINGS 1
#define MBPY_FLOAT_METHODS 1
#define MBPY_NUMBER_ATTRS 1
#define MBPY_NUMBER_PROTOCOLS 1
#define MBPY_POW_MOD 1
#define MBPY_STR_METHODS_EXTRA 1
#define MBPY_STR_CODECS 1
#define MBPY_BYTES_HEX 1
#define MBPY_BYTEARRAY_METHODS 1
#define MBPY_UNICODE_CHARS 1
#define MBPY_FORMAT_ATTRS 1
#define MBPY_FORMAT_SPEC_EXTRA 1
#define MBPY_TIME_CALENDAR 1
#define MBPY_COLLECTIONS_DEQUE 1
#define MBPY_ASYNC 1
#define MBPY_MEMORYVIEW 1
#define MBPY_EXCEPTIONS_EXTRA 1
#define MBPY_EXCEPTION_ATTRS 1
#define MBPY_REVERSE_OPS 1
#define MBPY_CLASS_HOOKS 1
#define MBPY_BUILTINS_EXTRA 1
#define MBPY_SYS_EXTRA 1
#define MBPY_WALRUS 1
#define MBPY_VAR_ANNOTATIONS 1
#define MBPY_SYNTAX_EXTRA 1
#define MBPY_WALL_CLOCK 0  // time.time() counts from power-on, as on the board
#define MBPY_STR_LONG 1
#define MBPY_DICT_WIDE 1
#define MBPY_MOD_JSON 1
#define MBPY_MOD_RE 1
#define MBPY_MOD_IO 1
#define MBPY_MOD_BINASCII 1
#define MBPY_MOD_HEAPQ 1
#define MBPY_COLLECTIONS_EXTRA 1
#define MBPY_STRUCT_EXTRA 1
#define MBPY_RANGE_EXTRA 1
#define MBPY_IMPORT_PACKAGES 1
#define MBPY_ARRAY_EXTRA 1
#define MBPY_UNICODE_NAMES 0  // ~30 KB of names: the page's download budget is worth more
#define MBPY_MOD_VFS 1
#define MBPY_BOARD_TRACE 1  // the page records the trace and offers it for download
#define MBPY_STR_CONTROL_CHARS 1

#define MBPY_GLOBAL_CACHE 1
#define MBPY_ATTR_SITE_CACHE 1
#define MBPY_ATTR_CACHE_ENTRIES 1024
#define MBPY_FRAME_CACHE 16
#define MBPY_GC_SWEEP_TABLE 1
#define MBPY_GC_MARK_STACK 1024
#define MBPY_PRINT_GUARD 48
#define MBPY_GC_FIRST_FIT 0
#define MBPY_GC_SCRUB_MARGIN 2048

// The collector cannot see WebAssembly's locals: it runs only at the VM's safe points (core/gc.hpp), and
// Asyncify needs to instrument only the way to the pauses (CMakeLists.txt, docs/web.md).
#define MBPY_GC_SAFE_POINTS 1
// The VM pauses outside its loop, which Asyncify then leaves alone (config.hpp).
#define MBPY_VM_PAUSE_OUTSIDE 1

// Every 256 backward jumps and calls the VM lets the port check the clock (a few microseconds of work
// at most): about every 10 ms the browser gets a turn (ports/web/hal_web.cpp).
#define MBPY_VM_POLL_INTERVAL 256

// WebAssembly's own call stack (the browser's, about 1 MB in Chromium) holds the locals that recursion in C
// uses; the C stack in linear memory (256 KB, CMakeLists.txt) only what has its address taken. These keep
// the nested-source and nested-repr recursions well inside both.
#define MBPY_MAX_CALL_DEPTH 1000
#define MBPY_C_STACK_LIMIT (128 * 1024)
#define MBPY_PARSER_MAX_DEPTH 400
#define MBPY_RE_MAX_CODE 200000
#define MBPY_RE_MAX_STEPS 200000000
