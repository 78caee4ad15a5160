// Picks the board's keys out of the bytes typed at a terminal (see term_keys.hpp for the key table).
#include "ports/host/term_keys.hpp"

namespace host::keys {

namespace {

constexpr uint8_t kEsc = 0x1b;
constexpr uint8_t kLeave = 0x1d;  // Ctrl-]
// A CSI sequence longer than this is no key of ours (Alt+arrow is ESC [ 1 ; 3 A).
constexpr size_t kMaxHeld = 12;

Action letter_action(uint8_t c) {
    switch (c) {
        case 'a': return Action::ButtonA;
        case 'b': return Action::ButtonB;
        case 'c': return Action::Both;
        case 's': return Action::Shake;
        case 'f': return Action::Flat;
        case 't': return Action::Colder;
        case 'T': return Action::Warmer;
        case 'l': return Action::Darker;
        case 'L': return Action::Lighter;
        default: return Action::None;
    }
}

Action arrow_action(uint8_t c) {
    switch (c) {
        case 'A': return Action::TiltUp;
        case 'B': return Action::TiltDown;
        case 'C': return Action::TiltRight;
        case 'D': return Action::TiltLeft;
        default: return Action::None;
    }
}

}  // namespace

Action Decoder::csi_end(uint8_t final_byte, std::string* serial) {
    // held_ is "ESC [ params" (or "ESC ESC [ params"); xterm's modifier 3 is Alt.
    std::string params = held_.substr(alt_ ? 3 : 2);
    Action a = arrow_action(final_byte);
    bool alt = (alt_ && params.empty()) || params == "1;3";
    state_ = State::Plain;
    if (a != Action::None && alt) {
        held_.clear();
        return a;
    }
    serial->append(held_);  // an editing key (arrows, Home, Delete ...): the line editor's business
    serial->push_back(char(final_byte));
    held_.clear();
    return Action::None;
}

Action Decoder::feed(uint8_t c, std::string* serial) {
    switch (state_) {
        case State::Plain:
            if (c == kLeave) return Action::Leave;
            if (c == kEsc && board_keys_) {
                state_ = State::Esc;
                held_.assign(1, char(c));
                return Action::None;
            }
            serial->push_back(char(c));
            return Action::None;
        case State::Esc:
            if (Action a = letter_action(c); a != Action::None) {
                state_ = State::Plain;
                held_.clear();
                return a;
            }
            if (c == '[') {
                state_ = State::Csi;
                alt_ = false;
                held_.push_back(char(c));
                return Action::None;
            }
            if (c == kEsc) {
                state_ = State::EscEsc;
                held_.push_back(char(c));
                return Action::None;
            }
            serial->append(held_);  // ESC and a byte that is no key of ours: both go on as typed
            held_.clear();
            state_ = State::Plain;
            return feed(c, serial);
        case State::EscEsc:
            if (c == '[') {
                state_ = State::Csi;
                alt_ = true;
                held_.push_back(char(c));
                return Action::None;
            }
            serial->push_back(char(kEsc));  // the first ESC goes on; the second may start a key
            held_.assign(1, char(kEsc));
            state_ = State::Esc;
            return feed(c, serial);
        case State::Csi:
            if (c >= 0x40 && c <= 0x7e) return csi_end(c, serial);
            if (c >= 0x20 && c <= 0x3f && held_.size() < kMaxHeld) {
                held_.push_back(char(c));
                return Action::None;
            }
            serial->append(held_);  // not a well-formed sequence: everything goes on as typed
            held_.clear();
            state_ = State::Plain;
            return feed(c, serial);
    }
    return Action::None;
}

}  // namespace host::keys
