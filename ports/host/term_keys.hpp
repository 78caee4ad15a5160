// The board's keys at a terminal: Alt+letter (ESC then the letter), Alt+arrows and Ctrl-], picked out of
// the bytes typed, so that everything else reaches the board's serial line unchanged.
#pragma once
#include <stdint.h>

#include <string>

namespace host::keys {

enum class Action : uint8_t {
    None,
    ButtonA,   // Alt-a
    ButtonB,   // Alt-b
    Both,      // Alt-c
    Shake,     // Alt-s
    Flat,      // Alt-f: face up, level
    TiltUp,    // Alt-Up (and Alt-Down, Alt-Left, Alt-Right)
    TiltDown,  //
    TiltLeft,  //
    TiltRight,
    Colder,   // Alt-t
    Warmer,   // Alt-T
    Darker,   // Alt-l
    Lighter,  // Alt-L
    Leave,    // Ctrl-]: mbpy ends (as mpremote's and telnet's escape key)
};

// Byte-at-a-time decoder (the reader thread feeds it). MicroPython's line editor ignores ESC followed by a
// letter and would type the digits of a modified arrow key, so none of these keys is one a person types
// at the prompt. With `board_keys` off (no panel to show them) only Ctrl-] is taken.
class Decoder {
   public:
    explicit Decoder(bool board_keys) : board_keys_(board_keys) {}
    // Appends the bytes meant for the serial line to `serial`; returns the key's action, if one ended.
    Action feed(uint8_t c, std::string* serial);

   private:
    enum class State : uint8_t { Plain, Esc, EscEsc, Csi };
    Action csi_end(uint8_t final_byte, std::string* serial);
    bool board_keys_;
    State state_ = State::Plain;
    bool alt_ = false;  // ESC ESC [: the rxvt form of Alt+arrow
    std::string held_;  // an escape sequence not yet known to be a key
};

}  // namespace host::keys
