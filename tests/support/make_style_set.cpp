// Writes a style set of drawn digits as labelled stroke JSON, for `digitpad-cli eval --strokes`
// and `digitpad-cli calibrate`: make-style-set OUT.json PER_DIGIT SEED [option]
// (with --numbers: PER_DIGIT numbers of 3-4 styled digits side by side instead; with --hasty:
// the same digits written hastily, the calibration set; with --numbers-from=DIGITS.json:
// PER_DIGIT numbers of 3-4 of that file's single digits, pen drawings say, side by side, their
// baseline drifting by up to 8 % of the height or, with a further --drift=D, by up to D; with
// --traced-from=MNIST_DIR: PER_DIGIT x 10 of MNIST's test images, picked with SEED, traced into
// strokes as if drawn on the pad; --traced-training-from=MNIST_DIR: the same from MNIST's
// training images, for calibrating without touching the test images).
#include "data/Dataset.h"
#include "io/StrokesJson.h"
#include "calibration/StyleDigits.h"
#include "train/TracedDigits.h"
#include "util/FileIo.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

namespace {

std::vector<digitpad::StyledDrawing> tracedMnist(const std::string& mnist, digitpad::MnistSplit split, int count,
                                                          std::uint32_t seed) {
    const digitpad::Dataset tests = digitpad::loadMnist(mnist, split);
    const std::string name = split == digitpad::MnistSplit::Test ? "mnist-test-" : "mnist-training-";
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, tests.size() - 1);
    std::vector<digitpad::StyledDrawing> set;
    for (int i = 0; i < count; ++i) {
        const std::size_t k = pick(rng);
        set.push_back({digitpad::traceDigit(tests.image(k)), std::to_string(tests.labels[k]), name + std::to_string(k)});
    }
    return set;
}

} // namespace

int main(int argc, char* argv[]) {
    const std::string option = argc >= 5 ? argv[4] : "";
    const std::string driftOption = argc == 6 ? argv[5] : "";
    const double drift = driftOption.rfind("--drift=", 0) == 0 ? std::atof(driftOption.c_str() + 8) : 0.08;
    const std::string from = "--numbers-from=";
    const bool numbers = option == "--numbers", hasty = option.rfind("--hasty", 0) == 0;
    const std::string tracedFrom = "--traced-from=", tracedTrainingFrom = "--traced-training-from=";
    const bool composed = option.rfind(from, 0) == 0, tracedTests = option.rfind(tracedFrom, 0) == 0;
    const bool tracedTraining = option.rfind(tracedTrainingFrom, 0) == 0, traced = tracedTests || tracedTraining;
    const double haste = option.rfind("--hasty=", 0) == 0 ? std::atof(option.c_str() + 8) : 1.3;
    const bool driftOk = argc < 6 || (composed && driftOption.rfind("--drift=", 0) == 0 && drift >= 0 && drift < 1);
    if ((argc != 4 && !numbers && !hasty && !composed && !traced) || argc > 6 || !driftOk) {
        std::fprintf(stderr, "usage: %s OUT.json PER_DIGIT SEED [--numbers | --hasty[=HASTE] | --numbers-from=DIGITS.json [--drift=D] | --traced-from=MNIST_DIR | --traced-training-from=MNIST_DIR]\n", argv[0]);
        return 2;
    }
    const int count = std::atoi(argv[2]);
    const auto seed = static_cast<std::uint32_t>(std::atol(argv[3]));
    const std::string path = composed ? option.substr(from.size()) : "";
    try {
        const auto set = tracedTests ? tracedMnist(option.substr(tracedFrom.size()), digitpad::MnistSplit::Test, 10 * count, seed)
                         : tracedTraining ? tracedMnist(option.substr(tracedTrainingFrom.size()), digitpad::MnistSplit::Train,
                                                        10 * count, seed)
                         : composed  ? digitpad::numbersFromDigits(
                                         digitpad::parseLabelledStrokesJson(digitpad::readFileBytes(path), path), count, seed, drift)
                         : numbers ? digitpad::styleNumbers(count, seed)
                                   : digitpad::styleSet(count, seed, hasty ? haste : 0.0);
        std::ofstream out(argv[1], std::ios::binary);
        out << digitpad::styleSetJson(set);
        return out.good() ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
