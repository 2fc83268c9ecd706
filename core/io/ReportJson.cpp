#include "io/ReportJson.h"

#include <nlohmann/json.hpp>

#include "util/Numbers.h"

namespace digitpad {
namespace {

using Json = nlohmann::json;

Json scoresToJson(const ClassScores& s) {
    return {{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}, {"support", s.support}};
}

std::string csvLine(const std::string& label, const ClassScores& s) {
    return label + "," + formatFixed(s.precision, 6) + "," + formatFixed(s.recall, 6) + "," + formatFixed(s.f1, 6) +
           "," + std::to_string(s.support) + "\n";
}

} // namespace

std::string reportToJson(const ConfusionMatrix& matrix) {
    const ClassificationReport report = makeReport(matrix);
    Json rows = Json::array(), perClass = Json::array();
    for (int t = 0; t < kClassCount; ++t) {
        Json row = Json::array();
        for (int p = 0; p < kClassCount; ++p) row.push_back(matrix.count(t, p));
        rows.push_back(std::move(row));
        Json scores = scoresToJson(report.perClass[t]);
        scores["digit"] = t;
        perClass.push_back(std::move(scores));
    }
    const Json json = {{"accuracy", report.accuracy},
                       {"total", report.total},
                       {"confusion_matrix", std::move(rows)},
                       {"per_class", std::move(perClass)},
                       {"macro_avg", scoresToJson(report.macro)},
                       {"weighted_avg", scoresToJson(report.weighted)}};
    return json.dump(2);
}

std::string reportToCsv(const ClassificationReport& report) {
    std::string csv = "digit,precision,recall,f1,support\n";
    for (int d = 0; d < kClassCount; ++d) csv += csvLine(std::to_string(d), report.perClass[d]);
    csv += csvLine("macro avg", report.macro);
    csv += csvLine("weighted avg", report.weighted);
    return csv + "accuracy,,," + formatFixed(report.accuracy, 6) + "," + std::to_string(report.total) + "\n";
}

} // namespace digitpad
