// The serial line: UART0 at 115200 8N1 on P0.24 (TX) / P0.25 (RX), until uart.init moves it (the end of
// this file). Receive is interrupt-driven into a ring buffer (the UART itself holds only 6 bytes, 0.5 ms at
// this speed); transmit is polled.
#include "board/hal.hpp"
#include "core/config.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

volatile bool* interrupt_flag = nullptr;
volatile bool* poll_flag = nullptr;
uint32_t rx_overruns = 0;

namespace {

constexpr uint32_t kTxPin = 24, kRxPin = 25;
// A byte takes 87 us at 115200; past 10 ms the UART is not sending (QEMU: nobody reads) and the byte is
// given up, so output can never hang the board.
constexpr uint32_t kTxTimeoutUs = 10000;

// One producer (the interrupt) and one consumer (serial_read): each index is written by one side only and
// word stores are atomic, so neither side masks interrupts.
uint8_t ring[kRxRingSize];
volatile uint32_t head = 0, tail = 0;
volatile int interrupt_char = -1;
bool ready = false;

void put(char c) {
    reg(kUartTxdRdy) = 0;
    reg(kUartTxd) = uint8_t(c);
    spin_until_set(kUartTxdRdy, kTxTimeoutUs);
}

}  // namespace

void serial_init() {
    if (ready) return;
    reg(kGpioOutSet) = 1u << kTxPin;  // idle high before the UART takes the pin
    reg(kGpioPinCnf + 4 * kTxPin) = kPinCnfOutput;
    reg(kGpioPinCnf + 4 * kRxPin) = 0;  // input, buffer connected, no pull
    reg(kUartPselTxd) = kTxPin;
    reg(kUartPselRxd) = kRxPin;
    reg(kUartPselRts) = 0xFFFFFFFF;  // no flow control: the micro:bit wires only TX and RX
    reg(kUartPselCts) = 0xFFFFFFFF;
    reg(kUartBaudrate) = kBaud115200;
    reg(kUartConfig) = 0;  // no parity, no flow control
    reg(kUartEnable) = 4;
    reg(kUartTxdRdy) = 0;
    reg(kUartRxdRdy) = 0;
    reg(kUartStartTx) = 1;
    reg(kUartStartRx) = 1;
    reg(kUartIntenSet) = kUartIntRxdRdy | kUartIntError;
    ready = true;
    // Highest priority: the 6-byte FIFO gives it 0.5 ms, and its handler is a few dozen instructions.
    irq_enable(kIrqUart0, 0);
}

void serial_write_polled(const char* s, size_t n) {
    for (size_t i = 0; i < n; ++i) put(s[i]);
}

void serial_puts(const char* s) {
    while (*s) put(*s++);
}

}  // namespace nrf51

using namespace nrf51;

extern "C" void UART0_IRQHandler() {
    while (reg(kUartRxdRdy)) {
        reg(kUartRxdRdy) =
            0;  // before reading RXD: the next byte raises it again (QEMU relies on this order)
        uint8_t c = uint8_t(reg(kUartRxd));
        if (int(c) == interrupt_char) {
            if (interrupt_flag) *interrupt_flag = true;  // the VM raises KeyboardInterrupt; sleeps end
            if (poll_flag) *poll_flag = true;            // after it: the VM then finds the flag set
            continue;
        }
        uint32_t h = head, next = (h + 1) % kRxRingSize;
        if (next == tail) {
            ++rx_overruns;  // full: the newest byte is lost, as on the original firmware
            continue;
        }
        ring[h] = c;
        head = next;
    }
    if (reg(kUartError)) {
        reg(kUartError) = 0;
        reg(kUartErrorSrc) = reg(kUartErrorSrc);  // write 1s to clear overrun/parity/framing/break
    }
}

namespace hal {

// Program output: "\n" goes out as "\r\n" (spec 4.1).
void stdout_write(const char* data, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (data[i] == '\n') nrf51::put('\r');
        nrf51::put(data[i]);
    }
}
void stderr_write(const char* data, size_t n) { stdout_write(data, n); }  // one line for both
void serial_write(const char* data, size_t n) { serial_write_polled(data, n); }

bool serial_any() { return tail != head; }

int serial_read() {
    uint32_t t = tail;
    if (t == head) return -1;
    int c = ring[t];
    tail = (t + 1) % kRxRingSize;
    return c;
}

int serial_read_wait() {
    for (;;) {
        int c = serial_read();
        if (c >= 0) return c;
        idle();  // the receive interrupt ends the wait
    }
}

void serial_set_interrupt_char(int c) {
    interrupt_char = c;
    // The REPL clears it when the start-up program (main.py) has finished: from then on a fault is not
    // main.py's (reset_record.cpp).
    if (c < 0) set_phase(Phase::Repl);
}

}  // namespace hal

#if MBPY_MICROBIT_BUSES  // core/config.hpp
// uart.init: the rates UART0 has, / 50, and their BAUDRATE >> 12 (nRF51 reference values; 921,600's and
// 1,000,000's do not fit and are set apart), chosen as the original's driver does: the largest at or below
// `baudrate`, 1,200 below it. The original writes the same four registers and leaves the UART running; the
// pins as the nRF51 wants them for a UART (TX an output, high, RX an input), out of PWM.
namespace {
constexpr uint16_t kBauds50[] = {24,   48,   96,   192,  288,  384,  576,   625,  768,
                                 1152, 1536, 2304, 4608, 5000, 9216, 18432, 20000};
constexpr uint16_t kBaudRegs[] = {0x4F,  0x9D,  0x13B,  0x275,  0x3B0,  0x4EA,  0x75F, 0x800,
                                  0x9D5, 0xEBF, 0x13A9, 0x1D7E, 0x3AFB, 0x4000, 0x75F7};
}  // namespace

void hal::uart_init(int baudrate, bool parity, int tx, int rx) {
    int t = tx < 0 ? int(kTxPin) : pin_gpio(tx), r = rx < 0 ? int(kRxPin) : pin_gpio(rx);
    pwm_release(1u << t | 1u << r);
    reg(kGpioOutSet) = 1u << t;  // idle high
    reg(kGpioPinCnf + 4 * t) = kPinCnfOutput;
    reg(kGpioPinCnf + 4 * r) = 0;  // input, buffer connected, no pull
    unsigned i = 0;
    while (i < 16 && baudrate >= 50 * int(kBauds50[i + 1])) ++i;
    reg(kUartPselTxd) = uint32_t(t);
    reg(kUartPselRxd) = uint32_t(r);
    reg(kUartBaudrate) = i == 16 ? 0x10000000 : i == 15 ? 0x0EBEDFA4 : uint32_t(kBaudRegs[i]) << 12;
    reg(kUartConfig) = parity ? 0xE : 0;  // PARITY included (even)
}
#endif
