// The files of the mbit commands: reading whole files (the hex library reads none itself), finding a
// MICROBIT drive and copying a hex onto it safely (what uflash does, with fsync + rename).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tools {

// Reads a whole file; throws std::runtime_error naming the path on I/O failure.
std::string read_text_file(const std::string& path);

// Mount points whose last path component ends with "MICROBIT" (uflash's rule), from a mount table in
// /proc/mounts format ("device mountpoint type ..."; octal escapes such as \040 decoded).
std::optional<std::string> find_microbit_in(std::string_view mounts_text);
// The first MICROBIT volume on this machine (/proc/mounts, else /Volumes/MICROBIT), if any.
std::optional<std::string> find_microbit();

// Writes `contents` to dir/name: first to a temporary name in dir, fsync, then rename over the final
// name; where the drive refuses the rename, writes the final name directly (and fsyncs). An existing
// dir/name keeps its permissions; a new one gets 0666 less the umask. Throws
// std::runtime_error with the path and the system's reason on failure.
void write_file_safely(const std::string& dir, const std::string& name, std::string_view contents);

// Writes a whole file (for -o outputs): temporary name + fsync + rename in the file's folder.
void write_output_file(const std::string& path, std::string_view contents);

}  // namespace tools
