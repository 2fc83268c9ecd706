#include "cli/ClassicOptions.h"

#include "util/Error.h"

namespace digitpad::cli {

void addSearchParameters(const QStringList& values, TuningOptions& options) {
    for (const QString& option : values) {
        try {
            addSearchValues(option.toStdString(), options); // the one reader, the Search tab's too
        } catch (const Error& e) {
            throw Error(std::string("--param ") + e.what());
        }
    }
}

QString classicModelNames() {
    QStringList names;
    for (const ClassicModelType& type : classicModelTypes()) names << QString::fromStdString(type.name);
    return names.join(", ");
}

} // namespace digitpad::cli
