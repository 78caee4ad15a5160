// Finding the default runtime hex and a micro:bit's serial port (Linux sysfs).
#include "tools/locate.hpp"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace tools {

namespace {

bool is_file(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// The folder of the running executable (empty when unknown).
std::string exe_dir() {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return "";
    std::string p(buf, size_t(n));
    size_t slash = p.rfind('/');
    return slash == std::string::npos ? "" : p.substr(0, slash);
}

// The first word of a sysfs attribute, lower-cased ("0d28").
std::string read_id(const std::string& path) {
    std::ifstream f(path);
    std::string s;
    if (!(f >> s)) return "";
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::string pick_runtime(const std::string& given, std::string* why) {
    why->clear();
    if (!given.empty()) return given;
    if (const char* env = std::getenv("MBIT_RUNTIME"); env && *env) {
        *why = std::string("the runtime ") + env + " (from MBIT_RUNTIME)";
        return env;
    }
    std::string dir = exe_dir();
    if (!dir.empty() && is_file(dir + "/" + kOwnFirmware)) {
        std::string path = dir + "/" + kOwnFirmware;
        *why = "mbpy's own firmware " + path;
        return path;
    }
    if (is_file(kInstalledRuntime)) {
        *why = std::string("the installed MicroPython runtime ") + kInstalledRuntime;
        return kInstalledRuntime;
    }
    throw std::runtime_error(
        std::string("no runtime: give --runtime RUNTIME.hex or set MBIT_RUNTIME (neither mbpy's firmware, "
                    "scripts/build nrf51, nor ") +
        kInstalledRuntime + " is there)");
}

std::vector<std::string> find_microbit_ports(const std::string& class_tty) {
    std::vector<std::string> ports;
    DIR* d = ::opendir(class_tty.c_str());
    if (!d) return ports;
    while (dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name.empty() || name[0] == '.') continue;
        // `device` links to the USB interface; its parent folder is the USB device with the ids.
        std::string dev = class_tty + "/" + name + "/device/../";
        if (read_id(dev + "idVendor") == "0d28" && read_id(dev + "idProduct") == "0204")
            ports.push_back("/dev/" + name);
    }
    ::closedir(d);
    std::sort(ports.begin(), ports.end());
    return ports;
}

std::string pick_port(const std::string& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("MBIT_PORT"); env && *env) return env;
    std::vector<std::string> found = find_microbit_ports();
    if (found.empty())
        throw std::runtime_error(
            "no micro:bit found (no serial port with USB id 0D28:0204); plug one in, or give --port PATH "
            "(or set MBIT_PORT), e.g. the path `mbpy --pty` prints");
    return found.front();
}

}  // namespace tools
