#pragma once
// How many cores this process may really use. std::thread::hardware_concurrency() counts the
// machine's cores, not the ones the process was given: pinned to 2 of 16 (taskset, a container's
// cpuset) or held to a 2-core quota, a pool of 16 workers fights over 2 cores and training runs
// at half its speed.
#include <cstddef>
#include <optional>
#include <string>

namespace digitpad {

// The cores of the calling thread's affinity mask, capped by a cgroup v2 CPU quota (cpu.max of
// the process's cgroup and each one above it) when there is one; at least 1. Elsewhere than
// Linux, the machine's core count.
std::size_t usableCores();

// A thread count as asked for (0: automatic) made real: `requested` if above 0, else usableCores().
std::size_t threadsFor(std::size_t requested);

// The cores a cgroup v2 `cpu.max` line allows ("200000 100000": 2; "150000 100000": 2, rounded
// up; "max 100000": none), or nothing when it sets no limit or cannot be read.
std::optional<std::size_t> coresFromCpuMax(const std::string& line);

} // namespace digitpad
