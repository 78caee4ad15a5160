// Unit tests of the str primitives in obj_str_core.cpp: the word-at-a-time hash against its constexpr
// form, code-point counting, the constant one-character strs and the no-copy builders.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/gc.hpp"
#include "core/obj_containers.hpp"
#include "core/text.hpp"
#include "tests/support/bare_heap.hpp"

using namespace core;

namespace {

alignas(16) char heap[1 << 18];

class StrCore : public ::testing::Test {
   protected:
    void SetUp() override { test_support::init_bare_heap(heap, sizeof heap); }
};

// Same text, compile-time and run-time: the hash must agree (constant names meet heap strs in dicts).
constexpr Str k_texts[] = {const_str(""),
                           const_str("a"),
                           const_str("ab"),
                           const_str("abc"),
                           const_str("abcd"),
                           const_str("abcde"),
                           const_str("key1"),
                           const_str("key2"),
                           const_str("h\xC3\xA9llo w\xC3\xB6rld!"),
                           const_str("0123456789abcdefg")};

TEST_F(StrCore, RuntimeHashMatchesConstexpr) {
    for (const Str& k : k_texts) {
        Value v = make_str(k.view());
        ASSERT_TRUE(v);
        EXPECT_EQ(str_hash(v.as<Str>()), k.hash) << std::string(k.view());
        EXPECT_EQ(v.as<Str>()->char_count(), k.char_count()) << std::string(k.view());
        EXPECT_EQ(v.as<Str>()->data[k.len], 0);
    }
    // Unaligned starts take the same path.
    const char* text = "xxkey1key2";
    EXPECT_EQ(hash_bytes(text + 2, 4), k_texts[6].hash);
    EXPECT_NE(k_texts[6].hash & 0xFF, k_texts[7].hash & 0xFF);  // the last byte reaches the low bits
}

// One str per identifier, through the table's growth and collections (the table keeps its strs alive).
TEST_F(StrCore, InternGivesOneStrPerName) {
    std::vector<const Str*> first;
    for (int i = 0; i < 500; ++i) {
        Value v = intern("name" + std::to_string(i));
        ASSERT_TRUE(v);
        first.push_back(v.as<Str>());
        if (i % 100 == 99) gc::collect();
    }
    EXPECT_EQ(interned_count(), 500u);
    for (int i = 0; i < 500; ++i) {
        std::string name = "name" + std::to_string(i);
        Value v = intern(name);
        ASSERT_EQ(v.as<Str>(), first[i]) << name;
        EXPECT_EQ(v.as<Str>()->view(), name);
    }
    EXPECT_EQ(interned_count(), 500u);
    EXPECT_NE(intern("name1").as<Str>(), intern("name10").as<Str>());
    EXPECT_EQ(intern("x"), intern(std::string("x")));  // one-character names are the constant strs
}

// A heap with no free run longer than 512 bytes still takes names: a full table is not rehashed into a
// bigger block, a new table goes in front of it, as small as the heap needs (a single table of 64 slots
// needs 528 bytes here, and interning failed with half the heap free).
TEST_F(StrCore, InternTakesNamesInAFragmentedHeap) {
    static void* keep[1024];
    ASSERT_TRUE(gc::add_root(keep, sizeof keep));
    size_t n = 0;
    while (n < 1024 && (keep[n] = gc::alloc(512))) ++n;
    ASSERT_GT(n, 100u);
    for (size_t i = 0; i < n; i += 2) gc::free(keep[i]), keep[i] = nullptr;
    for (int i = 0; i < 400; ++i) ASSERT_TRUE(intern("fragmented" + std::to_string(i))) << i;
    size_t text = 0, total = 0, tables = 0;
    EXPECT_EQ(interned_count(&text, &total, &tables), 400u);
    EXPECT_GT(tables, 1u);
    for (int i = 0; i < 400; ++i)
        EXPECT_EQ(intern("fragmented" + std::to_string(i)).as<Str>()->view(),
                  "fragmented" + std::to_string(i));
}

TEST_F(StrCore, Utf8Count) {
    std::string s;
    for (int i = 0; i < 40; ++i) {
        EXPECT_EQ(utf8_count(s.data(), s.size()), static_cast<size_t>(utf8_char_count(s.data(), s.size())));
        s += (i % 3 == 0) ? "\xE2\x82\xAC" : (i % 3 == 1 ? "b" : "\xC3\xA9");
    }
}

TEST_F(StrCore, OneCharStrsAreConstants) {
    Value a = make_str("a"), b = make_str("a");
    EXPECT_EQ(a, b);
    EXPECT_FALSE(gc::is_heap_pointer(a.as<Str>()));
    EXPECT_EQ(a.as<Str>()->hash, hash_bytes("a", 1));
    EXPECT_EQ(str_from_codepoint('z'), make_str("z"));
    Value e = str_from_codepoint(0xE9);
    EXPECT_EQ(e.as<Str>()->view(), "\xC3\xA9");
    EXPECT_EQ(e.as<Str>()->char_count(), 1u);
    EXPECT_EQ(make_str(""), make_str(""));
    EXPECT_EQ(intern("q"), make_str("q"));
}

TEST_F(StrCore, ConcatAndTextFinish) {
    Value ab = str_concat(make_str("ab"), make_str("c\xC3\xA9"));
    ASSERT_TRUE(ab);
    EXPECT_EQ(ab.as<Str>()->view(), "abc\xC3\xA9");
    EXPECT_EQ(ab.as<Str>()->char_count(), 4u);
    EXPECT_EQ(str_hash(ab.as<Str>()), hash_bytes("abc\xC3\xA9", 5));
    Value x = make_str("xyz");
    EXPECT_EQ(str_concat(x, make_str("")), x);
    const TextSelf str_self{&str_type, "", 0, 0, true}, bytes_self{&bytes_type, "", 0, 0, false};
    StrBuilder tb;
    for (int i = 0; i < 100; ++i) tb.append("ab");
    tb.append_char(0x20AC);
    Value v = text_finish(tb, str_self);
    ASSERT_TRUE(v);
    EXPECT_EQ(v.as<Str>()->len, 203u);
    EXPECT_EQ(v.as<Str>()->char_count(), 201u);
    EXPECT_EQ(str_hash(v.as<Str>()), hash_bytes(v.as<Str>()->data, 203));
    StrBuilder one;
    one.append("q");
    EXPECT_EQ(text_finish(one, str_self), str_ascii_char('q'));  // the constant one-character str
    StrBuilder empty;
    Value eb = text_finish(empty, bytes_self);  // nothing appended: still a valid empty bytes
    ASSERT_TRUE(eb);
    EXPECT_EQ(eb.as<Str>()->len, 0u);
    EXPECT_EQ(eb.as<Str>()->data[0], 0);
}

}  // namespace
