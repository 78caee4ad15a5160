// What a port adds to the language: its modules, builtins, help text, sys.platform and GC roots.
//
// The core never names a port or a board. Each executable defines `core::port` once (the board layer does
// it for the micro:bit ports, tests/support for the core's own tests), as MicroPython's ports list their
// modules and root pointers in mpconfigport.h. It is constant data, so it costs no RAM and no start-up code.
#pragma once
#include <cstddef>

#include "core/modules.hpp"

namespace core {

struct Port {
    const BuiltinModule* modules;  // searched after the core's own; {nullptr, nullptr} ends the list
    const AttrTable* builtins;     // names added to builtins (the board's open())
    const char* help_text;         // what help() with no argument prints: a packed message (core/message.hpp)
    const Str* platform;           // sys.platform
    // One range of Values (a struct of them) the collector scans as a root, registered by every core::init:
    // what the port's modules keep between calls (a background animation, a playing tune ...).
    void* roots;
    size_t roots_bytes;
};
extern const Port port;

// input(prompt) when something else owns the input (the board's REPL: the line editor with echo). Null:
// input() reads the program's standard input through hal::serial_read, without echo (as CPython).
extern Value (*input_hook)(const char* prompt);

// Called by the VM every MBPY_VM_POLL_INTERVAL backward jumps and calls (core/config.hpp) when that is not
// 0: a port whose runtime shares one thread with an event loop (a web page) gives it its turn there, and
// may set state.interrupt. Null: nothing.
extern void (*poll_hook)();
#if MBPY_VM_PAUSE_OUTSIDE
// Set by the poll hook for a pause: the VM leaves its loop at the next backward jump or Python call and
// calls pause_hook from vm_run, outside the loop (config.hpp, MBPY_VM_PAUSE_OUTSIDE).
extern bool pause_wanted;
extern void (*pause_hook)();
#endif
// Work metering, for a port that runs the board on a virtual clock (the host's headless runs): when set,
// the VM calls it at each of its Ctrl-C checks with the work done since, in bytes of bytecode: a backward
// jump charges the length of the loop it closes, a call `call_work`. It may advance the clock, apply input
// or end the process. Whoever sets it also sets state.poll (the VM looks at nothing else), so a port that
// does not meter pays nothing for it.
extern void (*vm_meter)(uint32_t work);
inline constexpr uint32_t call_work = 20;  // a call, its arguments and its frame: about 20 bytes' worth

}  // namespace core
