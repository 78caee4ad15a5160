// The `mbit` subcommand table entry and the command-line manners every subcommand shares: option parsing
// (`--opt value`, `--opt=value`, `-h`/`--help`), the command's name and usage line for messages.
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace tools {

// One top-level subcommand (`mbit hex ...`, `mbit flash ...`, `mbit fs ...`). run() gets the
// arguments after the subcommand name and returns the exit status (0 ok, 1 failure, 2 usage error).
// Errors may also be thrown (std::exception); mbit_main prints them as "mbit COMMAND: message", exit 1.
struct Command {
    const char* name;
    const char* summary;  // one line for `mbit --help`
    int (*run)(const std::vector<std::string>& args);
};

// A usage error: mbit_main prints it with the command's name and usage line, and exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The command now running ("hex build"), named in every message, and its usage line ("usage: mbit hex
// build ..."), printed under a usage error.
void set_command(const std::string& name, const std::string& usage);
const std::string& command_name();
const std::string& command_usage();

// A parsed command line.
struct Args {
    std::vector<std::string> pos;
    std::map<std::string, std::vector<std::string>> opts;  // by the option's main name
    std::set<std::string> flags;
    bool help = false;  // -h or --help was given
    std::string one(const std::string& name) const {
        auto it = opts.find(name);
        return it == opts.end() ? "" : it->second.back();
    }
    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
};

// `values`: options that take a value, as `--opt value` or `--opt=value`; `flags`: options without one.
// `--output` is another name for `-o`. `--` ends the options; `-` alone is a positional argument (stdin
// or stdout). Any other argument starting with '-' is a UsageError naming it.
Args parse_args(const std::vector<std::string>& in, const std::set<std::string>& values,
                const std::set<std::string>& flags);

// Subcommands defined in their own files.
int hex_command(const std::vector<std::string>& args);    // tools/hex_commands.cpp
int flash_command(const std::vector<std::string>& args);  // tools/hex_commands.cpp
int fs_command(const std::vector<std::string>& args);     // tools/mbit_fs.cpp

}  // namespace tools
