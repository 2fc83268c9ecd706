#include "io/ReportJson.h"

#include <QJsonArray>

namespace digitpad {
namespace {

QJsonObject scoresToJson(const ClassScores& s) {
    return {{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}, {"support", static_cast<double>(s.support)}};
}

QString csvLine(const QString& label, const ClassScores& s) {
    return QStringLiteral("%1,%2,%3,%4,%5\n").arg(label).arg(s.precision, 0, 'f', 6).arg(s.recall, 0, 'f', 6)
        .arg(s.f1, 0, 'f', 6).arg(s.support);
}

} // namespace

QJsonObject reportToJson(const ConfusionMatrix& matrix) {
    const ClassificationReport report = makeReport(matrix);
    QJsonArray rows, perClass;
    for (int t = 0; t < kClassCount; ++t) {
        QJsonArray row;
        for (int p = 0; p < kClassCount; ++p) row.append(static_cast<double>(matrix.count(t, p)));
        rows.append(row);
        QJsonObject scores = scoresToJson(report.perClass[t]);
        scores["digit"] = t;
        perClass.append(scores);
    }
    return {{"accuracy", report.accuracy},
            {"total", static_cast<double>(report.total)},
            {"confusion_matrix", rows},
            {"per_class", perClass},
            {"macro_avg", scoresToJson(report.macro)},
            {"weighted_avg", scoresToJson(report.weighted)}};
}

QString reportToCsv(const ClassificationReport& report) {
    QString csv = QStringLiteral("digit,precision,recall,f1,support\n");
    for (int d = 0; d < kClassCount; ++d) csv += csvLine(QString::number(d), report.perClass[d]);
    csv += csvLine("macro avg", report.macro);
    csv += csvLine("weighted avg", report.weighted);
    csv += QStringLiteral("accuracy,,,%1,%2\n").arg(report.accuracy, 0, 'f', 6).arg(report.total);
    return csv;
}

} // namespace digitpad
