#pragma once
#include "model/Classifier.h"

#include <array>
#include <cstddef>
#include <string>

namespace digitpad {

// numerator / denominator, or 0 when the denominator is 0 (nothing counted yet).
double ratio(double numerator, double denominator);

// Rows are the true digit, columns the predicted one.
class ConfusionMatrix {
public:
    void add(int truth, int predicted);
    std::size_t count(int truth, int predicted) const { return counts_[truth][predicted]; }
    std::size_t rowTotal(int truth) const;
    std::size_t columnTotal(int predicted) const;
    std::size_t total() const;
    std::size_t correct() const;
    double accuracy() const;

private:
    std::array<std::array<std::size_t, kClassCount>, kClassCount> counts_{};
};

struct ClassScores {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    std::size_t support = 0;
};

// The classification report of the seed (scikit-learn's): per digit, then macro and
// support-weighted averages. A digit never predicted has precision 0, as scikit-learn does.
struct ClassificationReport {
    std::array<ClassScores, kClassCount> perClass{};
    ClassScores macro;
    ClassScores weighted;
    double accuracy = 0;
    std::size_t total = 0;
};

ClassificationReport makeReport(const ConfusionMatrix& matrix);
std::string formatReport(const ClassificationReport& report);
std::string formatConfusion(const ConfusionMatrix& matrix);

} // namespace digitpad
