// microbit.Image: constructors, pixels, shifts, crop/blit, arithmetic, repr/str as the device prints them.
#include "board/image.hpp"

#include "core/names.hpp"
#include "core/numbers.hpp"
#include "core/obj_containers.hpp"

namespace board {
using namespace core;

ImageObj* image_new(int width, int height) {
    if (width < 0 || height < 0) {
        raise_value_error("image dimensions must be positive"_msg);
        return nullptr;
    }
    if (width > 0xFFFF || height > 0xFFFF) {  // the sizes are 16-bit fields (and no heap holds more)
        raise_memory_error();
        return nullptr;
    }
    auto* im = alloc<ImageObj>(&image_type, size_t(width) * size_t(height));
    if (!im) return nullptr;
    im->width = uint16_t(width);
    im->height = uint16_t(height);
    return im;
}

int image_get_clipped(const ImageObj* im, int x, int y) {
    if (x < 0 || y < 0 || x >= im->width || y >= im->height) return 0;
    return image_get(im, x, y);
}

Value image_for_char(uint32_t ch) {
    ImageObj* im = image_new(5, 5);
    if (!im) return {};
    uint32_t g = font_glyph(ch);
    for (int i = 0; i < 25; ++i) im->pixels[i] = uint8_t((g >> i & 1) * 9);
    return Value(im);
}

void image_to_leds(const ImageObj* im, uint8_t* leds) {
    for (int y = 0; y < 5; ++y)
        for (int x = 0; x < 5; ++x) leds[y * 5 + x] = uint8_t(image_get_clipped(im, x, y));
}

// Image('09090:99999:...'): rows split by ':' or newline, a trailing separator ends the last row;
// short rows are padded with 0, a space is 0.
static Value image_from_string(const Str* s) {
    std::string_view t = s->view();
    if (t.size() == 1) return image_for_char(uint8_t(t[0]));
    int width = 0, height = 0, row = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == ':' || c == '\n') {
            ++height;
            row = 0;
        } else if ((c >= '0' && c <= '9') || c == ' ') {
            if (++row > width) width = row;
        } else {
            return raise_value_error("unexpected character in Image definition"_msg);
        }
    }
    if (row > 0) ++height;
    ImageObj* im = image_new(width, height);
    if (!im) return {};
    int x = 0, y = 0;
    for (char c : t) {
        if (c == ':' || c == '\n') {
            ++y;
            x = 0;
        } else {
            image_set(im, x++, y, c == ' ' ? 0 : c - '0');
        }
    }
    return Value(im);
}

// Coordinates, sizes and shifts. Far beyond any image's size they all act alike, so they are clamped:
// sums of two of them stay inside int.
static bool arg_int(Value v, int* out) {
    constexpr intptr_t far = intptr_t(1) << 24;
    intptr_t i;
    if (!to_intptr(v, &i)) return false;
    *out = int(i > far ? far : i < -far ? -far : i);
    return true;
}

static Value image_make_new(const Type*, const Args& a) {
    if (a.n_kw) return raise_type_error("function doesn't take keyword arguments"_msg);
    if (a.n_pos > 3)
        return raise_type_error("function expected at most 3 arguments, got %d"_msg, int(a.n_pos));
    if (a.n_pos == 0) return Value(image_new(5, 5));
    if (a.n_pos == 1) {
        if (!is_str(a.pos[0])) return raise_type_error("Image(s) takes a string"_msg);
        return image_from_string(as_str(a.pos[0]));
    }
    int w, h;
    if (!arg_int(a.pos[0], &w) || !arg_int(a.pos[1], &h)) return {};
    ImageObj* im = image_new(w, h);
    if (!im) return {};
    if (a.n_pos == 3) {
        Value buf = a.pos[2];
        if (!is_type(buf, &bytes_type) && !is_type(buf, &bytearray_type))
            return raise_type_error("object with buffer protocol required"_msg);
        // bytes and bytearray both start with the Str-like layout for their data (see obj_bytes.cpp).
        size_t n = 0;
        if (!len(buf, &n)) return {};
        if (n != size_t(w) * size_t(h)) return raise_value_error("image data is incorrect size"_msg);
        for (size_t i = 0; i < n; ++i) {
            Value item = subscr_load(buf, Value::small(intptr_t(i)));
            if (!item) return {};
            intptr_t b = item.small_value();
            im->pixels[i] = uint8_t(b > 9 ? 9 : b);
        }
    }
    return Value(im);
}

static bool image_print(Printer& out, Value self, PrintKind kind) {
    const ImageObj* im = self.as<ImageObj>();
    out.write(kind == PrintKind::Repr ? "Image('" : "Image(\n");
    for (int y = 0; y < im->height; ++y) {
        if (kind == PrintKind::Str) out.write("    '");
        for (int x = 0; x < im->width; ++x) out.put(char('0' + image_get(im, x, y)));
        out.put(':');
        if (kind == PrintKind::Str) out.write("'\n");
    }
    out.write(kind == PrintKind::Repr ? "')" : ")");
    return true;
}

static bool writable(const ImageObj* im) {
    if (!im->readonly()) return true;
    raise_type_error("image cannot be modified (try copying first)"_msg);
    return false;
}

static bool check_brightness(int v) {
    if (v >= 0 && v <= 9) return true;
    raise_value_error("brightness out of bounds"_msg);
    return false;
}

static bool check_xy(const ImageObj* im, int x, int y) {
    if (x < 0 || y < 0) return raise_value_error("index cannot be negative"_msg), false;
    if (x >= im->width || y >= im->height) return raise_value_error("index too large"_msg), false;
    return true;
}

// Copies the w x h window at (x, y) of src into dst at (xdest, ydest); outside src reads as 0. Each axis
// runs away from the direction of the move, as the firmware's: an image blitted onto itself with
// overlapping windows reads every pixel before the copy overwrites it (the window moves whole).
static void blit(const ImageObj* src, ImageObj* dst, int x, int y, int w, int h, int xdest, int ydest) {
    // Only the part that lands on dst: w and h may be far larger than any image.
    int i0 = xdest < 0 ? -xdest : 0, j0 = ydest < 0 ? -ydest : 0;
    int i1 = w < dst->width - xdest ? w : dst->width - xdest;
    int j1 = h < dst->height - ydest ? h : dst->height - ydest;
    for (int jj = 0; jj < j1 - j0; ++jj)
        for (int ii = 0; ii < i1 - i0; ++ii) {
            int i = x > xdest ? i0 + ii : i1 - 1 - ii, j = y > ydest ? j0 + jj : j1 - 1 - jj;
            image_set(dst, xdest + i, ydest + j, image_get_clipped(src, x + i, y + j));
        }
}

static Value crop(const ImageObj* im, int x, int y, int w, int h) {
    ImageObj* out = image_new(w < 0 ? 0 : w, h < 0 ? 0 : h);
    if (!out) return {};
    blit(im, out, x, y, out->width, out->height, 0, 0);
    return Value(out);
}

static ImageObj* self_of(const Args& a) { return a.pos[0].as<ImageObj>(); }

static Value m_width(const Args& a) { return Value::small(self_of(a)->width); }
static Value m_height(const Args& a) { return Value::small(self_of(a)->height); }
static Value m_get_pixel(const Args& a) {
    int x, y;
    if (!arg_int(a.pos[1], &x) || !arg_int(a.pos[2], &y) || !check_xy(self_of(a), x, y)) return {};
    return Value::small(image_get(self_of(a), x, y));
}
static Value m_set_pixel(const Args& a) {
    int x, y, v;
    ImageObj* im = self_of(a);
    if (!writable(im) || !arg_int(a.pos[1], &x) || !arg_int(a.pos[2], &y) || !arg_int(a.pos[3], &v))
        return {};
    if (!check_xy(im, x, y) || !check_brightness(v)) return {};
    image_set(im, x, y, v);
    return none();
}
// The firmware shifts through crop(dx, dy, width, width): non-square images come back width x width.
static Value shift(const Args& a, int sx, int sy) {
    int n;
    if (!arg_int(a.pos[1], &n)) return {};
    const ImageObj* im = self_of(a);
    return crop(im, sx * n, sy * n, im->width, im->width);
}
static Value m_shift_left(const Args& a) { return shift(a, 1, 0); }
static Value m_shift_right(const Args& a) { return shift(a, -1, 0); }
static Value m_shift_up(const Args& a) { return shift(a, 0, 1); }
static Value m_shift_down(const Args& a) { return shift(a, 0, -1); }
static Value m_copy(const Args& a) {
    const ImageObj* im = self_of(a);
    return crop(im, 0, 0, im->width, im->height);
}
static Value m_crop(const Args& a) {
    int v[4];
    for (int i = 0; i < 4; ++i)
        if (!arg_int(a.pos[i + 1], &v[i])) return {};
    return crop(self_of(a), v[0], v[1], v[2], v[3]);
}
static Value m_invert(const Args& a) {
    const ImageObj* im = self_of(a);
    ImageObj* out = image_new(im->width, im->height);
    if (!out) return {};
    for (int y = 0; y < im->height; ++y)
        for (int x = 0; x < im->width; ++x) image_set(out, x, y, 9 - image_get(im, x, y));
    return Value(out);
}
static Value m_fill(const Args& a) {
    int v;
    ImageObj* im = self_of(a);
    if (!writable(im) || !arg_int(a.pos[1], &v) || !check_brightness(v)) return {};
    for (size_t i = 0; i < size_t(im->width) * im->height; ++i) im->pixels[i] = uint8_t(v);
    return none();
}
static Value m_blit(const Args& a) {
    ImageObj* im = self_of(a);
    if (!writable(im)) return {};
    if (!is_image(a.pos[1])) return raise_type_error("expecting an image"_msg);
    int v[6] = {0, 0, 0, 0, 0, 0};
    for (size_t i = 2; i < a.n_pos; ++i)
        if (!arg_int(a.pos[i], &v[i - 2])) return {};
    if (v[2] < 0) v[2] = 0;
    if (v[3] < 0) v[3] = 0;
    blit(a.pos[1].as<ImageObj>(), im, v[0], v[1], v[2], v[3], v[4], v[5]);
    return none();
}

static Value image_binary(BinaryOp op, Value lhs, Value rhs) {
    const ImageObj* a = lhs.as<ImageObj>();
    if (op == BinaryOp::Mul || op == BinaryOp::InplaceMul) {
        if (!is_int(rhs) && !is_type(rhs, &float_type))
            return raise_type_error("can't convert %T to float"_msg, rhs);
        Float f;
        if (!to_float(rhs, &f)) return {};
        if (f < 0) return raise_value_error("brightness multiplier must not be negative"_msg);
        ImageObj* out = image_new(a->width, a->height);
        if (!out) return {};
        for (int y = 0; y < a->height; ++y)
            for (int x = 0; x < a->width; ++x) {
                Float v = Float(image_get(a, x, y)) * f + Float(0.5);
                image_set(out, x, y, v >= 9 ? 9 : int(v));
            }
        return Value(out);
    }
    bool add = op == BinaryOp::Add || op == BinaryOp::InplaceAdd;
    bool sub = op == BinaryOp::Sub || op == BinaryOp::InplaceSub;
    if ((!add && !sub) || !is_image(rhs)) return not_implemented();
    const ImageObj* b = rhs.as<ImageObj>();
    if (a->width != b->width || a->height != b->height)
        return raise_value_error("images must be the same size"_msg);
    ImageObj* out = image_new(a->width, a->height);
    if (!out) return {};
    for (int y = 0; y < a->height; ++y)
        for (int x = 0; x < a->width; ++x) {
            int v = image_get(a, x, y) + (add ? 1 : -1) * image_get(b, x, y);
            image_set(out, x, y, v < 0 ? 0 : v > 9 ? 9 : v);
        }
    return Value(out);
}

extern const NativeFunction image_f_width = core::native(q_width, m_width, 1, 1);
extern const NativeFunction image_f_height = core::native(q_height, m_height, 1, 1);
extern const NativeFunction image_f_get_pixel = core::native(q_get_pixel, m_get_pixel, 3, 3);
extern const NativeFunction image_f_set_pixel = core::native(q_set_pixel, m_set_pixel, 4, 4);
extern const NativeFunction image_f_shift_left = core::native(q_shift_left, m_shift_left, 2, 2);
extern const NativeFunction image_f_shift_right = core::native(q_shift_right, m_shift_right, 2, 2);
extern const NativeFunction image_f_shift_up = core::native(q_shift_up, m_shift_up, 2, 2);
extern const NativeFunction image_f_shift_down = core::native(q_shift_down, m_shift_down, 2, 2);
extern const NativeFunction image_f_copy = core::native(q_copy, m_copy, 1, 1);
extern const NativeFunction image_f_crop = core::native(q_crop, m_crop, 5, 5);
extern const NativeFunction image_f_invert = core::native(q_invert, m_invert, 1, 1);
extern const NativeFunction image_f_fill = core::native(q_fill, m_fill, 2, 2);
extern const NativeFunction image_f_blit = core::native(q_blit, m_blit, 6, 8);

extern const AttrTable image_locals;
const Type image_type = core::builtin_type({.name = &q_MicroBitImage,
                                            .flags = type_flag_eq_identity,
                                            .make_new = image_make_new,
                                            .print = image_print,
                                            .binary_op = image_binary,
                                            .locals = &image_locals});

}  // namespace board
