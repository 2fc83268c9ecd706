#pragma once
#include <QByteArray>
#include <QImage>
#include <QString>

class QWidget;

namespace digitpad {

class Classifier;

// Asks where to save `model` and saves it atomically; shows any error. Returns the path saved
// to, or an empty string when cancelled or failed.
QString saveModelInteractively(QWidget* parent, const Classifier& model);
// Asks for a file name and writes `bytes` there with QSaveFile; shows any error.
QString saveBytesInteractively(QWidget* parent, const QString& title, const QString& filter,
                               const QString& suggestedName, const QByteArray& bytes);
QByteArray toPng(const QImage& image);

} // namespace digitpad
