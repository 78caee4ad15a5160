// The host board's radio: boards on one machine hear each other over unix datagram sockets in a shared
// folder (loopback only). Each board binds <folder>/<pid>.sock while its radio is on; a send goes to every
// socket there, and receivers keep packets whose address, channel, group and data rate match their own.
// Headless "radio" input events arrive through host::radio_event_hook (headless.cpp).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <deque>
#include <string>

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "ports/host/board_host.hpp"

namespace host {
extern void (*radio_event_hook)(const std::string& bytes);  // headless.cpp

namespace {

// On-socket header: magic, then the sender's cur_link settings (receivers filter on them), then the payload.
constexpr char magic[4] = {'M', 'B', 'R', '1'};
constexpr size_t header_size = 12;
// The nRF51's transmit powers in dBm, by config power 0..7; the RSSI the receiver reports is the power less
// the path loss of two boards a desk apart (about 45 dB).
constexpr int power_dbm[8] = {-30, -20, -16, -12, -8, -4, 0, 4};
constexpr int path_loss_db = 45;

int sock = -1;
std::string sock_path;
hal::RadioLink cur_link{};
struct Packet {
    std::string data;
    int rssi;
};
std::deque<Packet> injected;  // from headless events

std::string folder() {
    if (const char* d = getenv("MBPY_RADIO_DIR")) return d;
    const char* tmp = getenv("TMPDIR");
    return std::string(tmp && *tmp ? tmp : "/tmp") + "/mbpy-radio-" + std::to_string(getuid());
}

void close_socket() {
    if (sock >= 0) close(sock), unlink(sock_path.c_str());
    sock = -1;
}

void open_socket() {
    if (sock >= 0) return;
    std::string dir = folder();
    mkdir(dir.c_str(), 0700);
    sock_path = dir + "/" + std::to_string(getpid()) + ".sock";
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (sock_path.size() >= sizeof addr.sun_path) return;
    strcpy(addr.sun_path, sock_path.c_str());
    sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (sock < 0) return;
    unlink(sock_path.c_str());
    if (bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(sock), sock = -1;
        return;
    }
    static bool registered = false;
    if (!registered) atexit(close_socket), registered = true;
}

void put32(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = uint8_t(v >> (8 * i));
}
uint32_t get32(const uint8_t* p) { return p[0] | p[1] << 8 | p[2] << 16 | uint32_t(p[3]) << 24; }

// A poll that finds nothing lets the other boards catch up: with the virtual clock a waiting loop would
// otherwise spin through its whole run before another process has sent anything. Board time then runs at
// most 10x faster than the wall clock (1 ms of wall time per 10 ms of board time spent waiting).
constexpr uint64_t pace_board_us = 10000;
void yield_wall_time() {
    static uint64_t last = 0;
    if (!virtual_clock() || board_us() - last < pace_board_us) return;
    last = board_us();
    timespec ts{0, 1000000};
    nanosleep(&ts, nullptr);
}

}  // namespace
}  // namespace host

namespace hal {
using namespace host;

void radio_enable(const RadioLink* l) {
    injected.clear();
    if (!l) return close_socket();
    cur_link = *l;
    open_socket();
    radio_event_hook = [](const std::string& bytes) {
        if (sock >= 0) injected.push_back({bytes, power_dbm[cur_link.power & 7] - path_loss_db});
    };
}

void radio_send(const uint8_t* data, size_t n) {
    uint8_t msg[header_size + 256];
    memcpy(msg, magic, 4);
    put32(msg + 4, cur_link.address);
    msg[8] = cur_link.channel, msg[9] = cur_link.group, msg[10] = cur_link.data_rate,
    msg[11] = cur_link.power;
    if (n > 256) n = 256;
    memcpy(msg + header_size, data, n);
    DIR* d = opendir(folder().c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name.size() < 6 || name.compare(name.size() - 5, 5, ".sock") != 0) continue;
        std::string path = folder() + "/" + name;
        if (path == sock_path) continue;
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (path.size() >= sizeof addr.sun_path) continue;
        strcpy(addr.sun_path, path.c_str());
        int s = sock >= 0 ? sock : socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (s < 0) continue;
        if (sendto(s, msg, header_size + n, MSG_DONTWAIT, reinterpret_cast<sockaddr*>(&addr), sizeof addr) <
                0 &&
            (errno == ECONNREFUSED || errno == ENOENT))
            unlink(path.c_str());  // a board that ended without cleaning up
        // EAGAIN: the receiver's socket buffer is full; the packet is lost, as on air.
        if (s != sock) close(s);
    }
    closedir(d);
}

int radio_receive(uint8_t* buf, size_t cap, int* rssi, uint32_t* time_us) {
    *time_us = uint32_t(board_us());
    if (!injected.empty()) {
        Packet p = injected.front();
        injected.pop_front();
        memcpy(buf, p.data.data(), p.data.size() < cap ? p.data.size() : cap);
        *rssi = p.rssi;
        return int(p.data.size());
    }
    if (sock < 0) return -1;
    for (;;) {
        uint8_t msg[header_size + 256];
        ssize_t got = recv(sock, msg, sizeof msg, MSG_DONTWAIT);
        if (got < 0) {
            yield_wall_time();
            return -1;
        }
        if (got < ssize_t(header_size) || memcmp(msg, magic, 4) != 0) continue;
        if (get32(msg + 4) != cur_link.address || msg[8] != cur_link.channel || msg[9] != cur_link.group ||
            msg[10] != cur_link.data_rate)
            continue;  // another cur_link: this board does not hear it
        size_t n = size_t(got) - header_size;
        memcpy(buf, msg + header_size, n < cap ? n : cap);
        *rssi = power_dbm[msg[11] & 7] - path_loss_db;
        return int(n);
    }
}

}  // namespace hal
