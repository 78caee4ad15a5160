// The friendly (with paste mode) and raw (with raw-paste) REPLs: MicroPython 1.9.2's pyexec.c, byte for
// byte (spec 4.2-4.4).
#include "shell/repl.hpp"

#include <cstring>
#include <initializer_list>

#include "core/engine.hpp"
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/runtime.hpp"
#include "shell/readline.hpp"

namespace shell {

using namespace core;

namespace {

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

// The text being entered or received: a GC root range registered after every core::init.
Buf input;

}  // namespace

void init() {
    readline_init0();
    input = Buf{};
    gc::add_root(&input, sizeof input);
}

Value input_line(const char* prompt) {
    Buf line;
    int r = readline(&line, prompt);
    if (r == key_ctrl_c) return raise_value(Value(&keyboard_interrupt_type));
    if (r == line_eof || (r == key_ctrl_d && line.len == 0)) return raise_value(Value(&eof_error_type));
    return make_str({line.data ? line.data : "", line.len});
}

Exit friendly_repl(const char* banner) {
    Buf& line = input;
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
    Buf& line = input;
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

}  // namespace shell
