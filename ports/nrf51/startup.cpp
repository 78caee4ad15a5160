// Start-up of the nRF51: the vector table at address 0, the reset handler (.data copied, .bss zeroed,
// constructors run, then main) and the handlers of faults and unexpected interrupts.
#include <cstdint>
#include <cstring>

#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

extern "C" {
extern char __data_start[], __data_end[], __data_load[], __bss_start[], __bss_end[];
extern void (*__preinit_array_start[])(), (*__preinit_array_end[])();
extern void (*__init_array_start[])(), (*__init_array_end[])();
int main();
void Reset_Handler();
void HardFault_Handler();
void Default_Handler();
void UART0_IRQHandler();
void TIMER0_IRQHandler();
void TIMER1_IRQHandler();
void TIMER2_IRQHandler();
// The radio's handler where the radio module is built (radio.cpp), else the default one.
void RADIO_IRQHandler() __attribute__((weak, alias("Default_Handler")));
}

namespace {

using Handler = void (*)();

// 16 core entries (the first is the initial stack pointer) and the nRF51's 32 interrupts.
// IRQ 0..19, every peripheral's: the software interrupts SWI0..5 (20..25) and the 6 unused numbers have no
// entry, as nothing sets them pending (an IRQ is enabled by irq_enable only); the 48 bytes after IRQ 19
// hold the core's constant objects instead (MBPY_CONST_OBJ_ADDR, nrf51.ld).
__attribute__((section(".isr_vector"), used)) const Handler vector_table[16 + 20] = {
    reinterpret_cast<Handler>(nrf51::__stack_top), Reset_Handler,
    Default_Handler,    // NMI
    HardFault_Handler,  // every fault on the Cortex-M0
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    Default_Handler,  // SVCall
    nullptr, nullptr,
    Default_Handler,  // PendSV
    Default_Handler,  // SysTick (absent on the nRF51)
    // IRQ 0..19: POWER_CLOCK, RADIO, UART0, SPI0_TWI0, SPI1_TWI1, -, GPIOTE, ADC, TIMER0, TIMER1, TIMER2,
    // RTC0, TEMP, RNG, ECB, CCM_AAR, WDT, RTC1, QDEC, LPCOMP.
    Default_Handler, RADIO_IRQHandler, UART0_IRQHandler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, TIMER0_IRQHandler, TIMER1_IRQHandler, TIMER2_IRQHandler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler};

}  // namespace

extern "C" void Reset_Handler() {
    // The stack is painted so that its deepest use can be measured later (nrf51::stack_high_water):
    // from the bottom of RAM up to just below this function's frame.
    {
        uint32_t* sp;
        __asm__ volatile("mov %0, sp" : "=r"(sp));
        for (uint32_t* p = reinterpret_cast<uint32_t*>(0x20000000); p < sp - 16;) *p++ = nrf51::kStackPaint;
    }
    // The copy and the zeroing are word loops of our own: memcpy/memset may use data not set up yet.
    for (uint32_t *d = reinterpret_cast<uint32_t*>(__data_start),
                  *s = reinterpret_cast<uint32_t*>(__data_load);
         d < reinterpret_cast<uint32_t*>(__data_end);)
        *d++ = *s++;
    for (uint32_t* d = reinterpret_cast<uint32_t*>(__bss_start); d < reinterpret_cast<uint32_t*>(__bss_end);)
        *d++ = 0;
    for (auto* f = __preinit_array_start; f < __preinit_array_end; ++f) (*f)();
    for (auto* f = __init_array_start; f < __init_array_end; ++f) (*f)();
    main();
    nrf51::fault("main returned", 0, 0, 0);
}

// Faults: the stacked frame (r0-r3, r12, lr, pc, xPSR) tells where. A stack overflow faults with the
// stack pointer below RAM, where that frame could not be written, so the handler moves to the top of the
// stack (nothing there matters any more: the report is one line, then a reset) before it calls C code.
extern "C" __attribute__((naked)) void HardFault_Handler() {
    __asm__ volatile(
        "mrs r0, msp\n"
        "ldr r1, 1f\n"
        "mov sp, r1\n"
        "ldr r1, 2f\n"
        "bx r1\n"
        ".align 2\n"  // the constants right here: Thumb-1 loads reach 1 KiB, LTO may move the pool
        "1: .word __stack_top\n"
        "2: .word hard_fault_report\n");
}

extern "C" __attribute__((used)) void hard_fault_report(const uint32_t* frame) {
    uint32_t sp = reinterpret_cast<uint32_t>(frame);
    // Read the frame only where it can be: inside RAM, 8 words.
    bool readable = sp >= 0x20000000 && sp + 32 <= 0x20004000 && (sp & 3) == 0;
    nrf51::fault(sp < 0x20000000 ? "HardFault (stack overflow)" : "HardFault", readable ? frame[6] : 0,
                 readable ? frame[5] : 0, sp);
}

// An interrupt the port never enables (or NMI/SVC): report its number (IPSR) rather than loop in it.
extern "C" void Default_Handler() {
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    nrf51::fault("unexpected exception", ipsr, 0, 0);
}

namespace nrf51 {

void irq_enable(Irq irq, uint32_t priority) {
    uint32_t word = kNvicIpr + (irq / 4) * 4, shift = (irq % 4) * 8 + 6;
    reg(word) = (reg(word) & ~(3u << shift)) | ((priority & 3u) << shift);
    reg(kNvicIcpr) = 1u << irq;
    reg(kNvicIser) = 1u << irq;
}

void irq_disable(Irq irq) { reg(kNvicIcer) = 1u << irq; }

uint32_t stack_high_water() {
    const uint32_t* p = reinterpret_cast<const uint32_t*>(0x20000000);
    while (p < reinterpret_cast<const uint32_t*>(__stack_top) && *p == kStackPaint) ++p;
    return uint32_t(reinterpret_cast<uintptr_t>(__stack_top) - reinterpret_cast<uintptr_t>(p));
}

void system_reset() {
    __asm__ volatile("dsb" ::: "memory");
    reg(kScbAircr) = kAircrSysResetReq;
    __asm__ volatile("dsb" ::: "memory");
    for (;;) {
    }  // the reset takes effect within a few cycles
}

}  // namespace nrf51
