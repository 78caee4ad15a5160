// micro:bit layout (UICR, layout table, fs bounds), uflash 1 embedding, filesystem builds.
#include <gtest/gtest.h>

#include "test_support.hpp"
#include "hex/hex_build.hpp"
#include "hex/microbit_hex.hpp"

using namespace hex;

TEST(MicrobitHex, V1UicrAndFilesystemBounds) {
    HexFile f = read_hex(hex_test::synthetic_v1(227, "v1 test"));
    const MemoryImage& img = f.sections[0].decoded.image;
    DeviceInfo d = device_info(img);
    EXPECT_EQ(d.board, Board::V1);
    EXPECT_EQ(d.source, "UICR");
    EXPECT_EQ(d.page_size, 1024u);
    EXPECT_EQ(d.version, "v1 test");
    EXPECT_EQ(d.fs_start, 0x38C00u);
    FsGeometry g = fs_geometry(img, d);
    EXPECT_EQ(g.start, 0x38C00u);  // spec 1.3: 216 chunks for 227 firmware pages
    EXPECT_EQ(g.persistent, 0x3F800u);
    EXPECT_EQ(g.chunks, 216u);
    EXPECT_EQ(g.storage_size(), 27648u);
}

TEST(MicrobitHex, V2LayoutTable) {
    HexFile f = read_hex(hex_test::synthetic_v2(0x62000, "v2 test"));
    const MemoryImage& img = f.sections[0].decoded.image;
    auto t = find_layout_table(img);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->end_address, 0x62000u);
    EXPECT_EQ(t->region_count, 3u);
    ASSERT_EQ(t->regions.size(), 3u);
    EXPECT_EQ(t->regions[0].id, 1);
    EXPECT_EQ(t->find(2)->hash_string, "v2 test");
    DeviceInfo d = device_info(img);
    EXPECT_EQ(d.board, Board::V2);
    EXPECT_EQ(d.page_size, 4096u);
    FsGeometry g = fs_geometry(img, d);
    EXPECT_EQ(g.start, 0x6D000u);
    EXPECT_EQ(g.persistent, 0x72000u);
    EXPECT_EQ(g.chunks, 160u);
    EXPECT_EQ(f.sections[0].board, Board::V2);
}

TEST(MicrobitHex, NotMicroPython) {
    HexFile f = read_hex(hex_test::golden("small_v2.hex"));
    EXPECT_HEX_ERROR(device_info(f.sections[0].decoded.image), 0, "not a MicroPython hex");
}

TEST(MicrobitHex, UflashHexlifyGolden) {
    // Debian's uflash 1.2.4: hexlify(b'print("hi")\r\n').
    EXPECT_EQ(uflash_hexlify("print(\"hi\")\r\n"),
              ":020000040003F7\n:10E000004D500C007072696E742822686922290ACA\n:"
              "10E010000000000000000000000000000000000000");
    EXPECT_EQ(uflash_hexlify(""), "");
    EXPECT_NO_THROW(uflash_hexlify(std::string(kUflashMaxScript, 'a')));
    EXPECT_THROW(uflash_hexlify(std::string(kUflashMaxScript + 1, 'a')), std::length_error);
    std::string rt = hex_test::golden("small_v1.hex");
    std::string out = uflash_embed(rt, ":020000040003F7\n:0100000000FF");
    // Inserted before the runtime's last 5 lines (here: the 0x3E000 record, ELA, UICR, start, EOF).
    EXPECT_NE(out.find(":0100000000FF\n:10E000004D50050068656C6C6F000000000000005A\n"), std::string::npos)
        << out;
}

TEST(HexBuild, MainPyHasUflash2Records) {
    std::string rt = hex_test::synthetic_v1();
    std::string out = hex_with_files(rt, {FsFile{"main.py", {'x', '\n'}}});
    // uflash 2 script_to_fs(b"x\n", 0x9900), from spec 3.4: one chunk, end offset 11, then the 0xFD record.
    EXPECT_NE(out.find(":020000040003F7\n:108C0000FE0B076D61696E2E7079780AFFFFFFFF1A\n"), std::string::npos);
    EXPECT_NE(out.find(":020000040003F7\n:01F80000FD0A\n:020000041000EA\n"), std::string::npos);
    auto files = hex_files(read_hex(out));
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].name, "main.py");
    // Removing every file gives the runtime back (microbit-fs writes the 0xFD marker only with files).
    std::string empty = hex_with_files(out, {});
    EXPECT_TRUE(hex_files(read_hex(empty)).empty());
    EXPECT_EQ(read_hex(empty).sections[0].decoded.image, read_hex(rt).sections[0].decoded.image);
}

TEST(HexBuild, TooBigSaysByHowMuch) {
    std::string rt = hex_test::synthetic_v1();
    std::vector<uint8_t> big(216 * 126 - 10 + 5, 'a');
    try {
        hex_with_files(rt, {FsFile{"main.py", big}});
        FAIL() << "no error";
    } catch (const FsFitError& e) {
        EXPECT_EQ(e.too_long_by(), 5u);
        EXPECT_NE(std::string(e.what()).find("main.py is 5 bytes too long"), std::string::npos) << e.what();
    }
    EXPECT_THROW(hex_with_files(rt, {FsFile{std::string(121, 'n'), {1}}}), std::invalid_argument);
}
