// The built-in images (read from the real firmware), ALL_CLOCKS/ALL_ARROWS and Image's attribute table.
#include "board/image.hpp"
#include "core/obj_containers.hpp"

namespace board {
using namespace core;

extern const NativeFunction image_f_width, image_f_height, image_f_get_pixel, image_f_set_pixel,
    image_f_shift_left, image_f_shift_right, image_f_shift_up, image_f_shift_down, image_f_copy, image_f_crop,
    image_f_invert, image_f_fill, image_f_blit;

#define IMG(name, d) const ImageObj img_##name = {{&image_type}, 5, 5, true, d};
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
static const ConstTuple<12> all_clocks = {
    {&tuple_type},
    12,
    {Value(&img_CLOCK12), Value(&img_CLOCK1), Value(&img_CLOCK2), Value(&img_CLOCK3), Value(&img_CLOCK4),
     Value(&img_CLOCK5), Value(&img_CLOCK6), Value(&img_CLOCK7), Value(&img_CLOCK8), Value(&img_CLOCK9),
     Value(&img_CLOCK10), Value(&img_CLOCK11)}};
static const ConstTuple<8> all_arrows = {
    {&tuple_type},
    8,
    {Value(&img_ARROW_N), Value(&img_ARROW_NE), Value(&img_ARROW_E), Value(&img_ARROW_SE),
     Value(&img_ARROW_S), Value(&img_ARROW_SW), Value(&img_ARROW_W), Value(&img_ARROW_NW)}};

#define Q(name) static constexpr Str q_##name = const_str(#name);
Q(HEART)
Q(HEART_SMALL)
Q(HAPPY)
Q(SMILE)
Q(SAD)
Q(CONFUSED)
Q(ANGRY)
Q(ASLEEP)
Q(SURPRISED)
Q(SILLY)
Q(FABULOUS)
Q(MEH)
Q(YES)
Q(NO)
Q(CLOCK12)
Q(CLOCK1)
Q(CLOCK2)
Q(CLOCK3)
Q(CLOCK4)
Q(CLOCK5)
Q(CLOCK6)
Q(CLOCK7)
Q(CLOCK8)
Q(CLOCK9)
Q(CLOCK10)
Q(CLOCK11)
Q(ARROW_N)
Q(ARROW_NE)
Q(ARROW_E)
Q(ARROW_SE)
Q(ARROW_S)
Q(ARROW_SW)
Q(ARROW_W)
Q(ARROW_NW)
Q(TRIANGLE)
Q(TRIANGLE_LEFT)
Q(CHESSBOARD)
Q(DIAMOND)
Q(DIAMOND_SMALL)
Q(SQUARE)
Q(SQUARE_SMALL)
Q(RABBIT)
Q(COW)
Q(MUSIC_CROTCHET)
Q(MUSIC_QUAVER)
Q(MUSIC_QUAVERS)
Q(PITCHFORK)
Q(XMAS)
Q(PACMAN)
Q(TARGET)
Q(TSHIRT)
Q(ROLLERSKATE)
Q(DUCK)
Q(HOUSE)
Q(TORTOISE)
Q(BUTTERFLY)
Q(STICKFIGURE)
Q(GHOST)
Q(SWORD)
Q(GIRAFFE)
Q(SKULL)
Q(UMBRELLA)
Q(SNAKE)
Q(ALL_CLOCKS)
Q(ALL_ARROWS)
Q(width)
Q(height)
Q(get_pixel) Q(set_pixel) Q(shift_left) Q(shift_right) Q(shift_up) Q(shift_down) Q(copy) Q(crop) Q(invert)
    Q(fill) Q(blit)
#undef Q
#define E(name) \
    { &q_##name, &img_##name }
#define F(name) \
    { &q_##name, &image_f_##name }
        static const AttrEntry image_entries[] = {
            F(width),
            F(height),
            F(get_pixel),
            F(set_pixel),
            F(shift_left),
            F(shift_right),
            F(shift_up),
            F(shift_down),
            F(copy),
            F(crop),
            F(invert),
            F(fill),
            F(blit),
            E(HEART),
            E(HEART_SMALL),
            E(HAPPY),
            E(SMILE),
            E(SAD),
            E(CONFUSED),
            E(ANGRY),
            E(ASLEEP),
            E(SURPRISED),
            E(SILLY),
            E(FABULOUS),
            E(MEH),
            E(YES),
            E(NO),
            E(CLOCK12),
            E(CLOCK1),
            E(CLOCK2),
            E(CLOCK3),
            E(CLOCK4),
            E(CLOCK5),
            E(CLOCK6),
            E(CLOCK7),
            E(CLOCK8),
            E(CLOCK9),
            E(CLOCK10),
            E(CLOCK11),
            E(ARROW_N),
            E(ARROW_NE),
            E(ARROW_E),
            E(ARROW_SE),
            E(ARROW_S),
            E(ARROW_SW),
            E(ARROW_W),
            E(ARROW_NW),
            E(TRIANGLE),
            E(TRIANGLE_LEFT),
            E(CHESSBOARD),
            E(DIAMOND),
            E(DIAMOND_SMALL),
            E(SQUARE),
            E(SQUARE_SMALL),
            E(RABBIT),
            E(COW),
            E(MUSIC_CROTCHET),
            E(MUSIC_QUAVER),
            E(MUSIC_QUAVERS),
            E(PITCHFORK),
            E(XMAS),
            E(PACMAN),
            E(TARGET),
            E(TSHIRT),
            E(ROLLERSKATE),
            E(DUCK),
            E(HOUSE),
            E(TORTOISE),
            E(BUTTERFLY),
            E(STICKFIGURE),
            E(GHOST),
            E(SWORD),
            E(GIRAFFE),
            E(SKULL),
            E(UMBRELLA),
            E(SNAKE),
            {&q_ALL_CLOCKS, &all_clocks.header},
            {&q_ALL_ARROWS, &all_arrows.header},
};
#undef E
#undef F
extern const AttrTable image_locals;
const AttrTable image_locals = {image_entries, sizeof(image_entries) / sizeof(image_entries[0])};

}  // namespace board
