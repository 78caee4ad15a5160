// Intel HEX records: every record type, every error with its line, the memory image.
#include <gtest/gtest.h>

#include "test_support.hpp"
#include "hex/ihex.hpp"

using namespace hex;

TEST(Ihex, FormatsEveryRecordTypeLikeTheSpec) {
    EXPECT_EQ(format_record(RecordType::EndOfFile, 0, {}), ":00000001FF");
    EXPECT_EQ(format_record(make_ela(0x00030000)), ":020000040003F7");
    EXPECT_EQ(format_record(make_ela(0x10001000)), ":020000041000EA");
    std::vector<uint8_t> start = {0x00, 0x01, 0x8E, 0x21};
    EXPECT_EQ(format_record(RecordType::StartLinearAddress, 0, start), ":0400000500018E2147");
    std::vector<uint8_t> seg = {0x10, 0x00};
    EXPECT_EQ(format_record(RecordType::ExtSegmentAddress, 0, seg), ":020000021000EC");
    std::vector<uint8_t> cs = {0, 0, 0x12, 0x34};
    EXPECT_EQ(format_record(RecordType::StartSegmentAddress, 0, cs), ":0400000300001234B3");
    std::vector<uint8_t> bs = {0x99, 0x00, 0xC0, 0xDE};
    EXPECT_EQ(format_record(RecordType::BlockStart, 0, bs), ":0400000A9900C0DEBB");
    std::vector<uint8_t> ff4(4, 0xFF), ff16(16, 0xFF);
    EXPECT_EQ(format_record(RecordType::BlockEnd, 0, ff4), ":0400000BFFFFFFFFF5");
    EXPECT_EQ(format_record(RecordType::PaddedData, 0, ff16), ":1000000CFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF4");
    std::vector<uint8_t> d = {1, 2, 3, 4};
    EXPECT_EQ(format_record(RecordType::CustomData, 0xD000, d), ":04D0000D0102030415");
    EXPECT_EQ(format_record(RecordType::OtherData, 0, d), ":0400000E01020304E4");
}

TEST(Ihex, ParsesEveryRecordTypeAndRoundTrips) {
    std::string text = hex_test::golden("small_uh.hex");
    auto recs = parse_records(text);
    std::set<int> types;
    for (auto& r : recs) types.insert(int(r.type));
    EXPECT_EQ(types, (std::set<int>{0x00, 0x01, 0x04, 0x0A, 0x0B, 0x0C, 0x0D}));
    EXPECT_EQ(format_records(recs), text);
    auto v2 = parse_records(hex_test::golden("small_v2.hex"));
    EXPECT_EQ(v2[0].type, RecordType::ExtSegmentAddress);
    EXPECT_EQ(v2[1].data.size(), 32u);  // 32-byte data records
    EXPECT_EQ(format_records(v2), hex_test::golden("small_v2.hex"));
    EXPECT_EQ(v2[0].line, 1);
    EXPECT_EQ(v2.back().line, 7);
}

TEST(Ihex, AcceptsCrLfBlankLinesAndLowerCase) {
    auto recs = parse_records("\r\n:020000040003f7\r\n\r\n:04E000000102030412\r\n:00000001ff\r\n");
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[1].line, 4);
    auto d = decode_records(recs);
    EXPECT_EQ(d.image.read(0x3E000, 4), (std::vector<uint8_t>{1, 2, 3, 4}));
}

TEST(Ihex, ExtendedSegmentAndLinearAddresses) {
    auto d = decode_records(parse_records(hex_test::golden("small_v2.hex")));
    EXPECT_EQ(d.image.read(0x10000, 2), (std::vector<uint8_t>{0xA0, 0xA1}));  // segment 0x1000 * 16
    EXPECT_EQ(d.image.read(0x6D000, 4), (std::vector<uint8_t>{1, 2, 3, 4}));
    EXPECT_EQ(d.start_segment, 0x1234u);
    EXPECT_FALSE(d.start_linear);
    auto v1 = decode_records(parse_records(hex_test::golden("small_v1.hex")));
    EXPECT_EQ(v1.start_linear, 0x00018E21u);
    EXPECT_EQ(v1.image.regions().size(), 3u);
}

TEST(Ihex, Errors) {
    EXPECT_HEX_ERROR(parse_records(":00000001FF\n:10000000000102030405060708090A0B0C0D0E0F79\n"), 2,
                     "bad checksum 79 (should be 78)");
    EXPECT_HEX_ERROR(parse_records("\n\n020000040003F7\n"), 3, "does not start with ':'");
    EXPECT_HEX_ERROR(parse_records(":02000004\n"), 1, "too short");
    EXPECT_HEX_ERROR(parse_records(":020000040003F\n"), 1, "odd number");
    EXPECT_HEX_ERROR(parse_records(":0200000400G3F7\n"), 1, "bad hex digit at column 12");
    EXPECT_HEX_ERROR(parse_records(":0300000400030000F7\n"), 1, "byte count says 3");
    EXPECT_HEX_ERROR(parse_records(":0000000700F9\n"), 1, "byte count");
    EXPECT_HEX_ERROR(parse_records(":00000007F9\n"), 1, "unknown record type 07");
    EXPECT_HEX_ERROR(parse_records(":0100000400FB\n"), 1, "must have 2 data bytes");
    EXPECT_HEX_ERROR(parse_records(":010000010FEF\n"), 1, "must have 0 data bytes");
    EXPECT_HEX_ERROR(parse_records(":0300000500018E69\n"), 1, "must have 4 data bytes");
    EXPECT_HEX_ERROR(parse_records(":0100000A995C\n"), 1, "board id");
    EXPECT_HEX_ERROR(parse_records(":020000040003F7\n:04E000000102030412\n"), 2, "truncated");
    EXPECT_HEX_ERROR(parse_records(""), 0, "empty");
    EXPECT_HEX_ERROR(
        decode_records(parse_records(
            ":04E000000102030412\n:020000040000FA\n:04E000000102030412\n:02E00200010219\n:00000001FF\n")),
        3, "overlapping data: bytes at 0x0000E000 were already set by line 1");
    EXPECT_HEX_ERROR(decode_records(parse_records(":04E000000102030412\n:02E00200010219\n:00000001FF\n")), 2,
                     "overlapping data: bytes at 0x0000E002 were already set by line 1");
}

TEST(MemoryImage, WritesMergeReadsPadAndErases) {
    MemoryImage m;
    std::vector<uint8_t> a = {1, 2}, b = {3, 4}, c = {9};
    EXPECT_TRUE(m.write(10, a));
    EXPECT_TRUE(m.write(12, b));  // touching: merged
    EXPECT_EQ(m.regions().size(), 1u);
    EXPECT_FALSE(m.write(13, c));  // overlap refused, nothing changed
    EXPECT_EQ(m.read(9, 6), (std::vector<uint8_t>{0xFF, 1, 2, 3, 4, 0xFF}));
    EXPECT_TRUE(m.write(13, c, true));
    EXPECT_EQ(m.read(13, 1)[0], 9);
    m.erase(11, 2);
    EXPECT_EQ(m.regions(), (std::vector<std::pair<uint32_t, uint32_t>>{{10, 1}, {13, 1}}));
    EXPECT_EQ(m.size(), 2u);
    EXPECT_EQ(m.slice(12, 10).regions(), (std::vector<std::pair<uint32_t, uint32_t>>{{13, 1}}));
    EXPECT_TRUE(m.any_set(0, 11));
    EXPECT_FALSE(m.any_set(11, 2));
}

TEST(Ihex, EncodeDataSplitsAt64KAndStartsWithEla) {
    std::vector<uint8_t> bytes(40, 0xAB);
    auto recs = encode_data(0x1FFF0, bytes);
    ASSERT_EQ(recs.size(), 5u);
    EXPECT_EQ(format_record(recs[0]), ":020000040001F9");
    EXPECT_EQ(recs[1].offset, 0xFFF0);
    EXPECT_EQ(format_record(recs[2]), ":020000040002F8");
    EXPECT_EQ(recs[3].data.size(), 16u);
    EXPECT_EQ(recs[4].data.size(), 8u);
    DecodedHex h;
    h.image.write(0x1FFF0, bytes);
    auto back = decode_records(encode_image(h));
    EXPECT_EQ(back.image, h.image);
}
