#pragma once
#include "util/Cores.h"
#include "util/WorkerPool.h"

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace digitpad {

// How many parts to cut `count` items into on `cores` cores (0: every usable one): one per
// core, at least `minimumPerPart` items each, and one part for small jobs, where another thread
// costs more than it saves. A small job never asks how many cores there are (that reads the
// cgroup's files): a drawing read by a classical model is several such jobs.
inline std::size_t workParts(std::size_t count, std::size_t minimumPerPart, std::size_t cores = 0) {
    const std::size_t most = count / std::max<std::size_t>(1, minimumPerPart);
    if (most <= 1) return 1;
    return std::min(threadsFor(cores), most);
}

inline std::size_t workParts(const WorkerPool& pool, std::size_t count, std::size_t minimumPerPart) {
    return workParts(count, minimumPerPart, pool.parts());
}

// The start of slice `part` of `parts` contiguous slices of [0, count).
inline std::size_t sliceStart(std::size_t count, std::size_t parts, std::size_t part) { return count * part / parts; }

// Runs work(part, begin, end) over `parts` contiguous slices of [0, count), the first on the
// calling thread and the others on threads of their own; returns when all are done. For long
// jobs (a forest's trees, a grid search's folds), where starting a thread costs nothing.
template <typename Work>
void splitWork(std::size_t count, std::size_t parts, const Work& work) {
    std::vector<std::thread> helpers;
    for (std::size_t part = 1; part < parts; ++part)
        helpers.emplace_back(
            [&, part] { work(part, sliceStart(count, parts, part), sliceStart(count, parts, part + 1)); });
    work(0, sliceStart(count, parts, 0), sliceStart(count, parts, 1));
    for (std::thread& helper : helpers) helper.join();
}

// The same on a pool's threads (any slice on any of them), for the short passes of a network.
template <typename Work>
void splitWork(WorkerPool& pool, std::size_t count, std::size_t parts, const Work& work) {
    pool.run(parts, [&](std::size_t part) {
        work(part, sliceStart(count, parts, part), sliceStart(count, parts, part + 1));
    });
}

} // namespace digitpad
