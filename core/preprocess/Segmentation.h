#pragma once
#include "preprocess/Drawing.h"
#include "preprocess/InkBox.h"

#include <vector>

namespace digitpad {

// One digit of a drawn number: its strokes (or pieces of strokes) and where they are.
struct DigitSegment {
    Drawing drawing;
    InkBox box;
};

// A group of strokes that belong together (they overlap, touch, or are specks), and, when the
// group is much wider than tall, the pieces it would be cut into at its thinnest ink. Whether
// such a cut is right is for the reader to judge (a wide 2 or 0 is one digit).
struct StrokeGroup {
    DigitSegment whole;
    std::vector<DigitSegment> cut; // empty when the group is not wide enough to hold two digits
    // When the group's strokes fall into two or more tall clusters side by side that only just
    // overlap (a 1 written against a 5), those clusters, each with the short strokes it holds
    // (a 5's flag): the digits the group would be if its strokes only touch by haste. Empty
    // otherwise; which reading is right is again the reader's call (a 0 drawn as two arcs).
    std::vector<DigitSegment> apart;
};

// The drawing's stroke groups, left to right; empty for an empty drawing.
std::vector<StrokeGroup> groupStrokes(const Drawing& drawing);

// Splits a drawing of a number into its digits, left to right. Strokes whose horizontal
// extents overlap, or that touch, belong to one digit (a 4 or a 5 drawn in two strokes); a group much wider
// than tall is cut where the ink is thinnest near evenly spaced positions (digits drawn
// touching, or in one stroke); specks too small to be a digit join their nearest neighbour.
// An empty drawing gives no segments; a single digit gives one.
std::vector<DigitSegment> segmentDigits(const Drawing& drawing);

} // namespace digitpad
