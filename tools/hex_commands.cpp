// `mbit hex info|build|extract|ls|get|rm|put` and `mbit flash`: the command-line face of the hex library.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "fs/layout.hpp"
#include "fs/memory_map.hpp"
#include "hex/hex_build.hpp"
#include "hex/hex_file.hpp"
#include "hex/hex_fs.hpp"
#include "hex/universal_hex.hpp"
#include "tools/cli.hpp"
#include "tools/flash_drive.hpp"
#include "tools/locate.hpp"

namespace tools {

namespace {

std::string hex_addr(uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%08llX", (unsigned long long)v);
    return buf;
}

std::string basename_of(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Reads and parses a hex file; errors name the file ("x.hex: line 3: bad checksum ...").
hex::HexFile load_hex(const std::string& path, std::string* text_out = nullptr) {
    std::string text = read_text_file(path);
    try {
        hex::HexFile f = hex::read_hex(text);
        if (text_out) *text_out = std::move(text);
        return f;
    } catch (const hex::HexError& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::vector<uint8_t> read_bytes(const std::string& path) {
    std::string s = read_text_file(path);
    return {s.begin(), s.end()};
}

// Writes an output to the file `out_path`, or to stdout when it is empty or "-". A hex is not for a
// terminal (a screenful of hex digits is nobody's intent): that is a usage error, before any work.
void refuse_hex_on_terminal(const std::string& out_path) {
    if ((out_path.empty() || out_path == "-") && ::isatty(1))
        throw UsageError("a .hex is not for the terminal: give -o OUT.hex (or redirect the output)");
}

void emit(const std::string& out_path, std::string_view contents) {
    if (out_path.empty() || out_path == "-") {
        std::fwrite(contents.data(), 1, contents.size(), stdout);
        std::fflush(stdout);
    } else {
        write_output_file(out_path, contents);
    }
}

// The runtime for a build: --runtime, else the default, said on stderr.
std::string runtime_for(const Args& a) {
    std::string why;
    std::string path = pick_runtime(a.one("--runtime"), &why);
    if (!why.empty())
        std::fprintf(stderr, "mbit %s: using %s (--runtime RT.hex picks another)\n", command_name().c_str(),
                     why.c_str());
    return path;
}

std::string with_path(const std::string& path, const std::exception& e) { return path + ": " + e.what(); }

// ---- info ----

void print_section(const hex::HexSection& s, bool universal) {
    if (universal)
        std::printf("section: board %s, from line %d\n", hex::board_name(s.board_id).c_str(), s.line);
    else
        std::printf("board: %s\n", s.board == hex::Board::Unknown
                                       ? "unknown (no UICR data, no layout table)"
                                       : (std::string("micro:bit ") + hex::board_label(s.board)).c_str());
    const hex::MemoryImage& img = s.decoded.image;
    std::printf("  memory regions:\n");
    for (auto [start, len] : img.regions())
        std::printf("    %s-%s  %7u bytes\n", hex_addr(start).c_str(),
                    hex_addr(uint64_t(start) + len - 1).c_str(), unsigned(len));
    if (s.decoded.start_linear)
        std::printf("  start address (05): %s\n", hex_addr(*s.decoded.start_linear).c_str());
    if (s.decoded.start_segment)
        std::printf("  start segment (03): %s\n", hex_addr(*s.decoded.start_segment).c_str());
    if (auto u = hex::parse_uicr(img)) {
        std::printf(
            "  UICR: magic 0x%08X, page size 2^%u, firmware from page %u, %u pages (ends %s), version at "
            "%s\n",
            unsigned(u->magic), unsigned(u->page_size_log2), unsigned(u->start_page), unsigned(u->pages_used),
            hex_addr(u->page_size_log2 < 32 ? uint64_t(u->pages_used) << u->page_size_log2 : 0).c_str(),
            hex_addr(u->version_address).c_str());
    }
    if (auto t = hex::find_layout_table(img)) {
        std::printf("  flash layout table: header at %s, version %u, %u regions, page size 2^%u\n",
                    hex_addr(t->header_address).c_str(), unsigned(t->version), unsigned(t->region_count),
                    unsigned(t->page_size_log2));
        for (const auto& r : t->regions) {
            const char* name = r.id == 1   ? "SoftDevice"
                               : r.id == 2 ? "MicroPython"
                               : r.id == 3 ? "filesystem"
                                           : "?";
            uint64_t start = uint64_t(r.start_page) << t->page_size_log2;
            std::printf("    region %u %-11s %s len 0x%X hash type %u", unsigned(r.id), name,
                        hex_addr(start).c_str(), unsigned(r.length), unsigned(r.hash_type));
            if (r.hash_type == 2) std::printf(" -> \"%s\"", r.hash_string.c_str());
            if (r.hash_type == 1) std::printf(" data 0x%016llX", (unsigned long long)r.hash_data);
            std::printf("\n");
        }
    }
    hex::DeviceInfo info;
    try {
        info = hex::device_info(img);
    } catch (const hex::HexError& e) {
        std::printf("  MicroPython: not found (%s)\n", e.message().c_str());
        return;
    }
    std::printf("  runtime: %s-%s, version \"%s\"\n", hex_addr(info.runtime_start).c_str(),
                hex_addr(info.runtime_end).c_str(), info.version.c_str());
    auto script = hex::read_appended_script(img);
    if (script)
        std::printf("  appended script: present at 0x%05X, %zu bytes\n", unsigned(fs::kAppendedAddress),
                    script->size());
    else
        std::printf("  appended script: none\n");
    hex::FsGeometry g;
    try {
        g = hex::fs_geometry(img, info);
    } catch (const hex::HexError& e) {
        std::printf("  filesystem: unusable (%s)\n", e.message().c_str());
        return;
    }
    std::printf("  filesystem: %s-%s, %u chunks (%u bytes), persistent page %s\n", hex_addr(g.start).c_str(),
                hex_addr(g.persistent - 1).c_str(), unsigned(g.chunks), unsigned(g.storage_size()),
                hex_addr(g.persistent).c_str());
    hex::FsUsage u = hex::fs_usage(img, g);
    std::printf("  free space: %u of %u chunks (%u bytes)\n", unsigned(u.free), unsigned(u.total),
                unsigned(u.free * fs::kChunkSize));
    try {
        auto files = hex::read_fs_files(img, g);
        std::printf("  files: %zu\n", files.size());
        for (const auto& f : files) std::printf("    %8zu  %s\n", f.data.size(), f.name.c_str());
    } catch (const hex::HexError& e) {
        std::printf("  files: unreadable (%s)\n", e.message().c_str());
    }
}

int cmd_info(const Args& a) {
    if (a.pos.size() != 1) throw UsageError("needs one FILE.hex");
    hex::HexFile f = load_hex(a.pos[0]);
    std::printf("file: %s\n", a.pos[0].c_str());
    std::printf("format: %s, %zu records, types", f.universal ? "Universal Hex" : "Intel HEX",
                f.record_count);
    for (int t : f.record_types_seen) std::printf(" %02X", t);
    std::printf("\n");
    if (f.records_after_eof) std::printf("records after EOF: %zu (ignored)\n", f.records_after_eof);
    for (const auto& s : f.sections) print_section(s, f.universal);
    return 0;
}

// ---- build / extract / ls / get / rm / put ----

int cmd_build(const Args& a) {
    if (a.pos.size() > 1) throw UsageError("only one main script; add other files with --add");
    if (a.has("--appended") && a.pos.empty()) throw UsageError("--appended needs a script");
    if (a.has("--appended") && a.opts.count("--add"))
        throw UsageError("--appended holds one script; --add needs the filesystem");
    refuse_hex_on_terminal(a.one("-o"));
    std::string runtime_path = runtime_for(a);
    std::string runtime = read_text_file(runtime_path);
    std::string out;
    if (a.has("--appended")) {
        std::string script = read_text_file(a.pos[0]);
        try {
            out = hex::hex_with_appended(runtime, script);
        } catch (const hex::HexError& e) {
            throw std::runtime_error(with_path(runtime_path, e));
        } catch (const std::length_error& e) {
            throw std::runtime_error(with_path(a.pos[0], e));
        }
    } else {
        std::vector<hex::FsFile> files;
        if (!a.pos.empty()) files.push_back(hex::FsFile{"main.py", read_bytes(a.pos[0])});
        if (a.opts.count("--add"))
            for (const auto& p : a.opts.at("--add"))
                files.push_back(hex::FsFile{basename_of(p), read_bytes(p)});
        try {
            out = hex::hex_with_files(runtime, files);
        } catch (const hex::HexError& e) {
            throw std::runtime_error(with_path(runtime_path, e));
        }
    }
    emit(a.one("-o"), out);
    return 0;
}

int cmd_extract(const Args& a) {
    if (a.pos.size() != 1) throw UsageError("needs one FILE.hex");
    hex::HexFile f = load_hex(a.pos[0]);
    const hex::HexSection* s = hex::micropython_section(f);
    if (!s) s = &f.sections.front();
    try {
        if (hex::micropython_section(f)) {
            for (const auto& file : hex::hex_files(f))
                if (file.name == "main.py") {
                    emit(a.one("-o"),
                         std::string_view(reinterpret_cast<const char*>(file.data.data()), file.data.size()));
                    return 0;
                }
        }
    } catch (const hex::HexError& e) {
        throw std::runtime_error(with_path(a.pos[0], e));
    }
    if (auto script = hex::read_appended_script(s->decoded.image)) {
        emit(a.one("-o"), *script);
        return 0;
    }
    throw std::runtime_error(a.pos[0] + ": no program in this hex (no main.py, no appended script)");
}

std::vector<hex::FsFile> files_of(const hex::HexFile& f, const std::string& path) {
    try {
        return hex::hex_files(f);
    } catch (const hex::HexError& e) {
        throw std::runtime_error(with_path(path, e));
    }
}

int cmd_ls(const Args& a) {
    if (a.pos.size() != 1) throw UsageError("needs one FILE.hex");
    hex::HexFile f = load_hex(a.pos[0]);
    for (const auto& file : files_of(f, a.pos[0])) {
        if (a.has("-l"))
            std::printf("%8zu  %s\n", file.data.size(), file.name.c_str());
        else
            std::printf("%s\n", file.name.c_str());
    }
    return 0;
}

int cmd_get(const Args& a) {
    if (a.pos.size() != 2) throw UsageError("needs FILE.hex and the NAME of a file in it");
    hex::HexFile f = load_hex(a.pos[0]);
    for (const auto& file : files_of(f, a.pos[0]))
        if (file.name == a.pos[1]) {
            emit(a.one("-o"),
                 std::string_view(reinterpret_cast<const char*>(file.data.data()), file.data.size()));
            return 0;
        }
    throw std::runtime_error(a.pos[0] + ": no file named '" + a.pos[1] + "'");
}

// rm and put: read the files, edit the list, rewrite the whole filesystem compactly (microbit-fs's way).
int rewrite(const Args& a, const std::string& path, std::vector<hex::FsFile> files) {
    std::string text = read_text_file(path);
    std::string out;
    try {
        out = hex::hex_with_files(text, files);
    } catch (const hex::HexError& e) {
        throw std::runtime_error(with_path(path, e));
    }
    std::string dest = a.one("-o");
    emit(dest.empty() ? path : dest, out);
    return 0;
}

int cmd_rm(const Args& a) {
    if (a.pos.size() < 2) throw UsageError("needs FILE.hex and the NAMEs of files in it");
    if (a.one("-o") == "-") refuse_hex_on_terminal("-");
    hex::HexFile f = load_hex(a.pos[0]);
    auto files = files_of(f, a.pos[0]);
    for (size_t i = 1; i < a.pos.size(); ++i) {
        auto it = std::find_if(files.begin(), files.end(),
                               [&](const hex::FsFile& x) { return x.name == a.pos[i]; });
        if (it == files.end()) throw std::runtime_error(a.pos[0] + ": no file named '" + a.pos[i] + "'");
        files.erase(it);
    }
    return rewrite(a, a.pos[0], std::move(files));
}

int cmd_put(const Args& a) {
    if (a.pos.size() != 2) throw UsageError("needs FILE.hex and a SOURCE file");
    if (a.one("-o") == "-") refuse_hex_on_terminal("-");
    hex::HexFile f = load_hex(a.pos[0]);
    auto files = files_of(f, a.pos[0]);
    std::string name = a.one("--name").empty() ? basename_of(a.pos[1]) : a.one("--name");
    hex::FsFile nf{name, read_bytes(a.pos[1])};
    // Replacing keeps the file's place in the order, as writing an existing key does in microbit-fs.
    auto it = std::find_if(files.begin(), files.end(), [&](const hex::FsFile& x) { return x.name == name; });
    if (it != files.end())
        *it = std::move(nf);
    else
        files.push_back(std::move(nf));
    return rewrite(a, a.pos[0], std::move(files));
}

// The hex subcommands: name, usage line, what it does (for --help), options with and without a value.
struct HexSub {
    const char* name;
    const char* usage;
    const char* help;
    int (*run)(const Args&);
    std::set<std::string> values, flags;
};

const HexSub kHexSubs[] = {
    {"info",
     "mbit hex info FILE.hex",
     "Boards, memory regions, UICR and layout table, MicroPython version, filesystem and files of a hex.\n",
     cmd_info,
     {},
     {}},
    {"build",
     "mbit hex build [--runtime RT.hex] [main.py] [--add FILE]... [-o OUT.hex] [--appended]",
     "A runtime with main.py and other files in its filesystem (--appended: the v1 appended script).\n"
     "With --appended the script goes where the v1 runtime looks for one, as uflash puts it.\n"
     "  --runtime RT.hex  default: $MBIT_RUNTIME, else mbpy's firmware (build-nrf51/mbpy-microbit.hex, once\n"
     "                    built), else the installed MicroPython runtime (firmware-microbit-micropython)\n"
     "  --add FILE        one more file in the filesystem, under its own name\n"
     "  -o, --output OUT  where the hex goes (default stdout, but never a terminal)\n",
     cmd_build,
     {"-o", "--runtime", "--add"},
     {"--appended"}},
    {"extract",
     "mbit hex extract FILE.hex [-o OUT]",
     "The program: main.py, else the appended script.\n",
     cmd_extract,
     {"-o"},
     {}},
    {"ls",
     "mbit hex ls FILE.hex [-l]",
     "The files in the hex's filesystem (-l: with sizes).\n",
     cmd_ls,
     {},
     {"-l"}},
    {"get",
     "mbit hex get FILE.hex NAME [-o OUT]",
     "One file's contents (default stdout).\n",
     cmd_get,
     {"-o"},
     {}},
    {"rm",
     "mbit hex rm FILE.hex NAME... [-o OUT.hex]",
     "Removes files; rewrites FILE.hex (keeping its mode) unless -o names another file.\n",
     cmd_rm,
     {"-o"},
     {}},
    {"put",
     "mbit hex put FILE.hex SOURCE [--name NAME] [-o OUT.hex]",
     "Adds or replaces a file (named NAME, default SOURCE's name); rewrites FILE.hex unless -o.\n",
     cmd_put,
     {"-o", "--name"},
     {}},
};

std::string hex_usage() {
    std::string s = "usage: mbit hex COMMAND ... (mbit hex COMMAND --help: more)\n";
    for (const HexSub& h : kHexSubs) {
        std::string help = h.help;
        s += "  " + std::string(h.usage + 9) + "\n      " + help.substr(0, help.find('\n')) + "\n";
    }
    return s;
}

}  // namespace

int hex_command(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(hex_usage().c_str(), args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const HexSub& h : kHexSubs) {
        if (args[0] != h.name) continue;
        set_command(std::string("hex ") + h.name, std::string("usage: ") + h.usage);
        Args a = parse_args(rest, h.values, h.flags);
        if (a.help) {
            std::printf("usage: %s\n%s", h.usage, h.help);
            return 0;
        }
        return h.run(a);
    }
    std::string names;
    for (const HexSub& h : kHexSubs) names += std::string(names.empty() ? "" : ", ") + h.name;
    set_command("hex", "usage: mbit hex COMMAND ...");
    throw UsageError("unknown command '" + args[0] + "' (" + names + ")");
}

const char kFlashUsage[] = "mbit flash FILE.hex|SCRIPT.py [--target DIR] [--runtime RT.hex]";
const char kFlashHelp[] =
    "Copies FILE.hex onto the micro:bit's MICROBIT drive, which flashes it; a SCRIPT.py goes in as main.py\n"
    "of a runtime's filesystem.\n"
    "  --target DIR      the drive's folder (default: the mounted MICROBIT drive)\n"
    "  --runtime RT.hex  for a SCRIPT.py; default: $MBIT_RUNTIME, else mbpy's firmware\n"
    "                    (build-nrf51/mbpy-microbit.hex, once built), else the installed MicroPython "
    "runtime\n";

int flash_command(const std::vector<std::string>& args) {
    set_command("flash", std::string("usage: ") + kFlashUsage);
    Args a = parse_args(args, {"--target", "--runtime"}, {});
    if (a.help) {
        std::printf("usage: %s\n%s", kFlashUsage, kFlashHelp);
        return 0;
    }
    if (a.pos.size() != 1) throw UsageError("needs one FILE.hex or SCRIPT.py");
    const std::string& src = a.pos[0];
    std::string contents;
    std::string name = basename_of(src);
    if (name.size() > 3 && name.substr(name.size() - 3) == ".py") {
        std::string rt = runtime_for(a);
        std::vector<uint8_t> script = read_bytes(src);
        try {
            contents = hex::hex_with_files(read_text_file(rt), {hex::FsFile{"main.py", script}});
        } catch (const hex::HexError& e) {
            throw std::runtime_error(with_path(rt, e));
        }
        name = "micropython.hex";
    } else {
        hex::HexFile f = load_hex(src, &contents);  // refuse to flash a broken file
        (void)f;
    }
    std::string target = a.one("--target");
    if (target.empty()) {
        auto found = find_microbit();
        if (!found)
            throw std::runtime_error(
                "no MICROBIT drive found; is the micro:bit plugged in? (or use --target DIR)");
        target = *found;
    }
    write_file_safely(target, name, contents);
    std::printf("flashed %s to %s/%s\n", src.c_str(), target.c_str(), name.c_str());
    return 0;
}

}  // namespace tools
