#pragma once
#include <QString>

namespace digitpad {

// The MNIST folder core's lookup finds for this program (a checkout's data/mnist or the
// installer's copy), or an empty string when there is none.
QString foundMnistFolder();

// The MNIST folder every page trains and tests with: the one the person chose while it holds
// MNIST, otherwise the one found. The choice is kept in the settings.
QString mnistFolderInUse();
// What the person last chose (maybe not MNIST at all), or empty.
QString chosenMnistFolder();
void chooseMnistFolder(const QString& folder);

} // namespace digitpad
