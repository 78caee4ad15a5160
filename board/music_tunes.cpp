// The built-in melodies of the real firmware (music.DADADADUM ...), note for note as v1.0.1 has them.
#include "core/config.hpp"
#include "board/music_tunes.hpp"

#if MBPY_MOD_MUSIC && MBPY_MUSIC_TUNES  // core/config.hpp

namespace board {
using namespace core;

// Every distinct note once, shared by the tunes (flash is scarce on the device).
static constexpr Str n0 = const_str("r4:2");
static constexpr Str n1 = const_str("g");
static constexpr Str n2 = const_str("eb:8");
static constexpr Str n3 = const_str("r:2");
static constexpr Str n4 = const_str("f");
static constexpr Str n5 = const_str("d:8");
static constexpr Str n6 = const_str("d4:1");
static constexpr Str n7 = const_str("d#");
static constexpr Str n8 = const_str("e");
static constexpr Str n9 = const_str("c5:2");
static constexpr Str n10 = const_str("e4:1");
static constexpr Str n11 = const_str("c5:3");
static constexpr Str n12 = const_str("c:1");
static constexpr Str n13 = const_str("d");
static constexpr Str n14 = const_str("c");
static constexpr Str n15 = const_str("e:2");
static constexpr Str n16 = const_str("b4:1");
static constexpr Str n17 = const_str("d5:2");
static constexpr Str n18 = const_str("c:4");
static constexpr Str n19 = const_str("c4:1");
static constexpr Str n20 = const_str("c5");
static constexpr Str n21 = const_str("g4");
static constexpr Str n22 = const_str("c4");
static constexpr Str n23 = const_str("d5");
static constexpr Str n24 = const_str("b3");
static constexpr Str n25 = const_str("d4");
static constexpr Str n26 = const_str("e4");
static constexpr Str n27 = const_str("e:6");
static constexpr Str n28 = const_str("d:2");
static constexpr Str n29 = const_str("e:4");
static constexpr Str n30 = const_str("d:6");
static constexpr Str n31 = const_str("c:2");
static constexpr Str n32 = const_str("c:8");
static constexpr Str n33 = const_str("f#5:2");
static constexpr Str n34 = const_str("g#");
static constexpr Str n35 = const_str("c#:1");
static constexpr Str n36 = const_str("d#:2");
static constexpr Str n37 = const_str("d5:1");
static constexpr Str n38 = const_str("c#");
static constexpr Str n39 = const_str("b4:2");
static constexpr Str n40 = const_str("b");
static constexpr Str n41 = const_str("c#5");
static constexpr Str n42 = const_str("d:1");
static constexpr Str n43 = const_str("c#5:1");
static constexpr Str n44 = const_str("f#");
static constexpr Str n45 = const_str("b4");
static constexpr Str n46 = const_str("d#5:2");
static constexpr Str n47 = const_str("g#:1");
static constexpr Str n48 = const_str("c#5:2");
static constexpr Str n49 = const_str("f#:1");
static constexpr Str n50 = const_str("b:2");
static constexpr Str n51 = const_str("e5");
static constexpr Str n52 = const_str("b:1");
static constexpr Str n53 = const_str("a#");
static constexpr Str n54 = const_str("f:2");
static constexpr Str n55 = const_str("a");
static constexpr Str n56 = const_str("e:1");
static constexpr Str n57 = const_str("g:2");
static constexpr Str n58 = const_str("c5:4");
static constexpr Str n59 = const_str("c2:2");
static constexpr Str n60 = const_str("f#:2");
static constexpr Str n61 = const_str("c3");
static constexpr Str n62 = const_str("a2");
static constexpr Str n63 = const_str("d3");
static constexpr Str n64 = const_str("f2");
static constexpr Str n65 = const_str("c4:3");
static constexpr Str n66 = const_str("d:4");
static constexpr Str n67 = const_str("e:8");
static constexpr Str n68 = const_str("c:3");
static constexpr Str n69 = const_str("f:8");
static constexpr Str n70 = const_str("a4");
static constexpr Str n71 = const_str("a#:3");
static constexpr Str n72 = const_str("a#:1");
static constexpr Str n73 = const_str("a:4");
static constexpr Str n74 = const_str("c4:4");
static constexpr Str n75 = const_str("f:3");
static constexpr Str n76 = const_str("f:1");
static constexpr Str n77 = const_str("g:3");
static constexpr Str n78 = const_str("a:1");
static constexpr Str n79 = const_str("a4:3");
static constexpr Str n80 = const_str("f:4");
static constexpr Str n81 = const_str("e:3");
static constexpr Str n82 = const_str("g:8");
static constexpr Str n83 = const_str("c3:4");
static constexpr Str n84 = const_str("d#:3");
static constexpr Str n85 = const_str("d:3");
static constexpr Str n86 = const_str("b2:1");
static constexpr Str n87 = const_str("g3:1");
static constexpr Str n88 = const_str("g#:3");
static constexpr Str n89 = const_str("r");
static constexpr Str n90 = const_str("g5");
static constexpr Str n91 = const_str("e:5");
static constexpr Str n92 = const_str("f#5");
static constexpr Str n93 = const_str("d:5");
static constexpr Str n94 = const_str("b5");
static constexpr Str n95 = const_str("a:5");
static constexpr Str n96 = const_str("g:1");
static constexpr Str n97 = const_str("r:3");
static constexpr Str n98 = const_str("c3:3");
static constexpr Str n99 = const_str("f#:8");
static constexpr Str n100 = const_str("a4:1");
static constexpr Str n101 = const_str("a:2");
static constexpr Str n102 = const_str("b5:1");
static constexpr Str n103 = const_str("e6:3");
static constexpr Str n104 = const_str("e3:3");
static constexpr Str n105 = const_str("r:1");
static constexpr Str n106 = const_str("c#:8");
static constexpr Str n107 = const_str("c5:1");
static constexpr Str n108 = const_str("g5:1");
static constexpr Str n109 = const_str("g4:1");
static constexpr Str n110 = const_str("g4:2");

#define V(i) Value(&n##i)
MBPY_VALUE_CONSTINIT const TuneTuple<10> t_DADADADUM = {
    {&tuple_type}, 10, {V(0), V(1), V(1), V(1), V(2), V(3), V(4), V(4), V(4), V(5)}};
MBPY_VALUE_CONSTINIT const TuneTuple<18> t_ENTERTAINER = {
    {&tuple_type},
    18,
    {V(6), V(7), V(8), V(9), V(10), V(9), V(10), V(11), V(12), V(13), V(7), V(8), V(14), V(13), V(15), V(16),
     V(17), V(18)}};
MBPY_VALUE_CONSTINIT const TuneTuple<64> t_PRELUDE = {
    {&tuple_type}, 64, {V(19), V(8),  V(1),  V(20), V(8),  V(21), V(20), V(8),  V(22), V(8),  V(1),
                        V(20), V(8),  V(21), V(20), V(8),  V(22), V(13), V(1),  V(23), V(4),  V(21),
                        V(23), V(4),  V(22), V(13), V(1),  V(23), V(4),  V(21), V(23), V(4),  V(24),
                        V(25), V(1),  V(23), V(4),  V(21), V(23), V(4),  V(24), V(25), V(1),  V(23),
                        V(4),  V(21), V(23), V(4),  V(22), V(8),  V(1),  V(20), V(8),  V(21), V(20),
                        V(8),  V(22), V(8),  V(1),  V(20), V(8),  V(21), V(20), V(8)}};
MBPY_VALUE_CONSTINIT const TuneTuple<30> t_ODE = {
    {&tuple_type}, 30, {V(26), V(8), V(4),  V(1),  V(1),  V(4),  V(8), V(13), V(14), V(14),
                        V(13), V(8), V(27), V(28), V(5),  V(29), V(8), V(4),  V(1),  V(1),
                        V(4),  V(8), V(13), V(14), V(14), V(13), V(8), V(30), V(31), V(32)}};
MBPY_VALUE_CONSTINIT const TuneTuple<106> t_NYAN = {
    {&tuple_type}, 106, {V(33), V(34), V(35), V(36), V(16), V(37), V(38), V(39), V(40), V(41), V(13), V(42),
                         V(38), V(16), V(43), V(7),  V(44), V(34), V(7),  V(44), V(38), V(13), V(45), V(41),
                         V(45), V(46), V(44), V(47), V(7),  V(44), V(38), V(7),  V(45), V(23), V(7),  V(13),
                         V(38), V(45), V(41), V(28), V(16), V(41), V(7),  V(44), V(38), V(13), V(38), V(45),
                         V(48), V(45), V(41), V(45), V(49), V(34), V(50), V(49), V(34), V(40), V(41), V(7),
                         V(45), V(51), V(7),  V(8),  V(44), V(39), V(40), V(49), V(34), V(40), V(44), V(51),
                         V(7),  V(38), V(45), V(44), V(7),  V(8),  V(44), V(50), V(49), V(34), V(50), V(49),
                         V(34), V(40), V(40), V(41), V(7),  V(45), V(44), V(34), V(44), V(50), V(52), V(53),
                         V(40), V(44), V(34), V(40), V(51), V(7),  V(8),  V(44), V(39), V(41)}};
MBPY_VALUE_CONSTINIT const TuneTuple<13> t_RINGTONE = {
    {&tuple_type},
    13,
    {V(19), V(13), V(15), V(1), V(42), V(8), V(54), V(55), V(56), V(4), V(57), V(40), V(58)}};
MBPY_VALUE_CONSTINIT const TuneTuple<18> t_FUNK = {
    {&tuple_type},
    18,
    {V(59), V(14), V(7), V(12), V(54), V(12), V(54), V(44), V(1), V(14), V(14), V(1), V(12), V(60), V(12),
     V(60), V(4), V(7)}};
MBPY_VALUE_CONSTINIT const TuneTuple<48> t_BLUES = {
    {&tuple_type}, 48, {V(59), V(8),  V(1),  V(55), V(53), V(55), V(1),  V(8),  V(59), V(8),  V(1),  V(55),
                        V(53), V(55), V(1),  V(8),  V(4),  V(55), V(61), V(13), V(7),  V(13), V(14), V(62),
                        V(59), V(8),  V(1),  V(55), V(53), V(55), V(1),  V(8),  V(1),  V(40), V(63), V(4),
                        V(64), V(55), V(61), V(7),  V(59), V(8),  V(1),  V(8),  V(1),  V(4),  V(8),  V(13)}};
MBPY_VALUE_CONSTINIT const TuneTuple<25> t_BIRTHDAY = {
    {&tuple_type}, 25, {V(65), V(12), V(66), V(18), V(4),  V(67), V(68), V(12), V(66),
                        V(18), V(1),  V(69), V(68), V(12), V(58), V(70), V(4),  V(8),
                        V(13), V(71), V(72), V(73), V(4),  V(1),  V(69)}};
MBPY_VALUE_CONSTINIT const TuneTuple<18> t_WEDDING = {
    {&tuple_type},
    18,
    {V(74), V(75), V(76), V(69), V(18), V(77), V(56), V(69), V(18), V(75), V(78), V(58), V(79), V(76), V(80),
     V(81), V(76), V(82)}};
MBPY_VALUE_CONSTINIT const TuneTuple<11> t_FUNERAL = {
    {&tuple_type}, 11, {V(83), V(68), V(12), V(18), V(84), V(42), V(85), V(12), V(68), V(86), V(83)}};
MBPY_VALUE_CONSTINIT const TuneTuple<9> t_PUNCHLINE = {
    {&tuple_type}, 9, {V(65), V(87), V(44), V(1), V(88), V(1), V(89), V(40), V(22)}};
MBPY_VALUE_CONSTINIT const TuneTuple<79> t_PYTHON = {
    {&tuple_type}, 79, {V(37), V(45), V(89), V(40), V(40), V(53), V(40), V(90), V(89), V(13), V(13), V(89),
                        V(45), V(20), V(89), V(14), V(14), V(89), V(13), V(91), V(12), V(70), V(89), V(55),
                        V(55), V(34), V(55), V(92), V(89), V(8),  V(8),  V(89), V(14), V(45), V(89), V(40),
                        V(40), V(89), V(20), V(93), V(42), V(45), V(89), V(40), V(40), V(53), V(40), V(94),
                        V(89), V(1),  V(1),  V(89), V(13), V(38), V(89), V(55), V(55), V(89), V(55), V(95),
                        V(96), V(60), V(78), V(55), V(34), V(55), V(15), V(78), V(55), V(34), V(55), V(13),
                        V(89), V(38), V(13), V(89), V(38), V(28), V(97)}};
MBPY_VALUE_CONSTINIT const TuneTuple<8> t_BADDY = {
    {&tuple_type}, 8, {V(98), V(89), V(28), V(7), V(89), V(14), V(89), V(99)}};
MBPY_VALUE_CONSTINIT const TuneTuple<40> t_CHASE = {
    {&tuple_type}, 40, {V(100), V(40), V(20),  V(45), V(101), V(89), V(78), V(40), V(20), V(45),
                        V(101), V(89), V(101), V(51), V(7),   V(8),  V(4),  V(8),  V(7),  V(8),
                        V(16),  V(20), V(13),  V(14), V(39),  V(89), V(52), V(20), V(13), V(14),
                        V(39),  V(89), V(50),  V(51), V(7),   V(8),  V(4),  V(8),  V(7),  V(8)}};
MBPY_VALUE_CONSTINIT const TuneTuple<2> t_BA_DING = {{&tuple_type}, 2, {V(102), V(103)}};
MBPY_VALUE_CONSTINIT const TuneTuple<7> t_WAWAWAWAA = {
    {&tuple_type}, 7, {V(104), V(105), V(84), V(105), V(66), V(105), V(106)}};
MBPY_VALUE_CONSTINIT const TuneTuple<5> t_JUMP_UP = {{&tuple_type}, 5, {V(107), V(13), V(8), V(4), V(1)}};
MBPY_VALUE_CONSTINIT const TuneTuple<5> t_JUMP_DOWN = {{&tuple_type}, 5, {V(108), V(4), V(8), V(13), V(14)}};
MBPY_VALUE_CONSTINIT const TuneTuple<6> t_POWER_UP = {
    {&tuple_type}, 6, {V(109), V(20), V(8), V(57), V(56), V(77)}};
MBPY_VALUE_CONSTINIT const TuneTuple<6> t_POWER_DOWN = {
    {&tuple_type}, 6, {V(108), V(7), V(14), V(110), V(52), V(11)}};
#undef V

}  // namespace board

#endif
