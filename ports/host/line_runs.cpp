// The board's interactive runs on a serial line: the board with its REPL (`mbpy`, `--flash`, `--hex`,
// `--pty`), and a program at a terminal (`mbpy prog.py`), each with the LED panel when on a terminal.
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <string>

#include "board/main_loop.hpp"
#include "core/engine.hpp"
#include "core/hal.hpp"
#include "core/port.hpp"
#include "core/runtime.hpp"
#include "ports/host/board_host.hpp"
#include "ports/host/serial_line.hpp"
#include "shell/readline.hpp"
#include "shell/repl.hpp"

namespace host::serial {

namespace {

// The user's terminal as the serial line: raw mode, then the panel (when the terminal can show it) and
// the reader thread, whose keys go to the panel.
bool open_terminal(bool panel) {
    if (!host::terminal::enter_raw(0)) return false;
    bool shown = panel && host::term_view_start();
    if (!start(0, 1, Kind::Terminal, shown)) {
        perror("mbpy: can't set up the serial line");
        exit(2);
    }
    return true;
}

}  // namespace

int run_board(Kind kind, bool panel, void* heap, size_t heap_bytes, char* c_stack_top) {
    if (kind == Kind::Pty) {
        char path[256];
        int master = host::pty::open_board_pty(path, sizeof path);
        if (master < 0) {
            perror("mbpy: can't open a pseudo-terminal");
            return 2;
        }
        printf("%s\n", path);  // the first line of stdout: where tools find the board
        fflush(stdout);
        signal(SIGINT, SIG_DFL);  // Ctrl-C in mbpy's own terminal stops the simulator
        if (!start(master, master, kind, false)) {
            perror("mbpy: can't set up the serial line");
            return 2;
        }
    } else if (kind != Kind::Terminal || !open_terminal(panel)) {
        if (!start(0, 1, Kind::Stdio, false)) {
            perror("mbpy: can't set up the serial line");
            return 2;
        }
    }
    int status = board::main_loop(heap, heap_bytes, c_stack_top);
    host::terminal::restore();
    return leaving() ? 0 : status;
}

int run_program(const std::string& source, const char* name, bool panel) {
    if (!isatty(0) || !isatty(1) || !open_terminal(panel)) return -1;
    shell::init();                                      // the line editor's history, as at the board's start
    core::input_hook = shell::input_line;               // input() edits and echoes, as on the device
    hal::serial_set_interrupt_char(shell::key_ctrl_c);  // raw mode: Ctrl-C comes as a byte
    int status = core::run_main(source, name);
    hal::serial_set_interrupt_char(-1);
    fflush(stdout);
    return leaving() ? 0 : status;
}

}  // namespace host::serial
