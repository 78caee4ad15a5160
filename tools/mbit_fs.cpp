// `mbit fs ls|put|get|rm|cat|run [--port PATH]`: files on a board (real, or `mbpy --pty`) over its raw REPL.
// Transfers are chunked and hex-encoded on the way back, so any byte value survives, and a failed put
// removes the partial file.
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "tools/cli.hpp"
#include "tools/flash_drive.hpp"
#include "tools/locate.hpp"
#include "tools/serial_client.hpp"

namespace tools {

namespace {

// Bytes in one `f(b'...')` call: 64 as microfs, so the board's heap (10 KB on v1) never holds much.
constexpr size_t kPutChunk = 64;
// Calls per raw-REPL run: bounds the source the board must compile at once (~1 KB).
constexpr size_t kCallsPerRun = 4;

// A Python bytes literal that only uses printable ASCII: any byte value survives any serial link.
std::string bytes_literal(const std::string& data) {
    static const char hex[] = "0123456789abcdef";
    std::string s = "b'";
    for (unsigned char c : data) {
        if (c >= 32 && c < 127 && c != '\'' && c != '\\') {
            s += char(c);
        } else {
            s += "\\x";
            s += hex[c >> 4];
            s += hex[c & 15];
        }
    }
    return s + "'";
}

std::string str_literal(const std::string& name) {
    return "str(" + bytes_literal(name) + ", 'utf-8')";  // v1 has no bytes.decode
}

// Lines of hex digits -> bytes.
std::string from_hex_lines(const std::string& out) {
    std::string data;
    int hi = -1;
    for (char c : out) {
        int v = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (v < 0) continue;
        if (hi < 0) {
            hi = v;
        } else {
            data += char(hi << 4 | v);
            hi = -1;
        }
    }
    return data;
}

bool ends_with(const std::string& s, const char* tail) {
    size_t n = std::strlen(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

// The board's exception line, with the meaning of the bare errno numbers v1 prints ("OSError: 28").
std::string explain(const std::string& line) {
    if (ends_with(line, "OSError: 28") || ends_with(line, "ENOSPC"))
        return line + " (the board's flash is full)";
    if (ends_with(line, "OSError: 2") || ends_with(line, "ENOENT"))
        return line + " (no such file on the board)";
    return line;
}

// Runs code; a traceback becomes an error naming the file (if any) and what the board said.
std::string run(SerialClient& b, const std::string& code, const std::string& file) {
    std::string err;
    std::string out = b.exec(code, &err);
    if (!err.empty()) throw BoardError((file.empty() ? "" : file + ": ") + explain(exception_line(err)));
    return out;
}

// Prints each element of a bytes object as two hex digits, 32 bytes a line. The code sent to the board
// keeps to what the v1.0.1 firmware has: no bytes.hex, str.encode or bytes.decode.
const char* kHexDump = "def _h(b):\n print(''.join('%02x' % c for c in b))\n";

std::vector<std::string> list_files(SerialClient& b) {
    std::string out =
        run(b, std::string(kHexDump) + "import os\nfor n in os.listdir():\n _h(bytes(n, 'utf-8'))\n", "");
    std::vector<std::string> names;
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) names.push_back(from_hex_lines(line));
    }
    return names;
}

// Each file's size, by os.size (v1 has no os.stat), in the order of `names`.
std::vector<std::string> sizes_of(SerialClient& b, const std::vector<std::string>& names) {
    std::vector<std::string> sizes;
    for (const std::string& n : names)
        sizes.push_back(run(b, "import os\nprint(os.size(" + str_literal(n) + "))\n", n));
    for (std::string& s : sizes)
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return sizes;
}

std::string read_remote(SerialClient& b, const std::string& name) {
    return from_hex_lines(
        run(b,
            std::string(kHexDump) + "f = open(" + str_literal(name) +
                ", 'rb')\nwhile True:\n b = f.read(32)\n if not b:\n  break\n _h(b)\nf.close()\n",
            name));
}

void put_file(SerialClient& b, const std::string& name, const std::string& data) {
    run(b, "fd = open(" + str_literal(name) + ", 'wb')\nf = fd.write\n", name);
    try {
        for (size_t i = 0; i < data.size();) {
            std::string code;
            for (size_t k = 0; k < kCallsPerRun && i < data.size(); ++k, i += kPutChunk)
                code += "f(" + bytes_literal(data.substr(i, kPutChunk)) + ")\n";
            run(b, code, name);
        }
        std::string size = run(b, "fd.close()\nimport os\nprint(os.size(" + str_literal(name) + "))\n", name);
        if (std::stoul(size) != data.size())
            throw BoardError(name + ": the board stored " + size + " of " + std::to_string(data.size()) +
                             " bytes");
    } catch (const std::exception&) {
        // No partial file: close and remove what was written (best effort; the board may be gone).
        try {
            std::string err;
            b.exec("try:\n fd.close()\nexcept Exception:\n pass\nimport os\nos.remove(" + str_literal(name) +
                       ")\n",
                   &err);
        } catch (const std::exception&) {
        }
        throw;
    }
}

std::string base_name(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void print_out(const std::string& s) {
    std::string t;
    for (char c : s)
        if (c != '\r') t += c;
    std::fwrite(t.data(), 1, t.size(), stdout);
    std::fflush(stdout);
}

// The fs subcommands: name, arguments, what it does; the number of positional arguments it takes.
struct FsSub {
    const char* name;
    const char* args;
    const char* help;
    size_t min, max;
};
const FsSub kFsSubs[] = {
    {"ls", "[-l]", "list the files on the board (-l: with sizes)", 0, 0},
    {"put", "LOCAL [REMOTE]", "copy a file to the board (REMOTE defaults to LOCAL's name)", 1, 2},
    {"get", "REMOTE [LOCAL] [-o OUT]", "copy a file from the board (to LOCAL or OUT; - is stdout)", 1, 2},
    {"rm", "REMOTE...", "remove files", 1, 1000},
    {"cat", "REMOTE", "print a file", 1, 1},
    {"run", "FILE.py", "run a program in the raw REPL, streaming its output", 1, 1},
};
const char kFsOptions[] =
    "  --port PATH   the serial port (default: $MBIT_PORT, else the first micro:bit plugged in, found by\n"
    "                its USB id 0D28:0204; or the path `mbpy --pty` prints)\n"
    "  --timeout S   seconds of silence before the board counts as not answering (default 10)\n";

std::string fs_usage() {
    std::string s = "usage: mbit fs COMMAND [--port PATH] [--timeout S] [ARGS]\n";
    char line[160];
    for (const FsSub& f : kFsSubs) {
        std::snprintf(line, sizeof line, "  %-3s %-23s %s\n", f.name, f.args, f.help);
        s += line;
    }
    return s + kFsOptions;
}

}  // namespace

int fs_command(const std::vector<std::string>& args) {
    set_command("fs", "usage: mbit fs COMMAND [--port PATH] [--timeout S] [ARGS]");
    Args a = parse_args(args, {"--port", "--timeout", "-o"}, {"-l"});
    const FsSub* sub = nullptr;
    for (const FsSub& f : kFsSubs)
        if (!a.pos.empty() && a.pos[0] == f.name) sub = &f;
    if (sub) {
        std::string usage = std::string("usage: mbit fs ") + sub->name + " " + sub->args + " [--port PATH]";
        set_command(std::string("fs ") + sub->name, usage);
        if (a.help) {
            std::printf("%s\n%s\n%s", usage.c_str(), sub->help, kFsOptions);
            return 0;
        }
    } else if (a.help) {
        std::fputs(fs_usage().c_str(), stdout);
        return 0;
    } else {
        std::string names;
        for (const FsSub& f : kFsSubs) names += std::string(names.empty() ? "" : ", ") + f.name;
        throw UsageError((a.pos.empty() ? "missing COMMAND" : "unknown command '" + a.pos[0] + "'") + " (" +
                         names + ")");
    }
    const std::string cmd = sub->name;
    std::vector<std::string> rest(a.pos.begin() + 1, a.pos.end());
    if (rest.size() < sub->min || rest.size() > sub->max) throw UsageError("wrong number of arguments");
    if (a.has("-l") && cmd != "ls") throw UsageError("-l is for ls");
    if (!a.one("-o").empty() && cmd != "get") throw UsageError("-o is for get");
    if (!a.one("-o").empty() && rest.size() > 1) throw UsageError("give LOCAL or -o OUT, not both");
    double timeout = 10.0;
    if (std::string t = a.one("--timeout"); !t.empty()) {
        char* end = nullptr;
        timeout = std::strtod(t.c_str(), &end);
        if (*end || !(timeout > 0)) throw UsageError("--timeout takes seconds, e.g. 10 or 2.5");
    }
    // Local files are read before the board is touched: a typo costs no soft reset.
    std::string local_data;
    if (cmd == "put" || cmd == "run") local_data = read_text_file(rest[0]);
    std::string port = pick_port(a.one("--port"));

    SerialClient board(port);
    board.timeout = timeout;
    board.enter_raw();
    int status = 0;
    if (cmd == "ls") {
        std::vector<std::string> names = list_files(board);
        std::vector<std::string> sizes;
        if (a.has("-l")) sizes = sizes_of(board, names);
        for (size_t i = 0; i < names.size(); ++i) {
            if (a.has("-l"))
                std::printf("%8s  %s\n", sizes[i].c_str(), names[i].c_str());
            else
                std::printf("%s\n", names[i].c_str());
        }
    } else if (cmd == "put") {
        put_file(board, rest.size() > 1 ? rest[1] : base_name(rest[0]), local_data);
    } else if (cmd == "get") {
        std::string data = read_remote(board, rest[0]);
        std::string local = !a.one("-o").empty() ? a.one("-o")
                            : rest.size() > 1    ? rest[1]
                                                 : base_name(rest[0]);
        if (local == "-") {
            std::fwrite(data.data(), 1, data.size(), stdout);
        } else {
            write_output_file(local, data);
        }
    } else if (cmd == "rm") {
        for (const std::string& name : rest)
            run(board, "import os\nos.remove(" + str_literal(name) + ")\n", name);
    } else if (cmd == "cat") {
        std::string data = read_remote(board, rest[0]);
        std::fwrite(data.data(), 1, data.size(), stdout);
    } else if (cmd == "run") {
        std::string err;
        board.exec(local_data, &err, print_out);
        if (!err.empty()) {
            print_out("");
            std::string t;
            for (char c : err)
                if (c != '\r') t += c;
            std::fputs(t.c_str(), stderr);
            status = 1;
        }
    }
    board.exit_raw();
    return status;
}

}  // namespace tools
