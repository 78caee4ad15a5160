// The REPL's line editor (MicroPython's lib/mp-readline, byte for byte): editing keys, history, TAB.
#pragma once
#include <cstddef>
#include <cstdint>

namespace shell {

// A growable byte buffer in the GC heap. Instances live in rooted static storage (see readline_init0)
// or on the C stack, so the conservative GC keeps `data` alive. Growth failures drop the byte.
struct Buf {
    char* data = nullptr;
    size_t len = 0;
    size_t cap = 0;
    bool reserve(size_t n);
    bool push(char c) { return reserve(len + 1) && (data[len++] = c, true); }
    bool append(const char* s, size_t n);
    bool insert(size_t pos, char c);
    void cut(size_t pos, size_t n);  // remove n bytes at pos
    void clear() { len = 0; }
    const char* c_str();  // NUL-terminated view (the NUL is not counted in len)
};

// v1 keeps 8 history lines (MicroPython's readline_hist[8] on the micro:bit).
inline constexpr int history_size = 8;
// Printing key results that need no more input.
inline constexpr int key_ctrl_a = 1, key_ctrl_b = 2, key_ctrl_c = 3, key_ctrl_d = 4, key_ctrl_e = 5;
// readline() result when the serial input ended for good (host only).
inline constexpr int line_eof = -2;

// After every core::init (power-up and soft reset): forget the history, register the editor's roots.
void readline_init0();

// One line being edited, appended to `line` after what it already holds (earlier lines of a block).
// feed() takes one input byte and returns -1 (keep going), 0 (Enter: the line is complete) or a
// control character (Ctrl-A..E on an empty line, Ctrl-C on any line) for the caller to act on.
class LineEditor {
   public:
    void begin(Buf* line, const char* prompt);  // prints the prompt and the auto-indent
    int feed(int c);

   private:
    enum Esc : uint8_t { esc_none, esc_esc, esc_bracket, esc_bracket_digit, esc_o };
    void auto_indent();
    void push_history();
    Buf* line_ = nullptr;
    const char* prompt_ = "";
    size_t orig_len_ = 0;  // where this line starts in *line_
    size_t cursor_ = 0;    // absolute position in *line_
    int hist_cur_ = -1;
    Esc esc_ = esc_none;
    char esc_digit_ = 0;
};

// Reads one line through the serial HAL: LineEditor::feed until it returns >= 0, or line_eof.
int readline(Buf* line, const char* prompt);

// TAB completion over __main__ and attribute chains ("a.b.c"). Returns the number of bytes to insert
// (*insert points at them), 0 for no match, or SIZE_MAX after printing several matches.
size_t autocomplete(const char* str, size_t len, const char** insert);

// Raw and cooked output helpers shared by the REPL files.
void out(const char* s);
void out_n(const char* s, size_t n);

}  // namespace shell
