// A bare core for unit tests of the collector and the text code: a fresh interpreter state and a heap,
// without core::init's modules and builtins.
#pragma once
#include <cstddef>

#include "core/gc.hpp"
#include "core/runtime.hpp"
#include "tests/support/stack_top.hpp"

namespace test_support {

inline void init_bare_heap(void* arena, size_t bytes) {
    core::state = core::State{};
    core::state.c_stack_top = stack_top();  // above the test's frames, so its locals are scanned
    core::gc::init(arena, bytes);
}

}  // namespace test_support
