// The pen's path as a second opinion (a benchmark, not a test): how single digits read with the
// image model alone, with the pen-path model alone (core/pen/PenPathModel, learnt from the style
// generator's drawings), and with the two put together at a few weights.
//   bench-pen-path [--model m.dpm] labelled-drawings.json...
// The weight is to be chosen on style set A (tests/benchmarks/pen_path.sh makes it), never on
// people's drawings.
#include "BundledModel.h"
#include "io/StrokesJson.h"
#include "pen/PenPathModel.h"
#include "reading/DrawingReader.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <cstdio>

using namespace digitpad;

namespace {

constexpr double kWeights[] = {0.25, 0.5, 1.0};
constexpr std::size_t kPathsPerDigit = 3000;

struct Tally {
    int drawings = 0, image = 0, path = 0;
    int blended[std::size(kWeights)] = {};
    double pathSeconds = 0; // the path model's readings, all together
};

Tally measure(Classifier& model, const PenPathModel& paths, const std::vector<LabelledDrawing>& set) {
    Tally tally;
    for (const LabelledDrawing& labelled : set) {
        if (labelled.label.size() != 1) continue; // single digits only
        const int label = labelled.label[0] - '0';
        const DrawingReading reading = readDrawing(model, labelled.drawing, ReadingMode::OneDigit);
        if (reading.digits.empty()) continue;
        ++tally.drawings;
        const Probabilities image = reading.digits[0].probabilities;
        const auto start = std::chrono::steady_clock::now();
        const Probabilities path = paths.predict(labelled.drawing);
        tally.pathSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        tally.image += argmax(image) == label;
        tally.path += argmax(path) == label;
        for (std::size_t w = 0; w < std::size(kWeights); ++w) tally.blended[w] += argmax(withPenPath(image, path, kWeights[w])) == label;
    }
    return tally;
}

double percent(int part, int whole) { return whole ? 100.0 * part / whole : 0.0; }

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList files = QCoreApplication::arguments().mid(1);
    QString modelPath;
    if (const int at = files.indexOf("--model"); at >= 0 && at + 1 < files.size()) {
        modelPath = files.at(at + 1);
        files.remove(at, 2);
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: bench-pen-path [--model m.dpm] labelled-drawings.json...\n");
        return 2;
    }
    try {
        auto model = loadModelOrBundled(modelPath);
        const auto start = std::chrono::steady_clock::now();
        const PenPathModel paths = PenPathModel::fromStyleGenerator(kPathsPerDigit, 1);
        const double built = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("pen-path model: %zu generated paths (%.1f s to make); %s\n", paths.size(), built, model->describe().c_str());
        std::printf("%-28s %9s %8s %8s", "set (single digits)", "drawings", "image", "path");
        for (double w : kWeights) std::printf("  w=%-5.2f", w);
        std::printf("  path ms/drawing\n");
        for (const QString& file : files) {
            const std::string name = file.toStdString();
            const Tally t = measure(*model, paths, parseLabelledStrokesJson(readFileBytes(name), name));
            std::printf("%-28s %9d %7.2f%% %7.2f%%", file.section('/', -1).toStdString().c_str(), t.drawings,
                        percent(t.image, t.drawings), percent(t.path, t.drawings));
            for (int blended : t.blended) std::printf("  %6.2f%%", percent(blended, t.drawings));
            std::printf("  %.3f\n", t.drawings ? 1000 * t.pathSeconds / t.drawings : 0.0);
        }
        return 0;
    } catch (const Error& e) {
        std::fprintf(stderr, "bench-pen-path: %s\n", e.what());
        return 1;
    }
}
