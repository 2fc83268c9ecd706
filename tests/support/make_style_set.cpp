// Writes a style set of drawn digits as labelled stroke JSON, for `digitpad-cli eval --strokes`
// and `digitpad-cli calibrate`: make-style-set OUT.json PER_DIGIT SEED [--numbers]
// (with --numbers: PER_DIGIT numbers of 3-4 styled digits side by side instead).
#include "support/StyleDigits.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

int main(int argc, char* argv[]) {
    const bool numbers = argc == 5 && std::string(argv[4]) == "--numbers";
    if (argc != 4 && !numbers) {
        std::fprintf(stderr, "usage: %s OUT.json PER_DIGIT SEED [--numbers]\n", argv[0]);
        return 2;
    }
    const int count = std::atoi(argv[2]);
    const auto seed = static_cast<std::uint32_t>(std::atol(argv[3]));
    const auto set = numbers ? digitpad::testing::styleNumbers(count, seed) : digitpad::testing::styleSet(count, seed);
    std::ofstream out(argv[1], std::ios::binary);
    out << digitpad::testing::styleSetJson(set);
    return out.good() ? 0 : 1;
}
