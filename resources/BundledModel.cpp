#include "BundledModel.h"

#include "catalogue/KnownModels.h"
#include "util/Error.h"

#include <QFile>

namespace digitpad {

std::unique_ptr<Classifier> loadBundledModel() {
    QFile file(kBundledModelPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("this build carries no bundled model; pass --model FILE");
    return classifierFromBytes(file.readAll().toStdString(), "bundled model");
}

std::unique_ptr<Classifier> loadModelOrBundled(const QString& path) {
    return path.isEmpty() ? loadBundledModel() : loadClassifier(path.toStdString());
}

} // namespace digitpad
