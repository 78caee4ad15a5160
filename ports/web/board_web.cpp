// The web port's board HAL: the inputs the page sets (buttons, pins, sensors), and the outputs it shows
// (LEDs, trace, sound, radio) handed to JavaScript.
#include "board/board.hpp"
#include "board/hal.hpp"
#include "ports/web/web.hpp"

namespace web {
static Inputs sim;
Inputs& inputs() { return sim; }
}  // namespace web

extern "C" {
// The page's controls (main.js): each sets one input of the simulated board.
__attribute__((used)) void web_set_button(int b, int down) { web::sim.button[b & 1] = down != 0; }
__attribute__((used)) void web_set_touch(int pin, int on) {
    if (pin >= 0 && pin < 3) web::sim.pin_touch[pin] = on != 0;
}
__attribute__((used)) void web_set_accelerometer(int x, int y, int z, int gesture) {
    web::sim.accel[0] = x, web::sim.accel[1] = y, web::sim.accel[2] = z;
    web::sim.gesture = gesture;
}
__attribute__((used)) void web_set_compass(int x, int y, int z) {
    web::sim.compass[0] = x, web::sim.compass[1] = y, web::sim.compass[2] = z;
}
__attribute__((used)) void web_set_temperature(int t) { web::sim.temperature = t; }
__attribute__((used)) void web_set_light(int l) { web::sim.light = l; }
}

namespace hal {
using web::sim;

void display_set(const uint8_t* leds) {
    mbpy_display(leds);
    web::leds_changed();
}
bool button_down(int b) { return sim.button[b & 1]; }
int pin_read_digital(int pin, int pull) {
    // A touched pin is pulled to ground through the body, as the board's touch sensing reads it.
    if (pin >= 0 && pin < 3 && sim.pin_touch[pin]) return 0;
    return pull == board::pull_up ? 1 : 0;
}
int pin_read_analog(int) { return 0; }  // nothing drives the pins in the page
bool pin_touched(int pin) { return pin >= 0 && pin < 3 && sim.pin_touch[pin]; }
void pin_write(int, int, bool, uint32_t) {}
void neopixel_send(int, const uint8_t*, size_t) {}
void display_enable(bool) {}
int i2c_transfer(int, uint8_t*, size_t, bool, bool) { return 5; }  // no device on the bus
void accelerometer_read(int* xyz) {
    for (int i = 0; i < 3; ++i) xyz[i] = sim.accel[i];
}
int accelerometer_gesture() { return sim.gesture; }
void compass_read(int* xyz) {
    for (int i = 0; i < 3; ++i) xyz[i] = sim.compass[i];
}
int temperature() { return sim.temperature; }
int light_level() { return sim.light; }
// QEMU's micro:bit's DEVICEID, as the device reads it there (machine.unique_id()).
void device_id(uint32_t id[2]) { id[0] = 3, id[1] = 0x12345678; }
// Nothing is attached to the SPI bus: every byte received is 0.
void spi_init(uint32_t, int, int, int, int) {}
void spi_transfer(const uint8_t*, uint8_t* rx, size_t n_rx, size_t) {
    for (size_t i = 0; i < n_rx; ++i) rx[i] = 0;
}
void uart_init(int, bool, int, int) {}  // the serial line stays where it is
void board_trace(const char* members, size_t n) { mbpy_trace(members, n); }

void sound_tone(int pin, uint32_t freq_hz) { mbpy_tone(pin, freq_hz); }
void sound_samples(int pin, const uint8_t* samples, size_t n, uint32_t rate_hz) {
    mbpy_samples(pin, samples, n, rate_hz);
}

void radio_enable(const RadioLink* l) {
    if (!l) return mbpy_radio_enable(0, 0, 0, 0, 0, 0);
    mbpy_radio_enable(1, l->address, l->channel, l->group, l->data_rate, l->power);
}
void radio_send(const uint8_t* data, size_t n) { mbpy_radio_send(data, n); }
int radio_receive(uint8_t* buf, size_t cap, int* rssi, uint32_t* time_us) {
    *time_us = uint32_t(mbpy_now_ms() * 1000.0);
    return mbpy_radio_receive(buf, cap, rssi);
}

}  // namespace hal
