// `mbpy --pty`: the simulated micro:bit's serial line on a new pseudo-terminal, for real serial tools
// (pyserial, microfs, mpremote, screen) to open like a USB serial port.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "ports/host/serial_line.hpp"

namespace host::pty {

namespace {

char slave_path[256];
// Held around each write and around discarding a departed client's output: that opens the slave,
// which briefly looks like a client, and no board output may go into the pty meanwhile.
pthread_mutex_t write_lock = PTHREAD_MUTEX_INITIALIZER;

bool no_client_now(int master) {
    pollfd p{master, 0, 0};
    return poll(&p, 1, 0) < 0 || (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

// Raw 115200 8N1 on the slave side. Termios calls on a Linux pty master act on its slave, so this also
// works while no client has the slave open. Sets nothing when the mode is already that.
void make_raw(int fd) {
    termios now, raw;
    if (tcgetattr(fd, &now) != 0) return;
    raw = now;
    cfmakeraw(&raw);  // no echo (else the board would read its own output back), no CR/LF translation
    cfsetispeed(&raw, B115200);
    cfsetospeed(&raw, B115200);
    if (now.c_iflag != raw.c_iflag || now.c_oflag != raw.c_oflag || now.c_cflag != raw.c_cflag ||
        now.c_lflag != raw.c_lflag || cfgetispeed(&now) != B115200 || cfgetospeed(&now) != B115200 ||
        now.c_cc[VMIN] != raw.c_cc[VMIN] || now.c_cc[VTIME] != raw.c_cc[VTIME])
        tcsetattr(fd, TCSANOW, &raw);
}

}  // namespace

int open_board_pty(char* path, unsigned path_size) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0) return close(master), -1;
    const char* name = ptsname(master);
    if (!name || strlen(name) + 1 > path_size || strlen(name) + 1 > sizeof slave_path)
        return close(master), -1;
    strcpy(path, name);
    strcpy(slave_path, name);
    // Open the slave once and close it again: raw before the first client's first byte, and from then
    // on the master reports POLLHUP exactly while no client has the slave open (before any open it
    // would not), which is how the board tells "nobody is connected" from "the client reads slowly".
    int slave = open(path, O_RDWR | O_NOCTTY);
    if (slave < 0) return close(master), -1;
    make_raw(slave);
    close(slave);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    // Non-blocking: write_to_client waits with poll, so it can notice the client leaving.
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    return master;
}

void no_client(int master, bool left) {
    make_raw(master);
    if (!left) return;
    // Output the client left unread goes, as a serial port's buffers do when its last user closes it:
    // the next client starts clean. Only the slave can flush what its line discipline already holds.
    pthread_mutex_lock(&write_lock);
    if (no_client_now(master)) {
        int slave = open(slave_path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (slave >= 0) {
            tcflush(slave, TCIFLUSH);
            close(slave);
        }
    }
    pthread_mutex_unlock(&write_lock);
}

void write_to_client(int master, const char* data, size_t n) {
    while (n > 0) {
        pollfd p{master, POLLOUT, 0};
        // The timeout only bounds a missed wake-up; a client's close wakes the poll with POLLHUP.
        int r = poll(&p, 1, 1000);
        if (r < 0 && errno != EINTR) return;
        if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
            return;                            // nobody connected: dropped, as with no USB host
        if (!(p.revents & POLLOUT)) continue;  // the pty is full: wait for the client to read
        pthread_mutex_lock(&write_lock);
        // Again under the lock: the poll above may have seen no_client's own brief open of the slave.
        bool gone = no_client_now(master);
        ssize_t w = gone ? 0 : write(master, data, n);
        int err = errno;
        pthread_mutex_unlock(&write_lock);
        if (gone) return;
        if (w > 0) {
            data += w;
            n -= size_t(w);
        } else if (w < 0 && err != EAGAIN && err != EINTR) {
            return;
        }
    }
}

}  // namespace host::pty
