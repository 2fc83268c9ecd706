#pragma once
// Where DigitPad keeps what it makes for the person, under the platform's app-data folder
// (docs/user-guide.md lists them): one place, so the pages, the tests and the screenshots agree.
#include <QString>

namespace digitpad {

// The app-data folder itself (~/.local/share/DigitPad/DigitPad on Linux).
QString appDataFolder();
// The person's handwriting samples (MNIST-style IDX files).
QString personalSamplesFolder();
// Models trained in the app, listed again on the next launch.
QString savedModelsFolder();

} // namespace digitpad
