// Power-cut harness: cut power at every flash operation of a long mixed workload, remount, and check
// that no file closed before the cut was lost or changed. Quick sample by default; MBPY_FULL=1 cuts at
// every operation (and cuts the recovering mount again at several points).
#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <set>

#include "fs_board.hpp"

using fstest::Board;
using fstest::pattern;
using Files = std::map<std::string, std::vector<uint8_t>>;

namespace {

enum class Kind { Put, Append, Remove, Unclosed, StartIndex };
struct Step {
    Kind kind;
    std::string name;
    std::vector<uint8_t> data;
    uint32_t piece = 64;
};

// create, overwrite (with and without room for both copies), delete, an abandoned writer, fill to
// full, page erases, compactions.
std::vector<Step> workload() {
    std::vector<Step> w;
    auto put = [&](std::string n, size_t len, uint32_t seed, uint32_t piece = 64) {
        w.push_back({Kind::Put, std::move(n), pattern(len, seed), piece});
    };
    put("main.py", 500, 1);
    put("data.txt", 117, 2);  // ends exactly at a chunk end: eager chunk
    put("a", 50, 3);
    put("b", 3000, 4, 1000);
    for (int k = 0; k < 4; ++k) put("a", 100 + 130 * k, 10 + k);
    put("main.py", 260, 20);
    w.push_back({Kind::Remove, "b", {}});
    w.push_back({Kind::Unclosed, "u", pattern(300, 30)});
    w.push_back({Kind::StartIndex, "", {}, 150});
    for (int k = 0; k < 26; ++k) put("fill" + std::to_string(k), 900, 100 + k, 300);  // reaches ENOSPC
    for (int k = 0; k < 26; k += 2) w.push_back({Kind::Remove, "fill" + std::to_string(k), {}});
    put("a", 2000, 40, 500);
    for (int k = 0; k < 60; ++k) put("s" + std::to_string(k), 40, 200 + k);  // fills again
    for (int k = 0; k < 60; k += 2) w.push_back({Kind::Remove, "s" + std::to_string(k), {}});
    w.push_back({Kind::StartIndex, "", {}, 3});
    put("big", 1500, 50, 200);  // needs compactions
    put("main.py", 700, 51);
    put("fill1", 5000, 52, 700);
    put("big", 9000, 54, 1000);
    put("big", 9500, 55, 1000);  // no room for two copies: falls back to the firmware's order
    for (int k = 1; k < 60; k += 4) w.push_back({Kind::Remove, "s" + std::to_string(k), {}});
    put("a", 10, 53);
    // appends: to a small file, across chunk ends, to a missing file, and until there is no room
    auto append = [&](std::string n, size_t len, uint32_t seed) {
        w.push_back({Kind::Append, std::move(n), pattern(len, seed), 100});
    };
    append("a", 300, 60);
    append("main.py", 117, 61);
    append("log", 40, 62);
    for (int k = 0; k < 4; ++k) append("big", 2000, 63 + k);  // the last ones find no room
    append("log", 500, 70);
    return w;
}

bool is_prefix(const std::vector<uint8_t>& p, const std::vector<uint8_t>& full) {
    return p.size() <= full.size() && std::equal(p.begin(), p.end(), full.begin());
}

// Applies a completed step to the model of closed files.
void apply(Files& model, const Step& s, int result) {
    if (s.kind == Kind::Put) {
        if (result == 0)
            model[s.name] = s.data;
        else
            model.erase(s.name);  // ENOSPC: the partial file is deleted (old copy gone as on the firmware)
    } else if (s.kind == Kind::Append) {
        if (result == 0) model[s.name].insert(model[s.name].end(), s.data.begin(), s.data.end());
    } else if (s.kind == Kind::Remove) {
        model.erase(s.name);
    }
}

int run_step(Board& b, const Step& s, fs::File& unclosed) {
    switch (s.kind) {
        case Kind::Put: return b.put(s.name, s.data, s.piece);
        case Kind::Append: return b.append(s.name, s.data, s.piece);
        case Kind::Remove: return b.fs.remove(s.name);
        case Kind::StartIndex: b.fs.set_start_index(s.piece); return 0;
        case Kind::Unclosed:
            if (b.fs.open_write(s.name, unclosed) == 0)
                b.fs.write(unclosed, s.data.data(), uint32_t(s.data.size()));
            return 0;
    }
    return 0;
}

struct Outcome {
    Files before;              // closed files before the interrupted step
    std::optional<Step> step;  // the interrupted step (none: the workload finished)
    bool fallback = false;     // the interrupted overwrite had no room for two copies
    int appends_refused = 0;   // appends that found no room (ENOSPC, the file kept)
};

// Runs the workload on b until the flash dies.
Outcome run_until_cut(Board& b, const std::vector<Step>& w) {
    Outcome o;
    fs::File unclosed;
    for (const Step& s : w) {
        uint32_t fallbacks = b.fs.stats.unsafe_fallbacks;
        int r = run_step(b, s, unclosed);
        if (b.ram.dead()) {
            o.step = s;
            o.fallback = b.fs.stats.unsafe_fallbacks != fallbacks;
            return o;
        }
        apply(o.before, s, r);
        o.appends_refused += s.kind == Kind::Append && r < 0;
    }
    return o;
}

// The invariant after a remount.
void check(Board& b, const Outcome& o, const std::vector<Step>& w, const std::string& where) {
    Files now = b.all();
    for (auto& [name, data] : o.before) {
        bool touched = o.step && o.step->name == name;
        if (!touched) {
            ASSERT_TRUE(now.count(name)) << where << " lost " << name;
            ASSERT_EQ(now[name], data) << where << " changed " << name;
        } else if (o.step->kind == Kind::Remove) {
            ASSERT_TRUE(!now.count(name) || now[name] == data) << where << " " << name;
        } else if (o.step->kind == Kind::Append) {  // old or old + appended, whole
            std::vector<uint8_t> both = data;
            both.insert(both.end(), o.step->data.begin(), o.step->data.end());
            ASSERT_TRUE(now.count(name)) << where << " lost appended " << name;
            ASSERT_TRUE(now[name] == data || now[name] == both) << where << " torn append " << name;
        } else if (!o.fallback) {  // overwrite: old or new copy, whole
            ASSERT_TRUE(now.count(name)) << where << " lost overwritten " << name;
            ASSERT_TRUE(now[name] == data || now[name] == o.step->data)
                << where << " torn overwrite " << name;
        } else if (now.count(name)) {
            ASSERT_TRUE(now[name] == data || is_prefix(now[name], o.step->data)) << where << " " << name;
        }
    }
    for (auto& [name, data] : now) {  // files that were never closed: a prefix of what was written
        if (o.before.count(name)) continue;
        const std::vector<uint8_t>* intended = nullptr;
        for (const Step& s : w)
            if (s.name == name && !s.data.empty()) intended = &s.data;
        ASSERT_TRUE(intended) << where << " unknown file " << name;
        bool ok = false;
        for (const Step& s : w) ok |= s.name == name && is_prefix(data, s.data);
        ASSERT_TRUE(ok) << where << " garbage in never-closed " << name;
    }
    // The repaired filesystem is stable and usable.
    uint32_t free_before = b.fs.free_chunks();
    ASSERT_EQ(b.mount(7), 0);
    ASSERT_EQ(b.fs.stats.repairs, 0u) << where << " second mount repaired again";
    ASSERT_EQ(b.fs.free_chunks(), free_before);
    if (b.fs.free_chunks() >= 2) {
        ASSERT_EQ(b.put("probe", pattern(130, 77)), 0) << where;
        std::vector<uint8_t> out;
        ASSERT_EQ(b.get("probe", out), 0);
        ASSERT_EQ(out, pattern(130, 77)) << where;
    }
    ASSERT_EQ(b.ram.bad_ops(), 0u) << where;
}

// Forwards to a RamFlash and notes the operation number of every page erase.
struct Recorder {
    fs::Flash inner;
    std::vector<uint64_t> erase_ops;
    uint64_t ops = 0;
    fs::Flash flash() {
        return fs::Flash{this,
                         [](void* c, uint32_t a) {
                             auto* r = static_cast<Recorder*>(c);
                             return r->inner.map(r->inner.ctx, a);
                         },
                         [](void* c, uint32_t a) {
                             auto* r = static_cast<Recorder*>(c);
                             r->erase_ops.push_back(r->ops++);
                             r->inner.erase_page(r->inner.ctx, a);
                         },
                         [](void* c, uint32_t a, uint32_t v) {
                             auto* r = static_cast<Recorder*>(c);
                             ++r->ops;
                             r->inner.write_word(r->inner.ctx, a, v);
                         }};
    }
};

bool full_mode() {
    const char* e = std::getenv("MBPY_FULL");
    return e && std::string(e) == "1";
}

}  // namespace

TEST(FsPowerCut, EveryFlashOperation) {
    const std::vector<Step> w = workload();
    // Dry run: count operations, note where the erases are, and check the workload really sweeps.
    Board dry;
    Recorder rec{dry.ram.flash()};
    dry.fs.mount(rec.flash(), dry.geo, 37);
    const std::vector<uint64_t>& erase_ops = rec.erase_ops;
    Outcome done = run_until_cut(dry, w);
    ASSERT_FALSE(done.step);
    const uint64_t total = dry.ram.ops();
    EXPECT_GT(dry.fs.stats.compactions, 0u);
    EXPECT_GT(dry.fs.stats.page_erases, dry.fs.stats.compactions * 2);
    EXPECT_GT(dry.fs.stats.unsafe_fallbacks, 0u);
    EXPECT_GT(done.appends_refused, 0);
    Board base;
    base.mount(37);
    const uint64_t mount_ops = base.ram.ops();
    std::set<uint64_t> cuts;
    if (full_mode()) {
        for (uint64_t k = mount_ops; k < total; ++k) cuts.insert(k);
    } else {
        // An even sample of all operations, plus every page erase and the operations around it (the
        // risky moments: torn erases, compaction steps).
        for (uint64_t k = mount_ops; k < total; k += total / 500 + 1) cuts.insert(k);
        for (uint64_t e : erase_ops)
            for (uint64_t k = e > 2 ? e - 2 : 0; k <= e + 2; ++k)
                if (k >= mount_ops && k < total) cuts.insert(k);
    }
    printf("power-cut: %llu operations in the workload, %zu cut points%s\n", (unsigned long long)total,
           cuts.size(), full_mode() ? " (full)" : " (quick sample; MBPY_FULL=1 for all)");
    uint32_t recut = 0;
    for (uint64_t k : cuts) {
        Board b;
        b.mount(37);
        b.ram.cut_at(k, uint32_t(k * 7919));
        Outcome o = run_until_cut(b, w);
        ASSERT_TRUE(o.step) << k;
        std::string where = "cut at op " + std::to_string(k);
        // Optionally cut the recovering mount too (a second power loss during repair).
        bool twice = full_mode() ? (k % 3 == 0) : (k % 5 == 0);
        b.ram.revive();
        if (twice) {
            Board probe = b;  // how many operations does recovery take?
            probe.ram = fs::RamFlash(probe.mem.data(), uint32_t(probe.mem.size()), 1024);
            probe.mount(5);
            uint64_t rec = probe.ram.ops();
            if (rec > 0) {
                b.ram.cut_at(b.ram.ops() + k % rec, uint32_t(k));
                b.mount(5);
                b.ram.revive();
                ++recut;
                where += " + recovery cut";
            }
        }
        ASSERT_EQ(b.mount(5), 0) << where;
        check(b, o, w, where);
        if (HasFatalFailure()) return;
    }
    printf("power-cut: %u of them also cut during recovery\n", recut);
}
