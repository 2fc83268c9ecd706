#pragma once
// Which neighbouring stroke groups are one digit whose strokes were put down apart (a hastily
// drawn 4's stem beside its bar, a 5's flag), on the evidence of where they sit and how the model
// reads them together and apart (docs/real-handwriting.md, "How a drawing is read").
#include "reading/DrawingReader.h"

#include <optional>
#include <vector>

namespace digitpad {

// A stroke group and, once the joins have read it, its reading as one digit: the reader need not
// read it again.
struct GroupToRead {
    StrokeGroup group;
    std::optional<DigitReading> whole;
};

std::vector<GroupToRead> unreadGroups(std::vector<StrokeGroup> groups);

// The groups, left to right, with neighbours that may be one digit joined when the model reads
// them together surely enough. A group of several tall clusters meets its neighbour with its
// outer cluster: a 4's slanted stem put down against the next digit clusters with that digit.
std::vector<GroupToRead> joinPartsOfOneDigit(Classifier& model, std::vector<StrokeGroup> groups);

// Whether a group's two tall clusters, read `apart`, are one digit on the same evidence, the
// group read `whole` (a 4's bar and stem put down against each other, the bar higher).
bool clustersAreOneDigit(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& apart);

} // namespace digitpad
