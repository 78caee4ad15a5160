// The 2.4 GHz radio in the nRF51's own packet mode, with the original firmware's register settings (spec
// "Register settings"), so boards running either hear each other. Packets are received straight into the
// radio module's queue (hal::radio_queue) from the RADIO interrupt; sending is synchronous, as in the
// original. Every wait is bounded: QEMU models no RADIO (no READY, END or DISABLED ever comes), so there
// `send` returns after its timeouts and nothing is received.
#include "board/hal.hpp"
#include "core/config.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

#if MBPY_MOD_RADIO

namespace nrf51 {
namespace {

constexpr uint32_t kRadio = 0x40001000;
constexpr uint32_t kTxEn = kRadio + 0x000, kRxEn = kRadio + 0x004, kStart = kRadio + 0x008,
                   kDisable = kRadio + 0x010;
constexpr uint32_t kReady = kRadio + 0x100, kEnd = kRadio + 0x10C, kDisabled = kRadio + 0x110;
constexpr uint32_t kShorts = kRadio + 0x200, kIntenSet = kRadio + 0x304, kCrcStatus = kRadio + 0x400;

// Below the UART (0), beside the tick (1): the handler is short (no copy: the hardware wrote the slot).
constexpr uint32_t kRadioPriority = 1;
// Ramp-up to READY takes 130 us and DISABLE a few (datasheet); the longest packet (1 + 5 + 1 + 251 + 2
// bytes) takes 8.3 ms on air at 250 kbit/s. Past these the radio is taken as not answering (QEMU).
constexpr uint32_t kRampTimeoutUs = 300, kTxTimeoutUs = 10000;
// The configuration registers at 0x500 + 4 * index, through a base the compiler cannot fold into each
// address: a write is then one store instead of a load of its own address from a literal (-76 B).
constexpr uint32_t kPacketPtr = 0x04 / 4, kFrequency = 0x08 / 4, kTxPower = 0x0C / 4, kMode = 0x10 / 4,
                   kPcnf0 = 0x14 / 4, kPcnf1 = 0x18 / 4, kBase0 = 0x1C / 4, kPrefix0 = 0x24 / 4,
                   kTxAddress = 0x2C / 4, kRxAddresses = 0x30 / 4, kCrcCnf = 0x34 / 4, kCrcPoly = 0x38 / 4,
                   kCrcInit = 0x3C / 4, kRssiSample = 0x48 / 4, kDataWhiteIv = 0x54 / 4;
volatile uint32_t* cfg() {
    uint32_t a = kRadio + 0x500;
    __asm__("" : "+r"(a));
    return reinterpret_cast<volatile uint32_t*>(a);
}
// radio.config(power=0..7) in dBm.
constexpr int8_t kPowerDbm[8] = {-30, -20, -16, -12, -8, -4, 0, 4};

void stop() {
    irq_disable(kIrqRadio);
    reg(kDisabled) = 0;
    reg(kDisable) = 1;
    spin_until_set(kDisabled, kRampTimeoutUs);
}

// From disabled: ramps up for receiving or sending (task kRxEn or kTxEn), then starts the packet.
void ramp_up_and_start(uint32_t enable_task) {
    reg(kReady) = 0;
    reg(enable_task) = 1;
    spin_until_set(kReady, kRampTimeoutUs);
    reg(kEnd) = 0;
    reg(kStart) = 1;
}

// From disabled: receives into the free slot at the queue's tail, interrupting at each packet's END.
void listen() {
    cfg()[kPacketPtr] = uint32_t(&hal::radio_queue.at(hal::radio_queue.tail)->len);
    ramp_up_and_start(kRxEn);
    irq_enable(kIrqRadio, kRadioPriority);
}

}  // namespace
}  // namespace nrf51

using namespace nrf51;

// A packet ended: with a good CRC it joins the queue (unless the queue is full: then the slot is reused,
// as the module drops new packets), with its RSSI and the board time; the receiver starts again.
extern "C" void RADIO_IRQHandler() {
    if (!reg(kEnd)) return;
    reg(kEnd) = 0;
    hal::RadioQueue& q = hal::radio_queue;
    hal::RadioSlot* s = q.at(q.tail);
    if (reg(kCrcStatus) == 1) {
        if (s->len > q.max_len) s->len = q.max_len;  // the length byte may say more than MAXLEN let in
        s->rssi = int8_t(-int32_t(cfg()[kRssiSample]));
        s->time_us = uint32_t(hal::ticks_us());
        uint8_t next = q.next(q.tail);
        if (next != q.head) {
            __asm__ volatile("" ::: "memory");  // the slot is written before the module can see it
            q.tail = next;
            s = q.at(next);
        }
    }
    cfg()[kPacketPtr] = uint32_t(&s->len);
    reg(kStart) = 1;
}

namespace hal {

// The original's order and values: address 0 = BASE0 (4 bytes) + PREFIX0.AP0 (the group), an 8-bit length
// field, payloads up to `length` bytes, whitening, a 16-bit CRC; RSSI sampled at each address match.
void radio_enable(const RadioLink* link) {
    stop();
    if (!link) return;
    if (!crystal_running) crystal_running = hfclk_start();  // the radio needs the crystal (boot starts it)
    volatile uint32_t* r = cfg();
    r[kTxPower] = uint32_t(int32_t(kPowerDbm[link->power & 7]));
    r[kFrequency] = link->channel;
    r[kMode] = link->data_rate;
    r[kBase0] = link->address;
    r[kPrefix0] = link->group;
    r[kTxAddress] = 0;
    r[kRxAddresses] = 1;
    r[kPcnf0] = 8;                                 // LFLEN 8 bits, no S0 or S1
    r[kPcnf1] = 0x02040000 | radio_queue.max_len;  // WHITEEN, BALEN 4, little-endian, MAXLEN
    r[kCrcCnf] = 2;
    r[kCrcInit] = 0xFFFF;
    r[kCrcPoly] = 0x11021;
    r[kDataWhiteIv] = 0x18;
    reg(kIntenSet) = 1u << 3;  // END
    reg(kShorts) = 1u << 4;    // ADDRESS_RSSISTART
    listen();
}

// The packet goes out of the free slot (its length byte, then the payload: `n` is at most max_len). When
// the radio does not answer in time the packet is given up and the receiver started again: send returns.
void radio_send(const uint8_t* data, size_t n) {
    stop();
    RadioSlot* s = radio_queue.at(radio_queue.tail);
    s->len = uint8_t(n);
    for (size_t i = 0; i < n; ++i) s->data[i] = data[i];
    ramp_up_and_start(kTxEn);
    spin_until_set(kEnd, kTxTimeoutUs);
    stop();
    listen();
}

int radio_receive(uint8_t*, size_t, int*, uint32_t*) { return -1; }  // the interrupt fills the queue

}  // namespace hal

#endif  // MBPY_MOD_RADIO
