// The HAL of the board layer: the micro:bit's flash and peripherals as board/ sees them. Each port defines
// these functions (the host simulates them, the firmware drives the nRF51); the core never calls them.
#pragma once
#include <cstddef>
#include <cstdint>

// ---- flash ---------------------------------------------------------------------------------------------
// The board's NOR flash as the nRF51's NVMC offers it: memory-mapped reads, page erase (every byte to
// 0xFF), 32-bit word writes that can only clear bits. Addresses are flash addresses (0 = start of flash).
namespace hal {
uint32_t flash_page_size();                            // 1024 on the v1
void flash_erase_page(uint32_t page_addr);             // page-aligned
void flash_write_word(uint32_t addr, uint32_t value);  // 4-aligned; new = old & value
// Read access: a pointer valid for the whole flash while the program runs (the device returns `addr`).
const uint8_t* flash_pointer(uint32_t addr);
// The filesystem region the runtime computes at boot (spec 1.3): pages [start, last_page] inclusive,
// from the firmware size the UICR declares and the appended-script marker. False: no usable region.
bool flash_fs_region(uint32_t* start, uint32_t* last_page);
}  // namespace hal

// ---- sensors, display, pins
// -------------------------------------------------------------------------------- The micro:bit's
// peripherals as the board modules (board/) see them. Inputs are sampled state; outputs are requests. The
// host port simulates them (ports/host/board_host.cpp); the device port drives the nRF51.
namespace hal {
void display_set(const uint8_t* leds);    // 25 brightnesses 0..9, row-major: a new LED frame
bool button_down(int button);             // 0 = A, 1 = B
void display_enable(bool on);             // display.on()/off(): the LED pins are the display's, or free
int pin_read_digital(int pin, int pull);  // 0/1: the level outside drives, else what the pull gives
int pin_read_analog(int pin);             // 0..1023
bool pin_touched(int pin);                // pins 0..2
void pin_write(int pin, int value, bool analog, uint32_t period_us);  // digital 0/1 or analog duty 0..1023
// A strip of WS2812 LEDs (neopixel) on `pin`: `n` bytes, 3 per LED in the strip's order (green, red, blue),
// each byte's most significant bit first. The pin is low for at least 50 us before (the strip latches what
// it got before), and low after.
void neopixel_send(int pin, const uint8_t* grb, size_t n);
// I2C on the edge connector (pin19 SCL, pin20 SDA; the sensors are on it): reads or writes `n` bytes at the
// 7-bit `addr`; `repeat` keeps the bus for a repeated start. 0, or an errno (5: no answer or bus error).
int i2c_transfer(int addr, uint8_t* buf, size_t n, bool read, bool repeat);
// SPI master on the edge connector (micro:bit pin numbers): the fastest rate at or below `baudrate`, `mode`
// 0..3 (CPOL << 1 | CPHA), 8 bits, most significant bit first.
void spi_init(uint32_t baudrate, int mode, int sclk, int mosi, int miso);
// `n` bytes out of `tx`, one in for each; the first `n_rx` received go to `rx` (which may be `tx`).
void spi_transfer(const uint8_t* tx, uint8_t* rx, size_t n_rx, size_t n);
// The serial line (uart.init) to micro:bit pins `tx` and `rx`, -1 for the USB interface chip's (the REPL's
// way to the computer), at the largest rate it has at or below `baudrate` (its lowest below that), with
// parity when `parity` (even: the nRF51's only one). The simulated board's line stays where it is.
void uart_init(int baudrate, bool parity, int tx, int rx);
void accelerometer_read(int* xyz);  // milli-g, 3 values
int accelerometer_gesture();        // the sensor's current gesture (board::Gesture), 0 = none
void compass_read(int* xyz);        // nT, 3 values
int temperature();                  // degrees Celsius
int light_level();                  // 0..255
void device_id(uint32_t id[2]);     // the chip's 64-bit DEVICEID (FICR), machine.unique_id()
// One line of the board trace: JSON members without braces, e.g. `"display": "00000:..."`. The port adds
// the board time; the device ignores it (see board/board.hpp for the writer).
void board_trace(const char* members, size_t n);
}  // namespace hal

// ---- sound and radio -----------------------------------------------------------------------------------
// Sound out of a pin (a speaker between the pin and GND) and the 2.4 GHz radio in the nRF51's simple
// packet mode. The host writes sound to a WAV file and links boards over loopback (ports/host/sound_host.cpp,
// radio_host.cpp); the device drives PWM and the RADIO peripheral.
namespace hal {
// A square wave of `freq_hz` on `pin` from now on (music, pitch); 0 = silence.
void sound_tone(int pin, uint32_t freq_hz);
// `n` unsigned 8-bit samples (128 = silence) at `rate_hz`: they follow the samples still playing, or
// start now when none are (audio frames, speech); the device may wait for room in its queue. n = 0: the
// end (the device drops what it has queued and leaves the pin low; the host's recording keeps it).
void sound_samples(int pin, const uint8_t* samples, size_t n, uint32_t rate_hz);
// The settings that decide which boards hear each other (all must match) and the transmit power.
struct RadioLink {
    uint32_t address;
    uint8_t channel, group, data_rate, power;
};
// Turn the receiver on with `link` (packets heard before are not kept), or off (null).
void radio_enable(const RadioLink* link);
void radio_send(const uint8_t* data, size_t n);  // one packet, to every board on the same link
// Takes the oldest packet heard since enabling: copies up to `cap` bytes into `buf` and returns its length,
// or -1 when none waits. `rssi` gets the signal strength in dBm, `time_us` the board time it arrived.
// (The device answers -1: its RADIO interrupt puts packets in `radio_queue` itself.)
int radio_receive(uint8_t* buf, size_t cap, int* rssi, uint32_t* time_us);
// The receive queue, a ring of `n` slots of `size` bytes in a heap block the radio module keeps while the
// radio is on (`base` null while off). Packets are added at `tail` (by the module from radio_receive, or
// on the device by the RADIO interrupt, the hardware writing `len` and `data` into the slot itself) and
// taken at `head` by the module: each index has one writer, so neither side masks interrupts. Slot `tail`
// is always free (the receiver's buffer, and the device's transmit buffer), so n = queue + 1.
struct RadioSlot {
    uint32_t time_us;
    int8_t rssi;     // dBm
    uint8_t len;     // the packet as the nRF51 lays it out in RAM: its length byte, then the payload
    uint8_t data[];  // up to max_len bytes
};
struct RadioQueue {
    uint8_t* base;
    uint16_t size;
    uint8_t n, max_len;  // slots; the payload's limit (radio.config(length=...))
    volatile uint8_t head, tail;
    RadioSlot* at(unsigned i) const { return reinterpret_cast<RadioSlot*>(base + i * size); }
    uint8_t next(unsigned i) const { return uint8_t(i + 1 == n ? 0 : i + 1); }
};
extern RadioQueue radio_queue;  // board/mod_radio.cpp
}  // namespace hal
