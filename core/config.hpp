// Every feature switch and limit, each with the reason for its value (like Lua's luaconf.h).
//
// A port's own header comes first and wins: each port's build names it with
// -DMBPY_PORT_CONFIG="ports/<port>/port_config.hpp" (MicroPython's mpconfigport.h). A switch is 1 (on) or
// 0 (off); a port overrides one by defining it before this header sets the default. Nothing else in the
// tree tests a port: code asks for the feature or the limit it depends on.
#pragma once
#include <cstddef>
#include <cstdint>

#ifdef MBPY_PORT_CONFIG
#include MBPY_PORT_CONFIG
#endif

// ---- the board the port is -----------------------------------------------------------------------------
// The defaults describe the micro:bit v1 itself: a port with room to spare (the host) switches more on.

// sys.platform: what programs written for MicroPython test to know where they run.
#ifndef MBPY_SYS_PLATFORM
#define MBPY_SYS_PLATFORM "microbit"
#endif
// os.uname().machine.
#ifndef MBPY_MACHINE_NAME
#define MBPY_MACHINE_NAME "micro:bit with nRF51822"
#endif
// Pointers are 32 bits on the board: small ints hold 31 bits there. Derived, not a switch.

// ---- numbers -------------------------------------------------------------------------------------------
// Floats: IEEE doubles where there is room; the v1 firmware stores single precision to save heap and flash.
#ifndef MBPY_FLOAT_DOUBLE
#define MBPY_FLOAT_DOUBLE 0
#endif
// repr() and str() of a float: the shortest digits that read back as the same float (CPython), or, without
// the switch, the firmware's 6 significant digits ('%.6g', then ".0" where there is no point or exponent:
// 1/3 is 0.333333, 123456789.0 is 1.23457e+08), correctly rounded here. The search for the shortest
// digits (float_shortest.cpp) costs the nRF51 image 0.9 KB.
#ifndef MBPY_FLOAT_SHORTEST
#define MBPY_FLOAT_SHORTEST 0
#endif
// float() of a string (and float literals, round(x, n)): Clinger's exact case, then a product with a power
// of ten (float_pow10.cpp) that settles all but the cases near a halfway point, or, without the switch,
// Clinger's case and else a binary search over the floats with an exact big-integer comparison at each
// step (about 26 for a float: float('2.5e30') takes some 20,000 instructions more). Both are correctly
// rounded, so the results are the same; the search costs the nRF51 image 1.1 KB less.
#ifndef MBPY_FLOAT_SCAN_FAST
#define MBPY_FLOAT_SCAN_FAST 0
#endif
// math's special functions (MicroPython's MICROPY_PY_MATH_SPECIAL_FUNCTIONS): erf, erfc, gamma, lgamma,
// expm1, log1p, log2, log10 and the hyperbolic functions. The v1 firmware has none of them; with
// MBPY_MATH_EXTRA they cost the nRF51 image 10.6 KB (float libm 7.4 KB of it).
#ifndef MBPY_MATH_SPECIAL
#define MBPY_MATH_SPECIAL 0
#endif
// math's CPython additions, in neither the v1 firmware nor MicroPython 1.9: tau, inf, nan, isclose, gcd,
// factorial, comb, perm, isqrt, prod, hypot, dist.
#ifndef MBPY_MATH_EXTRA
#define MBPY_MATH_EXTRA 0
#endif
// The complex type and cmath cost ~6 KB of flash the v1 firmware cannot spare (it has neither).
#ifndef MBPY_COMPLEX
#define MBPY_COMPLEX 0
#endif
// time.time() as a float with a fraction (the host's wall clock); the board has no RTC and MicroPython's
// ports without one return whole seconds since start-up.
#ifndef MBPY_WALL_CLOCK
#define MBPY_WALL_CLOCK 0
#endif

// ---- language and built-in types ------------------------------------------------------------------------
// What CPython has and the v1 firmware (MicroPython 1.9) lacks, each left out on the board for its flash.
// f-strings (f"{x!r:>{w}}"): the firmware's parser has none; without them an f prefix is
// SyntaxError "f-strings not supported".
#ifndef MBPY_FSTRINGS
#define MBPY_FSTRINGS 0
#endif
// float.hex, float.fromhex, float.as_integer_ratio and float.is_integer: the firmware's float has none.
#ifndef MBPY_FLOAT_METHODS
#define MBPY_FLOAT_METHODS 0
#endif
// int's and float's attributes and methods beyond int.from_bytes and int.to_bytes: real, imag, numerator,
// denominator, conjugate(), bit_length() and the __int__ __float__ __index__ __trunc__ __floor__ __ceil__
// __abs__ __round__ methods. The firmware's dir(int) is ['from_bytes', 'to_bytes'] and its dir(float) is
// empty: each of these is an AttributeError there, and without the switch here.
#ifndef MBPY_NUMBER_ATTRS
#define MBPY_NUMBER_ATTRS 0
#endif
// int(x), float(x) and indices (seq[x], range(x), hex(x) ...) of an instance through its class's __int__,
// __float__ or __index__: the firmware has none of these protocols (TypeError "can't convert A to int",
// "list indices must be integers, not A"); without the switch such an instance is not a number here either.
#ifndef MBPY_NUMBER_PROTOCOLS
#define MBPY_NUMBER_PROTOCOLS 0
#endif
// pow(a, b, m), modular exponentiation (a modular inverse for b < 0): the firmware's pow() raises
// NotImplementedError "3-arg pow() not supported"; without the switch so does this one.
#ifndef MBPY_POW_MOD
#define MBPY_POW_MOD 0
#endif
// time.gmtime, localtime and mktime: the firmware's time module has none (the board has no calendar clock).
#ifndef MBPY_TIME_CALENDAR
#define MBPY_TIME_CALENDAR 0
#endif
// The str, bytes and bytearray methods the firmware lacks: its str has count endswith find format index
// isalpha isdigit islower isspace isupper join lower lstrip replace rfind rindex rsplit rstrip split
// startswith strip upper only; center ljust rjust zfill partition splitlines title translate ... are an
// AttributeError there.
#ifndef MBPY_STR_METHODS_EXTRA
#define MBPY_STR_METHODS_EXTRA 0
#endif
// str.encode and bytes.decode with the utf-8, ascii and latin-1 codecs and their error handlers: the
// firmware has neither method, and its str(b, encoding) and bytes(s, encoding) treat every encoding as UTF-8.
#ifndef MBPY_STR_CODECS
#define MBPY_STR_CODECS 0
#endif
// bytes.hex, bytes.fromhex and bytearray's: the firmware's bytes has neither (AttributeError there).
#ifndef MBPY_BYTES_HEX
#define MBPY_BYTES_HEX 0
#endif
// bytearray's methods beyond append and extend (those of bytes, insert, pop, remove, clear, reverse, copy):
// the firmware's bytearray has append and extend only (AttributeError for the others there).
#ifndef MBPY_BYTEARRAY_METHODS
#define MBPY_BYTEARRAY_METHODS 0
#endif
// Letters, digits, spaces and case outside ASCII (core/unicode.cpp's tables): the firmware's str methods
// know ASCII only ('\u00e9'.upper() is '\u00e9', '\u00e9'.isalpha() is False there, as here without them).
#ifndef MBPY_UNICODE_CHARS
#define MBPY_UNICODE_CHARS 0
#endif
// str.format fields that reach into their argument, '{0[1]}', '{x.attr}', '{0.a[k]}': the firmware raises
// NotImplementedError "attributes not supported yet" for them, as here without the switch.
#ifndef MBPY_FORMAT_ATTRS
#define MBPY_FORMAT_ATTRS 0
#endif
// Format specs' 'z' option (-0.0 shown as 0.0) and '_' digit separator (CPython 3.11 and 3.6): the firmware's
// format specs have neither ("ValueError: invalid format specifier" there; ',' it has).
#ifndef MBPY_FORMAT_SPEC_EXTRA
#define MBPY_FORMAT_SPEC_EXTRA 0
#endif
// collections.deque: the firmware's collections has namedtuple and OrderedDict only.
#ifndef MBPY_COLLECTIONS_DEQUE
#define MBPY_COLLECTIONS_DEQUE 0
#endif
// str and bytes longer than 65,535 bytes. Off, a string's hash, byte length and code-point length are 16
// bits: its header is 16 bytes instead of 20 on the board, 4.5 KB less for the ~1,100 constant strings in
// flash (the name table) and 4 bytes less RAM for each heap string. A 16 KB board never holds such a
// string; a longer one raises MemoryError, as a full heap does. The host builds megabyte strings.
// async def, await, async for, async with and asynchronous comprehensions (PEP 492/525/530): the
// firmware's parser has none (MicroPython 1.9 on the micro:bit left them out); without them `async` and
// `await` are SyntaxError "async not supported", and the compiler's, the VM's and the coroutine type's parts
// are compiled out.
#ifndef MBPY_ASYNC
#define MBPY_ASYNC 0
#endif
// Assignment expressions (`name := value`, PEP 572): the firmware's parser has none; without them `:=` is
// SyntaxError "assignment expressions not supported".
#ifndef MBPY_WALRUS
#define MBPY_WALRUS 0
#endif
// Variable annotations (`x: int = 1`, `x: int`, PEP 526): the firmware's parser has none (`invalid syntax`
// there, as here without them); a def's parameter and return annotations stay, as the firmware has them.
#ifndef MBPY_VAR_ANNOTATIONS
#define MBPY_VAR_ANNOTATIONS 0
#endif
// Syntax newer than the firmware's parser (MicroPython 1.9: `invalid syntax` or its own SyntaxError
// there, SyntaxError here too): `*x` in list, tuple, set and subscript displays and `**m` in dicts (PEP
// 448), positional-only parameters (`def f(a, /)`), `_` in number literals (`1_000`), the `@` and `@=`
// operators, a parenthesised list of context managers (`with (a as b, c):`) and `except*`.
#ifndef MBPY_SYNTAX_EXTRA
#define MBPY_SYNTAX_EXTRA 0
#endif
// memoryview: the firmware has none (NameError); bytes, bytearray and array slices copy instead.
#ifndef MBPY_MEMORYVIEW
#define MBPY_MEMORYVIEW 0
#endif
#ifndef MBPY_STR_LONG
#define MBPY_STR_LONG 0
#endif

// The exception types the firmware lacks (its builtins: BaseException ... ZeroDivisionError, no
// UnboundLocalError, RecursionError, ModuleNotFoundError, UnicodeDecodeError, UnicodeEncodeError). Off,
// each is its base, as the firmware raises it: an unbound local is NameError, runaway recursion
// RuntimeError, a missing module ImportError, a bad UTF-8 byte or an ASCII-only character UnicodeError;
// `except` clauses naming the bases catch them, as on the firmware.
#ifndef MBPY_EXCEPTIONS_EXTRA
#define MBPY_EXCEPTIONS_EXTRA 0
#endif
// The exception attributes the firmware lacks: __cause__, __context__, __suppress_context__, __traceback__,
// with_traceback(), OSError's strerror, SystemExit's code and MicroPython's `value` of every exception (the
// firmware has args, and value on StopIteration only: AttributeError for the rest; OSError's errno stays).
// Off, `raise ... from` and implicit chaining still run, unseen, as on the firmware.
#ifndef MBPY_EXCEPTION_ATTRS
#define MBPY_EXCEPTION_ATTRS 0
#endif
// A class's reflected and in-place special methods (__radd__, __iadd__ & co.) and the NotImplemented
// builtin: the firmware calls neither (`1 + a` with only __radd__ and `a += 1` with only __iadd__ are
// TypeError there) and has no NotImplemented. Off, `a += b` calls __add__, and the builtin types' own
// mixed arithmetic (int + float) is unchanged.
#ifndef MBPY_REVERSE_OPS
#define MBPY_REVERSE_OPS 0
#endif
// The class-creation hooks the firmware lacks: `metaclass=` (TypeError there), __init_subclass__ and
// __set_name__ (never called there), and descriptors: a class attribute whose class has __get__, __set__
// or __delete__ is a plain value there. property, classmethod and staticmethod stay.
#ifndef MBPY_CLASS_HOOKS
#define MBPY_CLASS_HOOKS 0
#endif
// The builtins the firmware lacks: vars, delattr, compile, ascii and iter(callable, sentinel) (NameError,
// or TypeError for iter's second argument, there).
#ifndef MBPY_BUILTINS_EXTRA
#define MBPY_BUILTINS_EXTRA 0
#endif
// sys beyond the firmware's version, version_info, implementation, platform, byteorder, exit and
// print_exception: argv, path, modules, maxsize, stdin, stdout, stderr and tracebacklimit.
#ifndef MBPY_SYS_EXTRA
#define MBPY_SYS_EXTRA 0
#endif

// The dict's layout. Wide: each entry keeps its key's hash (a probe compares hashes before keys, a
// resize hashes nothing again) and the index slots are 32 bits: 12 bytes an entry and 4 a slot on the
// board, which then holds 4x fewer int keys than the original firmware's 8-byte entries. Off, an entry is
// its key and value, the slots are 16 bits while the index has at most 65,536 of them, a key's hash is
// computed again when needed (kept in the str, the value itself for a small int), and the table grows
// over the free blocks around it, by smaller steps when it cannot double: a dict can fill the heap.
#ifndef MBPY_DICT_WIDE
#define MBPY_DICT_WIDE 0
#endif

// ---- optional core modules ---------------------------------------------------------------------------
// Each is in MicroPython but not in the v1 micro:bit firmware, which left them out for flash.
#ifndef MBPY_MOD_JSON
#define MBPY_MOD_JSON 0  // json / ujson
#endif
#ifndef MBPY_MOD_RE
#define MBPY_MOD_RE 0  // re / ure: a backtracking engine, ~10 KB
#endif
#ifndef MBPY_MOD_IO
#define MBPY_MOD_IO 0  // io / uio: StringIO, BytesIO
#endif
#ifndef MBPY_MOD_BINASCII
#define MBPY_MOD_BINASCII 0  // binascii / ubinascii
#endif
#ifndef MBPY_MOD_HEAPQ
#define MBPY_MOD_HEAPQ 0  // heapq / uheapq
#endif
// struct's CPython additions: the p x ? e c n N codes and iter_unpack. The original's ustruct has b B h H i
// I l L q Q f d s P and calcsize, pack, pack_into, unpack, unpack_from only (other codes: ValueError).
#ifndef MBPY_STRUCT_EXTRA
#define MBPY_STRUCT_EXTRA 0
#endif
// range's CPython additions: bounds beyond a machine word (range(2**40)), count, index, == and hash. The
// original's range takes machine words (OverflowError "overflow converting long int to machine word"),
// has no methods, compares by identity and is unhashable; slicing, `in`, len and reversed stay.
#ifndef MBPY_RANGE_EXTRA
#define MBPY_RANGE_EXTRA 0
#endif
// Packages: `import a.b`, a folder's __init__.py, `from pkg import sub`, relative imports. The board's
// filesystem has no folders and the original has no packages (`import a.b` is ImportError "no module named
// 'a'" there, as it is without them).
#ifndef MBPY_IMPORT_PACKAGES
#define MBPY_IMPORT_PACKAGES 0
#endif
// array's CPython additions: tobytes, frombytes, tolist, pop, `in`, slice assignment, typecode, itemsize.
// The original's array has append and extend, indexing, slices, +, +=, ==, len and iteration only.
#ifndef MBPY_ARRAY_EXTRA
#define MBPY_ARRAY_EXTRA 0
#endif
// collections' CPython additions: Counter, defaultdict, OrderedDict.move_to_end and popitem(last=), and
// namedtuple's keywords (defaults, rename, module), field-name checks, _make, _replace, _asdict and
// _field_defaults. The original's collections has namedtuple (positional and keyword construction, fields,
// repr) and OrderedDict (a dict's methods) only; on the nRF51 image they cost 2.0 KB.
#ifndef MBPY_COLLECTIONS_EXTRA
#define MBPY_COLLECTIONS_EXTRA 0
#endif
// \N{NAME} escapes in string literals need a table of Unicode names (~30 KB); without it they raise
// NotImplementedError as MicroPython does.
#ifndef MBPY_UNICODE_NAMES
#define MBPY_UNICODE_NAMES 0
#endif
// @micropython.asm_thumb: the Thumb instructions the v1 firmware accepts, run by an emulator with loads
// and stores to the board's GPIO through hal::bus_read32/bus_write32 (or, with MBPY_ASM_THUMB_NATIVE, below,
// assembled to machine code).
#ifndef MBPY_ASM_THUMB
#define MBPY_ASM_THUMB 1
#endif
// On a Thumb CPU (the micro:bit): asm_thumb assembles real Thumb-1 machine code into the heap and calls it,
// instead of the emulator (core/asm_thumb.cpp).
#ifndef MBPY_ASM_THUMB_NATIVE
#define MBPY_ASM_THUMB_NATIVE 0
#endif
// Where the port's linker script puts the constant objects False, True, None, NotImplemented, Ellipsis and
// the core's two markers (4 bytes each, in that order), or 0 where it does not place them. With an address
// below 256 a Thumb-1 function gets each of them with one 2-byte move instead of a load from its literal
// pool and the pool's 4-byte word (core/runtime.hpp): the nRF51 image is 1.3 KB smaller.
#ifndef MBPY_CONST_OBJ_ADDR
#define MBPY_CONST_OBJ_ADDR 0
#endif

// ---- board modules ---------------------------------------------------------------------------------------
// The micro:bit's own modules (board/); the v1 firmware has every one of them.
#ifndef MBPY_MOD_MUSIC
#define MBPY_MOD_MUSIC 1
#endif
// music's built-in tunes (music.DADADADUM ...): ~7 KB of note strings.
#ifndef MBPY_MUSIC_TUNES
#define MBPY_MUSIC_TUNES 1
#endif
#ifndef MBPY_MOD_SPEECH
#define MBPY_MOD_SPEECH 1  // speech: the SAM synthesizer, its phoneme rules and reciter (~15 KB)
#endif
#ifndef MBPY_MOD_AUDIO
#define MBPY_MOD_AUDIO 1  // audio: AudioFrame playback
#endif
#ifndef MBPY_MOD_RADIO
#define MBPY_MOD_RADIO 1
#endif
#ifndef MBPY_MOD_NEOPIXEL
#define MBPY_MOD_NEOPIXEL 1
#endif
#ifndef MBPY_MOD_MACHINE
#define MBPY_MOD_MACHINE 1
#endif
// machine.mem8/16/32: loads and stores at any address, for a port that runs on the chip itself.
#if !defined(MBPY_MACHINE_MEM) || !MBPY_MOD_MACHINE
#undef MBPY_MACHINE_MEM
#define MBPY_MACHINE_MEM 0
#endif
// The microbit module's objects beyond the display, the buttons and the functions (sleep, running_time,
// temperature, panic, reset, scale): the pins (pin0 ... pin20; music, audio, neopixel and machine take one
// as an argument), the accelerometer with its gestures, the compass, the I2C, SPI and UART buses, and the
// display's light sensor (display.read_light_level). The v1 firmware has every one of them; each switch
// leaves out the objects' types, their methods and the HAL calls they make.
#ifndef MBPY_MICROBIT_PINS
#define MBPY_MICROBIT_PINS 1
#endif
#ifndef MBPY_MICROBIT_ACCEL
#define MBPY_MICROBIT_ACCEL 1
#endif
#ifndef MBPY_MICROBIT_COMPASS
#define MBPY_MICROBIT_COMPASS 1
#endif
#ifndef MBPY_MICROBIT_BUSES
#define MBPY_MICROBIT_BUSES 1  // microbit.i2c, spi and uart
#endif
#ifndef MBPY_LIGHT_SENSOR
#define MBPY_LIGHT_SENSOR 1
#endif
// `import vfs`: mount() lists the flash as the one root mount, for tools written for MicroPython's other
// ports (mpremote's df). The original firmware has no such module (`import vfs` is ImportError there): off
// on the board, where it cost 296 B of flash.
#ifndef MBPY_MOD_VFS
#define MBPY_MOD_VFS 0
#endif
// `import this`, `import love`, `import antigravity`: the firmware's jokes.
#ifndef MBPY_MOD_EGGS
#define MBPY_MOD_EGGS 1
#endif
// The board trace (one JSON line per output change) that headless runs record; the device has no host to
// send it to.
#ifndef MBPY_BOARD_TRACE
#define MBPY_BOARD_TRACE 0
#endif

// The one-character strs of the ASCII control characters ('\n', '\t' ...) as constants, as the printable
// ones are (core/text.hpp): 512 bytes of flash the board spends better; without them chr(10), s[i] and
// iteration make a heap str of such a character.
#ifndef MBPY_STR_CONTROL_CHARS
#define MBPY_STR_CONTROL_CHARS 0
#endif

// ---- speed caches (RAM for speed: off on the board, where the RAM is worth more) --------------------------
// LOAD_GLOBAL remembers where each name was found (a GC block of 4 words per name of a code object that
// ran LOAD_GLOBAL): a global or builtin lookup becomes two compares.
#ifndef MBPY_GLOBAL_CACHE
#define MBPY_GLOBAL_CACHE 0
#endif
// LOAD_ATTR/LOAD_METHOD/STORE_ATTR on instances remember, per name of a code object (32 bytes), the
// instance type, where the instance dict held the name and what the class has for it: `self.x` becomes
// a few compares.
#ifndef MBPY_ATTR_SITE_CACHE
#define MBPY_ATTR_SITE_CACHE 0
#endif
// intern() of a constant name (core/names.def) adds it to the intern table, so the next intern of it is
// one hash probe instead of a binary search of the name table (compiling a program interns every name
// it spells: pystone's compile is 2.4% of its instructions at the quick size). A slot per name used.
#ifndef MBPY_INTERN_CONST_CACHE
#define MBPY_INTERN_CONST_CACHE 0
#endif
// Attribute cache: (type, name) -> what the MRO walk found, valid until a class dict changes, a class
// is made or the GC runs; 0 turns it off. An entry is 20 B on the board (32 on a 64-bit host: the host's
// 1024 take 32 KB). The board keeps 8 (160 B of RAM): without them every `self.x` walks the class's MRO
// and its flags, and an attribute load took 1.4x the original firmware's time (bench/tools/device_speed.py).
#ifndef MBPY_ATTR_CACHE_ENTRIES
#define MBPY_ATTR_CACHE_ENTRIES 8
#endif
// Recently freed frames kept for the next calls: most calls then allocate nothing. Every cached frame is
// RAM held back from the program, so the board keeps two.
#ifndef MBPY_FRAME_CACHE
#define MBPY_FRAME_CACHE 2
#endif
// The VM's computed-goto dispatch: each instruction's handler ends with a jump to one shared dispatch
// (1) instead of its own copy of it (0, faster: one branch less per instruction, and the branch predictor
// learns each handler's successor). Each copy is 16-20 B on the Cortex-M0, ~80 of them in vm_run; size-
// optimised builds (the firmware) share it.
#ifndef MBPY_VM_SHARED_DISPATCH
#ifdef __OPTIMIZE_SIZE__
#define MBPY_VM_SHARED_DISPATCH 1
#else
#define MBPY_VM_SHARED_DISPATCH 0
#endif
#endif
// BINARY_OP's numbers: the VM's own inline small-int arithmetic and comparisons, float comparisons
// and float ** (1, faster), or calls of int_binary and float_binary, the number types' own rules without
// the general dispatch (0: one copy of those rules, ~0.7 KB of the nRF51 image). Float + - * / stay
// inline either way: they reuse the float block of the operation before.
#ifndef MBPY_VM_NUMBER_OPS_INLINE
#ifdef __OPTIMIZE_SIZE__
#define MBPY_VM_NUMBER_OPS_INLINE 0
#else
#define MBPY_VM_NUMBER_OPS_INLINE 1
#endif
#endif
// Big-int division with a one-limb quotient (a // b where b has nearly a's size) by one multiply pass
// (core/bigint.cpp's div_small_quotient) instead of the general long division: worth it where flash is
// plentiful; without it the long division gives the same results (about 300 B of the nRF51 image).
#ifndef MBPY_BIGINT_QUOTIENT_FAST
#ifdef __OPTIMIZE_SIZE__
#define MBPY_BIGINT_QUOTIENT_FAST 0
#else
#define MBPY_BIGINT_QUOTIENT_FAST 1
#endif
#endif
// str/bytes methods' ASCII shortcuts (strip's byte set, upper/lower byte by byte, split's word count,
// replace and join into one exact allocation, step slices byte by byte): speed only, the general code
// gives the same results; worth it where flash is plentiful (about 1 KB of the nRF51 image).
#ifndef MBPY_STR_FAST_PATHS
#ifdef __OPTIMIZE_SIZE__
#define MBPY_STR_FAST_PATHS 0
#else
#define MBPY_STR_FAST_PATHS 1
#endif
#endif
// The collector's sweep looks up 4 blocks at a time in a precomputed 2 KB table instead of computing each
// byte: worth it where flash is plentiful.
#ifndef MBPY_GC_SWEEP_TABLE
#define MBPY_GC_SWEEP_TABLE 0
#endif

// ---- the port's event loop ------------------------------------------------------------------------------
// The VM calls core::poll_hook (core/port.hpp) every this many backward jumps and calls; 0: never. A port
// with interrupts or threads needs no polling (the board's ticker, the host's reader thread); a web page
// runs Python on the browser's one thread, which must get its turn during long loops.
#ifndef MBPY_VM_POLL_INTERVAL
#define MBPY_VM_POLL_INTERVAL 0
#endif

// The VM takes the port's pauses outside its loop: vm_run leaves the loop (its state saved in the frames) to
// pause when the poll hook asks for one (core::pause_wanted) and to call the natives that may pause
// (native_pausing: sleep, display.scroll, music.play, input...), then goes on. A port that pauses by
// unwinding the stack (Asyncify, the web page) then needs no instrumentation of the loop itself.
#ifndef MBPY_VM_PAUSE_OUTSIDE
#define MBPY_VM_PAUSE_OUTSIDE 0
#endif

// ---- memory and limits -------------------------------------------------------------------------------
// Heap for `mbpy` on the host unless -X heapsize says otherwise (the board's is the RAM left over).
// MicroPython's unix port uses 2 MB on 64-bit; ours is larger because the collector only touches what the
// live data needs (gc.cpp's soft limit), so a program pays in RSS for what it uses, and fragmentation of a
// conservative heap does not turn into MemoryError for programs that CPython runs.
#ifndef MBPY_DEFAULT_HEAP
#define MBPY_DEFAULT_HEAP (16 * 1024 * 1024)
#endif
// Small allocations first-fit, from the lowest free block (MicroPython's policy), instead of next-fit
// from the last one: slower to find a hole on a big heap, but long-lived objects made between temporaries
// (a compiled module's code and frame) stay low, so a small heap keeps one long free run at the top for
// big arrays. On: the device's 12 KB heap. Off: the host and the web page, where next-fit's bump is faster.
#ifndef MBPY_GC_FIRST_FIT
#define MBPY_GC_FIRST_FIT 1
#endif
// How many containers being printed repr() remembers, to print one met again inside itself as [...] or
// {...}: lists, tuples and dicts share them. Deeper nesting still prints, but a container that holds
// itself below that depth recurses until the recursion error (the original firmware has no such check
// at all); on the board the C stack allows about 15 levels of nested containers anyway.
#ifndef MBPY_PRINT_GUARD
#define MBPY_PRINT_GUARD 8
#endif
// Explicit mark stack depth; deeper object graphs fall back to a rescan, so this only trades RAM for speed.
#ifndef MBPY_GC_MARK_STACK
#define MBPY_GC_MARK_STACK 32
#endif
// Collections only at the VM's safe points, for a port whose compiler keeps locals where no scan can see
// them (WebAssembly's locals are outside linear memory): an allocation that would collect asks for a
// collection instead, which runs at the VM's next backward jump or call when no native code that called
// back into Python is below it (core::gc::unsafe_depth), and meanwhile takes memory beyond the heap's size
// from a reserve (gc::reserve_bytes). The C stack in memory is still scanned. docs/web.md has the design.
#ifndef MBPY_GC_SAFE_POINTS
#define MBPY_GC_SAFE_POINTS 0
#endif
#if MBPY_VM_PAUSE_OUTSIDE && !(MBPY_GC_SAFE_POINTS && MBPY_VM_POLL_INTERVAL)
#error "MBPY_VM_PAUSE_OUTSIDE needs MBPY_GC_SAFE_POINTS (its count of native code below) and the VM's poll"
#endif
// The stack scrub clears this far below the deepest frame it noted (the leaf calls made from it went
// deeper still): gc.cpp.
#ifndef MBPY_GC_SCRUB_MARGIN
#define MBPY_GC_SCRUB_MARGIN 256
#endif
// Python frames live in the heap, so recursion depth is bounded by memory; this limit turns runaway
// recursion into RuntimeError long before the heap is exhausted (CPython's default is 1000).
#ifndef MBPY_MAX_CALL_DEPTH
#define MBPY_MAX_CALL_DEPTH 200
#endif
// C-stack budget for paths that must recurse in C (repr of nested containers, native callbacks into
// Python, a class body inside a class body; the parser and compiler do not recurse per nesting level).
// The v1 board's stack is 2,048 bytes, as the original firmware's (ports/nrf51/nrf51.ld): the margin above
// this is for the frames between two checks and the interrupts (docs/nrf51.md).
#ifndef MBPY_C_STACK_LIMIT
#define MBPY_C_STACK_LIMIT 1300
// The C stack a path may reach at all: the board's 2,048 bytes less 160 for the interrupts. Paths whose
// frames reach past the limit's margin (formatting a float, parsing and compiling, a collection) check for
// their whole depth against this before they start (check_c_stack_room), so that they raise instead of
// overrunning.
#ifndef MBPY_C_STACK_SIZE
#define MBPY_C_STACK_SIZE (2048 - 160)
#endif
#endif
// Elsewhere (a port's own limit, a host's stack of megabytes) a third more than the limit.
#ifndef MBPY_C_STACK_SIZE
#define MBPY_C_STACK_SIZE (MBPY_C_STACK_LIMIT + MBPY_C_STACK_LIMIT / 3)
#endif
// Nesting budget of the parser: each open bracket, block, prefix operator (not, -, await) or lambda
// costs one. Nesting costs heap, not C stack (the parser and compiler keep explicit stacks), so this
// only bounds the work and memory of pathological input: 200, CPython's limit on open brackets, is more
// than the original firmware reaches with any construct (68 parentheses, 84 `not`).
#ifndef MBPY_PARSER_MAX_DEPTH
#define MBPY_PARSER_MAX_DEPTH 200
#endif
// The syntax tree's chunks of heap (core/parser_impl.hpp, TreeArena): a statement's tree takes a few
// of them and gives them back once compiled. Small on the board, where the end of the last chunk is heap
// the compiler could use; bigger on a host with room, for fewer allocations.
#ifndef MBPY_PARSER_CHUNK
#define MBPY_PARSER_CHUNK 256
#endif
// A file is compiled through a window on it of this many bytes (core/lexer.hpp), not read into the heap
// whole; it grows by as much again for a token longer than it (a long docstring).
#ifndef MBPY_LEXER_WINDOW
#define MBPY_LEXER_WINDOW 128
#endif
// Syntax tree nodes with the column of their first token (for SyntaxError carets and tools; nothing the
// runtime prints uses it) and lines past 65,535: the board's nodes keep a 16-bit line only, 4 bytes each
// less while a statement compiles.
#ifndef MBPY_AST_COLUMNS
#define MBPY_AST_COLUMNS 0
#endif
// re: the largest compiled pattern (bytes of program) and the most backtracking steps of one match, so a
// pathological pattern fails with an error instead of running for ever.
#ifndef MBPY_RE_MAX_CODE
#define MBPY_RE_MAX_CODE 2000
#endif
#ifndef MBPY_RE_MAX_STEPS
#define MBPY_RE_MAX_STEPS 2000000
#endif

// Every switch above, for `mbpy --features`: the test runners skip what a build leaves out.
#define MBPY_FEATURES(X)      \
    X(MBPY_FLOAT_DOUBLE)      \
    X(MBPY_FLOAT_SHORTEST)    \
    X(MBPY_COMPLEX)           \
    X(MBPY_MATH_SPECIAL)      \
    X(MBPY_MATH_EXTRA)        \
    X(MBPY_WALL_CLOCK)        \
    X(MBPY_FSTRINGS)          \
    X(MBPY_FLOAT_METHODS)     \
    X(MBPY_NUMBER_ATTRS)      \
    X(MBPY_NUMBER_PROTOCOLS)  \
    X(MBPY_POW_MOD)           \
    X(MBPY_STR_METHODS_EXTRA) \
    X(MBPY_STR_CODECS)        \
    X(MBPY_BYTES_HEX)         \
    X(MBPY_BYTEARRAY_METHODS) \
    X(MBPY_UNICODE_CHARS)     \
    X(MBPY_FORMAT_ATTRS)      \
    X(MBPY_FORMAT_SPEC_EXTRA) \
    X(MBPY_TIME_CALENDAR)     \
    X(MBPY_COLLECTIONS_DEQUE) \
    X(MBPY_ASYNC)             \
    X(MBPY_WALRUS)            \
    X(MBPY_VAR_ANNOTATIONS)   \
    X(MBPY_SYNTAX_EXTRA)      \
    X(MBPY_MEMORYVIEW)        \
    X(MBPY_EXCEPTIONS_EXTRA)  \
    X(MBPY_EXCEPTION_ATTRS)   \
    X(MBPY_REVERSE_OPS)       \
    X(MBPY_CLASS_HOOKS)       \
    X(MBPY_BUILTINS_EXTRA)    \
    X(MBPY_SYS_EXTRA)         \
    X(MBPY_STR_LONG)          \
    X(MBPY_DICT_WIDE)         \
    X(MBPY_STR_CONTROL_CHARS) \
    X(MBPY_AST_COLUMNS)       \
    X(MBPY_MOD_JSON)          \
    X(MBPY_MOD_RE)            \
    X(MBPY_MOD_IO)            \
    X(MBPY_MOD_BINASCII)      \
    X(MBPY_MOD_HEAPQ)         \
    X(MBPY_COLLECTIONS_EXTRA) \
    X(MBPY_STRUCT_EXTRA)      \
    X(MBPY_RANGE_EXTRA)       \
    X(MBPY_IMPORT_PACKAGES)   \
    X(MBPY_ARRAY_EXTRA)       \
    X(MBPY_UNICODE_NAMES)     \
    X(MBPY_ASM_THUMB)         \
    X(MBPY_MOD_MUSIC)         \
    X(MBPY_MUSIC_TUNES)       \
    X(MBPY_MOD_SPEECH)        \
    X(MBPY_MOD_AUDIO)         \
    X(MBPY_MOD_RADIO)         \
    X(MBPY_MOD_NEOPIXEL)      \
    X(MBPY_MOD_MACHINE)       \
    X(MBPY_MICROBIT_PINS)     \
    X(MBPY_MICROBIT_ACCEL)    \
    X(MBPY_MICROBIT_COMPASS)  \
    X(MBPY_MICROBIT_BUSES)    \
    X(MBPY_LIGHT_SENSOR)      \
    X(MBPY_MOD_VFS)           \
    X(MBPY_MOD_EGGS)          \
    X(MBPY_BOARD_TRACE)       \
    X(MBPY_GLOBAL_CACHE)      \
    X(MBPY_ATTR_SITE_CACHE)   \
    X(MBPY_INTERN_CONST_CACHE)

namespace core::config {

// GC allocation unit. 16 bytes holds a small object on both 32- and 64-bit targets, and keeps the
// allocation table at 2 bits per 16 bytes (1.6% of the heap).
inline constexpr size_t gc_block_bytes = 16;
inline constexpr size_t host_default_heap = MBPY_DEFAULT_HEAP;
// The soft limit's growth: while live data fills more than 1/gc_headroom of the limit after a collection
// it grows, so collections come after ~3x the live data is allocated (the work of a collection is
// proportional to the live data: this bounds GC time at the cost of touching ~4x the live data in pages).
// Above gc_headroom_bytes of limit the headroom halves and the limit grows by quarters instead of
// doubling, so programs with megabytes of live data pay 2x, not 4x, in RSS.
inline constexpr size_t gc_headroom = 4;
inline constexpr size_t gc_headroom_bytes = 1024 * 1024;
// Allocations of this many 16-byte blocks (1 KB) or more are placed from the top of the heap down, the
// rest from the bottom up: a big array then finds room that small long-lived objects have not split.
inline constexpr size_t gc_large_blocks = 64;
inline constexpr size_t gc_mark_stack = MBPY_GC_MARK_STACK;
inline constexpr size_t print_guard = MBPY_PRINT_GUARD;
inline constexpr bool gc_first_fit = MBPY_GC_FIRST_FIT;
inline constexpr size_t gc_scrub_margin = MBPY_GC_SCRUB_MARGIN;

inline constexpr int max_call_depth = MBPY_MAX_CALL_DEPTH;
inline constexpr size_t c_stack_limit = MBPY_C_STACK_LIMIT;
inline constexpr size_t c_stack_size = MBPY_C_STACK_SIZE;
inline constexpr int parser_max_depth = MBPY_PARSER_MAX_DEPTH;
inline constexpr size_t parser_chunk_bytes = MBPY_PARSER_CHUNK;
inline constexpr size_t lexer_window = MBPY_LEXER_WINDOW;
// The lexer's limits are CPython's: 100 indentation levels (tokenizer MAXINDENT), 200 open brackets
// (MAXLEVEL), which also guards the parser's recursion.
inline constexpr int max_indent = 100;
inline constexpr int max_paren = 200;

inline constexpr size_t attr_cache_entries = MBPY_ATTR_CACHE_ENTRIES;
inline constexpr int frame_cache_size = MBPY_FRAME_CACHE;
inline constexpr size_t re_max_code = MBPY_RE_MAX_CODE;
inline constexpr uint64_t re_max_steps = MBPY_RE_MAX_STEPS;

// Identifiers and string constants of compiled code are interned, so attribute and global lookups can
// compare pointers first.
inline constexpr bool intern_names = true;

inline constexpr bool unicode_names = MBPY_UNICODE_NAMES != 0;
inline constexpr bool wall_clock = MBPY_WALL_CLOCK != 0;
inline constexpr bool board_trace = MBPY_BOARD_TRACE != 0;

}  // namespace core::config
