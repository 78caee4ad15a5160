// microbit.display: LED frames, show/scroll as background animations timed in board time, pixels, on/off.
#include <string.h>

#include "board/image.hpp"
#include "board/hal.hpp"
#include "core/hal.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_module.hpp"

namespace board {
using namespace core;

void display_refresh() {
    uint8_t leds[25] = {};
    if (state.display_on) memcpy(leds, state.image, 25);
    if (memcmp(leds, state.shown, 25) == 0) return;
    memcpy(state.shown, leds, 25);
    hal::display_set(leds);
    char text[30];  // 5 rows of 5 digits, ':' between rows
    size_t n = 0;
    for (int y = 0; y < 5; ++y) {
        if (y) text[n++] = ':';
        for (int x = 0; x < 5; ++x) text[n++] = char('0' + leds[y * 5 + x]);
    }
    Trace().str("display", {text, n}).send();
}

void display_store(const uint8_t* img) {
    memcpy(state.image, img, 25);
    display_refresh();
}

void stop_animation() {
    state.anim_active = false;
    roots.anim_source = Value();
    roots.anim_iter = Value();
}

// The firmware's glyph width when scrolling: up to the rightmost lit column among 2, 3, 4.
static int glyph_width(uint32_t g) {
    uint32_t cols = glyph_columns(g);
    return (cols & 16) ? 5 : (cols & 8) ? 4 : 3;
}

// One scroll step: shifts the frame left and brings in the next column. False when the text is done.
static bool scroll_step() {
    const Str* text = roots.anim_source.as<Str>();
    uint8_t col[5] = {};
    if (state.scroll_pos < text->len) {
        uint32_t g = font_glyph(uint8_t(text->data[state.scroll_pos]));
        int width = state.anim_mono ? 5 : glyph_width(g);
        if (state.scroll_col < width) {
            for (int y = 0; y < 5; ++y) col[y] = (g >> (y * 5 + state.scroll_col)) & 1 ? 9 : 0;
            ++state.scroll_col;
        } else {  // the blank column between characters
            state.scroll_col = 0;
            ++state.scroll_pos;
            // As the firmware: a next glyph whose left column is blank uses that column as the gap.
            if (!state.anim_mono && state.scroll_pos < text->len) {
                if (!(glyph_columns(font_glyph(uint8_t(text->data[state.scroll_pos]))) & 1))
                    state.scroll_col = 1;
            }
        }
    } else if (state.scroll_tail > 0) {
        --state.scroll_tail;
    } else if (state.anim_loop) {
        state.scroll_pos = 0;
        state.scroll_tail = 4;
        return scroll_step();
    } else {
        return false;
    }
    uint8_t* frame = state.scroll_frame;  // the scroll's own image, blank at the start (as the device's)
    for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 4; ++x) frame[y * 5 + x] = frame[y * 5 + x + 1];
        frame[y * 5 + 4] = col[y];
    }
    display_store(frame);  // copied: the scroll keeps its own
    return true;
}

static bool show_item(Value item) {
    if (is_str(item) && as_str(item)->len == 1) item = image_for_char(uint8_t(as_str(item)->data[0]));
    if (!item) return false;
    if (!is_image(item)) return raise_type_error("not an image"_msg), false;
    uint8_t leds[25];
    image_to_leds(item.as<ImageObj>(), leds);
    display_store(leds);
    return true;
}

// One animation step; false when it ended (an error is kept for wait_animation).
static bool anim_step() {
    if (state.anim_is_scroll) return scroll_step();
    Value item = iter_next(roots.anim_iter);
    if (item == stop_marker() && state.anim_loop) {
        Value it = get_iter(roots.anim_source);
        if (!it) return roots.anim_error = take_exception(), false;
        roots.anim_iter = it;
        item = iter_next(it);
    }
    if (!item) return roots.anim_error = take_exception(), false;
    if (item == stop_marker()) {
        if (!state.anim_clear || state.anim_cleared) return false;
        state.anim_cleared = true;
        uint8_t blank[25] = {};
        display_store(blank);
        return true;
    }
    if (!show_item(item)) return roots.anim_error = take_exception(), false;
    return true;
}

void animation_tick(uint32_t now_ms) {
    while (state.anim_active && now_ms >= state.anim_next) {
        state.anim_next += state.anim_delay;
        if (!anim_step()) stop_animation();
    }
}

static void start(uint32_t delay, bool clear, bool loop) {
    uint32_t now = hal::ticks_ms();  // before going active: reading the clock may run the ticker
    state.anim_active = true;
    state.anim_delay = delay ? delay : 1;  // a zero delay would never let board time pass
    state.anim_clear = clear;
    state.anim_loop = loop;
    state.anim_cleared = false;
    roots.anim_error = Value();
    state.now_ms = now;
    state.anim_next = now + state.anim_delay;
    if (!anim_step()) stop_animation();
}

bool animate(Value iterable, uint32_t delay, bool clear, bool loop) {
    stop_animation();
    Value it = get_iter(iterable);
    if (!it) return false;
    roots.anim_source = iterable;
    roots.anim_iter = it;
    state.anim_is_scroll = false;
    start(delay, clear, loop);
    return true;
}

bool scroll(Value text, uint32_t delay, bool loop, bool monospace) {
    stop_animation();
    roots.anim_source = text;
    state.anim_is_scroll = true;
    state.anim_mono = monospace;
    state.scroll_pos = 0;
    state.scroll_col = 0;
    state.scroll_tail = 4;
    for (uint8_t& p : state.scroll_frame) p = 0;
    start(delay, false, loop);
    return true;
}

bool wait_animation() {
    while (state.anim_active && !core::state.interrupt) {
        uint32_t now = hal::ticks_ms();
        uint32_t wait = next_deadline(now);
        hal::sleep_ms(wait ? wait : 1);
    }
    if (core::state.interrupt) stop_animation();
    Value err = roots.anim_error;
    roots.anim_error = Value();
    if (err) return raise_value(err), false;
    return true;
}

void scroll_error(Value exc) {
    StrBuilder sb;
    Printer p = sb.printer();
    auto* e = exc.as<ExceptionObj>();
    if (e->tb_len > 0) p.printf("line %d ", int(e->tb[1]));
    p.write(type_of(exc)->name->view());
    StrBuilder msg;
    Printer mp = msg.printer();
    if (e->args && e->args->len > 0) {
        print_value(mp, exc, PrintKind::Str);
        if (core::pending()) take_exception();
    }
    if (msg.size()) p.put(' '), p.write(std::string_view(msg.data(), msg.size()));
    Value text = sb.finish();
    if (!text) return (void)take_exception();
    scroll(text, 150, false, false);
    if (!wait_animation()) take_exception();
}

}  // namespace board
