// `mbpy --pty`: the simulated micro:bit's serial line on a new pseudo-terminal, for real serial tools
// (pyserial, microfs, mpremote, screen) to open like a USB serial port (owner: repl helper).
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "ports/host/serial_line.hpp"

namespace host::pty {

int open_board_pty(char* path, unsigned path_size) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0) return close(master), -1;
    const char* name = ptsname(master);
    if (!name || strlen(name) + 1 > path_size) return close(master), -1;
    strcpy(path, name);
    // mbpy keeps one slave fd open for its whole life: the master then never sees a hang-up when a
    // client closes, the raw settings below stay in force between clients, and a reconnect just works.
    int slave = open(path, O_RDWR | O_NOCTTY);
    if (slave < 0) return close(master), -1;
    termios t;
    if (tcgetattr(slave, &t) == 0) {
        cfmakeraw(&t);  // raw before the first byte: no echo, no CR/LF translation, no signals
        cfsetispeed(&t, B115200);
        cfsetospeed(&t, B115200);
        tcsetattr(slave, TCSANOW, &t);
    }
    fcntl(slave, F_SETFD, FD_CLOEXEC);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    // Never block the board: output that nobody reads is dropped once the pty's buffer is full.
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    return master;
}

}  // namespace host::pty
