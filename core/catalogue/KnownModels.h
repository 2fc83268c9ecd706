#pragma once
// Every kind of model DigitPad reads: the CNNs and the classical ones.
#include "model/ModelKinds.h"

#include <memory>
#include <string>

namespace digitpad {

// The readers of every kind DigitPad writes. Built once and never changed, so any thread may use it.
const ModelKinds& knownModelKinds();

// Reads any model file DigitPad writes; throws Error naming the file and the problem.
std::unique_ptr<Classifier> loadClassifier(const std::string& path);
std::unique_ptr<Classifier> classifierFromBytes(const std::string& bytes, const std::string& name);

} // namespace digitpad
