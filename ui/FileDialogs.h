#pragma once
#include <QByteArray>
#include <QImage>
#include <QString>

class QWidget;

namespace digitpad {

class Classifier;

// The app's file dialogs. Each kind of file opens where the last one of its kind was chosen,
// also after a restart (else in the Documents folder, never the working folder), and a name
// typed without a suffix gets the filter's (a model saved as "adapted" is "adapted.dpm").
enum class FileKind { Model, Export, Samples, Mnist, Picture };

// An empty string when cancelled.
QString askOpenPath(QWidget* parent, const QString& title, FileKind kind, const QString& filter);
QString askSavePath(QWidget* parent, const QString& title, FileKind kind, const QString& filter,
                    const QString& suggestedName);
QString askFolder(QWidget* parent, const QString& title, FileKind kind, const QString& start = {});
// Where the next dialog for `kind` opens.
QString dialogFolder(FileKind kind);

// The filter of model files DigitPad saves, and of those it opens (its own and ONNX).
QString modelFileFilter();
QString openModelFilter();

// Asks where to save `model` and saves it atomically; shows any error. Returns the path saved
// to, or an empty string when cancelled or failed.
QString saveModelInteractively(QWidget* parent, const Classifier& model);
// Asks for a file name and writes `bytes` there with QSaveFile; shows any error.
QString saveBytesInteractively(QWidget* parent, const QString& title, const QString& filter,
                               const QString& suggestedName, const QByteArray& bytes);
QByteArray toPng(const QImage& image);

} // namespace digitpad
