// spi on the edge connector: the nRF51's SPI1 as a master, 8 bits, most significant bit first, one byte at
// a time (as the original's driver). A byte waits for READY at most kByteTimeoutUs: the time is bounded
// even without a clock on the bus (QEMU has no SPI: every read is 0), and such a byte reads as RXD holds.
#include "board/hal.hpp"
#include "core/config.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

#if MBPY_MICROBIT_BUSES  // core/config.hpp

namespace {

using nrf51::reg;
constexpr uint32_t kSpi1 = 0x40004000;
constexpr uint32_t kReady = kSpi1 + 0x108, kEnable = kSpi1 + 0x500, kPselSck = kSpi1 + 0x508,
                   kPselMosi = kSpi1 + 0x50C, kPselMiso = kSpi1 + 0x510, kRxd = kSpi1 + 0x518,
                   kTxd = kSpi1 + 0x51C, kFrequency = kSpi1 + 0x524, kConfig = kSpi1 + 0x554;
constexpr uint32_t kByteTimeoutUs = 100;  // a byte takes 64 us at 125 kHz, the slowest rate

}  // namespace

namespace hal {

// FREQUENCY is 125 kHz << k (0x02000000 << k, up to 8 MHz): the largest at or below `baudrate` (125 kHz
// below it), as the original's driver picks. CONFIG: CPHA bit 1, CPOL bit 2, so mode << 1.
void spi_init(uint32_t baudrate, int mode, int sclk, int mosi, int miso) {
    uint32_t k = 0;
    while (k < 6 && baudrate >= 250000u << k) ++k;
    int sck = nrf51::pin_gpio(sclk), out = nrf51::pin_gpio(mosi), in = nrf51::pin_gpio(miso);
    nrf51::pwm_release(1u << sck | 1u << out | 1u << in);
    reg(kEnable) = 0;
    reg(nrf51::kGpioPinCnf + 4 * sck) = nrf51::kPinCnfOutput;  // SPI1 drives them, the GPIO sets directions
    reg(nrf51::kGpioPinCnf + 4 * out) = nrf51::kPinCnfOutput;
    reg(nrf51::kGpioPinCnf + 4 * in) = 0;  // input, buffer connected, no pull
    reg(kPselSck) = uint32_t(sck);
    reg(kPselMosi) = uint32_t(out);
    reg(kPselMiso) = uint32_t(in);
    reg(kConfig) = uint32_t(mode) << 1;
    reg(kFrequency) = 0x02000000u << k;
    reg(kReady) = 0;
    reg(kEnable) = 1;
}

void spi_transfer(const uint8_t* tx, uint8_t* rx, size_t n_rx, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        reg(kTxd) = tx[i];
        nrf51::spin_until_set(kReady, kByteTimeoutUs);
        reg(kReady) = 0;
        uint8_t b = uint8_t(reg(kRxd));
        if (i < n_rx) rx[i] = b;
    }
}

}  // namespace hal

#endif  // MBPY_MICROBIT_BUSES
