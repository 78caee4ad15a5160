// The Python file API end to end on a RAM flash: open()/os through the interpreter, checked against the
// on-flash bytes (fs::ImageReader), images laid out as microbit-fs does, ENOSPC, import, power cuts.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "core/engine.hpp"
#include "board/flash_fs.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_module.hpp"
#include "fs/image.hpp"
#include "tests/unit/board/fsapi_support.hpp"
#include "tests/support/stack_top.hpp"

namespace {

using fsapi_test::board;

class FsApi : public ::testing::Test {
   protected:
    void SetUp() override {
        board().blank();
        boot();
    }
    // A soft reset: a new heap and runtime, the filesystem mounted again (as at power-on).
    void boot() {
        alignas(16) static char heap[1 << 20];
        ASSERT_TRUE(core::init(heap, sizeof heap, test_support::stack_top()));
        board::flash_fs_init();
    }
    // Runs src; returns repr(r), or "ERR:<Type>" / "ERR:OSError:<errno>" for an uncaught exception.
    std::string run(const std::string& src) {
        if (!core::exec_source(src, "<test>")) return error();
        core::Value m = core::main_module();
        core::Value v = core::dict_get_str(m.as<core::Module>()->globals, core::intern("r").as<core::Str>());
        if (!v) return "<unset>";
        core::Value s = core::repr(v);
        return s ? std::string(core::as_str(s)->view()) : error();
    }
    static std::string error() {
        core::Value e = core::take_exception();
        std::string out = std::string("ERR:") + core::type_name(e);
        if (core::exc_matches(e, &core::os_error_type)) {
            auto* x = e.as<core::ExceptionObj>();
            if (x->args && x->args->len == 1 && x->args->items[0].is_small())
                out += ":" + std::to_string(x->args->items[0].small_value());
        }
        return out;
    }
    // The files on flash as another tool would read them.
    static std::vector<std::pair<std::string, std::string>> files_on_flash() {
        std::vector<uint8_t> region = board().region();
        fs::ImageReader r;
        EXPECT_EQ(r.open(board().geo, region), fs::kOk);
        EXPECT_EQ(r.check(), fs::kOk);
        std::vector<std::pair<std::string, std::string>> out;
        std::string_view name;
        uint32_t head;
        for (uint32_t c = 0; r.next_file(c, name, head);) {
            std::string data(r.file_size(head), '\0');
            r.read_file(head, {reinterpret_cast<uint8_t*>(data.data()), data.size()});
            out.emplace_back(std::string(name), data);
        }
        return out;
    }
};

TEST_F(FsApi, WritesTheMicrobitFormat) {
    EXPECT_EQ(run("f = open('main.py', 'w')\nr = f.write('print(1)\\n' * 30)\nf.close()"), "270");
    EXPECT_EQ(run("with open('b', 'wb') as f:\n    r = f.write(bytes(range(126)))"), "126");
    auto files = files_on_flash();
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].first, "main.py");
    std::string want;
    for (int i = 0; i < 30; ++i) want += "print(1)\n";
    EXPECT_EQ(files[0].second, want);
    EXPECT_EQ(files[1].second.size(), 126u);
    EXPECT_EQ(run("import os\nr = (os.listdir(), os.size('main.py'), os.size('b'))"),
              "(['main.py', 'b'], 270, 126)");
}

TEST_F(FsApi, ReadsAnImageLaidOutAsMicrobitFs) {
    std::string a = "A" + std::string(300, 'x'), b = "";
    const uint8_t* pa = reinterpret_cast<const uint8_t*>(a.data());
    fs::ImageFile files[] = {{"one.txt", {pa, a.size()}}, {"empty", {}}, {"two.py", {pa, 123}}};
    std::vector<uint8_t> region(board().geo.region_size());
    ASSERT_EQ(fs::build_image(board().geo, files, region), fs::kOk);
    std::copy(region.begin(), region.end(), board().mem.begin() + board().geo.start);
    boot();
    EXPECT_EQ(run("import os\nr = os.listdir()"), "['one.txt', 'empty', 'two.py']");
    EXPECT_EQ(run("r = open('one.txt').read() == 'A' + 'x' * 300"), "True");
    EXPECT_EQ(run("r = open('empty', 'rb').read()"), "b''");
    EXPECT_EQ(run("r = len(open('two.py').read())"), "123");
}

TEST_F(FsApi, FullFilesystemGivesEnospcAndDeletesThePartialFile) {
    EXPECT_EQ(run("with open('keep', 'w') as f:\n    f.write('k')\n"
                  "f = open('big', 'wb')\nn = 0\ntry:\n    while True:\n        f.write(b'z' * 50)\n"
                  "        n += 50\nexcept OSError as e:\n    r = (e.errno, e.args, n > 26000)"),
              "(28, (28,), True)");
    auto files = files_on_flash();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].first, "keep");
    EXPECT_EQ(run("r = f.write(b'x')"), "ERR:ValueError");  // the handle was closed with the file
    EXPECT_EQ(run("import os\nr = os.statvfs('')[3]"), "215");
}

TEST_F(FsApi, ModesAndErrors) {
    EXPECT_EQ(run("r = open('x', 'rw')"), "ERR:ValueError");
    EXPECT_EQ(run("r = open('x', 'a+')"), "ERR:ValueError");
    EXPECT_EQ(run("r = open('missing')"), "ERR:OSError:2");
    EXPECT_EQ(run("r = open('n' * 121, 'w')"), "ERR:OSError:2");
    EXPECT_EQ(run("f = open('w', 'w')\nr = f.read()"), "ERR:OSError:9");
    EXPECT_EQ(run("f.close()\nr = f.read()"), "ERR:ValueError");
    EXPECT_EQ(run("f = open('w')\nr = f.write('x')"), "ERR:OSError:9");
    EXPECT_EQ(run("import os\nr = os.remove('missing')"), "ERR:OSError:2");
    // Text files must hold UTF-8.
    EXPECT_EQ(run("with open('bad', 'wb') as g:\n    g.write(b'\\xff\\xfe')\nr = open('bad').read()"),
              "ERR:UnicodeError");
    EXPECT_EQ(run("r = open('bad', 'rb').read()"), "b'\\xff\\xfe'");
}

TEST_F(FsApi, ImportSearchesTheFilesystem) {
    EXPECT_EQ(run("with open('flashmod.py', 'w') as f:\n    f.write('X = 5\\n')\n"
                  "import flashmod\nr = (flashmod.X, flashmod.__file__)"),
              "(5, 'flashmod.py')");
    core::SourceReader reader;
    const char* path;
    EXPECT_TRUE(board::flash_find_module("flashmod", 8, false, &reader, &path));
    char buf[4];  // read in pieces
    std::string text;
    while (uint32_t n = reader.read(reader.ctx, buf, sizeof buf)) text.append(buf, n);
    EXPECT_EQ(text, "X = 5\n");
    EXPECT_STREQ(path, "flashmod.py");
    EXPECT_FALSE(board::flash_find_module("flashmod", 8, true, &reader, &path));  // no packages
    EXPECT_FALSE(board::flash_find_module("a.flashmod", 10, false, &reader, &path));
    EXPECT_FALSE(board::flash_find_module("nothere", 7, false, &reader, &path));
}

TEST_F(FsApi, UnusableRegionRaisesEio) {
    board().geo = fs::Geometry{};
    boot();
    EXPECT_EQ(run("r = open('x', 'w')"), "ERR:OSError:5");
    EXPECT_EQ(run("import os\nr = os.listdir()"), "ERR:OSError:5");
}

// A power cut at a flash operation of a Python-level overwrite (open 'w', write, close): after the
// next boot the file is the old or the new content, whole, and the other file is untouched.
TEST_F(FsApi, PowerCutDuringOverwriteKeepsOldOrNew) {
    const std::string setup =
        "with open('other', 'w') as f:\n    f.write('O' * 700)\n"
        "with open('data', 'w') as f:\n    f.write('old' * 300)\n";
    const std::string overwrite = "with open('data', 'w') as f:\n    f.write('new' * 400)\n";
    ASSERT_EQ(run(setup + "r = 1"), "1");
    uint64_t before = board().ram.ops();
    ASSERT_EQ(run(overwrite + "r = 1"), "1");
    uint64_t span = board().ram.ops() - before;
    ASSERT_GT(span, 20u);
    uint64_t step = std::getenv("MBPY_FULL") ? 1 : 5;
    for (uint64_t k = 0; k < span; k += step) {
        board().blank();
        boot();
        ASSERT_EQ(run(setup + "r = 1"), "1");
        board().ram.cut_at(board().ram.ops() + k, uint32_t(k * 2654435761u));
        run(overwrite + "r = 1");  // the flash dies part way: whatever Python sees is fine
        board().ram.revive();
        boot();
        EXPECT_TRUE(run("r = open('data').read() in ('old' * 300, 'new' * 400)") == "True") << "cut at " << k;
        EXPECT_EQ(run("r = open('other').read() == 'O' * 700"), "True") << "cut at " << k;
    }
}

}  // namespace
