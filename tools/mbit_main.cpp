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
    {"hex", "build, inspect and edit micro:bit .hex files (mbit hex --help)", tools::hex_command},
    {"flash", "copy a .hex to a MICROBIT drive (mbit flash FILE.hex [--target DIR])", tools::flash_command},
    {"fs", "files on a board over its serial REPL (mbit fs ls|put|get|rm|cat|run --port PATH)",
     tools::fs_command},
};

void usage(FILE* out) {
    std::fprintf(out, "usage: mbit COMMAND [ARGS...]\n\ncommands:\n");
    for (const auto& c : kCommands) std::fprintf(out, "  %-8s %s\n", c.name, c.summary);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    std::vector<std::string> args(argv + 2, argv + argc);
    for (const auto& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0) continue;
        try {
            return c.run(args);
        } catch (const tools::UsageError& e) {
            std::fprintf(stderr, "mbit %s: %s\n", c.name, e.what());
            return 2;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "mbit %s: %s\n", c.name, e.what());
            return 1;
        }
    }
    std::fprintf(stderr, "mbit: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
