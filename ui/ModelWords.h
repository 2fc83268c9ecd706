#pragma once
// What core says of a model, in the interface's language: core's words are English, for the
// command line and the files.
#include "classic/ClassicModels.h"

#include <QString>

namespace digitpad {

// "RBF-kernel SVM on HOG features", translated; core's own summary for a type this does not know.
QString classicSummary(const ClassicModelType& type);

} // namespace digitpad
