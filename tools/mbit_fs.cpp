// `mbit fs ls|put|get|rm|cat|run --port PATH`: files on a board (real, or `mbpy --pty`) over its raw REPL.
// Transfers are chunked and hex-encoded on the way back, so any byte value survives, and a failed put
// removes the partial file.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tools/cli.hpp"
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

// Runs code; a traceback becomes an error naming what the board said.
std::string run(SerialClient& b, const std::string& code, const std::string& what) {
    std::string err;
    std::string out = b.exec(code, &err);
    if (!err.empty()) throw BoardError(what + ": " + explain(exception_line(err)));
    return out;
}

// Prints each element of a bytes object as two hex digits, 32 bytes a line. The code sent to the board
// keeps to what the v1.0.1 firmware has: no bytes.hex, str.encode or bytes.decode.
const char* kHexDump = "def _h(b):\n print(''.join('%02x' % c for c in b))\n";

std::vector<std::string> list_files(SerialClient& b) {
    std::string out =
        run(b, std::string(kHexDump) + "import os\nfor n in os.listdir():\n _h(bytes(n, 'utf-8'))\n", "ls");
    std::vector<std::string> names;
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) names.push_back(from_hex_lines(line));
    }
    return names;
}

std::string read_remote(SerialClient& b, const std::string& name) {
    return from_hex_lines(
        run(b,
            std::string(kHexDump) + "f = open(" + str_literal(name) +
                ", 'rb')\nwhile True:\n b = f.read(32)\n if not b:\n  break\n _h(b)\nf.close()\n",
            "get " + name));
}

void put_file(SerialClient& b, const std::string& name, const std::string& data) {
    run(b, "fd = open(" + str_literal(name) + ", 'wb')\nf = fd.write\n", "put " + name);
    try {
        for (size_t i = 0; i < data.size();) {
            std::string code;
            for (size_t k = 0; k < kCallsPerRun && i < data.size(); ++k, i += kPutChunk)
                code += "f(" + bytes_literal(data.substr(i, kPutChunk)) + ")\n";
            run(b, code, "put " + name);
        }
        std::string size =
            run(b, "fd.close()\nimport os\nprint(os.size(" + str_literal(name) + "))\n", "put " + name);
        if (std::stoul(size) != data.size()) throw BoardError("put " + name + ": the board stored " + size);
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

std::string read_local(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw std::runtime_error("can't read " + path);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
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

const char* kUsage =
    "usage: mbit fs COMMAND --port PATH [ARGS]\n"
    "  ls                    list the files on the board\n"
    "  put LOCAL [REMOTE]    copy a file to the board (REMOTE defaults to LOCAL's name)\n"
    "  get REMOTE [LOCAL]    copy a file from the board\n"
    "  rm REMOTE...          remove files\n"
    "  cat REMOTE            print a file\n"
    "  run FILE.py           run a program in the raw REPL, streaming its output\n"
    "  --port PATH           the serial port (a micro:bit's /dev/ttyACM0, or the path `mbpy --pty` prints)\n"
    "  --timeout S           seconds of silence before the board counts as not answering (default 10)\n";

}  // namespace

int fs_command(const std::vector<std::string>& args) {
    std::string port;
    double timeout = 10.0;
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--port" && i + 1 < args.size())
            port = args[++i];
        else if (args[i] == "--timeout" && i + 1 < args.size())
            timeout = std::stod(args[++i]);
        else if (args[i] == "-h" || args[i] == "--help")
            return std::fputs(kUsage, stdout), 0;
        else
            rest.push_back(args[i]);
    }
    if (rest.empty()) throw UsageError(std::string("missing COMMAND\n") + kUsage);
    if (port.empty()) throw UsageError("--port PATH is required");
    const std::string cmd = rest[0];
    auto need = [&](size_t lo, size_t hi) {
        if (rest.size() - 1 < lo || rest.size() - 1 > hi)
            throw UsageError("wrong number of arguments for " + cmd);
    };
    if (cmd == "ls")
        need(0, 0);
    else if (cmd == "put" || cmd == "get")
        need(1, 2);
    else if (cmd == "rm")
        need(1, 1000);
    else if (cmd == "cat" || cmd == "run")
        need(1, 1);
    else
        throw UsageError("unknown command '" + cmd + "'\n" + kUsage);

    SerialClient board(port);
    board.timeout = timeout;
    board.enter_raw();
    int status = 0;
    if (cmd == "ls") {
        for (const std::string& n : list_files(board)) std::printf("%s\n", n.c_str());
    } else if (cmd == "put") {
        std::string data = read_local(rest[1]);
        put_file(board, rest.size() > 2 ? rest[2] : base_name(rest[1]), data);
    } else if (cmd == "get") {
        std::string data = read_remote(board, rest[1]);
        std::string local = rest.size() > 2 ? rest[2] : base_name(rest[1]);
        std::string tmp = local + ".part";
        {
            std::ofstream f(tmp, std::ios::binary);
            f.write(data.data(), std::streamsize(data.size()));
            if (!f) throw std::runtime_error("can't write " + tmp);
        }
        if (std::rename(tmp.c_str(), local.c_str()) != 0) throw std::runtime_error("can't write " + local);
    } else if (cmd == "rm") {
        for (size_t i = 1; i < rest.size(); ++i)
            run(board, "import os\nos.remove(" + str_literal(rest[i]) + ")\n", "rm " + rest[i]);
    } else if (cmd == "cat") {
        std::string data = read_remote(board, rest[1]);
        std::fwrite(data.data(), 1, data.size(), stdout);
    } else if (cmd == "run") {
        std::string err;
        board.exec(read_local(rest[1]), &err, print_out);
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
