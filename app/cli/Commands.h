#pragma once
#include <QStringList>

namespace digitpad::cli {

// Each command parses its own arguments (args[0] is the program, args[1] the command name)
// and returns the process exit code: 0 success, 1 failure (bad file...), 2 bad usage.
int runTrain(const QStringList& args);
int runEval(const QStringList& args);
int runPredict(const QStringList& args);
int runBench(const QStringList& args);
int runTune(const QStringList& args);
int runCompare(const QStringList& args);
int runCalibrate(const QStringList& args);
int runExport(const QStringList& args);
int runImport(const QStringList& args);
int runEnsemble(const QStringList& args);

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

} // namespace digitpad::cli
