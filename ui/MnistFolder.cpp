#include "MnistFolder.h"

#include "data/MnistLocation.h"

#include <QCoreApplication>

namespace digitpad {

QString foundMnistFolder() {
    return QString::fromStdString(findMnistFolder(QCoreApplication::applicationDirPath().toStdString()));
}

} // namespace digitpad
