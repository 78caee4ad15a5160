// The built-in images (read from the real firmware), ALL_CLOCKS/ALL_ARROWS and Image's attribute table.
#include "board/image.hpp"
#include "core/names.hpp"
#include "core/obj_containers.hpp"

namespace board {
using namespace core;

extern const NativeFunction image_f_width, image_f_height, image_f_get_pixel, image_f_set_pixel,
    image_f_shift_left, image_f_shift_right, image_f_shift_up, image_f_shift_down, image_f_copy, image_f_crop,
    image_f_invert, image_f_fill, image_f_blit;

// A built-in's 25 pixels, row-major as the firmware lists them, as ImageObj::lit's bits (with its flag);
// evaluated while compiling (consteval), where a digit other than 0 or 9 is an error (lit has no other
// brightness).
void not_0_or_9();
static consteval uint32_t lit_bits(const char (&d)[26]) {
    uint32_t bits = ImageObj::image_builtin;
    for (int i = 0; i < 25; ++i) {
        if (d[i] != '0' && d[i] != '9') not_0_or_9();
        bits |= uint32_t(d[i] == '9') << i;
    }
    return bits;
}
#define IMG(name, d) const ImageObj img_##name = {{&image_type}, 5, 5, lit_bits(d)};
IMG(HEART, "0909099999999990999000900")
IMG(HEART_SMALL, "0000009090099900090000000")
IMG(HAPPY, "0000009090000009000909990")
IMG(SMILE, "0000000000000009000909990")
IMG(SAD, "0000009090000000999090009")
IMG(CONFUSED, "0000009090000000909090909")
IMG(ANGRY, "9000909090000009999990909")
IMG(ASLEEP, "0000099099000000999000000")
IMG(SURPRISED, "0909000000009000909000900")
IMG(SILLY, "9000900000999990090900999")
IMG(FABULOUS, "9999999099000000909009990")
IMG(MEH, "0909000000000900090009000")
IMG(YES, "0000000009000909090009000")
IMG(NO, "9000909090009000909090009")
IMG(CLOCK12, "0090000900009000000000000")
IMG(CLOCK1, "0009000090009000000000000")
IMG(CLOCK2, "0000000099009000000000000")
IMG(CLOCK3, "0000000000009990000000000")
IMG(CLOCK4, "0000000000009000009900000")
IMG(CLOCK5, "0000000000009000009000090")
IMG(CLOCK6, "0000000000009000090000900")
IMG(CLOCK7, "0000000000009000900009000")
IMG(CLOCK8, "0000000000009009900000000")
IMG(CLOCK9, "0000000000999000000000000")
IMG(CLOCK10, "0000099000009000000000000")
IMG(CLOCK11, "0900009000009000000000000")
IMG(ARROW_N, "0090009990909090090000900")
IMG(ARROW_NE, "0099900099009090900090000")
IMG(ARROW_E, "0090000090999990009000900")
IMG(ARROW_SE, "9000009000009090009900999")
IMG(ARROW_S, "0090000900909090999000900")
IMG(ARROW_SW, "0000900090909009900099900")
IMG(ARROW_W, "0090009000999990900000900")
IMG(ARROW_NW, "9990099000909000009000009")
IMG(TRIANGLE, "0000000900090909999900000")
IMG(TRIANGLE_LEFT, "9000099000909009009099999")
IMG(CHESSBOARD, "0909090909090909090909090")
IMG(DIAMOND, "0090009090900090909000900")
IMG(DIAMOND_SMALL, "0000000900090900090000000")
IMG(SQUARE, "9999990009900099000999999")
IMG(SQUARE_SMALL, "0000009990090900999000000")
IMG(RABBIT, "9090090900999909909099990")
IMG(COW, "9000990009999990999000900")
IMG(MUSIC_CROTCHET, "0090000900009009990099900")
IMG(MUSIC_QUAVER, "0090000990009099990099900")
IMG(MUSIC_QUAVERS, "0999909009090099909999099")
IMG(PITCHFORK, "9090990909999990090000900")
IMG(XMAS, "0090009990009000999099999")
IMG(PACMAN, "0999999090999009999009999")
IMG(TARGET, "0090009990990990999000900")
IMG(TSHIRT, "9909999999099900999009990")
IMG(ROLLERSKATE, "0009900099999999999909090")
IMG(DUCK, "0990099900099990999000000")
IMG(HOUSE, "0090009990999990999009090")
IMG(TORTOISE, "0000009990999990909000000")
IMG(BUTTERFLY, "9909999999009009999999099")
IMG(STICKFIGURE, "0090099999009000909090009")
IMG(GHOST, "9999990909999999999990909")
IMG(SWORD, "0090000900009000999000900")
IMG(GIRAFFE, "9900009000090000999009090")
IMG(SKULL, "0999090909999990999009990")
IMG(UMBRELLA, "0999099999009009090009900")
IMG(SNAKE, "9900099099090900999000000")
#undef IMG

// Constant tuples with the layout of core::Tuple (len, then the items).
template <size_t N>
struct ConstTuple {
    Obj header;
    size_t len;
    Value items[N];
};
static MBPY_VALUE_CONSTINIT const ConstTuple<12> all_clocks = {
    {&tuple_type},
    12,
    {Value(&img_CLOCK12), Value(&img_CLOCK1), Value(&img_CLOCK2), Value(&img_CLOCK3), Value(&img_CLOCK4),
     Value(&img_CLOCK5), Value(&img_CLOCK6), Value(&img_CLOCK7), Value(&img_CLOCK8), Value(&img_CLOCK9),
     Value(&img_CLOCK10), Value(&img_CLOCK11)}};
static MBPY_VALUE_CONSTINIT const ConstTuple<8> all_arrows = {
    {&tuple_type},
    8,
    {Value(&img_ARROW_N), Value(&img_ARROW_NE), Value(&img_ARROW_E), Value(&img_ARROW_SE),
     Value(&img_ARROW_S), Value(&img_ARROW_SW), Value(&img_ARROW_W), Value(&img_ARROW_NW)}};

static const AttrEntry image_entries[] = {
    {&q_width, &image_f_width},
    {&q_height, &image_f_height},
    {&q_get_pixel, &image_f_get_pixel},
    {&q_set_pixel, &image_f_set_pixel},
    {&q_shift_left, &image_f_shift_left},
    {&q_shift_right, &image_f_shift_right},
    {&q_shift_up, &image_f_shift_up},
    {&q_shift_down, &image_f_shift_down},
    {&q_copy, &image_f_copy},
    {&q_crop, &image_f_crop},
    {&q_invert, &image_f_invert},
    {&q_fill, &image_f_fill},
    {&q_blit, &image_f_blit},
    {&q_HEART, &img_HEART},
    {&q_HEART_SMALL, &img_HEART_SMALL},
    {&q_HAPPY, &img_HAPPY},
    {&q_SMILE, &img_SMILE},
    {&q_SAD, &img_SAD},
    {&q_CONFUSED, &img_CONFUSED},
    {&q_ANGRY, &img_ANGRY},
    {&q_ASLEEP, &img_ASLEEP},
    {&q_SURPRISED, &img_SURPRISED},
    {&q_SILLY, &img_SILLY},
    {&q_FABULOUS, &img_FABULOUS},
    {&q_MEH, &img_MEH},
    {&q_YES, &img_YES},
    {&q_NO, &img_NO},
    {&q_CLOCK12, &img_CLOCK12},
    {&q_CLOCK1, &img_CLOCK1},
    {&q_CLOCK2, &img_CLOCK2},
    {&q_CLOCK3, &img_CLOCK3},
    {&q_CLOCK4, &img_CLOCK4},
    {&q_CLOCK5, &img_CLOCK5},
    {&q_CLOCK6, &img_CLOCK6},
    {&q_CLOCK7, &img_CLOCK7},
    {&q_CLOCK8, &img_CLOCK8},
    {&q_CLOCK9, &img_CLOCK9},
    {&q_CLOCK10, &img_CLOCK10},
    {&q_CLOCK11, &img_CLOCK11},
    {&q_ARROW_N, &img_ARROW_N},
    {&q_ARROW_NE, &img_ARROW_NE},
    {&q_ARROW_E, &img_ARROW_E},
    {&q_ARROW_SE, &img_ARROW_SE},
    {&q_ARROW_S, &img_ARROW_S},
    {&q_ARROW_SW, &img_ARROW_SW},
    {&q_ARROW_W, &img_ARROW_W},
    {&q_ARROW_NW, &img_ARROW_NW},
    {&q_TRIANGLE, &img_TRIANGLE},
    {&q_TRIANGLE_LEFT, &img_TRIANGLE_LEFT},
    {&q_CHESSBOARD, &img_CHESSBOARD},
    {&q_DIAMOND, &img_DIAMOND},
    {&q_DIAMOND_SMALL, &img_DIAMOND_SMALL},
    {&q_SQUARE, &img_SQUARE},
    {&q_SQUARE_SMALL, &img_SQUARE_SMALL},
    {&q_RABBIT, &img_RABBIT},
    {&q_COW, &img_COW},
    {&q_MUSIC_CROTCHET, &img_MUSIC_CROTCHET},
    {&q_MUSIC_QUAVER, &img_MUSIC_QUAVER},
    {&q_MUSIC_QUAVERS, &img_MUSIC_QUAVERS},
    {&q_PITCHFORK, &img_PITCHFORK},
    {&q_XMAS, &img_XMAS},
    {&q_PACMAN, &img_PACMAN},
    {&q_TARGET, &img_TARGET},
    {&q_TSHIRT, &img_TSHIRT},
    {&q_ROLLERSKATE, &img_ROLLERSKATE},
    {&q_DUCK, &img_DUCK},
    {&q_HOUSE, &img_HOUSE},
    {&q_TORTOISE, &img_TORTOISE},
    {&q_BUTTERFLY, &img_BUTTERFLY},
    {&q_STICKFIGURE, &img_STICKFIGURE},
    {&q_GHOST, &img_GHOST},
    {&q_SWORD, &img_SWORD},
    {&q_GIRAFFE, &img_GIRAFFE},
    {&q_SKULL, &img_SKULL},
    {&q_UMBRELLA, &img_UMBRELLA},
    {&q_SNAKE, &img_SNAKE},
    {&q_ALL_CLOCKS, &all_clocks.header},
    {&q_ALL_ARROWS, &all_arrows.header},
};
extern const AttrTable image_locals;
const AttrTable image_locals = {image_entries, sizeof(image_entries) / sizeof(image_entries[0])};

}  // namespace board
