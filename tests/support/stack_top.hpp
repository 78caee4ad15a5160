// The top of the calling thread's stack, for core::init's c_stack_top in unit tests.
//
// The GC scans the C stack from its current depth up to c_stack_top, so the value must be above every
// frame that may hold heap pointers and still inside the stack mapping. A guess such as "a local's address
// plus 4 KB" can pass the end of the stack (how much lies above main depends on the environment) and
// crash the scan; the thread's own stack bounds cannot.
#pragma once
#include <pthread.h>

namespace test_support {

inline char* stack_top() {
    pthread_attr_t attr;
    void* base = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &base, &size);
        pthread_attr_destroy(&attr);
    }
    return static_cast<char*>(base) + size;
}

}  // namespace test_support
