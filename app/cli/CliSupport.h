#pragma once
#include <QCommandLineParser>
#include <QString>

#include <cstdio>

namespace digitpad::cli {

// Parses `args` for the command `name`; on bad usage prints why plus the help and returns false.
bool parseOrExplain(QCommandLineParser& parser, const QStringList& args, const QString& name);
// Reads a positive whole number option; prints an error and returns false if it is not one.
bool positiveOption(const QCommandLineParser& parser, const QString& option, long long& value);
void printLine(std::FILE* stream, const QString& text);
QString defaultMnistFolder();

} // namespace digitpad::cli
