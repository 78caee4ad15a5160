// Option parsing and the running command's name, shared by every mbit subcommand.
#include "tools/cli.hpp"

namespace tools {

namespace {
std::string g_name, g_usage;
}

void set_command(const std::string& name, const std::string& usage) {
    g_name = name;
    g_usage = usage;
}
const std::string& command_name() { return g_name; }
const std::string& command_usage() { return g_usage; }

Args parse_args(const std::vector<std::string>& in, const std::set<std::string>& values,
                const std::set<std::string>& flags) {
    Args a;
    bool options = true;
    for (size_t i = 0; i < in.size(); ++i) {
        const std::string& s = in[i];
        if (!options || s.size() < 2 || s[0] != '-') {
            a.pos.push_back(s);
            continue;
        }
        if (s == "--") {
            options = false;
            continue;
        }
        if (s == "-h" || s == "--help") {
            a.help = true;
            continue;
        }
        std::string name = s, value;
        bool inline_value = false;
        size_t eq = s.find('=');
        if (s.compare(0, 2, "--") == 0 && eq != std::string::npos) {
            name = s.substr(0, eq);
            value = s.substr(eq + 1);
            inline_value = true;
        }
        if (name == "--output") name = "-o";
        if (values.count(name)) {
            if (!inline_value) {
                if (i + 1 >= in.size()) throw UsageError(s + " needs a value");
                value = in[++i];
            }
            a.opts[name].push_back(value);
        } else if (flags.count(name) && !inline_value) {
            a.flags.insert(name);
        } else if (flags.count(name)) {
            throw UsageError(name + " takes no value");
        } else {
            throw UsageError("unknown option " + s);
        }
    }
    return a;
}

}  // namespace tools
