#pragma once
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include "metrics/DrawingEvaluation.h"
#include "model/DrawingOffsets.h"

#include <cstdio>
#include <optional>
#include <string>

namespace digitpad::cli {

// Parses `args` for the command `name`; on bad usage prints why plus the help and returns false.
bool parseOrExplain(QCommandLineParser& parser, const QStringList& args, const QString& name);
// Reads a positive whole number option; prints an error and returns false if it is not one.
bool positiveOption(const QCommandLineParser& parser, const QString& option, long long& value);
void printLine(std::FILE* stream, const QString& text);
// --data: the MNIST folder. Without it, commands use the copy core's lookup finds (a checkout's
// data/mnist or the one the installer put beside the program).
QCommandLineOption mnistFolderOption();
// The folder --data names, else the one found; throws Error saying where it looked and what to do.
std::string mnistFolder(const QCommandLineParser& parser);
// --threads: how many threads the models use (default: every core the process may use).
QCommandLineOption threadsOption();
// The --threads count (0 when not given: automatic); prints an error and returns false if it is
// not a positive whole number.
bool threadsOption(const QCommandLineParser& parser, std::size_t& threads);
// A JSON object core wrote (a report), to extend and print.
QJsonObject jsonObject(const std::string& json);

// "drawing offsets, digits 0-9: -0.07 2.57 ...", or why there are none.
QString drawingOffsetsText(const std::optional<DrawingOffsets>& offsets);
// "second opinion's weight 0.11", for a model calibrated with one; nothing otherwise.
void printSecondOpinionWeight(const TemperatureFit& fit);

} // namespace digitpad::cli
