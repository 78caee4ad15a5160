// `mbit`: the host toolbox. Dispatches to one subcommand per job through a table; add a row to add one.
#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

#include "tools/cli.hpp"

namespace {

const tools::Command kCommands[] = {
    {"hex", "build, inspect and edit micro:bit .hex files", tools::hex_command},
    {"flash", "copy a .hex or a program onto a micro:bit's MICROBIT drive", tools::flash_command},
    {"fs", "files on a board over its serial REPL: ls, put, get, rm, cat, run", tools::fs_command},
};

void usage(FILE* out) {
    std::fprintf(out, "usage: mbit COMMAND [ARGS...]   (mbit COMMAND --help: its own help)\n\ncommands:\n");
    for (const auto& c : kCommands) std::fprintf(out, "  %-8s %s\n", c.name, c.summary);
    std::fprintf(out,
                 "\noptions:\n  -h, --help  this help\n  --version   mbit's version\n\n"
                 "environment:\n  MBIT_RUNTIME  the runtime hex when --runtime is not given\n"
                 "  MBIT_PORT     the board's serial port when --port is not given\n");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::printf("mbit %s (mbpy)\n", MBPY_VERSION);
        return 0;
    }
    std::vector<std::string> args(argv + 2, argv + argc);
    for (const auto& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0) continue;
        tools::set_command(c.name, "");
        try {
            return c.run(args);
        } catch (const tools::UsageError& e) {
            std::fprintf(stderr, "mbit %s: %s\n", tools::command_name().c_str(), e.what());
            if (!tools::command_usage().empty()) {
                std::fprintf(stderr, "%s\n(mbit %s --help: more)\n", tools::command_usage().c_str(),
                             tools::command_name().c_str());
            }
            return 2;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "mbit %s: %s\n", tools::command_name().c_str(), e.what());
            return 1;
        }
    }
    std::fprintf(stderr, "mbit: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
