// Finding a micro:bit's serial port by its USB id in sysfs, and the default runtime (`mbit fs`, `mbit
// flash`).
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tools/flash_drive.hpp"
#include "tools/locate.hpp"

using namespace tools;
namespace fsys = std::filesystem;

namespace {

// A USB device folder with its ids and one tty interface, linked from class/tty/NAME/device as sysfs does.
void add_tty(const fsys::path& root, const std::string& name, const std::string& vid,
             const std::string& pid) {
    fsys::path usb = root / "devices" / ("usb-" + name);
    fsys::create_directories(usb / (name + "-if1"));
    std::ofstream(usb / "idVendor") << vid << "\n";
    std::ofstream(usb / "idProduct") << pid << "\n";
    fsys::create_directories(root / "class" / "tty" / name);
    fsys::create_directory_symlink(fsys::relative(usb / (name + "-if1"), root / "class" / "tty" / name),
                                   root / "class" / "tty" / name / "device");
}

}  // namespace

TEST(Locate, FindsMicrobitsByUsbId) {
    fsys::path root = fsys::temp_directory_path() / ("mbit_sys_" + std::to_string(::getpid()));
    fsys::remove_all(root);
    add_tty(root, "ttyACM1", "0d28", "0204");                    // a micro:bit (DAPLink)
    add_tty(root, "ttyACM0", "2341", "0043");                    // an Arduino
    add_tty(root, "ttyACM2", "0D28", "0204");                    // upper-case ids count too
    fsys::create_directories(root / "class" / "tty" / "ttyS0");  // a UART with no USB device
    std::vector<std::string> want = {"/dev/ttyACM1", "/dev/ttyACM2"};
    EXPECT_EQ(find_microbit_ports((root / "class" / "tty").string()), want);
    EXPECT_TRUE(find_microbit_ports((root / "nothing").string()).empty());
    fsys::remove_all(root);
}

TEST(Locate, PortFromEnvironmentOrArgument) {
    ::setenv("MBIT_PORT", "/dev/pts/42", 1);
    EXPECT_EQ(pick_port(""), "/dev/pts/42");
    EXPECT_EQ(pick_port("/dev/ttyACM9"), "/dev/ttyACM9");
    ::unsetenv("MBIT_PORT");
}

TEST(Locate, RuntimeFromArgumentOrEnvironment) {
    std::string why;
    EXPECT_EQ(pick_runtime("rt.hex", &why), "rt.hex");
    EXPECT_TRUE(why.empty());
    ::setenv("MBIT_RUNTIME", "env.hex", 1);
    EXPECT_EQ(pick_runtime("", &why), "env.hex");
    EXPECT_NE(why.find("MBIT_RUNTIME"), std::string::npos);
    ::unsetenv("MBIT_RUNTIME");
}

TEST(FlashDrive, RewriteKeepsTheFilesMode) {
    fsys::path dir = fsys::temp_directory_path() / ("mbit_mode_" + std::to_string(::getpid()));
    fsys::create_directories(dir);
    std::string p = (dir / "x.hex").string();
    write_file_safely(dir.string(), "x.hex", "one\n");
    ::chmod(p.c_str(), 0640);
    write_output_file(p, "two\n");
    struct stat st;
    ASSERT_EQ(::stat(p.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
    EXPECT_EQ(read_text_file(p), "two\n");
    fsys::remove_all(dir);
}
