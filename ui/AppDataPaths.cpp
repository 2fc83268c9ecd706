#include "AppDataPaths.h"

#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace digitpad {

QString appDataFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName());
}

QString personalSamplesFolder() { return QDir(appDataFolder()).filePath("personal"); }

QString savedModelsFolder() { return QDir(appDataFolder()).filePath("models"); }

void moveOldAppData() {
    const QString old = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString now = appDataFolder();
    if (QDir::cleanPath(old) == QDir::cleanPath(now) || !QDir(old).exists()) return;
    QDir().mkpath(now);
    for (const QString& name : {QStringLiteral("personal"), QStringLiteral("models")}) {
        const QString from = QDir(old).filePath(name), to = QDir(now).filePath(name);
        if (QDir(from).exists() && !QDir(to).exists()) QDir().rename(from, to);
    }
    QSettings settings;
    const QString remembered = settings.value(settings_key::kModelPath).toString();
    if (remembered.startsWith(old + "/")) {
        const QString moved = now + remembered.mid(old.size());
        if (QFile::exists(moved)) settings.setValue(settings_key::kModelPath, moved);
    }
    QDir().rmdir(old); // only if nothing is left in it
}

} // namespace digitpad
