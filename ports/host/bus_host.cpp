// The host board's peripheral bus for @micropython.asm_thumb: the nRF51 GPIO that drives the LED matrix.
#include <stdint.h>

#include "board/board.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"

namespace {

constexpr uint32_t kGpio = 0x50000500;  // RESERVED, OUT, OUTSET, OUTCLR, IN, DIR, DIRSET, DIRCLR
uint32_t out = 0x1FF0;                  // columns (P0.4-12, active low) high: every LED off
uint32_t dir = 0;

// micro:bit v1 matrix: LED (x, y) -> (row 1..3 on P0.13-15 active high, column 1..9 on P0.4-12 active low).
constexpr uint8_t kLayout[5][5][2] = {
    {{1, 1}, {2, 4}, {1, 2}, {2, 5}, {1, 3}}, {{3, 4}, {3, 5}, {3, 6}, {3, 7}, {3, 8}},
    {{2, 2}, {1, 9}, {2, 3}, {3, 9}, {2, 1}}, {{1, 8}, {1, 7}, {1, 6}, {1, 5}, {1, 4}},
    {{3, 3}, {2, 7}, {3, 1}, {2, 6}, {3, 2}},
};

void show_gpio() {
    uint8_t img[25];
    for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 5; ++x) {
            int row_pin = 12 + kLayout[y][x][0], col_pin = 3 + kLayout[y][x][1];
            bool lit = (out >> row_pin & 1) && !(out >> col_pin & 1);
            img[y * 5 + x] = lit ? 9 : 0;
        }
    }
    board::display_store(img);
}

}  // namespace

namespace hal {

uint32_t bus_read32(uint32_t addr) {
    switch (addr) {
        case kGpio + 0x04: return out;
        case kGpio + 0x10: return out;  // IN: the outputs read back (nothing else drives the pins here)
        case kGpio + 0x14: return dir;
        default: return 0;
    }
}

void bus_write32(uint32_t addr, uint32_t value) {
    switch (addr) {
        case kGpio + 0x04: out = value; break;
        case kGpio + 0x08: out |= value; break;
        case kGpio + 0x0C: out &= ~value; break;
        case kGpio + 0x14: dir = value; return;
        case kGpio + 0x18: dir |= value; return;
        case kGpio + 0x1C: dir &= ~value; return;
        default: return;  // other peripherals are not modelled
    }
    show_gpio();
}

}  // namespace hal
