#pragma once
#include "classic/ClassicModels.h"
#include "classic/Tuning.h"

#include <QStringList>

namespace digitpad::cli {

// "--param C=1,10,100" (a grid) or "--param C=0.1:100" (a random-search range) for tuning.
void addSearchParameters(const QStringList& values, TuningOptions& options);
// "svm-hog, svm-raw, ..." for help texts.
QString classicModelNames();

} // namespace digitpad::cli
