// Why the board last reset, kept in RAM that start-up never clears: a fault prints one line and resets,
// and the next boot skips a main.py that faulted, so a crashing program cannot put the board in a reset loop.
#include "ports/nrf51/nrf51.hpp"
#include "ports/nrf51/port.hpp"

namespace nrf51 {

namespace {

enum class Reason : uint32_t { None = 0, Fault = 1, Requested = 2 };

// In .noinit: after power-on it holds noise, so it counts only with its magic and check word.
struct Record {
    uint32_t magic;
    Reason reason;
    Phase phase;
    uint32_t pc;
    uint32_t check;
    uint32_t sum() const {
        return magic ^ uint32_t(reason) * 0x9E3779B9u ^ uint32_t(phase) << 8 ^ pc ^ 0x5A5A5A5A;
    }
};
constexpr uint32_t kMagic = 0x4D425259;  // "MBRY"
__attribute__((section(".noinit"))) Record record;

// RESETREAS bits (POWER): reset pin, watchdog, soft reset request, CPU lock-up.
constexpr uint32_t kResetPin = 1u << 0, kDog = 1u << 1, kSreq = 1u << 2, kLockup = 1u << 3;

const char* reason_text = "power-on";
bool skip_startup = false;

void seal() { record.check = record.sum(); }

void put_hex(char* p, uint32_t v) {
    for (int i = 7; i >= 0; --i, v >>= 4) p[i] = "0123456789abcdef"[v & 15];
}

}  // namespace

void set_phase(Phase p) {
    record.magic = kMagic;
    record.phase = p;
    seal();
}

void reset_record_boot() {
    uint32_t hw = reg(kResetReas);
    reg(kResetReas) = hw;  // the bits stay until cleared: clear them for the next boot
    bool valid = record.magic == kMagic && record.check == record.sum();
    bool faulted = valid && record.reason == Reason::Fault;
    if (faulted)
        reason_text = "fault";
    else if (hw & kLockup)
        reason_text = "lockup";  // a fault inside the fault handler (or stacking): the chip reset itself
    else if (hw & kDog)
        reason_text = "watchdog";
    else if (valid && record.reason == Reason::Requested)
        reason_text = "reset()";
    else if (hw & kSreq)
        reason_text = "soft reset";
    else if (hw & kResetPin)
        reason_text = "reset button";
    // main.py is skipped once when the reset came from a fault while it ran: the REPL stays reachable.
    skip_startup = valid && record.phase == Phase::MainPy && (faulted || (hw & (kLockup | kDog)));
    if (skip_startup) serial_puts("main.py not run: it faulted the last time\r\n");
    if (!faulted && (hw & kLockup)) serial_puts("reset after a CPU lock-up\r\n");
    record.reason = Reason::None;
    set_phase(Phase::Boot);
}

bool startup_allowed() { return !skip_startup; }
const char* last_reset_reason() { return reason_text; }

void fault(const char* what, uint32_t pc, uint32_t lr, uint32_t sp) {
    irq_save();  // for good: nothing else runs until the reset
    char line[] = " at pc=00000000 lr=00000000 sp=00000000, resetting\r\n";
    put_hex(line + 7, pc);
    put_hex(line + 19, lr);
    put_hex(line + 31, sp);
    serial_init();  // polled output works whatever state the UART was left in
    serial_puts("\r\n");
    serial_puts(what);
    serial_puts(line);
    record.magic = kMagic;
    record.reason = Reason::Fault;
    record.pc = pc;
    seal();
    system_reset();
}

}  // namespace nrf51

// microbit.reset(): a clean reset, which runs main.py again.
namespace nrf51 {
[[noreturn]] void requested_reset() {
    record.magic = kMagic;
    record.reason = Reason::Requested;
    seal();
    system_reset();
}
}  // namespace nrf51
