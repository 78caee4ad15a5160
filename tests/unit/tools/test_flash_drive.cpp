// MICROBIT drive lookup and crash-safe writes (`mbit flash`, -o outputs).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "tools/flash_drive.hpp"

using namespace tools;

TEST(FlashDrive, FindsMicrobitMountLikeUflash) {
    EXPECT_EQ(find_microbit_in("/dev/sda1 / ext4 rw 0 0\n/dev/sdb /media/me/MICROBIT vfat rw 0 0\n"),
              "/media/me/MICROBIT");
    EXPECT_EQ(find_microbit_in("/dev/sdb /media/me/My\\040MICROBIT vfat rw 0 0\n"), "/media/me/My MICROBIT");
    EXPECT_FALSE(find_microbit_in("/dev/sda1 / ext4 rw 0 0\n/dev/sdc /mnt/MICROBITS vfat rw 0 0\n"));
}

TEST(FlashDrive, WritesSafely) {
    auto dir = std::filesystem::temp_directory_path() / ("mbit_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    write_file_safely(dir.string(), "x.hex", ":00000001FF\n");
    EXPECT_EQ(read_text_file((dir / "x.hex").string()), ":00000001FF\n");
    EXPECT_FALSE(std::filesystem::exists(dir / "x.hex.tmp"));
    std::filesystem::remove_all(dir);
}
