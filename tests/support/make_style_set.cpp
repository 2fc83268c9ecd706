// Writes a style set of drawn digits as labelled stroke JSON, for `digitpad-cli eval --strokes`
// and `digitpad-cli calibrate`: make_style_set OUT.json PER_DIGIT SEED
#include "support/StyleDigits.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s OUT.json PER_DIGIT SEED\n", argv[0]);
        return 2;
    }
    const auto set = digitpad::testing::styleSet(std::atoi(argv[2]), static_cast<std::uint32_t>(std::atol(argv[3])));
    std::ofstream out(argv[1], std::ios::binary);
    out << digitpad::testing::styleSetJson(set);
    return out.good() ? 0 : 1;
}
