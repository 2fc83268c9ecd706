#include "MnistFolder.h"

#include "SettingsKeys.h"

#include "data/Dataset.h"
#include "data/MnistLocation.h"

#include <QCoreApplication>
#include <QSettings>

namespace digitpad {
namespace {


} // namespace

QString foundMnistFolder() {
    return QString::fromStdString(findMnistFolder(QCoreApplication::applicationDirPath().toStdString()));
}

QString chosenMnistFolder() { return QSettings().value(settings_key::kMnistFolder).toString(); }

void chooseMnistFolder(const QString& folder) { QSettings().setValue(settings_key::kMnistFolder, folder); }

QString mnistFolderInUse() {
    const QString chosen = chosenMnistFolder();
    if (!chosen.isEmpty() && describeMnistProblem(chosen.toStdString()).empty()) return chosen;
    const QString found = foundMnistFolder();
    return found.isEmpty() ? chosen : found;
}

} // namespace digitpad
