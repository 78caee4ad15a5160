// The sensors on TWI0 (SCL P0.0, SDA P0.30 on the v1): the MMA8653 accelerometer (0x1D) and the MAG3110
// compass (0x0E), set up and read as the original's DAL does, and the gestures it computes from the
// accelerometer. Every wait is bounded; a transfer that fails or times out leaves the last good sample.
#include "board/board.hpp"
#include "board/hal.hpp"
#include "core/config.hpp"
#include "core/hal.hpp"
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

#if MBPY_MICROBIT_ACCEL || MBPY_MICROBIT_COMPASS || MBPY_MICROBIT_BUSES

namespace nrf51 {
namespace {

constexpr uint32_t kTwi = 0x40003000;
constexpr uint32_t kStartRx = kTwi + 0x000, kStartTx = kTwi + 0x008, kStop = kTwi + 0x014,
                   kResume = kTwi + 0x020;
constexpr uint32_t kStopped = kTwi + 0x104, kRxdReady = kTwi + 0x108, kTxdSent = kTwi + 0x11C,
                   kError = kTwi + 0x124;
constexpr uint32_t kShorts = kTwi + 0x200, kErrorSrc = kTwi + 0x4C4, kEnable = kTwi + 0x500;
constexpr uint32_t kPselScl = kTwi + 0x508, kPselSda = kTwi + 0x50C, kRxd = kTwi + 0x518, kTxd = kTwi + 0x51C;
constexpr uint32_t kFrequency = kTwi + 0x524, kAddress = kTwi + 0x588;
constexpr uint32_t kShortBbSuspend = 1, kShortBbStop = 2;
constexpr int kScl = 0, kSda = 30;
constexpr int kAccelInt = 28, kCompassInt = 29;  // INT1 of each sensor: data ready (accelerometer active low)

// One byte at 100 kHz takes 90 us; past 1 ms the bus is taken as stuck: the transfer stops and TWI0 is
// enabled again, which frees it.
constexpr uint32_t kByteTimeoutUs = 1000;

constexpr uint8_t kAccel = 0x1D, kCompass = 0x0E;

bool started = false;
int accel_mg[3] = {0, 0, -1024};  // lying flat, face up, until a sample arrives
int field_nt[3] = {0, 0, 0};

// The event at `ev`, or false on ERROR or when `kByteTimeoutUs` passes.
bool wait_event(uint32_t ev) {
    for (uint32_t n = kByteTimeoutUs * 2; n > 0; --n) {
        if (reg(ev)) {
            reg(ev) = 0;
            return true;
        }
        if (reg(kError)) break;
    }
    return false;
}

bool fail() {
    reg(kError) = 0;
    reg(kErrorSrc) = 7;  // write 1s to clear
    reg(kShorts) = 0;
    reg(kStop) = 1;
    reg(kEnable) = 0;
    reg(kEnable) = 5;
    return false;
}

void twi_init() {
    constexpr uint32_t bus_pin = 3u << 2 | 6u << 8;  // input connected, pull-up, standard 0 / disconnect 1
    reg(kGpioPinCnf + 4 * kScl) = bus_pin;
    reg(kGpioPinCnf + 4 * kSda) = bus_pin;
    reg(kGpioPinCnf + 4 * kAccelInt) = 0;  // input connected, no pull
    reg(kGpioPinCnf + 4 * kCompassInt) = 0;
    reg(kEnable) = 0;
    reg(kPselScl) = kScl;
    reg(kPselSda) = kSda;
    reg(kFrequency) = 0x01980000;  // 100 kHz
    reg(kEnable) = 5;
}

// Writes `n` bytes to the device at `addr`; with `stop` false the bus is held for a repeated start.
bool twi_write(uint8_t addr, const uint8_t* data, size_t n, bool stop) {
    reg(kAddress) = addr;
    reg(kShorts) = 0;
    reg(kError) = 0;
    reg(kTxdSent) = 0;
    reg(kTxd) = data[0];
    reg(kStartTx) = 1;
    for (size_t i = 1;; ++i) {
        if (!wait_event(kTxdSent)) return fail();
        if (i == n) break;
        reg(kTxd) = data[i];
    }
    if (!stop) return true;
    reg(kStopped) = 0;
    reg(kStop) = 1;
    return wait_event(kStopped) || fail();
}

// Reads `n` bytes (n > 0) from the device at `addr`, then stops.
bool twi_read(uint8_t addr, uint8_t* data, size_t n) {
    reg(kAddress) = addr;
    reg(kError) = 0;
    reg(kRxdReady) = 0;
    reg(kStopped) = 0;
    reg(kShorts) = n == 1 ? kShortBbStop : kShortBbSuspend;
    reg(kStartRx) = 1;
    for (size_t i = 0; i < n; ++i) {
        if (!wait_event(kRxdReady)) return fail();
        data[i] = uint8_t(reg(kRxd));
        if (i + 2 == n) reg(kShorts) = kShortBbStop;
        if (i + 1 < n) reg(kResume) = 1;
    }
    bool ok = wait_event(kStopped);
    reg(kShorts) = 0;
    return ok || fail();
}

bool read_regs(uint8_t addr, uint8_t first, uint8_t* data, size_t n) {
    return twi_write(addr, &first, 1, false) && twi_read(addr, data, n);
}
bool write_reg(uint8_t addr, uint8_t r, uint8_t value) {
    const uint8_t b[2] = {r, value};
    return twi_write(addr, b, 2, true);
}

// Gestures as the DAL computes them from each new sample (MicroBitAccelerometer::updateGesture):
// shake from zero crossings, freefall, tilt, a posture held for 5 samples; a 3g, 6g or 8g impulse is the
// gesture of the sample it occurs in. At 2 g the squared force stays below 2^24: int is enough.
uint8_t shake_sign = 0, shake_count = 0, shake_timer = 0, impulses = 0, impulse_sigma = 0, sigma = 0;
bool shaken = false;
uint8_t current = board::g_none, last = board::g_none, reported = board::g_none;

int posture(const int* a, int force) {
    constexpr int kShakeTolerance = 400, kTilt = 200, kShakeCount = 4, kShakeDamping = 10;
    bool detected = false;
    for (int i = 0; i < 3; ++i) {
        bool sign = shake_sign >> i & 1;
        if ((a[i] < -kShakeTolerance && sign) || (a[i] > kShakeTolerance && !sign)) {
            detected = true;
            shake_sign ^= uint8_t(1 << i);
        }
    }
    if (detected && shake_count < kShakeCount && ++shake_count == kShakeCount) shaken = true;
    if (++shake_timer >= kShakeDamping) {
        shake_timer = 0;
        if (shake_count > 0 && --shake_count == 0) shaken = false;
    }
    if (shaken) return board::g_shake;
    if (force < 400 * 400) return board::g_freefall;
    constexpr uint8_t low[3] = {board::g_left, board::g_down, board::g_face_up};
    constexpr uint8_t high[3] = {board::g_right, board::g_up, board::g_face_down};
    for (int i = 0; i < 3; ++i) {
        if (a[i] < -1000 + kTilt) return low[i];
        if (a[i] > 1000 - kTilt) return high[i];
    }
    return board::g_none;
}

void update_gesture(const int* a) {
    constexpr int kDamping = 5;
    constexpr int kImpulse[3] = {3072 * 3072, 6144 * 6144, 8192 * 8192};
    int force = a[0] * a[0] + a[1] * a[1] + a[2] * a[2];
    int impulse = board::g_none;
    if (force > kImpulse[0]) {
        for (int i = 0; i < 3; ++i)
            if (force > kImpulse[i] && !(impulses & 1 << i)) {
                impulses |= uint8_t(1 << i);
                impulse = board::g_3g + i;
            }
        impulse_sigma = 0;
    }
    if (impulse_sigma < kDamping)
        ++impulse_sigma;
    else
        impulses = 0;
    int g = posture(a, force);
    if (g == current) {
        if (sigma < kDamping) ++sigma;
    } else {
        current = uint8_t(g), sigma = 0;
    }
    if (current != last && sigma >= kDamping) last = current;
    reported = uint8_t(impulse != board::g_none ? impulse : last);
}

// A new sample when the sensor's INT1 says one is ready (active low), as the DAL polls it.
void accel_update() {
    if (!started) sensors_init();
    if (reg(kGpioIn) >> kAccelInt & 1) return;
    uint8_t d[6];
    if (!read_regs(kAccel, 0x01, d, 6)) return;  // OUT_X_MSB ..
    // The DAL's scale: the 8 high bits, times 8, times the range (2 g); x and y turned to the board's axes.
    accel_mg[0] = -int8_t(d[0]) * 16;
    accel_mg[1] = -int8_t(d[2]) * 16;
    accel_mg[2] = int8_t(d[4]) * 16;
    update_gesture(accel_mg);
}

}  // namespace

// As the DAL starts them: the accelerometer at 50 Hz, 2 g, 10 bits, data ready on INT1; the compass at
// 10 Hz with automatic magnetic reset, after its standby is seen (at most 20 reads, 1 ms apart).
void sensors_init() {
    // {device, register, value}
    static constexpr uint8_t accel[][3] = {
        {kAccel, 0x2A, 0x00},    // CTRL_REG1: standby
        {kAccel, 0x2B, 0x10},    // CTRL_REG2: high resolution
        {kAccel, 0x2D, 0x01},    // CTRL_REG4: data ready interrupt
        {kAccel, 0x2E, 0x01},    // CTRL_REG5: on INT1
        {kAccel, 0x0E, 0x00},    // XYZ_DATA_CFG: 2 g
        {kAccel, 0x2A, 0x21},    // CTRL_REG1: 50 Hz, active
        {kCompass, 0x10, 0x00},  // CTRL_REG1: standby
    };
    static constexpr uint8_t compass[][3] = {
        {kCompass, 0x11, 0xA0},  // CTRL_REG2: automatic magnetic reset, raw values
        {kCompass, 0x10, 0x61},  // CTRL_REG1: 10 Hz, active
    };
    started = true;
    twi_init();
    uint8_t b;
    read_regs(kAccel, 0x0D, &b, 1);    // WHO_AM_I
    read_regs(kCompass, 0x07, &b, 1);  // WHO_AM_I
    for (auto& w : accel) write_reg(w[0], w[1], w[2]);
    for (int i = 0; i < 20; ++i) {
        if (!read_regs(kCompass, 0x08, &b, 1) || (b & 3) == 0) break;  // SYSMOD: standby
        uint64_t t = hal::ticks_us();
        while (hal::ticks_us() - t < 1000) {
        }
    }
    for (auto& w : compass) write_reg(w[0], w[1], w[2]);
}

}  // namespace nrf51

namespace hal {

using namespace nrf51;

#if MBPY_MICROBIT_ACCEL
void accelerometer_read(int* xyz) {
    accel_update();
    for (int i = 0; i < 3; ++i) xyz[i] = accel_mg[i];
}
int accelerometer_gesture() {
    accel_update();
    return reported;
}
#endif

#if MBPY_MICROBIT_COMPASS
void compass_read(int* xyz) {
    if (!started) sensors_init();
    uint8_t d[6];
    // INT1 high: a sample is ready. As the DAL takes it: 100 nT a count (the sensor's 0.1 uT), as east,
    // north, up = -Y, X, -Z; each calibrated to (v - centre) * scale / 1024 in int32 (wrapping as the
    // DAL's does), then turned to the board's axes as the DAL turns them: x, y, z = -north, east, up.
    if ((reg(kGpioIn) >> kCompassInt & 1) && read_regs(kCompass, 0x01, d, 6)) {  // OUT_X_MSB ..
        int32_t raw[3];
        for (int i = 0; i < 3; ++i) raw[i] = 100 * int16_t(d[2 * i] << 8 | d[2 * i + 1]);
        int32_t enu[3] = {-raw[1], raw[0], -raw[2]};
        const int32_t* cal = board::state.compass_cal;
        for (int i = 0; i < 3; ++i)
            enu[i] = int32_t((uint32_t(enu[i]) - uint32_t(cal[i])) * uint32_t(cal[3 + i])) >> 10;
        field_nt[0] = -enu[1];  // at most 2^21 after the shift
        field_nt[1] = enu[0];
        field_nt[2] = enu[2];
    }
    for (int i = 0; i < 3; ++i) xyz[i] = field_nt[i];
}
#endif

// The i2c module on the sensors' bus. A write of no bytes and each address of scan() are probed with a
// one-byte read: the address is acknowledged or the transfer fails. read(repeat=True) ends with a stop
// all the same (the nRF51's TWI ends a read with one).
int i2c_transfer(int addr, uint8_t* buf, size_t n, bool read, bool repeat) {
    if (!started) sensors_init();
    uint8_t a = uint8_t(addr & 0x7F), probe;
    bool ok = !n ? twi_read(a, &probe, 1) : read ? twi_read(a, buf, n) : twi_write(a, buf, n, !repeat);
    return ok ? 0 : 5;  // EIO
}

}  // namespace hal

#endif  // MBPY_MICROBIT_ACCEL || MBPY_MICROBIT_COMPASS || MBPY_MICROBIT_BUSES
