#pragma once
// The model compiled into DigitPad, so the first launch recognizes digits with no set-up.
#include "model/Classifier.h"

#include <QString>
#include <memory>

namespace digitpad {

// Qt resource path of the model compiled into the binaries.
inline const QString kBundledModelPath = QStringLiteral(":/models/digitpad-default.dpm");

// The model shipped with DigitPad. Throws Error if the build carries none.
std::unique_ptr<Classifier> loadBundledModel();
// `path` when given, otherwise the bundled model.
std::unique_ptr<Classifier> loadModelOrBundled(const QString& path);

} // namespace digitpad
