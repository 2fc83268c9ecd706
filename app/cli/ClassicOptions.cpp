#include "cli/ClassicOptions.h"

#include "util/Error.h"

namespace digitpad::cli {
namespace {

double number(const QString& text, const QString& option) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) throw Error("--param " + option.toStdString() + ": '" + text.toStdString() + "' is not a number");
    return value;
}

std::pair<QString, QString> split(const QString& option) {
    const int equals = option.indexOf('=');
    if (equals <= 0) throw Error("--param needs name=value, not '" + option.toStdString() + "'");
    return {option.left(equals), option.mid(equals + 1)};
}

} // namespace

void addSearchParameters(const QStringList& values, TuningOptions& options) {
    for (const QString& option : values) {
        const auto [name, value] = split(option);
        const QStringList range = value.split(':');
        if (range.size() == 2) {
            options.ranges[name.toStdString()] = {number(range[0], option), number(range[1], option)};
            continue;
        }
        std::vector<double> grid;
        for (const QString& item : value.split(',')) grid.push_back(number(item, option));
        options.grids[name.toStdString()] = grid;
    }
}

QString classicModelNames() {
    QStringList names;
    for (const ClassicModelType& type : classicModelTypes()) names << QString::fromStdString(type.name);
    return names.join(", ");
}

} // namespace digitpad::cli
