#pragma once
// A second, independent generator of drawn digits, for measuring and calibrating only (never
// for training): each digit in the variants people really write (a 1 with a flag and a base, a
// crossed 7, an open 4, a 9 with a curled tail, a slashed 0, a flat-topped 3, a looped 2...),
// with random slant, proportions, size, position, wobble and pen pressure, drawn as a mouse or
// pen would draw them (densely sampled strokes).
#include "metrics/DrawingEvaluation.h"
#include "preprocess/Drawing.h"

#include <cstdint>
#include <string>
#include <vector>

namespace digitpad {

struct StyledDrawing {
    Drawing drawing;
    std::string label;   // "7", or "314" for a number
    std::string variant; // "flag+base", "crossed"...; for a number, its digits' variants
};

// The variants of `digit` the generator knows.
std::vector<std::string> styleVariants(int digit);

// `perDigit` drawings of each digit, variants taken in turn, everything else random from `seed`.
// `haste` > 0 writes hastily: strokes put down off their place and the shape bent by a slow wave
// (1: by about 6 % of the height), the kind of drawing a model is unsure about; make-style-set
// --hasty writes the calibration set at 1.3, where the model errs about as often as on people's.
std::vector<StyledDrawing> styleSet(int perDigit, std::uint32_t seed, double haste = 0);

// `count` numbers of 3 or 4 styled digits side by side, the gap between neighbours' ink drawn
// from a slight overlap (-5 % of the height) to 40 % of the height.
std::vector<StyledDrawing> styleNumbers(int count, std::uint32_t seed);

// `count` numbers of 3 or 4 of the given single-digit drawings (pen drawings, say) side by side,
// laid out as styleNumbers lays out its own: each scaled to the number's height, on a common
// baseline, with the same gaps. Each digit's bottom and height wander by up to `drift` of the
// number's height (8 %, as styleNumbers', unless asked otherwise: hurried writers' lines drift
// more). Drawings whose label is not one digit are left out.
std::vector<StyledDrawing> numbersFromDigits(const std::vector<LabelledDrawing>& digits, int count, std::uint32_t seed,
                                             double drift = 0.08);

// Writes a set as labelled stroke JSON: [{"label": "7", "variant": "...", "strokes": [...]}, ...].
std::string styleSetJson(const std::vector<StyledDrawing>& set);

} // namespace digitpad
