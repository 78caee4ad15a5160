// The friendly (with paste mode) and raw (with raw-paste) REPLs, and the soft-reset loop of the board:
// MicroPython 1.9.2's pyexec.c and the micro:bit's main loop, byte for byte (spec 4.2-4.4, 5).
#include "core/repl.hpp"

#include <cstring>
#include <initializer_list>

#include "board/board.hpp"
#include "core/engine.hpp"
#include "core/flash_fs.hpp"
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/readline.hpp"
#include "core/runtime.hpp"
#include "fs/memory_map.hpp"

namespace core::repl {

namespace {

// core::state.extra_roots slot holding main.py's text while it compiles (board.hpp uses 8..15).
constexpr int startup_root = 7;

bool starts_with_word(const char* s, const char* word) {
    size_t i = 0;
    for (; s[i] && word[i]; ++i) {
        if (s[i] != word[i]) return false;
    }
    char c = s[i];
    bool ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return word[i] == 0 && (c == 0 || !ident);
}

}  // namespace

// MicroPython's mp_repl_continue_with_input: a lexical guess, not a parse, so that the prompts match
// the device (a one-line `for ...: x` still asks for one more line; an empty line closes a block).
bool continue_with_input(const char* input) {
    if (!input[0]) return false;
    bool compound = input[0] == '@';
    for (const char* w : {"if", "while", "for", "try", "with", "def", "class"})
        compound |= starts_with_word(input, w);
    enum { q_none, q_1_single, q_1_double, q_3_single, q_3_double };
    int paren = 0, brack = 0, brace = 0, quote = q_none;
    const char* i = input;
    for (; *i; ++i) {
        if (*i == '\'') {
            if ((quote == q_none || quote == q_3_single) && i[1] == '\'' && i[2] == '\'') {
                i += 2;
                quote = q_3_single - quote;
            } else if (quote == q_none || quote == q_1_single) {
                quote = q_1_single - quote;
            }
        } else if (*i == '"') {
            if ((quote == q_none || quote == q_3_double) && i[1] == '"' && i[2] == '"') {
                i += 2;
                quote = q_3_double - quote;
            } else if (quote == q_none || quote == q_1_double) {
                quote = q_1_double - quote;
            }
        } else if (*i == '\\' && (i[1] == '\'' || i[1] == '"' || i[1] == '\\')) {
            if (quote != q_none) ++i;
        } else if (quote == q_none) {
            paren += (*i == '(') - (*i == ')');
            brack += (*i == '[') - (*i == ']');
            brace += (*i == '{') - (*i == '}');
        }
    }
    if (paren > 0 || brack > 0 || brace > 0 || quote == q_3_single || quote == q_3_double) return true;
    if (i[-1] == '\\') return true;
    return compound && i[-1] != '\n';
}

bool execute(const char* src, size_t n, const char* filename, bool single, bool print_eof) {
    // Ctrl-C interrupts only while code runs (spec 4.1); bytes typed meanwhile wait in the serial buffer.
    state.interrupt = false;
    hal::serial_set_interrupt_char(key_ctrl_c);
    bool sys_exit = false;
    if (single) {
        sys_exit = run_repl_input({src, n}) >= 0;
        hal::serial_set_interrupt_char(-1);
    } else {
        Value r = exec_source({src, n}, filename);
        hal::serial_set_interrupt_char(-1);
        if (print_eof) out_n("\x04", 1);
        if (!r) {
            Value exc = take_exception();
            if (exc_matches(exc, &system_exit_type)) {
                sys_exit = true;  // silent, as on the device
            } else {
                report_exception(exc, true);
            }
        }
    }
    state.interrupt = false;  // a Ctrl-C that came too late to interrupt anything is dropped
    if (pending()) take_exception();
    if (print_eof) out_n("\x04", 1);
    return !sys_exit;
}

// ---- friendly REPL ---------------------------------------------------------------------------------------

namespace {

// Paste mode: echo everything (CR echoes as a new `=== ` prompt), Ctrl-D compiles it as a file.
// Returns false when the input ended.
bool paste_mode(Buf& line, bool* cancelled) {
    out("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    line.clear();
    for (;;) {
        int c = hal::serial_read_wait();
        if (c < 0) return false;
        if (c == key_ctrl_c) {
            out("\r\n");
            *cancelled = true;
            return true;
        }
        if (c == key_ctrl_d) {
            out("\r\n");
            *cancelled = false;
            return true;
        }
        line.push(char(c));
        if (c == '\r') {
            out("\r\n=== ");
        } else {
            char ch = char(c);
            out_n(&ch, 1);
        }
    }
}

// Heap data the REPL keeps between calls: registered as a GC root range after every core::init.
struct Roots {
    Buf input;      // the text being entered / received
    Value startup;  // main.py's text while it compiles
};
Roots roots;

Buf& input_buf() { return roots.input; }

}  // namespace

Exit friendly_repl() {
    Buf& line = input_buf();
    out(banner);
    for (;;) {
        line.clear();
        int r = readline(&line, ">>> ");
        bool single = true;
        if (r == line_eof) return Exit::EndOfInput;
        if (r == key_ctrl_a) {
            out("\r\n");
            return Exit::SwitchMode;
        }
        if (r == key_ctrl_b) {
            out("\r\n");
            out(banner);
            continue;
        }
        if (r == key_ctrl_c) {
            out("\r\n");
            continue;
        }
        if (r == key_ctrl_d) {
            out("\r\n");
            return Exit::SoftReset;
        }
        if (r == key_ctrl_e) {
            bool cancelled = false;
            if (!paste_mode(line, &cancelled)) return Exit::EndOfInput;
            if (cancelled) continue;
            single = false;
        } else if (line.len == 0) {
            continue;
        } else {
            bool cancelled = false;
            while (continue_with_input(line.c_str())) {
                line.push('\n');
                r = readline(&line, "... ");
                if (r == line_eof) return Exit::EndOfInput;
                if (r == key_ctrl_c) {
                    out("\r\n");
                    cancelled = true;
                    break;
                }
                if (r == key_ctrl_d) break;  // ends the block
            }
            if (cancelled) continue;
        }
        execute(line.data, line.len, "<stdin>", single, false);
    }
}

// ---- raw REPL --------------------------------------------------------------------------------------------

namespace {

// Raw-paste (`\x05A\x01` at the `>` prompt): read the source with flow control until Ctrl-D.
// Returns false when the input ended; *interrupted when the host sent Ctrl-C.
bool raw_paste_read(Buf& line, bool* interrupted) {
    const char hdr[] = {'R', 1, char(raw_paste_window & 0xFF), char(raw_paste_window >> 8), 1};
    out_n(hdr, sizeof hdr);  // the window size counts as one free window, the \x01 as a second
    line.clear();
    size_t remain = raw_paste_window;
    *interrupted = false;
    for (;;) {
        int c = hal::serial_read_wait();
        if (c < 0) return false;
        if (c == key_ctrl_c || c == key_ctrl_d) {
            out_n("\x04", 1);  // end of data acknowledged
            *interrupted = c == key_ctrl_c;
            return true;
        }
        line.push(char(c));
        if (--remain == 0) {
            out_n("\x01", 1);  // host may send one more window
            remain = raw_paste_window;
        }
    }
}

}  // namespace

Exit raw_repl() {
    Buf& line = input_buf();
reset:
    out("raw REPL; CTRL-B to exit\r\n");
    for (;;) {
        line.clear();
        out(">");
        for (;;) {
            int c = hal::serial_read_wait();
            if (c < 0) return Exit::EndOfInput;
            if (c == key_ctrl_a) {
                if (line.len == 2 && line.data[0] == key_ctrl_e) {
                    if (line.data[1] != 'A') {
                        out_n("R\x00", 2);  // a raw-paste command we don't know
                    } else {
                        bool interrupted = false;
                        if (!raw_paste_read(line, &interrupted)) return Exit::EndOfInput;
                        if (interrupted) {
                            // As MicroPython: the reader raises KeyboardInterrupt before anything ran.
                            out_n("\x04", 1);
                            out("KeyboardInterrupt: \r\n");
                            out_n("\x04", 1);
                        } else {
                            execute(line.data, line.len, "<stdin>", false, true);
                        }
                    }
                    line.clear();
                    out(">");
                    continue;
                }
                goto reset;
            }
            if (c == key_ctrl_b) {
                out("\r\n");
                return Exit::SwitchMode;
            }
            if (c == key_ctrl_c) {
                line.clear();
            } else if (c == key_ctrl_d) {
                break;
            } else {
                line.push(char(c));
            }
        }
        out("OK");
        if (line.len == 0) {
            out("\r\n");
            return Exit::SoftReset;
        }
        execute(line.data, line.len, "<stdin>", false, true);
    }
}

// ---- the board's main loop -------------------------------------------------------------------------------

// Default start-up (spec 5): main.py from the filesystem, else the appended script at fs::kAppendedAddress
// ("MP", u16 length, text). Weak so that a port with other storage can replace it.
__attribute__((weak)) bool startup_script(const char** data, size_t* len, const char** name) {
    static constexpr uint32_t appended_addr = fs::kAppendedAddress;
    static constexpr uint32_t appended_max = fs::kAppendedSize - fs::kAppendedHeader;
    Value main = flash_read_file("main.py");
    if (main) {
        roots.startup = main;  // keep the text alive while it compiles
        *data = as_str(main)->data;
        *len = as_str(main)->len;
        *name = "__main__";  // v1 names main.py "__main__" in tracebacks
        return true;
    }
    take_exception();  // no main.py, or no usable filesystem: as the firmware, go on
    const uint8_t* p = hal::flash_pointer(appended_addr);
    if (!p || !fs::is_appended_marker(p[0], p[1])) return false;
    size_t n = size_t(p[2]) | size_t(p[3]) << 8;
    if (n > appended_max) n = appended_max;
    size_t end = 0;
    while (end < n && p[4 + end]) ++end;  // the block is padded with NULs
    *data = reinterpret_cast<const char*>(p + 4);
    *len = end;
    *name = "__main__";
    return true;
}

namespace {

void run_startup() {
    const char* data = nullptr;
    size_t len = 0;
    const char* name = "__main__";
    if (startup_script(&data, &len, &name)) {
        state.interrupt = false;
        hal::serial_set_interrupt_char(key_ctrl_c);
        Value r = exec_source({data, len}, name);
        roots.startup = Value();
        if (!r) {
            Value exc = take_exception();
            if (!exc_matches(exc, &system_exit_type)) {
                report_exception(exc, true);
                // Then the message scrolls once on the LEDs; Ctrl-C cuts it short (spec 5).
                if (!exc_matches(exc, &keyboard_interrupt_type)) board::scroll_error(exc);
            }
        }
        hal::serial_set_interrupt_char(-1);
        state.interrupt = false;
        if (pending()) take_exception();
        return;
    }
    // The REPL namespace starts with the microbit names when there is no program (v1 behaviour).
    if (exec_source("from microbit import *", "<stdin>")) return;
    take_exception();  // no microbit module in this build
}

}  // namespace

static bool board_is_running = false;
bool board_running() { return board_is_running; }

Value input_line(const char* prompt) {
    Buf line;
    int r = readline(&line, prompt);
    if (r == key_ctrl_c) return raise_value(Value(&keyboard_interrupt_type));
    if (r == line_eof || (r == key_ctrl_d && line.len == 0)) return raise_value(Value(&eof_error_type));
    return make_str({line.data ? line.data : "", line.len});
}

int board_main(void* heap, size_t heap_bytes, char* c_stack_top) {
    board_is_running = true;
    Mode mode = Mode::Friendly;
    for (;;) {
        if (!init(heap, heap_bytes, c_stack_top)) return 1;
        flash_fs_init();  // a fresh mount (new random start index), as at every boot
        board::reset();   // display, pins, buttons back to power-on state
        readline_init0();
        roots = Roots{};
        gc::add_root(&roots, sizeof roots);  // init forgets the roots
        if (mode == Mode::Friendly) run_startup();
        Exit e;
        for (;;) {
            e = mode == Mode::Raw ? raw_repl() : friendly_repl();
            if (e != Exit::SwitchMode) break;
            mode = mode == Mode::Raw ? Mode::Friendly : Mode::Raw;
        }
        if (e == Exit::EndOfInput) return 0;
        out("soft reboot\r\n");
    }
}

}  // namespace core::repl
