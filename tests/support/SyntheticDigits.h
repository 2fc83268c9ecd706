#pragma once
#include "preprocess/Drawing.h"

#include <cstdint>
#include <string>
#include <vector>

namespace digitpad::testing {

// How a synthetic person draws: where, how big, how slanted, how shaky.
struct DrawStyle {
    double x = 100, y = 100;  // top-left of the digit, canvas pixels
    double height = 200;      // canvas pixels
    double widthRatio = 0.7;  // width / height
    double slant = 0;         // horizontal shift per unit of height (0.2 = italic)
    double jitter = 0;        // random wobble, in canvas pixels
    std::uint32_t seed = 1;
    double pressure = StrokePoint::kNoPressure;
};

// A hand-drawn-looking digit 0-9 as strokes (curves sampled densely, as a mouse would).
Drawing syntheticDigit(int digit, const DrawStyle& style = {});

// Styles a test sweeps through: small and large, off-centre, slanted, wide and narrow, shaky.
DrawStyle variedStyle(int index);

// A number written as a row of synthetic digits of random size, shape and slant. The gap
// between one digit's ink and the next is drawn from [minGap, maxGap] times the digit height;
// a negative gap makes neighbours overlap (touching digits).
struct SyntheticNumber {
    Drawing drawing;
    std::vector<int> digits;
    std::string text;
};
SyntheticNumber syntheticNumber(const std::vector<int>& digits, double minGap, double maxGap, std::uint32_t seed);

} // namespace digitpad::testing

#include "data/Dataset.h"

namespace digitpad::testing {

// `perDigit` drawings of each digit in random styles, preprocessed like the canvas does.
Dataset syntheticDataset(int perDigit, std::uint32_t seed);

// The MNIST folder the tests use; fails the test run loudly (not a skip) when it is missing.
std::string requireMnistFolder();

} // namespace digitpad::testing
