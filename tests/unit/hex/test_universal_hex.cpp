// Universal Hex: split by board, join byte-identical to @microbit/microbit-universal-hex, board errors.
#include <gtest/gtest.h>

#include "test_support.hpp"
#include "hex/hex_boot.hpp"
#include "hex/universal_hex.hpp"

using namespace hex;

TEST(UniversalHex, JoinMatchesMicrobitUniversalHex) {
    // small_uh.hex was made by tests/interop/hex_uh.js (createUniversalHex) from the two small hexes.
    auto v1 = parse_records(hex_test::golden("small_v1.hex"));
    auto v2 = parse_records(hex_test::golden("small_v2.hex"));
    EXPECT_EQ(join_universal({{kBoardIdV1, v1}, {kBoardIdV2, v2}}), hex_test::golden("small_uh.hex"));
}

TEST(UniversalHex, SplitGivesEachBoardItsImage) {
    HexFile f = read_hex(hex_test::golden("small_uh.hex"));
    ASSERT_TRUE(f.universal);
    ASSERT_EQ(f.sections.size(), 2u);
    EXPECT_EQ(f.sections[0].board_id, 0x9900);
    EXPECT_EQ(f.sections[0].board, Board::V1);
    EXPECT_EQ(f.sections[1].board_id, 0x9903);
    EXPECT_EQ(f.sections[1].line, 17);
    auto v1 = decode_records(parse_records(hex_test::golden("small_v1.hex")));
    auto v2 = decode_records(parse_records(hex_test::golden("small_v2.hex")));
    EXPECT_EQ(f.sections[0].decoded.image, v1.image);
    EXPECT_EQ(f.sections[1].decoded.image, v2.image);
}

TEST(UniversalHex, WrongBoardErrors) {
    std::string bad_id = ":020000040000FA\n:0400000A1234C0DE" + std::string("2C") + "\n:00000001FF\n";
    bad_id = ":020000040000FA\n" +
             format_record(RecordType::BlockStart, 0, std::vector<uint8_t>{0x12, 0x34, 0xC0, 0xDE}) +
             "\n:00000001FF\n";
    EXPECT_HEX_ERROR(read_hex(bad_id), 2, "not a micro:bit");
    std::string v1_custom = ":020000040000FA\n:0400000A9900C0DEBB\n:04D0000D0102030415\n:00000001FF\n";
    EXPECT_HEX_ERROR(read_hex(v1_custom), 3, "custom data record (0D) in the section for board 0x9900");
    std::string stray = ":020000040000FA\n:04D0000D0102030415\n:00000001FF\n";
    EXPECT_HEX_ERROR(read_hex(stray), 2,
                     "custom data record in a hex that does not start like a Universal Hex");
    // A v2-only Universal Hex cannot boot the simulated v1.
    auto v2 = parse_records(hex_test::golden("small_v2.hex"));
    std::string only_v2 = join_universal({{kBoardIdV2, v2}});
    EXPECT_HEX_ERROR(v1_image(only_v2), 2, "no v1 section");
}

TEST(HexBoot, V1ImageFromPlainAndUniversal) {
    auto flash = v1_image(hex_test::golden("small_v1.hex")).flash;
    ASSERT_EQ(flash.size(), 256u * 1024);
    EXPECT_EQ(flash[0x21], 0x21);
    EXPECT_EQ(flash[0x28], 0xFF);
    EXPECT_EQ(flash[0x3E000], 'M');
    EXPECT_EQ(v1_image(hex_test::golden("small_uh.hex")).flash, flash);
    // A plain v2 runtime (layout table) is refused, naming v2.
    EXPECT_HEX_ERROR(v1_image(hex_test::synthetic_v2()), 1, "micro:bit v2 hex");
    // Flash data past 256 KiB in a hex without layout data.
    EXPECT_HEX_ERROR(v1_image(":020000040004F6\n:0100000001FE\n:00000001FF\n"), 2,
                     "outside the v1's 256 KiB");
}
