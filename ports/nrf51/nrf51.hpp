// The nRF51822 registers the port touches (addresses from /work/shared/spec/nrf51-board.md), and the
// interrupt helpers every driver shares. No vendor SDK: each register is a constant address.
#pragma once
#include <cstdint>

namespace nrf51 {

// A 32-bit memory-mapped register.
inline volatile uint32_t& reg(uint32_t addr) { return *reinterpret_cast<volatile uint32_t*>(addr); }

// ---- peripheral bases ---------------------------------------------------------------------------------
inline constexpr uint32_t kClock = 0x40000000;  // CLOCK and POWER share the block
inline constexpr uint32_t kUart0 = 0x40002000;
inline constexpr uint32_t kAdc = 0x40007000;
inline constexpr uint32_t kTimer0 = 0x40008000;
inline constexpr uint32_t kTimer1 = 0x40009000;
inline constexpr uint32_t kTimer2 = 0x4000A000;
inline constexpr uint32_t kTemp = 0x4000C000;
inline constexpr uint32_t kRng = 0x4000D000;
inline constexpr uint32_t kNvmc = 0x4001E000;
inline constexpr uint32_t kFicr = 0x10000000;
inline constexpr uint32_t kGpio = 0x50000000;

// CLOCK / POWER
inline constexpr uint32_t kHfclkStart = kClock + 0x000, kHfclkStarted = kClock + 0x100;
inline constexpr uint32_t kHfclkStat = kClock + 0x40C;  // bit 0 SRC (1 = crystal), bit 16 running
inline constexpr uint32_t kResetReas = kClock + 0x400;  // write 1s to clear

// UART0 (IRQ 2)
inline constexpr uint32_t kUartStartRx = kUart0 + 0x000, kUartStartTx = kUart0 + 0x008;
inline constexpr uint32_t kUartRxdRdy = kUart0 + 0x108, kUartTxdRdy = kUart0 + 0x11C;
inline constexpr uint32_t kUartError = kUart0 + 0x124;
inline constexpr uint32_t kUartIntenSet = kUart0 + 0x304, kUartIntenClr = kUart0 + 0x308;
inline constexpr uint32_t kUartErrorSrc = kUart0 + 0x480, kUartEnable = kUart0 + 0x500;
inline constexpr uint32_t kUartPselTxd = kUart0 + 0x50C, kUartPselRxd = kUart0 + 0x514;
inline constexpr uint32_t kUartPselRts = kUart0 + 0x508, kUartPselCts = kUart0 + 0x510;
inline constexpr uint32_t kUartRxd = kUart0 + 0x518, kUartTxd = kUart0 + 0x51C;
inline constexpr uint32_t kUartBaudrate = kUart0 + 0x524, kUartConfig = kUart0 + 0x56C;
inline constexpr uint32_t kBaud115200 = 0x01D7E000;
inline constexpr uint32_t kUartIntRxdRdy = 1u << 2, kUartIntError = 1u << 9;

// TIMERn (IRQ 8 + n)
inline constexpr uint32_t kTimerStart = 0x000, kTimerStop = 0x004, kTimerClear = 0x00C,
                          kTimerShutdown = 0x010;
inline constexpr uint32_t kTimerCapture = 0x040, kTimerCompare = 0x140;  // [n] at +4n
inline constexpr uint32_t kTimerShorts = 0x200, kTimerIntenSet = 0x304, kTimerIntenClr = 0x308,
                          kTimerMode = 0x504;
inline constexpr uint32_t kTimerBitmode = 0x508;
inline constexpr uint32_t kTimerPrescaler = 0x510, kTimerCc = 0x540;  // CC[n] at +4n

// TEMP (IRQ 12) and RNG (IRQ 13)
inline constexpr uint32_t kTempStart = kTemp + 0x000, kTempStop = kTemp + 0x004;
inline constexpr uint32_t kTempDataRdy = kTemp + 0x100, kTempValue = kTemp + 0x508;
inline constexpr uint32_t kRngStart = kRng + 0x000, kRngStop = kRng + 0x004;
inline constexpr uint32_t kRngValRdy = kRng + 0x100, kRngConfig = kRng + 0x504, kRngValue = kRng + 0x508;

// ADC (IRQ 7, not used)
inline constexpr uint32_t kAdcStart = kAdc + 0x000, kAdcStop = kAdc + 0x004, kAdcEnd = kAdc + 0x100;
inline constexpr uint32_t kAdcBusy = kAdc + 0x400, kAdcEnable = kAdc + 0x500, kAdcConfig = kAdc + 0x504,
                          kAdcResult = kAdc + 0x508;

// NVMC
inline constexpr uint32_t kNvmcReady = kNvmc + 0x400, kNvmcConfig = kNvmc + 0x504;
inline constexpr uint32_t kNvmcErasePage = kNvmc + 0x508;
inline constexpr uint32_t kNvmcRen = 0, kNvmcWen = 1, kNvmcEen = 2;

// FICR
inline constexpr uint32_t kFicrCodePageSize = kFicr + 0x010, kFicrCodeSize = kFicr + 0x014;
inline constexpr uint32_t kFicrDeviceId = kFicr + 0x060;

// GPIO
inline constexpr uint32_t kGpioOut = kGpio + 0x504, kGpioOutSet = kGpio + 0x508, kGpioOutClr = kGpio + 0x50C;
inline constexpr uint32_t kGpioIn = kGpio + 0x510, kGpioDirSet = kGpio + 0x518;
inline constexpr uint32_t kGpioPinCnf = kGpio + 0x700;  // [n] at +4n
inline constexpr uint32_t kPinCnfOutput = 1u, kPinCnfInputPullUp = 3u << 2;
// A touch pin: an input, buffer connected, no pull; DRIVE H0S1 (no effect on an input) tells it from
// read_digital's input, so the tick knows to debounce it (display.cpp).
inline constexpr uint32_t kPinCnfTouch = 1u << 8;

// ---- Cortex-M0 core ------------------------------------------------------------------------------------
inline constexpr uint32_t kNvicIser = 0xE000E100, kNvicIcer = 0xE000E180, kNvicIcpr = 0xE000E280;
inline constexpr uint32_t kNvicIpr = 0xE000E400;  // 4 IRQs per word, priority in bits 7..6 of each byte
inline constexpr uint32_t kScbAircr = 0xE000ED0C, kAircrSysResetReq = 0x05FA0004;

// Interrupt numbers (the vector table's order).
enum Irq : uint32_t { kIrqRadio = 1, kIrqUart0 = 2, kIrqTimer0 = 8, kIrqTimer1 = 9, kIrqTimer2 = 10 };

// Priorities: 0 is the most urgent of the four levels.
void irq_enable(Irq irq, uint32_t priority);
void irq_disable(Irq irq);

// Interrupt masking for critical sections (PRIMASK). Nests: restores what it found.
inline uint32_t irq_save() {
    uint32_t primask;
    __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask)::"memory");
    return primask;
}
inline void irq_restore(uint32_t primask) { __asm__ volatile("msr primask, %0" ::"r"(primask) : "memory"); }
struct CriticalSection {
    uint32_t saved = irq_save();
    CriticalSection() = default;
    CriticalSection(const CriticalSection&) = delete;
    CriticalSection& operator=(const CriticalSection&) = delete;
    ~CriticalSection() { irq_restore(saved); }
};

// Sleep until the next interrupt (the tick wakes it at least every millisecond).
inline void wait_for_interrupt() { __asm__ volatile("wfi" ::: "memory"); }

// A system reset through the core (AIRCR.SYSRESETREQ); never returns.
[[noreturn]] void system_reset();

}  // namespace nrf51
