#pragma once
// Training data for how people really write digits, which MNIST rarely shows: a stroke-level
// generator of each digit's common variants (a 1 with a flag and with a base, a crossed 7, an
// open and a closed 4, a 9 with a curled or a straight tail, a flat-topped 5, a looped 2, a
// round and a slashed 0, a flat-topped 3, an 8 in one stroke or two loops...), every control
// point moved at random, with random slant, rotation, proportions, size, wobble and pen
// pressure, some written in a hurry (later strokes off their place, strokes bowed), rendered
// through the canvas's own preprocessing.
#include "data/Dataset.h"
#include "preprocess/Drawing.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace digitpad {

// The variants the generator draws for `digit`, by name.
std::vector<std::string> strokeStyleVariants(int digit);

// One drawing of `digit` in `variant` (an index into strokeStyleVariants), on a 400x400 canvas.
Drawing drawStyledDigit(int digit, std::size_t variant, std::mt19937& rng);

// `count` drawings, digits and variants in turn, preprocessed like the canvas does: MNIST-like
// images to mix into training.
Dataset strokeStyleDataset(std::size_t count, std::uint32_t seed);

} // namespace digitpad
