// The REPL's line editor: MicroPython 1.9.2's readline (no VT100 escapes: \b and spaces only), 8 lines
// of history, auto-indent, emacs keys. Output goes raw to the serial line, as on the micro:bit.
#include "shell/readline.hpp"

#include <cstring>

#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/runtime.hpp"

namespace shell {

using namespace core;

namespace {
// Heap pointers kept between lines: registered as a GC root range after every core::init.
struct Roots {
    char* history[history_size];  // NUL-terminated, most recent first
};
Roots roots;

char* dup_line(const char* s, size_t n) {
    auto* p = static_cast<char*>(alloc_raw(n + 1));
    if (!p) {
        take_exception();  // no memory for history: just don't keep the line
        return nullptr;
    }
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void cursor_back(size_t n) {
    while (n--) out_n("\b", 1);
}
void erase_from_cursor(size_t n) {  // spaces over the old tail, then back
    for (size_t i = 0; i < n; ++i) out_n(" ", 1);
    cursor_back(n);
}
}  // namespace

void out(const char* s) { hal::serial_write(s, strlen(s)); }
void out_n(const char* s, size_t n) { hal::serial_write(s, n); }

// ---- Buf ----------------------------------------------------------------------------------------------

bool Buf::reserve(size_t n) {
    if (n + 1 <= cap) return true;  // +1: room for c_str()'s NUL
    size_t want = cap ? cap : 32;
    while (want < n + 1) want *= 2;
    void* p = data ? realloc_raw(data, want) : alloc_raw(want);
    if (!p) {
        take_exception();
        return false;
    }
    data = static_cast<char*>(p);
    cap = want;
    return true;
}

bool Buf::append(const char* s, size_t n) {
    if (!reserve(len + n)) return false;
    memcpy(data + len, s, n);
    len += n;
    return true;
}

bool Buf::insert(size_t pos, char c) {
    if (!reserve(len + 1)) return false;
    memmove(data + pos + 1, data + pos, len - pos);
    data[pos] = c;
    ++len;
    return true;
}

void Buf::cut(size_t pos, size_t n) {
    if (pos >= len) return;
    if (n > len - pos) n = len - pos;
    memmove(data + pos, data + pos + n, len - pos - n);
    len -= n;
}

const char* Buf::c_str() {
    if (!reserve(len)) return "";
    data[len] = 0;
    return data;
}

// ---- history ------------------------------------------------------------------------------------------

void readline_init0() {
    memset(&roots, 0, sizeof roots);
    gc::add_root(&roots, sizeof roots);
}

void LineEditor::push_history() {
    const char* s = line_->c_str() + orig_len_;
    size_t n = line_->len - orig_len_;
    if (n == 0 || (roots.history[0] && strcmp(roots.history[0], s) == 0)) return;
    char* copy = dup_line(s, n);
    if (!copy) return;
    for (int i = history_size - 1; i > 0; --i) roots.history[i] = roots.history[i - 1];
    roots.history[0] = copy;
}

// ---- editing ------------------------------------------------------------------------------------------

void LineEditor::begin(Buf* line, const char* prompt) {
    line_ = line;
    prompt_ = prompt;
    orig_len_ = cursor_ = line->len;
    hist_cur_ = -1;
    esc_ = esc_none;
    out(prompt);
    auto_indent();
}

// A continuation line starts indented like the previous one, plus 4 after a ':'; not when the last
// two lines were blank (that is how a block is closed).
void LineEditor::auto_indent() {
    Buf& l = *line_;
    if (l.len < 2 || l.data[l.len - 1] != '\n') return;
    size_t i = l.len - 1;
    while (i > 0 && l.data[i - 1] != '\n') --i;
    size_t j = i;
    while (j < l.len && l.data[j] == ' ') ++j;
    if (i > 0 && j + 1 == l.len) {  // the previous line is all spaces: look at the one before
        for (size_t k = i - 1; k > 0; --k) {
            if (l.data[k - 1] == '\n') return;
            if (l.data[k - 1] != ' ') break;
        }
    }
    int n = int((j - i) / 4);
    if (l.data[l.len - 2] == ':') ++n;
    while (n-- > 0) {
        if (!l.append("    ", 4)) return;
        out_n("    ", 4);
        cursor_ += 4;
    }
}

int LineEditor::feed(int c) {
    Buf& l = *line_;
    size_t last_len = l.len;
    size_t step_back = 0, step_forward = 0;
    bool redraw = false;
    enum { k_none, k_home, k_end, k_delete, k_left, k_right, k_up, k_down } key = k_none;

    if (esc_ == esc_none) {
        if (c >= key_ctrl_a && c <= key_ctrl_e && l.len == orig_len_) return c;  // empty line: a command
        switch (c) {
            case 1: key = k_home; break;
            case 2: key = k_left; break;
            case 3: return c;  // cancel the line
            case 4: key = k_delete; break;
            case 5: key = k_end; break;
            case 6: key = k_right; break;
            case 11:  // Ctrl-K: kill to end of line
                l.cut(cursor_, last_len - cursor_);
                redraw = true;
                break;
            case 14: key = k_down; break;
            case 16: key = k_up; break;
            case 21:  // Ctrl-U: kill from start of line to the cursor
                l.cut(orig_len_, cursor_ - orig_len_);
                step_back = cursor_ - orig_len_;
                redraw = true;
                break;
            case '\r':
                out("\r\n");
                push_history();
                return 0;
            case 27: esc_ = esc_esc; break;
            case 8:
            case 127:
                if (cursor_ > orig_len_) {
                    // Over auto-indent (only spaces before the cursor, 4 or more) remove 4 at a time.
                    size_t nspace = 0;
                    for (size_t i = orig_len_; i < cursor_; ++i) {
                        if (l.data[i] != ' ') {
                            nspace = 0;
                            break;
                        }
                        ++nspace;
                    }
                    nspace = nspace < 4 ? 1 : 4;
                    l.cut(cursor_ - nspace, nspace);
                    step_back = nspace;
                    redraw = true;
                }
                break;
            case 9: {
                const char* ins = nullptr;
                size_t n = autocomplete(l.data + orig_len_, cursor_ - orig_len_, &ins);
                if (n == SIZE_MAX) {  // several matches were listed: draw the line again
                    out(prompt_);
                    out_n(l.data + orig_len_, cursor_ - orig_len_);
                    redraw = true;
                } else if (n > 0) {
                    size_t done = 0;
                    while (done < n && l.insert(cursor_ + done, ins[done])) ++done;
                    redraw = true;
                    step_forward = done;
                }
                break;
            }
            default:
                if (c >= 32 && c <= 126 && l.insert(cursor_, char(c))) {
                    redraw = true;
                    step_forward = 1;
                }
        }
    } else if (esc_ == esc_esc) {
        esc_ = c == '[' ? esc_bracket : c == 'O' ? esc_o : esc_none;
    } else if (esc_ == esc_bracket) {
        if (c >= '0' && c <= '9') {
            esc_ = esc_bracket_digit;
            esc_digit_ = char(c);
        } else {
            esc_ = esc_none;
            key = c == 'A'   ? k_up
                  : c == 'B' ? k_down
                  : c == 'C' ? k_right
                  : c == 'D' ? k_left
                  : c == 'H' ? k_home
                  : c == 'F' ? k_end
                             : k_none;
        }
    } else if (esc_ == esc_bracket_digit) {
        if (c == '~') {
            key = (esc_digit_ == '1' || esc_digit_ == '7')   ? k_home
                  : (esc_digit_ == '4' || esc_digit_ == '8') ? k_end
                  : esc_digit_ == '3'                        ? k_delete
                                                             : k_none;
        }
        esc_ = esc_none;
    } else {  // esc_o
        key = c == 'H' ? k_home : c == 'F' ? k_end : k_none;
        esc_ = esc_none;
    }

    switch (key) {
        case k_none: break;
        case k_home: step_back = cursor_ - orig_len_; break;
        case k_end: step_forward = l.len - cursor_; break;
        case k_left:
            if (cursor_ > orig_len_) step_back = 1;
            break;
        case k_right:
            if (cursor_ < l.len) step_forward = 1;
            break;
        case k_delete:
            if (cursor_ < l.len) {
                l.cut(cursor_, 1);
                redraw = true;
            }
            break;
        case k_up:
        case k_down: {
            // Older (up) or newer (down) history; below the newest entry is the empty line.
            int to = key == k_up ? hist_cur_ + 1 : hist_cur_ - 1;
            if (key == k_up ? !(to < history_size && roots.history[to]) : hist_cur_ < 0) break;
            hist_cur_ = to;
            l.len = orig_len_;
            if (to >= 0) l.append(roots.history[to], strlen(roots.history[to]));
            step_back = cursor_ - orig_len_;
            redraw = true;
            step_forward = l.len - orig_len_;
            break;
        }
    }

    // Redraw with the fewest bytes: back up, rewrite the tail, erase leftovers, put the cursor back.
    if (step_back > 0) {
        cursor_back(step_back);
        cursor_ -= step_back;
    }
    if (redraw) {
        if (l.len < last_len) erase_from_cursor(last_len - cursor_);
        out_n(l.data + cursor_, l.len - cursor_);
        cursor_back(l.len - (cursor_ + step_forward));
        cursor_ += step_forward;
    } else if (step_forward > 0) {
        out_n(l.data + cursor_, step_forward);
        cursor_ += step_forward;
    }
    return -1;
}

int readline(Buf* line, const char* prompt) {
    LineEditor ed;
    ed.begin(line, prompt);
    for (;;) {
        int c = hal::serial_read_wait();
        if (c < 0) return line_eof;
        int r = ed.feed(c);
        if (r >= 0) return r;
    }
}

}  // namespace shell
