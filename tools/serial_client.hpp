// A client for a micro:bit's raw REPL over a serial port (a real board or `mbpy --pty`), as microfs and
// pyboard.py speak it (spec 4.3, 4.5, 4.6), with raw-paste flow control when the board offers it.
#pragma once
#include <stdexcept>
#include <cstddef>
#include <string>

namespace tools {

// The board did not answer, or answered something the protocol does not allow.
struct BoardError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class SerialClient {
   public:
    explicit SerialClient(const std::string& port);  // 115200 8N1, raw; throws BoardError
    ~SerialClient();
    SerialClient(const SerialClient&) = delete;
    SerialClient& operator=(const SerialClient&) = delete;

    // Interrupts whatever runs, enters the raw REPL and soft-resets there (a clean heap, no main.py).
    void enter_raw();
    // Runs `code` in the raw REPL. Returns stdout; the traceback text (empty if none) goes to *err.
    // `on_output`, if set, gets stdout bytes as they arrive (for `mbit fs run`).
    std::string exec(const std::string& code, std::string* err,
                     void (*on_output)(const std::string&) = nullptr);
    void exit_raw();  // back to the friendly REPL

    double timeout = 10.0;  // seconds of silence before the board counts as not answering

   private:
    void write(const std::string& data);
    // Both wait at most `timeout` seconds of silence; `what` names the awaited reply in the error.
    std::string read_until(const std::string& marker, const char* what,
                           void (*on_output)(const std::string&) = nullptr);
    std::string read_exact(size_t n, const char* what);
    void drain(double seconds);  // discard input until the line is quiet
    int fd_ = -1;
    int raw_paste_ = -1;  // -1 unknown, 0 unsupported (v1), 1 supported
};

// The last line of a traceback ("OSError: file not found"), for error messages.
std::string exception_line(const std::string& err);

}  // namespace tools
