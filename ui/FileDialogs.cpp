#include "FileDialogs.h"

#include "SettingsKeys.h"

#include "model/Classifier.h"
#include "util/Error.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace digitpad {
namespace {

QString settingsKey(FileKind kind) {
    switch (kind) {
    case FileKind::Model: return QString(settings_key::kDialogModels);
    case FileKind::Export: return QString(settings_key::kDialogExports);
    case FileKind::Samples: return QString(settings_key::kDialogSamples);
    case FileKind::Picture: return QString(settings_key::kDialogPictures);
    case FileKind::Mnist: break;
    }
    return QString(settings_key::kDialogMnist);
}

void remember(FileKind kind, const QString& folder) { QSettings().setValue(settingsKey(kind), folder); }

// "PNG images (*.png)" -> "png": the first pattern's suffix, or empty for "All files (*)".
QString firstSuffix(const QString& filter) {
    const QRegularExpressionMatch match = QRegularExpression(R"(\*\.([A-Za-z0-9]+))").match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString chosenPath(QFileDialog& dialog, FileKind kind, bool folderOnly) {
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    const QString path = dialog.selectedFiles().first();
    remember(kind, folderOnly ? path : QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString dialogFolder(FileKind kind) {
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString modelFileFilter() { return QObject::tr("DigitPad models (*.dpm);;All files (*)"); }

QString openModelFilter() {
    return QObject::tr("Models (*.dpm *.onnx);;DigitPad models (*.dpm);;ONNX models (*.onnx);;All files (*)");
}

QString askOpenPath(QWidget* parent, const QString& title, FileKind kind, const QString& filter) {
    QFileDialog dialog(parent, title, dialogFolder(kind), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosenPath(dialog, kind, false);
}

QString askSavePath(QWidget* parent, const QString& title, FileKind kind, const QString& filter,
                    const QString& suggestedName) {
    QFileDialog dialog(parent, title, dialogFolder(kind), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const QString suffix = firstSuffix(filter);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(suggestedName);
    QString path = chosenPath(dialog, kind, false);
    // Native dialogs may ignore the default suffix; the file still gets it.
    if (!path.isEmpty() && !suffix.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += '.' + suffix;
    return path;
}

QString askFolder(QWidget* parent, const QString& title, FileKind kind, const QString& start) {
    QFileDialog dialog(parent, title, start.isEmpty() || !QFileInfo(start).isDir() ? dialogFolder(kind) : start);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return chosenPath(dialog, kind, true);
}

QString saveModelInteractively(QWidget* parent, const Classifier& model) {
    const QString path = askSavePath(parent, QObject::tr("Save model"), FileKind::Model, modelFileFilter(),
                                     "digitpad-model.dpm");
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
    const QString path = askSavePath(parent, title, FileKind::Export, filter, suggestedName);
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
