// The compiler's memory: a module's defs are compiled while it is parsed (core/compiler.cpp,
// compile_parsed_def), so compiling never needs room for the module's whole syntax tree and its code.
#include <gtest/gtest.h>

#include <string>

#include "core/code.hpp"
#include "core/compiler.hpp"
#include "core/engine.hpp"
#include "core/gc.hpp"
#include "core/obj_function.hpp"
#include "core/obj_module.hpp"
#include "core/parser.hpp"
#include "tests/support/stack_top.hpp"

namespace {

alignas(16) char arena[1 << 20];

// 40 functions of a dozen lines each: about 16 KB of source, whose tree is several times that.
std::string many_functions() {
    std::string s;
    for (int i = 0; i < 40; ++i) {
        std::string n = std::to_string(i);
        s += "def f" + n + "(a, b=" + n + "):\n";
        s += "    total = 0\n";
        s += "    for k in range(a):\n";
        s += "        if k % 3 == 0 and k > b:\n";
        s += "            total += k * b - (a // 2)\n";
        s += "        elif k % 5 == 1:\n";
        s += "            total -= len([x for x in range(k) if x & 1])\n";
        s += "        else:\n";
        s += "            total = max(total, k + b, a - k)\n";
        s += "    return total + " + n + "\n\n";
    }
    s += "r = sum(f(10) for f in (f0, f13, f39))\n";
    return s;
}

[[gnu::noinline]] size_t tree_bytes(const std::string& src) {
    size_t before = core::gc::info().used;
    core::ast::Node* root = core::parse(src, nullptr, core::ParseMode::File);
    EXPECT_NE(root, nullptr);
    core::gc::collect();  // `root` keeps the tree alive through this frame
    size_t used = core::gc::info().used;
    EXPECT_NE(root, nullptr);
    return used - before;
}

// Nodes share chunks instead of each taking a block: an item `a.b` (an Attribute, a Name and its pointer in
// the list) cost 56 B as blocks on a 64-bit host (32 + 16 + 8), 36 B on a 32-bit one (16 + 16 + 4); in
// chunks 48 and 32 B (24 on the board's nodes), plus the chunks' links and ends.
TEST(CompileMemory, NodesShareChunks) {
    auto list_of = [](int n) {
        std::string src = "x = [";
        for (int i = 0; i < n; ++i) src += "a.b, ";
        return src + "]\n";
    };
    // The difference of two lists: what the parser's own state leaves reachable (its operand stack holds
    // up to 512 items for both) cancels out.
    size_t per_item = sizeof(void*) == 8 ? 52 : 34;
    ASSERT_TRUE(core::init(arena, sizeof arena, test_support::stack_top()));
    size_t small = tree_bytes(list_of(300));
    ASSERT_TRUE(core::init(arena, sizeof arena, test_support::stack_top()));  // the first tree gone
    size_t big = tree_bytes(list_of(500));
    ASSERT_GT(big, small);
    EXPECT_LT(big - small, 200 * per_item);
}

TEST(CompileMemory, ModuleNeverHoldsItsWholeTree) {
    std::string src = many_functions();
    ASSERT_TRUE(core::init(arena, sizeof arena, test_support::stack_top()));
    core::gc::collect();
    size_t base = core::gc::info().used;
    size_t tree = tree_bytes(src);
    ASSERT_GT(tree, 4 * src.size());  // the premise: a tree is several times its source

    // A heap with room for the runtime and the tree but not for the compiled code (~1 KB per function
    // here) beside it: enough when only one function's tree is in the heap at a time.
    size_t heap = base + tree;
    ASSERT_LT(heap, sizeof arena);
    ASSERT_TRUE(core::init(arena, heap, test_support::stack_top()));
    core::Value m = core::exec_source(src, "<many>");
    ASSERT_TRUE(m) << "MemoryError compiling in " << heap << " bytes (tree " << tree << ")";
    core::Value r = core::dict_get_str(core::main_module().as<core::Module>()->globals,
                                       core::intern("r").as<core::Str>());
    // f0(10) + f13(10) + f39(10), computed by the same definitions in python3.
    EXPECT_EQ(r, core::Value::small(125));
}

// A small function is one block: its empty tuples (no names, locals or cells here) are one constant, not
// a header each, and its bytecode and line table follow the header instead of taking two blocks more.
TEST(CompileMemory, SmallFunctionIsOneBlock) {
    ASSERT_TRUE(core::init(arena, sizeof arena, test_support::stack_top()));
    ASSERT_TRUE(core::exec_source("def f():\n    pass\n", "<f>"));
    core::Value f = core::dict_get_str(core::main_module().as<core::Module>()->globals,
                                       core::intern("f").as<core::Str>());
    ASSERT_TRUE(f);
    const core::Code* code = f.as<core::Function>()->code;
    for (const core::Tuple* t : {code->names, code->varnames, code->cellnames}) {
        EXPECT_EQ(t->len, 0u);
        EXPECT_FALSE(core::gc::is_heap_pointer(t));
    }
    size_t block = core::gc::block_bytes(code);
    EXPECT_LT(block, sizeof(core::Code) + 2 * sizeof(core::Tuple) + sizeof(core::Value));
    auto* start = reinterpret_cast<const uint8_t*>(code);
    ASSERT_GT(code->bytecode_len, 0u);
    ASSERT_GT(code->lines_len, 0u);
    EXPECT_TRUE(code->bytecode > start && code->bytecode + code->bytecode_len <= start + block);
    EXPECT_TRUE(code->lines > start && code->lines + code->lines_len <= start + block);
}

}  // namespace
