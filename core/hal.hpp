// The hardware abstraction layer of the core: the only functions the language calls outside itself.
// Each port (ports/host, ports/nrf51) defines them; the core never includes a port header. The board's
// peripherals are board/hal.hpp.
#pragma once
#include <cstddef>
#include <cstdint>

namespace hal {

// Serial line / standard streams. Output is raw bytes: the REPL cooks "\n" into "\r\n" where needed.
void stdout_write(const char* data, size_t n);
void stderr_write(const char* data, size_t n);  // the device has one line: same as stdout there
int serial_read();                              // next input byte, or -1 if none (never blocks)
bool serial_any();                              // an input byte waits (uart.any())

uint32_t ticks_ms();
uint64_t ticks_us();
void sleep_ms(uint32_t ms);  // also services background work (display, music) on the board
uint32_t random32();         // hardware RNG

// Module source for `import name` from the port's own search path (host: script folder, MICROPYPATH).
// The filesystem on flash is searched by the core first. Returns false when there is no such module.
// On success *data/*len stay valid until the next call; *path names it for tracebacks.
bool find_module_source(const char* name, size_t name_len, bool package_init, const char** data, size_t* len,
                        const char** path);

}  // namespace hal

namespace hal {
// sys.argv: the program's arguments (argv[0] is the script path, "-c" or "").
void program_args(int* argc, const char* const** argv);
}  // namespace hal

// ---- the serial line as the REPL sees it ----------------------------------------------------------------
// The serial line as the REPL sees it (a UART on the board; the terminal, a pty or stdin/stdout on the host).
// stdout_write above is the *cooked* program output ("\n" -> "\r\n" on the line); these are raw.
namespace hal {
void serial_write(const char* data, size_t n);  // raw bytes to the line: the REPL's echo and markers
// Waits for the next input byte. -1 only when the line is gone for good (host: end of piped input);
// the board never returns -1.
int serial_read_wait();
// While code runs the REPL sets this to 3 (Ctrl-C): the serial driver then turns that byte into
// core::state.interrupt instead of queueing it (and wakes a sleep). -1 disables it (MicroPython's
// mp_hal_set_interrupt_char).
void serial_set_interrupt_char(int c);
}  // namespace hal

// ---- peripheral bus --------------------------------------------------------------------------------------
// 32-bit loads and stores to memory-mapped peripherals, for @micropython.asm_thumb where the board
// cannot run Thumb code itself (no MBPY_ASM_THUMB_NATIVE). The host models the GPIO behind the LEDs.
namespace hal {
uint32_t bus_read32(uint32_t addr);
void bus_write32(uint32_t addr, uint32_t value);
}  // namespace hal
