#pragma once
// Where DigitPad keeps what it makes for the person, under the platform's data folder
// (docs/user-guide.md lists them): one place, so the pages, the tests and the screenshots agree.
#include <QString>

namespace digitpad {

// The app-data folder itself: ~/.local/share/DigitPad on Linux (the application's name once,
// not "DigitPad/DigitPad" as Qt's per-organization location makes it).
QString appDataFolder();
// The person's handwriting samples (MNIST-style IDX files).
QString personalSamplesFolder();
// Models trained in the app, listed again on the next launch.
QString savedModelsFolder();
// Moves what an older DigitPad kept in the organization's folder (.../DigitPad/DigitPad) to
// appDataFolder(), and points the remembered model at its new place. Nothing is overwritten.
void moveOldAppData();

} // namespace digitpad
