// Where mbit finds things on this machine when the command line does not say: the MicroPython runtime to
// put a program on, and the serial port of a plugged-in micro:bit.
#pragma once

#include <string>
#include <vector>

namespace tools {

// The installed MicroPython v1.0.1 runtime (Debian's firmware-microbit-micropython).
inline constexpr const char kInstalledRuntime[] = "/usr/share/firmware-microbit-micropython/firmware.hex";
// mbpy's own firmware, relative to the folder of the mbit executable (build/mbit of a checkout).
inline constexpr const char kOwnFirmware[] = "../build-nrf51/mbpy-microbit.hex";

// A runtime hex: `given` (--runtime) if not empty, else $MBIT_RUNTIME, else mbpy's own firmware when it is
// built, else the installed MicroPython runtime. *why says which and why, for a message to the user (empty
// when `given` was used). Throws std::runtime_error when there is none.
std::string pick_runtime(const std::string& given, std::string* why);

// The micro:bits' serial ports (USB id 0D28:0204, the DAPLink interface, as microfs and mpremote find
// them) under `class_tty` (/sys/class/tty: NAME/device/../idVendor and idProduct), as /dev/NAME, sorted.
std::vector<std::string> find_microbit_ports(const std::string& class_tty = "/sys/class/tty");

// The serial port to use: `given` (--port) if not empty, else $MBIT_PORT, else the first micro:bit
// found by USB id. Throws std::runtime_error saying what to do when there is none.
std::string pick_port(const std::string& given);

}  // namespace tools
