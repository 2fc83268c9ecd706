#include "cli/CliSupport.h"

#include "data/MnistLocation.h"
#include "metrics/DrawingEvaluation.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStringList>

namespace digitpad::cli {

bool parseOrExplain(QCommandLineParser& parser, const QStringList& args, const QString& name) {
    parser.addHelpOption();
    QStringList forParser = args;
    forParser.removeAt(1); // the command name
    if (!parser.parse(forParser)) {
        printLine(stderr, QStringLiteral("digitpad-cli %1: %2\n").arg(name, parser.errorText()) + parser.helpText());
        return false;
    }
    if (parser.isSet("help")) {
        printLine(stdout, parser.helpText());
        std::exit(0);
    }
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr, QStringLiteral("digitpad-cli %1: unexpected argument '%2'\n")
                              .arg(name, parser.positionalArguments().first()) + parser.helpText());
        return false;
    }
    return true;
}

bool positiveOption(const QCommandLineParser& parser, const QString& option, long long& value) {
    if (!parser.isSet(option)) return true;
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        printLine(stderr, QStringLiteral("--%1 needs a positive whole number, not '%2'").arg(option, parser.value(option)));
        return false;
    }
    return true;
}

void printLine(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    if (!text.endsWith('\n')) std::fputc('\n', stream);
    std::fflush(stream);
}

QCommandLineOption threadsOption() {
    return {"threads", "Threads to use (default: one per core this process may use, after its affinity mask and CPU quota).",
            "n"};
}

bool threadsOption(const QCommandLineParser& parser, std::size_t& threads) {
    long long value = 0;
    if (!positiveOption(parser, "threads", value)) return false;
    threads = static_cast<std::size_t>(value);
    return true;
}

QCommandLineOption mnistFolderOption() {
    return {"data", "Folder with the MNIST IDX files (default: the copy installed with DigitPad, or a checkout's data/mnist).",
            "dir"};
}

std::string mnistFolder(const QCommandLineParser& parser) {
    if (parser.isSet("data")) return parser.value("data").toStdString();
    const std::string programDir = QCoreApplication::applicationDirPath().toStdString();
    std::string found = findMnistFolder(programDir);
    if (found.empty()) {
        std::string looked;
        for (const std::string& folder : mnistFolderCandidates(programDir)) looked += "\n  " + folder;
        throw Error("no MNIST data found; looked in:" + looked + "\n" + mnistRemedy() + " Pass it with --data DIR.");
    }
    return found;
}

QJsonObject jsonObject(const std::string& json) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

QString drawingOffsetsText(const std::optional<DrawingOffsets>& offsets) {
    if (!offsets) return QStringLiteral("no drawing offsets: they need at least %1 drawings of every digit").arg(kDrawingsPerDigitForOffsets);
    QStringList numbers;
    for (double offset : *offsets) numbers << QString::number(offset, 'f', 2);
    return "drawing offsets, digits 0-9: " + numbers.join(' ');
}

void printSecondOpinionWeight(const TemperatureFit& fit) {
    if (fit.secondOpinionWeight)
        printLine(stdout, QStringLiteral("second opinion's weight %1").arg(*fit.secondOpinionWeight, 0, 'f', 2));
}

} // namespace digitpad::cli
