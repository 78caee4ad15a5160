// The hardware abstraction layer: the only functions the portable code calls outside itself.
// Each port (ports/host, ports/nrf51) defines all of them; the core never includes a port header.
#pragma once
#include <cstddef>
#include <cstdint>

namespace hal {

// Serial line / standard streams. Output is raw bytes: the REPL cooks "\n" into "\r\n" where needed.
void stdout_write(const char* data, size_t n);
void stderr_write(const char* data, size_t n);  // the device has one line: same as stdout there
int serial_read();                               // next input byte, or -1 if none (never blocks)

uint32_t ticks_ms();
uint64_t ticks_us();
void sleep_ms(uint32_t ms);  // also services background work (display, music) on the board
uint32_t random32();         // hardware RNG

// Module source for `import name` from the port's own search path (host: script folder, MICROPYPATH).
// The filesystem on flash is searched by the core first. Returns false when there is no such module.
// On success *data/*len stay valid until the next call; *path names it for tracebacks.
bool find_module_source(const char* name, size_t name_len, bool package_init, const char** data,
                        size_t* len, const char** path);

}  // namespace hal

namespace hal {
// sys.argv: the program's arguments (argv[0] is the script path, "-c" or "").
void program_args(int* argc, const char* const** argv);
}  // namespace hal
