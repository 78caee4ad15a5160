// The HAL for tests and fuzz targets: stdio output, a fake clock, a quiet board (flash: a separate stub).
#include <stdio.h>
#include <string.h>

#include "board/hal.hpp"
#include "core/hal.hpp"

namespace hal {

void stdout_write(const char* data, size_t n) { fwrite(data, 1, n, stdout); }
void stderr_write(const char* data, size_t n) {
    fflush(stdout);
    fwrite(data, 1, n, stderr);
}
int serial_read() { return -1; }
bool serial_any() { return false; }
void serial_write(const char* data, size_t n) { fwrite(data, 1, n, stdout); }
int serial_read_wait() { return -1; }
void serial_set_interrupt_char(int) {}

// Time moves only when the tests sleep: reproducible.
static uint64_t now_us = 0;
uint32_t ticks_ms() { return static_cast<uint32_t>(now_us / 1000); }
uint64_t ticks_us() { return now_us; }
void sleep_ms(uint32_t ms) { now_us += uint64_t(ms) * 1000; }
uint32_t random32() {
    static uint32_t x = 2463534242u;  // xorshift32: a fixed sequence
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

bool find_module_source(const char*, size_t, bool, const char**, size_t*, const char**) { return false; }
void program_args(int* argc, const char* const** argv) {
    static const char* const args[] = {""};
    *argc = 1;
    *argv = args;
}

void display_set(const uint8_t*) {}
bool button_down(int) { return false; }
int pin_read_digital(int, int pull) { return pull == 2 ? 1 : 0; }
int pin_read_analog(int) { return 0; }
bool pin_touched(int) { return false; }
void pin_write(int, int, bool, uint32_t) {}
void neopixel_send(int, const uint8_t*, size_t) {}
void display_enable(bool) {}
int i2c_transfer(int, uint8_t*, size_t, bool, bool) { return 5; }  // no device on the bus
void spi_init(uint32_t, int, int, int, int) {}
void spi_transfer(const uint8_t*, uint8_t* rx, size_t n_rx, size_t) {
    for (size_t i = 0; i < n_rx; ++i) rx[i] = 0;
}
void uart_init(int, bool, int, int) {}  // the serial line stays where it is
void accelerometer_read(int* xyz) { xyz[0] = 0, xyz[1] = 0, xyz[2] = -1024; }
int accelerometer_gesture() { return 0; }
void compass_read(int* xyz) { xyz[0] = xyz[1] = xyz[2] = 0; }
int temperature() { return 21; }
int light_level() { return 0; }
void device_id(uint32_t id[2]) { id[0] = 3, id[1] = 0x12345678; }
void board_trace(const char*, size_t) {}

void sound_tone(int, uint32_t) {}
void sound_samples(int, const uint8_t*, size_t, uint32_t) {}
void radio_enable(const RadioLink*) {}
void radio_send(const uint8_t*, size_t) {}
int radio_receive(uint8_t*, size_t, int*, uint32_t*) { return -1; }

}  // namespace hal

namespace hal {
uint32_t bus_read32(uint32_t) { return 0; }
void bus_write32(uint32_t, uint32_t) {}
}  // namespace hal
