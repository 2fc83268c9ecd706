#pragma once
#include <QString>

namespace digitpad::testing {

// Writes a small MNIST-format folder (train and t10k) of synthetic drawn digits.
void writeSyntheticMnist(const QString& folder, int perDigit, unsigned seed = 17);

} // namespace digitpad::testing
