#pragma once
// Reading a drawing: the one path from strokes to an answer that the canvas, `predict` and
// the evaluation on drawings share.
#include "model/DrawingOffsets.h"
#include "model/Classifier.h"
#include "preprocess/Segmentation.h"

#include <optional>
#include <string>
#include <vector>

namespace digitpad {

// Auto: one digit unless the drawing shows evidence of several (separate groups of strokes on a
// common line, a wide group whose pieces the model reads clearly better than the whole, or a
// group of tall clusters side by side that each read surely). OneDigit: the whole drawing is one
// digit. Number: every group, every wide group's pieces and every group's tall clusters are digits.
enum class ReadingMode { Auto, OneDigit, Number };
// WithInspection: also what the model looked at for the digit worth a closer look (the least
// confident one), at the cost of one backward pass; for one digit it reuses the reading's forward pass.
enum class ReadingDetail { Digits, WithInspection };

// "auto", "digit", "number"; parseReadingMode throws Error for anything else.
const char* readingModeName(ReadingMode mode);
ReadingMode parseReadingMode(const std::string& name);

// Below this confidence (of the least sure digit) the app says the reading is doubtful. Chosen
// on the style set of drawings (tests/benchmarks/real_handwriting.sh), with the calibrated
// bundled model: it flags most wrong readings and few right ones.
constexpr float kDoubtfulBelow = 0.9f;

// One digit of the drawing as the model read it.
struct DigitReading {
    InkBox box;
    int digit = -1;        // -1: nothing readable in this segment
    float confidence = 0;  // the probability of `digit`
    Probabilities probabilities{};
    Image28 image; // what the model saw for this digit
    // Looks like no digit at all (reading/InkEvidence.h): ink and parts unlike any digit's, or
    // one of them and a doubtful reading. Not the same as a digit read doubtfully.
    bool noDigit = false;
};

struct DrawingReading {
    std::vector<DigitReading> digits; // left to right; one for a single digit
    std::string problem;              // why nothing could be read (an empty drawing...), else empty
    // With ReadingDetail::WithInspection and a model that has insides worth showing (CNNs): the
    // feature maps and saliency of digits[leastConfident()].
    std::optional<Inspection> inspection;

    bool isNumber() const { return digits.size() >= 2; }
    // "7" or "2026"; an unreadable digit shows as '?'.
    std::string text() const;
    // The least confident digit's confidence (0 for no digits): how far to trust the whole.
    float confidence() const;
    // Index of the least confident digit (-1 for none): the one worth a closer look.
    int leastConfident() const;
    // Whether any part looks like no digit at all (DigitReading::noDigit).
    bool showsNoDigit() const;
};

// With ReadingDetail::WithInspection and an `against` digit (0-9) other than the one in focus,
// the inspection also says why the focus digit was read and not `against`.
DrawingReading readDrawing(Classifier& model, const Drawing& drawing, ReadingMode mode = ReadingMode::Auto,
                           ReadingDetail detail = ReadingDetail::Digits, int against = -1);
// An image that already is the model's input (a test image, a saved sample): one digit, read in
// its views (ImageViews.h) as a drawing is, with the same detail; a person's digit (ImagesOf::People) with the drawing offsets and
// the model's second opinion, if it has one.
DrawingReading readImage(Classifier& model, const Image28& image, ReadingDetail detail = ReadingDetail::Digits,
                         int against = -1, ImagesOf kind = ImagesOf::Mnist);

} // namespace digitpad
