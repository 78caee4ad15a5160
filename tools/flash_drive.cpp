// Whole-file reads, MICROBIT drive discovery and crash-safe file writes (POSIX).
#include "tools/flash_drive.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace tools {

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw std::runtime_error(path + ": read error");
    return ss.str();
}

namespace {

std::string decode_mount_field(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7') {
            out += char((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0'));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

void write_all(int fd, std::string_view data, const std::string& path) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(path + ": " + std::strerror(errno));
        }
        data.remove_prefix(size_t(n));
    }
}

// `mode`: the permissions the file gets (-1: a new file's, 0666 less the umask).
void write_and_sync(const std::string& path, std::string_view contents, int mode = -1) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd < 0) throw std::runtime_error(path + ": " + std::strerror(errno));
    try {
        if (mode >= 0 && ::fchmod(fd, mode_t(mode)) != 0 && errno != EPERM && errno != ENOTSUP)
            throw std::runtime_error(path + ": " + std::strerror(errno));
        write_all(fd, contents, path);
        // Some drive filesystems (vfat over DAPLink) may not support fsync; data is still written.
        if (::fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP)
            throw std::runtime_error(path + ": fsync: " + std::strerror(errno));
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) throw std::runtime_error(path + ": " + std::strerror(errno));
}

void sync_dir(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::optional<std::string> find_microbit_in(std::string_view mounts_text) {
    size_t pos = 0;
    while (pos < mounts_text.size()) {
        size_t nl = mounts_text.find('\n', pos);
        std::string_view line =
            mounts_text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? mounts_text.size() : nl + 1;
        size_t a = line.find(' ');
        if (a == std::string_view::npos) continue;
        size_t b = line.find(' ', a + 1);
        std::string mount = decode_mount_field(
            line.substr(a + 1, b == std::string_view::npos ? std::string_view::npos : b - a - 1));
        std::string_view m = mount;
        while (m.size() > 1 && m.back() == '/') m.remove_suffix(1);
        if (m.size() >= 8 && m.substr(m.size() - 8) == "MICROBIT") return std::string(m);
    }
    return std::nullopt;
}

std::optional<std::string> find_microbit() {
    try {
        if (auto m = find_microbit_in(read_text_file("/proc/mounts"))) return m;
    } catch (const std::exception&) {
        // No /proc (macOS): fall through to the usual volume folder.
    }
    struct stat st;
    if (::stat("/Volumes/MICROBIT", &st) == 0 && S_ISDIR(st.st_mode)) return std::string("/Volumes/MICROBIT");
    return std::nullopt;
}

void write_file_safely(const std::string& dir, const std::string& name, std::string_view contents) {
    std::string final_path = dir + "/" + name;
    std::string tmp_path = dir + "/" + name + ".tmp";
    // A file rewritten keeps its permissions (the new one replaces it by rename).
    struct stat old;
    int mode = ::stat(final_path.c_str(), &old) == 0 ? int(old.st_mode & 07777) : -1;
    try {
        write_and_sync(tmp_path, contents, mode);
    } catch (const std::runtime_error&) {
        ::unlink(tmp_path.c_str());
        write_and_sync(final_path, contents);  // e.g. a drive that allows one file at a time
        sync_dir(dir);
        return;
    }
    if (::rename(tmp_path.c_str(), final_path.c_str()) != 0) {
        int err = errno;
        ::unlink(tmp_path.c_str());
        if (err != EPERM && err != EXDEV && err != ENOTSUP && err != EACCES && err != EEXIST)
            throw std::runtime_error(final_path + ": rename: " + std::strerror(err));
        write_and_sync(final_path, contents);
    }
    sync_dir(dir);
}

void write_output_file(const std::string& path, std::string_view contents) {
    size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    write_file_safely(dir, name, contents);
}

}  // namespace tools
