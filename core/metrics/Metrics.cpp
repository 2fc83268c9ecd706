#include "metrics/Metrics.h"

#include <cstdio>

namespace digitpad {

double ratio(double numerator, double denominator) { return denominator > 0 ? numerator / denominator : 0.0; }

namespace {

std::string reportLine(const char* label, const ClassScores& s) {
    char line[96];
    std::snprintf(line, sizeof line, "%12s %9.4f %9.4f %9.4f %9zu\n", label, s.precision, s.recall, s.f1, s.support);
    return line;
}

} // namespace

void ConfusionMatrix::add(int truth, int predicted) {
    if (truth < 0 || truth >= kClassCount || predicted < 0 || predicted >= kClassCount) return;
    ++counts_[truth][predicted];
}

std::size_t ConfusionMatrix::rowTotal(int truth) const {
    std::size_t sum = 0;
    for (int p = 0; p < kClassCount; ++p) sum += counts_[truth][p];
    return sum;
}

std::size_t ConfusionMatrix::columnTotal(int predicted) const {
    std::size_t sum = 0;
    for (int t = 0; t < kClassCount; ++t) sum += counts_[t][predicted];
    return sum;
}

std::size_t ConfusionMatrix::total() const {
    std::size_t sum = 0;
    for (int t = 0; t < kClassCount; ++t) sum += rowTotal(t);
    return sum;
}

std::size_t ConfusionMatrix::correct() const {
    std::size_t sum = 0;
    for (int d = 0; d < kClassCount; ++d) sum += counts_[d][d];
    return sum;
}

double ConfusionMatrix::accuracy() const { return ratio(static_cast<double>(correct()), static_cast<double>(total())); }

ClassificationReport makeReport(const ConfusionMatrix& matrix) {
    ClassificationReport report;
    report.total = matrix.total();
    report.accuracy = matrix.accuracy();
    for (int d = 0; d < kClassCount; ++d) {
        ClassScores& s = report.perClass[d];
        const double hits = static_cast<double>(matrix.count(d, d));
        s.support = matrix.rowTotal(d);
        s.precision = ratio(hits, static_cast<double>(matrix.columnTotal(d)));
        s.recall = ratio(hits, static_cast<double>(s.support));
        s.f1 = ratio(2 * s.precision * s.recall, s.precision + s.recall);
        report.macro.precision += s.precision / kClassCount;
        report.macro.recall += s.recall / kClassCount;
        report.macro.f1 += s.f1 / kClassCount;
        const double weight = ratio(static_cast<double>(s.support), static_cast<double>(report.total));
        report.weighted.precision += s.precision * weight;
        report.weighted.recall += s.recall * weight;
        report.weighted.f1 += s.f1 * weight;
    }
    report.macro.support = report.weighted.support = report.total;
    return report;
}

std::string formatReport(const ClassificationReport& report) {
    std::string text = "       digit precision    recall  f1-score   support\n\n";
    for (int d = 0; d < kClassCount; ++d) text += reportLine(std::to_string(d).c_str(), report.perClass[d]);
    char line[96];
    std::snprintf(line, sizeof line, "\n%12s %29.4f %9zu\n", "accuracy", report.accuracy, report.total);
    text += line;
    text += reportLine("macro avg", report.macro);
    text += reportLine("weighted avg", report.weighted);
    return text;
}

std::string formatConfusion(const ConfusionMatrix& matrix) {
    std::string text = "true\\pred";
    char cell[16];
    for (int p = 0; p < kClassCount; ++p) {
        std::snprintf(cell, sizeof cell, "%6d", p);
        text += cell;
    }
    text += "\n";
    for (int t = 0; t < kClassCount; ++t) {
        std::snprintf(cell, sizeof cell, "%9d", t);
        text += cell;
        for (int p = 0; p < kClassCount; ++p) {
            std::snprintf(cell, sizeof cell, "%6zu", matrix.count(t, p));
            text += cell;
        }
        text += "\n";
    }
    return text;
}

} // namespace digitpad
