#include "AppDataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace digitpad {

QString appDataFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

QString personalSamplesFolder() { return QDir(appDataFolder()).filePath("personal"); }

QString savedModelsFolder() { return QDir(appDataFolder()).filePath("models"); }

} // namespace digitpad
