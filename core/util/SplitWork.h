#pragma once
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace digitpad {

// How many parts splitWork cuts `count` items into: one per core, at least `minimumPerPart`
// items each, and one part for small jobs, where starting a thread costs more than it saves.
inline std::size_t workParts(std::size_t count, std::size_t minimumPerPart) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(cores, count / std::max<std::size_t>(1, minimumPerPart)));
}

// Runs work(part, begin, end) over `parts` contiguous slices of [0, count), the first on the
// calling thread and the others on threads of their own; returns when all are done.
template <typename Work>
void splitWork(std::size_t count, std::size_t parts, const Work& work) {
    std::vector<std::thread> helpers;
    const auto sliceStart = [&](std::size_t part) { return count * part / parts; };
    for (std::size_t part = 1; part < parts; ++part)
        helpers.emplace_back([&, part] { work(part, sliceStart(part), sliceStart(part + 1)); });
    work(0, sliceStart(0), sliceStart(1));
    for (std::thread& helper : helpers) helper.join();
}

} // namespace digitpad
