// The heapq module (uheapq): a binary min-heap on a list, as CPython's (same sift order, same results).
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"

#if MBPY_MOD_HEAPQ  // config.hpp
namespace core {

static List* heap_arg(Value v) {
    Value n = native_of(v);
    if (!is_type(n, &list_type)) return raise_type_error("heap argument must be a list"_msg), nullptr;
    return n.as<List>();
}

// 1 if a < b, 0 if not, -1 on error.
static int less(Value a, Value b) {
    Value r = binary_op(BinaryOp::Lt, a, b);
    return r ? truth(r) : -1;
}

// CPython's _siftdown: moves items[pos] up towards start.
static bool sift_down(List* h, size_t start, size_t pos) {
    Value item = h->items[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        Value p = h->items[parent];
        int lt = less(item, p);
        if (lt < 0) return false;
        if (!lt) break;
        h->items[pos] = p;
        pos = parent;
    }
    h->items[pos] = item;
    return true;
}

// CPython's _siftup: bubbles the smaller child up to the leaf, then sifts the item down.
static bool sift_up(List* h, size_t pos) {
    size_t end = h->len, start = pos;
    Value item = h->items[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end) {
            int lt = less(h->items[child], h->items[right]);
            if (lt < 0) return false;
            if (!lt) child = right;
        }
        if (h->len != end) return raise_runtime_error("list changed size during iteration"_msg), false;
        h->items[pos] = h->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    h->items[pos] = item;
    return sift_down(h, start, pos);
}

static Value hq_heappush(const Args& a) {
    List* h = heap_arg(a.pos[0]);
    if (!h || !list_append(h, a.pos[1])) return {};
    return sift_down(h, 0, h->len - 1) ? none() : Value();
}

static Value hq_heappop(const Args& a) {
    List* h = heap_arg(a.pos[0]);
    if (!h) return {};
    if (h->len == 0) return raise_index_error("index out of range"_msg);
    Value last = h->items[--h->len];
    if (h->len == 0) return last;
    Value top = h->items[0];
    h->items[0] = last;
    return sift_up(h, 0) ? top : Value();
}

static Value hq_heapify(const Args& a) {
    List* h = heap_arg(a.pos[0]);
    if (!h) return {};
    for (size_t i = h->len / 2; i-- > 0;) {
        if (!sift_up(h, i)) return {};
    }
    return none();
}

static Value hq_heapreplace(const Args& a) {
    List* h = heap_arg(a.pos[0]);
    if (!h) return {};
    if (h->len == 0) return raise_index_error("index out of range"_msg);
    Value top = h->items[0];
    h->items[0] = a.pos[1];
    return sift_up(h, 0) ? top : Value();
}

static Value hq_heappushpop(const Args& a) {
    List* h = heap_arg(a.pos[0]);
    if (!h) return {};
    Value item = a.pos[1];
    if (h->len == 0) return item;
    int lt = less(h->items[0], item);
    if (lt < 0) return {};
    if (!lt) return item;
    Value top = h->items[0];
    h->items[0] = item;
    return sift_up(h, 0) ? top : Value();
}

static constexpr NativeFunction f_heappush = native(q_heappush, hq_heappush, 2, 2);
static constexpr NativeFunction f_heappop = native(q_heappop, hq_heappop, 1, 1);
static constexpr NativeFunction f_heapify = native(q_heapify, hq_heapify, 1, 1);
static constexpr NativeFunction f_heapreplace = native(q_heapreplace, hq_heapreplace, 2, 2);
static constexpr NativeFunction f_heappushpop = native(q_heappushpop, hq_heappushpop, 2, 2);

static const AttrEntry heapq_entries[] = {{&q_heappush, &f_heappush},
                                          {&q_heappop, &f_heappop},
                                          {&q_heapify, &f_heapify},
                                          {&q_heapreplace, &f_heapreplace},
                                          {&q_heappushpop, &f_heappushpop}};
const AttrTable heapq_module_table = {heapq_entries, sizeof(heapq_entries) / sizeof(heapq_entries[0])};

}  // namespace core

#endif  // MBPY_MOD_HEAPQ
