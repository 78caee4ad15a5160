// `mbpy`: command line of the host port — runs a program (file, -c, stdin) on the simulated board.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <deque>
#include <string>
#include <vector>

#include "core/engine.hpp"
#include "board/flash_fs.hpp"
#include "core/gc.hpp"
#include "core/runtime.hpp"
#include "ports/host/flash_host.hpp"
#include "ports/host/serial_line.hpp"
#include "ports/host/host.hpp"
// ---- board
#include "ports/host/board_host.hpp"
#include "ports/host/sound_host.hpp"

namespace host {

static std::vector<std::string> search_path;
static std::vector<std::string> arg_storage;
static std::vector<const char*> args;
static volatile sig_atomic_t sigint_seen = 0;

bool read_file(const std::string& path, std::string* out) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) return false;
    out->clear();
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

const std::vector<std::string>& module_path() { return search_path; }
const std::vector<const char*>& program_args() { return args; }
bool interrupted() { return sigint_seen != 0 || core::state.interrupt; }  // repl: Ctrl-C on the serial line

static void on_sigint(int) {
    sigint_seen = 1;
    core::request_interrupt();
}

static void usage(FILE* out) {
    fputs(
        "usage: mbpy [option ...] [file.py | -c CODE | -] [arg ...]\n"
        "  file.py        run the program (sys.argv holds it and what follows)\n"
        "  -c CODE        run CODE\n"
        "  -              read the program from stdin (also the default when stdin is not a terminal)\n"
        "  -X heapsize=N[K|M]  size of the Python heap (default 16M); other -X keys are ignored\n"
        "  -X device      about the heap of a real micro:bit v1, so MemoryError comes when it would there\n"
        "  --flash PATH   keep the board's flash (its files) in PATH, created blank if missing; without\n"
        "                 it every run starts on a fresh blank board. With no program: run main.py.\n"
        "                 (A .hex is no flash image: --hex FILE.hex starts the board from one)\n"
        "  --hex FILE     flash FILE.hex onto the board first (erases its files), then start it\n"
        "  --repl         the board's REPL on stdin/stdout even when they are not a terminal (the\n"
        "                 default with no program on a terminal); end of input ends it\n"
        "  --pty          the board's REPL on a new pseudo-terminal, whose path is the first line of\n"
        "                 stdout, for serial tools (pyserial, microfs, mpremote); runs until killed\n"
        "  --no-panel     at a terminal, the serial line alone: no LED panel and no board keys\n"
        "  --headless     run on the virtual board clock (tests, auto-marking); see docs/board.md\n"
        "  --events FILE  headless input events (JSON lines)   --trace FILE  output trace (JSON lines, - = "
        "stdout)\n"
        "  --until MS     end the run at this board time (status 0, or 1 after an uncaught exception)\n"
        "  --budget N     end the run (status 3) after N bytes of bytecode (default 10^8)\n"
        "  --wav FILE     write the board's sound (music, speech, audio) to FILE.wav when the run ends\n"
        "  --sound        also play that sound through the host's sound device (aplay/paplay)\n"
        "  --features     print the build's switches and limits (core/config.hpp), one NAME=N a line\n"
        "  --version      mbpy's version\n"
        "  -h, --help     this help\n"
        "An option's value may also follow an '=': --flash=board.img.\n"
        "At a terminal the board's LEDs show in a panel under the output; Alt-a / Alt-b press the buttons\n"
        "A / B (more keys beside the panel, docs/board.md) and Ctrl-] leaves mbpy.\n"
        "Environment: MICROPYPATH  colon-separated folders searched for modules after the script's folder\n"
        "(a program given on the command line; the board itself imports only from its flash)\n",
        out);
}

// "64K", "2M", "100000" -> bytes; 0 when malformed.
static size_t parse_size(const char* s) {
    char* end;
    unsigned long long n = strtoull(s, &end, 10);
    if (end == s) return 0;
    if (*end == 'k' || *end == 'K')
        n *= 1024, ++end;
    else if (*end == 'm' || *end == 'M')
        n *= 1024 * 1024, ++end;
    return *end ? 0 : static_cast<size_t>(n);
}

// `--opt=value` is `--opt value` for the options that take one (a new such option goes in this list too).
// Only mbpy's own options are split: from the program's name (or -c CODE, or -) on, the arguments are the
// program's sys.argv.
static std::vector<char*> split_option_values(int argc, char** argv) {
    static const char* const with_value[] = {"--flash", "--hex",    "--events", "--trace",
                                             "--until", "--budget", "--wav"};
    static std::deque<std::string> parts;  // a deque: the strings stay where they are as it grows
    std::vector<char*> out{argv[0]};
    int i = 1;
    for (; i < argc; ++i) {
        const char* a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "-c") == 0 || strcmp(a, "-X") == 0) {
            out.push_back(argv[i]);
            if (i + 1 < argc) out.push_back(argv[++i]);
            if (a[1] == 'c') {
                ++i;  // what follows CODE is the program's
                break;
            }
            continue;
        }
        const char* eq = strchr(a, '=');
        bool split = false;
        for (const char* w : with_value)
            split |= eq && strlen(w) == size_t(eq - a) && strncmp(a, w, eq - a) == 0;
        if (!split) {
            out.push_back(argv[i]);
            continue;
        }
        out.push_back(parts.emplace_back(a, eq - a).data());
        out.push_back(parts.emplace_back(eq + 1).data());
    }
    for (; i < argc; ++i) out.push_back(argv[i]);
    out.push_back(nullptr);
    return out;
}

static int run(int argc, char** argv) {
    size_t heap_bytes = core::config::host_default_heap;
    const char* code = nullptr;
    const char* file = nullptr;
    bool from_stdin = false;
    const char* flash_path = nullptr;  // --flash / --hex (ports/host/flash_host.cpp)
    const char* hex_path = nullptr;
    bool boot = false;
    bool force_repl = false, pty_mode = false;  // --repl / --pty
    bool panel = true;                          // --no-panel: a terminal shows the serial line alone
    int i = 1;
    for (; i < argc; ++i) {
        const char* a = argv[i];
        if (strcmp(a, "--version") == 0) {
            printf("mbpy %s (MicroPython 1.9.2's language, a simulated micro:bit v1)\n", MBPY_VERSION);
            return 0;
        }
        if (strcmp(a, "--features") == 0) {
#define MBPY_PRINT_FEATURE(name) printf("%s=%d\n", #name, int(name));
            MBPY_FEATURES(MBPY_PRINT_FEATURE)
            // The limits a program can run into (tests/lang/requires.txt: `NAME>=N`).
            MBPY_PRINT_FEATURE(MBPY_MAX_CALL_DEPTH)
            MBPY_PRINT_FEATURE(MBPY_PARSER_MAX_DEPTH)
#undef MBPY_PRINT_FEATURE
            return 0;
        }
        if (strcmp(a, "-X") == 0 && i + 1 < argc) {
            const char* opt = argv[++i];
            if (strncmp(opt, "heapsize=", 9) == 0) {
                heap_bytes = parse_size(opt + 9);
                if (heap_bytes < 1024) {
                    fprintf(stderr, "mbpy: bad heapsize: %s\n", opt + 9);
                    return 2;
                }
            } else if (strcmp(opt, "device") == 0) {
                // About the heap a program has on mbpy's micro:bit v1 firmware: with the host's own
                // start-up blocks, 11,552 bytes a word leave twice the firmware's free heap at the REPL's
                // first line (10,800 B of its 12,560 B GC heap) where objects hold 8-byte words.
                // tests/device/suite_memory_device.py checks the prediction against the device.
                heap_bytes = 11552 * (sizeof(void*) / 4);
            }
        } else if ((strcmp(a, "--flash") == 0 || strcmp(a, "--hex") == 0) && i + 1 < argc) {
            (a[2] == 'f' ? flash_path : hex_path) = argv[++i];
        } else if (strcmp(a, "--no-panel") == 0) {
            panel = false;
        } else if (strcmp(a, "--repl") == 0 || strcmp(a, "--pty") == 0) {
            (a[2] == 'r' ? force_repl : pty_mode) = true;
        } else if (strcmp(a, "--wav") == 0 && i + 1 < argc) {  // sound_host.cpp
            host::sound_set_wav(argv[++i]);
        } else if (strcmp(a, "--sound") == 0) {
            host::sound_set_play(true);
        } else if (std::string err; host::headless_option(argc, argv, &i, &err)) {
            if (!err.empty()) {
                fprintf(stderr, "mbpy: %s\n", err.c_str());
                return 2;
            }
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fputs("mbpy: -c needs an argument\n", stderr);
                return 2;
            }
            code = argv[++i];
            ++i;
            break;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-") == 0) {
            from_stdin = true;
            ++i;
            break;
        } else if (a[0] == '-' && a[1] != 0) {
            fprintf(stderr, "mbpy: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else {
            file = a;
            ++i;
            break;
        }
    }

    if (host::headless_options_misplaced()) {
        fputs("mbpy: --events, --trace, --until and --budget are for headless runs: add --headless\n",
              stderr);
        return 2;
    }

    std::string source;
    std::string display_name;
    bool board_repl = false;
    if (code) {
        source = code;
        display_name = "<stdin>";
        arg_storage.push_back("-c");
        search_path.push_back("");
    } else if (file) {
        if (!read_file(file, &source)) {
            fprintf(stderr, "mbpy: can't open file '%s': [Errno 2] No such file or directory\n", file);
            return 2;
        }
        display_name = file;
        arg_storage.push_back(file);
        std::string dir = file;
        size_t slash = dir.rfind('/');
        search_path.push_back(slash == std::string::npos ? "" : dir.substr(0, slash));
    } else if (!from_stdin && (force_repl || pty_mode || isatty(0))) {
        board_repl = true;          // no program: the board itself, with its REPL on the serial line
        arg_storage.push_back("");  // the board imports from its flash alone, as the device: no search path
    } else if (!from_stdin && (flash_path || hex_path)) {
        boot = true;  // no program: the board starts as powered on (main.py, appended script, REPL)
        arg_storage.push_back("");  // and imports from its flash alone
    } else {
        char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) source.append(buf, n);
        display_name = "<stdin>";
        arg_storage.push_back("");
        search_path.push_back("");
    }
    for (; i < argc; ++i) arg_storage.push_back(argv[i]);
    for (const std::string& s : arg_storage) args.push_back(s.c_str());
    if (const char* mp = getenv("MICROPYPATH"); mp && !board_repl && !boot) {
        std::string p = mp;
        size_t start = 0;
        while (start <= p.size()) {
            size_t colon = p.find(':', start);
            if (colon == std::string::npos) colon = p.size();
            if (colon > start) search_path.push_back(p.substr(start, colon - start));
            start = colon + 1;
        }
    }

    std::string flash_err;
    if (!flash_setup(flash_path, hex_path, &flash_err)) {
        fprintf(stderr, "mbpy: %s\n", flash_err.c_str());
        return 2;
    }

    // The heap is the one block of memory the runtime gets; it never allocates anything else.
    void* heap = malloc(heap_bytes);
    if (!heap) {
        fputs("mbpy: can't allocate the heap\n", stderr);
        return 2;
    }
    char stack_top;
    if (!core::init(heap, heap_bytes, &stack_top)) {
        fputs("mbpy: heap too small to start\n", stderr);
        return 1;
    }
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, nullptr);
    board::flash_fs_init();
    host::board_boot();
    if (host::headless_mode()) host::run_headless(source, display_name);
    int status = board_repl ? serial::run_board(pty_mode    ? serial::Kind::Pty
                                                : isatty(0) ? serial::Kind::Terminal
                                                            : serial::Kind::Stdio,
                                                panel, heap, heap_bytes, &stack_top)
                 : boot ? boot_board(isatty(0))
                        : serial::run_program(source, display_name.c_str(), panel);
    if (status < 0) status = core::run_main(source, display_name.c_str());  // not at a terminal
    fflush(stdout);
    flash_finish();
    free(heap);
    return status;
}

}  // namespace host

int main(int argc, char** argv) {
    std::vector<char*> args = host::split_option_values(argc, argv);
    return host::run(int(args.size()) - 1, args.data());
}
