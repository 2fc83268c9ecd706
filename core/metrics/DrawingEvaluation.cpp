#include "metrics/DrawingEvaluation.h"

namespace digitpad {

DrawingEvaluation evaluateDrawings(Classifier& model, const std::vector<LabelledDrawing>& drawings, ReadingMode mode) {
    DrawingEvaluation result;
    for (const LabelledDrawing& labelled : drawings) {
        const DrawingReading reading = readDrawing(model, labelled.drawing, mode);
        const bool right = !reading.digits.empty() && reading.text() == labelled.label;
        ++result.total;
        result.correct += right;
        result.answers.push_back({reading.confidence(), right});
        if (labelled.label.size() == 1) {
            if (reading.isNumber()) ++result.singlesSplit;
            else if (reading.digits.size() == 1 && reading.digits.front().digit >= 0)
                result.confusion.add(labelled.label[0] - '0', reading.digits.front().digit);
        }
    }
    return result;
}

} // namespace digitpad
