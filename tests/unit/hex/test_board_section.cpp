// The one rule for the v1 section of a hex: the boot image (flash and UICR) and `mbit hex` all take it.
#include <gtest/gtest.h>

#include "hex/hex_boot.hpp"
#include "hex/hex_build.hpp"
#include "hex/universal_hex.hpp"
#include "test_support.hpp"

using namespace hex;

namespace {

// Two v1 runtimes told apart by their version string (at 0x1000) and their size in the UICR.
std::vector<Record> runtime_v1_5() { return parse_records(hex_test::synthetic_v1(227, "v1.5 section")); }
std::vector<Record> runtime_v1_3() { return parse_records(hex_test::synthetic_v1(230, "v1.3 section")); }

std::string version_in(const std::vector<uint8_t>& flash) {
    return std::string(&flash[0x1000], &flash[0x100C]);
}

}  // namespace

// A v1.5 (0x9901) section before the v1.3 (0x9900) one: the old boot path took the flash from 0x9900 and
// the UICR from the first v1 id in the file (0x9901), and `mbit hex` read and wrote the first v1 section.
TEST(BoardSection, V1_3SectionWinsWhereverItStands) {
    std::string uh = join_universal({{kBoardIdV1_5, runtime_v1_5()}, {kBoardIdV1, runtime_v1_3()}});
    HexFile f = read_hex(uh);
    ASSERT_EQ(f.sections.size(), 2u);
    ASSERT_EQ(f.sections[0].board_id, kBoardIdV1_5);
    const HexSection* v1 = v1_section(f);
    ASSERT_TRUE(v1);
    EXPECT_EQ(v1->board_id, kBoardIdV1);

    // `mbpy --hex`: the code flash and the UICR come from that one section.
    V1Image image = v1_image(uh);
    EXPECT_EQ(version_in(image.flash), "v1.3 section");
    ASSERT_EQ(image.uicr.size(), 1024u);
    EXPECT_EQ(image.uicr[0xC0], 0x7C);  // the magic's first byte, at 0x100010C0
    EXPECT_EQ(image.uicr[0xCE], 230);   // pages used: the v1.3 runtime's size

    // `mbit hex ls/get/info`: the filesystem of the same section.
    EXPECT_EQ(micropython_section(f), v1);
    EXPECT_EQ(device_info(micropython_section(f)->decoded.image).version, "v1.3 section");

    // `mbit hex build --appended`: the script goes into that section, the other stays as it was.
    HexFile with_script = read_hex(hex_with_appended(uh, "print('hi')\n"));
    EXPECT_EQ(read_appended_script(v1_section(with_script)->decoded.image), "print('hi')\n");
    EXPECT_FALSE(has_appended_script(with_script.sections[0].decoded.image));
    EXPECT_EQ(with_script.sections[0].decoded.image, f.sections[0].decoded.image);
}

TEST(BoardSection, V1_5AloneAndPlainHexes) {
    // The usual order gives the same section, and a lone 0x9901 section is a v1 image too.
    HexFile usual = read_hex(join_universal({{kBoardIdV1, runtime_v1_3()}, {kBoardIdV1_5, runtime_v1_5()}}));
    EXPECT_EQ(v1_section(usual)->board_id, kBoardIdV1);
    std::string lone = join_universal({{kBoardIdV1_5, runtime_v1_5()}});
    EXPECT_EQ(v1_section(read_hex(lone))->board_id, kBoardIdV1_5);
    EXPECT_EQ(version_in(v1_image(lone).flash), "v1.5 section");
    // A v2-only Universal Hex has none.
    EXPECT_EQ(v1_section(read_hex(join_universal({{kBoardIdV2, parse_records(hex_test::synthetic_v2())}}))),
              nullptr);
    // A plain hex is its own v1 image unless its layout data says v2.
    HexFile plain_v1 = read_hex(hex_test::synthetic_v1());
    EXPECT_EQ(v1_section(plain_v1), &plain_v1.sections[0]);
    HexFile bare = read_hex(hex_test::golden("small_v1.hex"));
    EXPECT_EQ(v1_section(bare), &bare.sections[0]);
    EXPECT_EQ(v1_section(read_hex(hex_test::synthetic_v2())), nullptr);
}
