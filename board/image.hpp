// microbit.Image: the image object shared by the display and the other board modules.
#pragma once
#include "board/board.hpp"

namespace board {

struct ImageObj : core::Obj {
    uint16_t width, height;
    // The built-in images (5x5, brightness 0 or 9 only): bit i set = pixel i at 9, and image_builtin; 0 in
    // heap images. The flag in a spare bit instead of a field of its own: 12 bytes an image, not 16.
    uint32_t lit;
    uint8_t pixels[];  // heap images: width*height brightnesses 0..9, row-major
    bool readonly() const { return lit & image_builtin; }  // a built-in (TypeError on any change)
    static constexpr uint32_t image_builtin = 1u << 31;
};

extern const core::Type image_type;
inline bool is_image(core::Value v) { return v.is_obj() && v.obj()->type == &image_type; }
ImageObj* image_new(int width, int height);  // blank; null with MemoryError pending
inline int image_get(const ImageObj* im, int x, int y) {
    size_t i = size_t(y) * im->width + size_t(x);
    return im->readonly() ? int(im->lit >> i & 1) * 9 : im->pixels[i];
}
inline void image_set(ImageObj* im, int x, int y, int v) {
    im->pixels[size_t(y) * im->width + size_t(x)] = uint8_t(v);
}
// Pixel (x, y), 0 outside the image.
int image_get_clipped(const ImageObj* im, int x, int y);
core::Value image_for_char(uint32_t ch);  // a new image of the font glyph
// The 5x5 top-left of an image as 25 brightnesses (what display.show puts on the LEDs).
void image_to_leds(const ImageObj* im, uint8_t* leds);

}  // namespace board
