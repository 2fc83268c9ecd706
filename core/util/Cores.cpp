#include "util/Cores.h"

#include "util/Numbers.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif

namespace digitpad {
namespace {

std::size_t machineCores() { return std::max(1u, std::thread::hardware_concurrency()); }

#if defined(__linux__)
std::size_t affinityCores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return machineCores();
    return static_cast<std::size_t>(std::max(1, CPU_COUNT(&set)));
}

// The process's cgroup v2 path ("0::/user.slice/..."), or nothing under cgroup v1.
std::optional<std::string> cgroupPath() {
    std::ifstream file("/proc/self/cgroup");
    for (std::string line; std::getline(file, line);)
        if (line.rfind("0::", 0) == 0) return line.substr(3);
    return std::nullopt;
}

// The tightest quota of the process's cgroup and its ancestors: a container's limit is often
// set on a cgroup above the one the process lands in.
std::optional<std::size_t> quotaCores() {
    const std::optional<std::string> path = cgroupPath();
    if (!path) return std::nullopt;
    std::optional<std::size_t> tightest;
    for (std::string dir = *path;;) {
        std::ifstream file("/sys/fs/cgroup" + (dir == "/" ? std::string() : dir) + "/cpu.max");
        std::string line;
        if (file && std::getline(file, line))
            if (const auto cores = coresFromCpuMax(line); cores && (!tightest || *cores < *tightest)) tightest = cores;
        if (dir.empty() || dir == "/") break;
        const std::size_t slash = dir.find_last_of('/');
        dir = slash == 0 || slash == std::string::npos ? "/" : dir.substr(0, slash);
    }
    return tightest;
}
#endif

} // namespace

std::optional<std::size_t> coresFromCpuMax(const std::string& line) {
    std::istringstream in(line);
    std::string quotaText, periodText;
    if (!(in >> quotaText >> periodText) || quotaText == "max") return std::nullopt;
    const std::optional<double> quota = parseNumber(quotaText), period = parseNumber(periodText);
    if (!quota || !period || !(*quota > 0) || !(*period > 0)) return std::nullopt;
    return static_cast<std::size_t>(std::max(1.0, std::ceil(*quota / *period)));
}

std::size_t usableCores() {
#if defined(__linux__)
    const std::size_t cores = affinityCores();
    const std::optional<std::size_t> quota = quotaCores();
    return quota ? std::min(cores, *quota) : cores;
#else
    return machineCores();
#endif
}

std::size_t threadsFor(std::size_t requested) { return requested > 0 ? requested : usableCores(); }

} // namespace digitpad
