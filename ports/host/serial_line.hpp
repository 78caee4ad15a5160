// The simulated board's serial line on the host: a terminal, a pty, or stdin/stdout.
#pragma once
#include <cstddef>
#include <string>

namespace host::serial {

enum class Kind {
    Stdio,     // stdin/stdout that are not a terminal (`mbpy --repl < file`): end of input ends the board
    Terminal,  // the user's terminal, put in raw mode
    Pty,       // `mbpy --pty`: the master side of a pseudo-terminal; waits for a connected client that reads
               // slowly, drops output while no client is connected, survives reconnects
};

// Makes `in_fd`/`out_fd` the board's serial line: a reader thread moves input bytes into a pipe that
// becomes fd 0 (so hal::serial_read sees exactly the device's "byte or -1 now"), turns Ctrl-C into
// a KeyboardInterrupt while code runs, and stdout/stderr become cooked ("\n" -> "\r\n") writers to
// `out_fd`. On a terminal with `keys`, the board's keys (term_keys.hpp) go to the panel instead; Ctrl-]
// ends mbpy on any terminal. Returns false (errno set) when the plumbing cannot be made.
bool start(int in_fd, int out_fd, Kind kind, bool keys);

// Raw bytes to the line, between the output's own writes (the panel). `last`: at exit, and even when
// leaving. Before start(), to stdout.
void write_terminal(const char* data, size_t n, bool last = false);
bool at_line_start();  // the last byte out was a newline
bool leaving();        // Ctrl-] was typed: mbpy ends at the main thread's next wait

}  // namespace host::serial

namespace host::terminal {
// Raw mode on `fd` (no echo, no line editing, no signals, no output processing), restored at exit,
// on fatal signals and on SIGTERM/SIGHUP. Returns false when `fd` is not a terminal.
bool enter_raw(int fd);
void restore();
}  // namespace host::terminal

namespace host::pty {
// Opens a new pseudo-terminal in raw mode and returns its master fd (-1 on failure) and the path of
// the slave that clients open. mbpy does not keep the slave open: clients come and go.
int open_board_pty(char* path, unsigned path_size);
// Called while no client has the slave open: raw mode again for the next client, whatever the last one
// set (it may have come and gone unseen); when one was seen to leave, the output it did not read goes.
void no_client(int master, bool left);
// Writes all of `data`, waiting while the pty is full (back-pressure from a connected client that reads
// slowly); drops what is left as soon as no client is connected (the board never blocks on nobody).
void write_to_client(int master, const char* data, size_t n);
}  // namespace host::pty

namespace host::serial {
// The board with its REPL on `kind`'s line (for Pty the path is printed as stdout's first line):
// board::main_loop on the port's heap. On a terminal the panel shows the LEDs unless `panel` is false.
// Returns the exit status (0 at end of input, and when the person leaves with Ctrl-]).
int run_board(Kind kind, bool panel, void* heap, size_t heap_bytes, char* c_stack_top);
// A program run from a file or -c with the user's terminal as the board's serial line and the panel:
// input() edits and echoes as on the device, Ctrl-C raises KeyboardInterrupt. Returns the exit status;
// -1 when stdin and stdout are not both terminals (the caller runs it plainly).
int run_program(const std::string& source, const char* name, bool panel);
}  // namespace host::serial
