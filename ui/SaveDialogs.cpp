#include "SaveDialogs.h"

#include "model/Classifier.h"
#include "util/Error.h"

#include <QBuffer>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace digitpad {

QString saveModelInteractively(QWidget* parent, const Classifier& model) {
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Save model"), "digitpad-model.dpm",
                                                      QObject::tr("DigitPad models (*.dpm);;All files (*)"));
    if (path.isEmpty()) return {};
    try {
        model.save(path.toStdString());
        return path;
    } catch (const Error& e) {
        QMessageBox::warning(parent, QObject::tr("Save model"), QString::fromUtf8(e.what()));
        return {};
    }
}

QString saveBytesInteractively(QWidget* parent, const QString& title, const QString& filter,
                               const QString& suggestedName, const QByteArray& bytes) {
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
    if (path.isEmpty()) return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(parent, title, QObject::tr("Could not write %1: %2").arg(path, file.errorString()));
        return {};
    }
    return path;
}

QByteArray toPng(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace digitpad
