// The simulated micro:bit on a PC: everything on, the speed caches on, doubles (core/config.hpp).
#pragma once

#define MBPY_SYS_PLATFORM "linux"  // as MicroPython's unix port: programs and test runners check it
#define MBPY_MACHINE_NAME "simulated micro:bit with nRF51822"

#define MBPY_FLOAT_DOUBLE 1
#define MBPY_COMPLEX 1
#define MBPY_MATH_SPECIAL 1
#define MBPY_MATH_EXTRA 1
#define MBPY_FSTRINGS 1
#define MBPY_FLOAT_METHODS 1
#define MBPY_NUMBER_ATTRS 1
#define MBPY_NUMBER_PROTOCOLS 1
#define MBPY_POW_MOD 1
#define MBPY_STR_METHODS_EXTRA 1
#define MBPY_TIME_CALENDAR 1
#define MBPY_COLLECTIONS_DEQUE 1
#define MBPY_ASYNC 1
#define MBPY_MEMORYVIEW 1
#define MBPY_WALRUS 1
#define MBPY_WALL_CLOCK 1
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
#define MBPY_UNICODE_NAMES 1
#define MBPY_BOARD_TRACE 1
#define MBPY_STR_CONTROL_CHARS 1
#define MBPY_AST_COLUMNS 1

#define MBPY_GLOBAL_CACHE 1
#define MBPY_ATTR_SITE_CACHE 1
#define MBPY_INTERN_CONST_CACHE 1
#define MBPY_ATTR_CACHE_ENTRIES 1024
#define MBPY_FRAME_CACHE 16
#define MBPY_GC_SWEEP_TABLE 1
#define MBPY_GC_MARK_STACK 1024
#define MBPY_GC_FIRST_FIT 0
#define MBPY_GC_SCRUB_MARGIN 2048

#define MBPY_MAX_CALL_DEPTH 1000
#define MBPY_C_STACK_LIMIT (256 * 1024)
#define MBPY_PARSER_MAX_DEPTH 1000
#define MBPY_RE_MAX_CODE 200000
#define MBPY_RE_MAX_STEPS 200000000
