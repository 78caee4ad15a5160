// The host with every optional feature switched off (core/config.hpp): the build that proves the
// switches, each off, still build and pass the tests of what stays on.
#pragma once

#define MBPY_SYS_PLATFORM "linux"
#define MBPY_MACHINE_NAME "simulated micro:bit with nRF51822"
#define MBPY_FLOAT_DOUBLE 1    // not a feature: the number format the tests compare against CPython
#define MBPY_FLOAT_SHORTEST 1  // as MBPY_FLOAT_DOUBLE: the tests compare floats' text with CPython's

#define MBPY_COMPLEX 0
#define MBPY_MATH_SPECIAL 0
#define MBPY_MATH_EXTRA 0
#define MBPY_WALL_CLOCK 0
#define MBPY_FSTRINGS 0
#define MBPY_FLOAT_METHODS 0
#define MBPY_NUMBER_ATTRS 0
#define MBPY_NUMBER_PROTOCOLS 0
#define MBPY_POW_MOD 0
#define MBPY_STR_METHODS_EXTRA 0
#define MBPY_STR_CODECS 0
#define MBPY_BYTES_HEX 0
#define MBPY_BYTEARRAY_METHODS 0
#define MBPY_UNICODE_CHARS 0
#define MBPY_FORMAT_ATTRS 0
#define MBPY_FORMAT_SPEC_EXTRA 0
#define MBPY_TIME_CALENDAR 0
#define MBPY_COLLECTIONS_DEQUE 0
#define MBPY_ASYNC 0
#define MBPY_MEMORYVIEW 0
#define MBPY_EXCEPTIONS_EXTRA 0
#define MBPY_REVERSE_OPS 0
#define MBPY_CLASS_HOOKS 0
#define MBPY_BUILTINS_EXTRA 0
#define MBPY_SYS_EXTRA 0
#define MBPY_WALRUS 0
#define MBPY_VAR_ANNOTATIONS 0
#define MBPY_SYNTAX_EXTRA 0
#define MBPY_MOD_JSON 0
#define MBPY_MOD_RE 0
#define MBPY_MOD_IO 0
#define MBPY_MOD_BINASCII 0
#define MBPY_MOD_HEAPQ 0
#define MBPY_COLLECTIONS_EXTRA 0
#define MBPY_STRUCT_EXTRA 0
#define MBPY_RANGE_EXTRA 0
#define MBPY_IMPORT_PACKAGES 0
#define MBPY_ARRAY_EXTRA 0
#define MBPY_UNICODE_NAMES 0
#define MBPY_ASM_THUMB 0
#define MBPY_MOD_MUSIC 0
#define MBPY_MUSIC_TUNES 0
#define MBPY_MOD_SPEECH 0
#define MBPY_MOD_AUDIO 0
#define MBPY_MOD_RADIO 0
#define MBPY_MOD_NEOPIXEL 0
#define MBPY_MOD_MACHINE 0
#define MBPY_MOD_EGGS 0
#define MBPY_MOD_VFS 0
#define MBPY_BOARD_TRACE 1  // the headless runs that test what stays on record through it

#define MBPY_GLOBAL_CACHE 0
#define MBPY_ATTR_SITE_CACHE 0
#define MBPY_ATTR_CACHE_ENTRIES 0
#define MBPY_FRAME_CACHE 0
#define MBPY_GC_SWEEP_TABLE 0

#define MBPY_C_STACK_LIMIT (256 * 1024)  // the host's stack: the limits are not features
#define MBPY_PARSER_MAX_DEPTH 1000
#define MBPY_MAX_CALL_DEPTH 1000
