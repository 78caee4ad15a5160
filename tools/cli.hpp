// The `mbit` subcommand table entry and small helpers shared by every subcommand file.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace tools {

// One top-level subcommand (`mbit hex ...`, `mbit flash ...`, `mbit fs ...`). run() gets the
// arguments after the subcommand name and returns the exit status (0 ok, 1 failure, 2 usage error).
// Errors may also be thrown (std::exception); mbit_main prints them as "mbit: message" and exits 1.
struct Command {
    const char* name;
    const char* summary;  // one line for `mbit --help`
    int (*run)(const std::vector<std::string>& args);
};

// A usage error: mbit_main prints it with the subcommand's name and exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Subcommands defined in their own files.
int hex_command(const std::vector<std::string>& args);    // tools/hex_commands.cpp
int flash_command(const std::vector<std::string>& args);  // tools/hex_commands.cpp

int fs_command(const std::vector<std::string>& args);  // tools/mbit_fs.cpp

}  // namespace tools
