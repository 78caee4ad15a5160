// What the nRF51 port's files offer each other (the HAL itself is core/hal.hpp).
#pragma once
#include <cstddef>
#include <cstdint>

namespace nrf51 {

// ---- linker symbols (nrf51.ld) ---------------------------------------------------------------------------
extern "C" char __stack_top[], __heap_start[], __heap_end[];
// The end of the image in flash, and the end the UICR declares (rounded up to a page, at least 0x38000).
extern "C" char __fw_end[], __fs_start[];
extern "C" const char mbpy_version_string[];  // the UICR's version string (the runtime hex names itself)

// The stack is painted with this word at reset; stack_high_water() is the deepest it has been used since
// (bytes from its top), interrupts included. QEMU's monitor can read the same from RAM.
inline constexpr uint32_t kStackPaint = 0x4B435453;  // "STCK"
uint32_t stack_high_water();

// ---- start-up (boot.cpp) ---------------------------------------------------------------------------------
// Clocks, serial line, tick, display and buttons, then the reset record and the filesystem region.
// Call first thing in main().
void boot();
extern bool crystal_running;      // the HF crystal started (else the RC oscillator runs the board)
extern uint32_t fs_pages_erased;  // pages of the filesystem region erased at boot (fs_region_prepare)

// ---- clock and tick (clock.cpp): TIMER0 at 1 MHz, a compare interrupt every millisecond --------------
bool hfclk_start();  // the 16 MHz crystal; false when it did not start in time (the RC oscillator stays)
void tick_init();
// Work the board does in thread mode while the program sleeps or the REPL waits for input (display
// animations, music): called from sleep_ms and serial_read_wait with the board time. The ISR never
// calls it: it may allocate.
extern void (*background)(uint32_t now_ms);
void idle();  // runs `background` when it is due, then sleeps until the next interrupt

// Busy-waits until the register at `addr` reads non-zero or about `us` microseconds passed (counted in
// loop turns, so it works before the tick runs and inside the fault handler). True when it was set.
bool spin_until_set(uint32_t addr, uint32_t us);

// ---- sensors (twi.cpp): the accelerometer and compass on TWI0 -------------------------------------------
// Sets up TWI0 and both sensors as the original does at boot (the first reads also start them lazily).
void sensors_init();

// ---- serial (serial.cpp): UART0 115200 8N1, TX P0.24, RX P0.25 -------------------------------------------
void serial_init();
void serial_write_polled(const char* s, size_t n);  // also from the fault handler: no interrupts needed
void serial_puts(const char* s);
// Where the receive interrupt reports the interrupt character (core::state.interrupt in the firmware).
extern volatile bool* interrupt_flag;
extern volatile bool* poll_flag;            // set with it when not null: the VM's check (core::state.poll)
inline constexpr size_t kRxRingSize = 256;  // the raw-paste window (128) is half of it, as in MicroPython
extern uint32_t rx_overruns;                // bytes dropped because the ring was full

// ---- display and buttons (display.cpp), driven from the tick ---------------------------------------------
void display_init();
void display_tick(uint32_t ms);  // from the tick ISR, `ms` since the last: row strobe every 6 ms, buttons
void display_dim_event();        // TIMER0 COMPARE[2]: turns off the columns whose brightness ran out
inline constexpr uint32_t kRowMs = 6;  // one row strobe, as the original's 6 ms ticker
extern uint16_t button_presses[2];     // debounced presses of A and B counted by the tick

// ---- flash (flash.cpp) ---------------------------------------------------------------------------------
// Erases the pages of the filesystem region that hold what the filesystem never writes (QEMU's unloaded
// flash reads 0x00): returns how many pages were erased.
uint32_t fs_region_prepare();

// ---- reset record (reset_record.cpp) ---------------------------------------------------------------------
enum class Phase : uint32_t { Boot = 0, MainPy = 1, Repl = 2 };
void set_phase(Phase p);
// At boot: reads why the last reset happened (RESETREAS and the record kept in RAM), prints one line when
// it was a fault, and decides whether main.py may run (not when it faulted during the last boot).
void reset_record_boot();
bool startup_allowed();
const char* last_reset_reason();  // "power-on", "fault", "lockup", ... for the bring-up image and docs
[[noreturn]] void fault(const char* what, uint32_t pc, uint32_t lr, uint32_t sp);  // one line, then reset
[[noreturn]] void requested_reset();  // microbit.reset(): a clean reset (main.py runs again)

// ---- pins ---------------------------------------------------------------------------------------------
// micro:bit pin number -> nRF51 GPIO (nrf51-board.md); 0xFF: no such pin (17, 18).
inline constexpr uint8_t kPinGpio[21] = {3,  2,  1,  4,  5,  17, 12,   11,   18, 10, 6,
                                         26, 20, 23, 22, 21, 16, 0xFF, 0xFF, 0,  30};
inline int pin_gpio(int pin) { return pin < 0 || pin > 20 || kPinGpio[pin] == 0xFF ? -1 : kPinGpio[pin]; }

// ---- PWM and tones (sound.cpp): TIMER2 -------------------------------------------------------------------
// GPIO `g` in PWM at `duty` / 1024 (1..1023) of a period of `period16` 16 MHz ticks (at most 1 s), for every
// PWM pin; duty 0: the pin leaves PWM, low (the timer stops with the last). From thread mode.
void pwm_set(int g, uint32_t duty, uint32_t period16);
void pwm_release(uint32_t gpio_mask);  // the pins of the mask that are in PWM leave it (low)

// ---- analog input (misc.cpp) -----------------------------------------------------------------------------
inline constexpr uint32_t kAdcTimeoutUs = 1000;  // a 10-bit conversion takes 68 us; QEMU has no ADC

// ---- temperature and random numbers (misc.cpp) ---------------------------------------------------------
inline constexpr int kTempTimeoutUs = 1000;  // the nRF51 converts in 36 us; QEMU never does
inline constexpr int kTempUnknown = 21;      // the answer when TEMP does not answer (QEMU: unmodelled)

}  // namespace nrf51
