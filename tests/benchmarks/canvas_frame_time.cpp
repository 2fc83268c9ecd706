// How long the drawing pad takes to show one more point of a long drawing: mouse events add
// points to a drawing of up to --points points (default 100,000, in strokes of 1,000), and
// every so often the time from one more mouse move to the end of repainting the region it
// dirtied is taken over --frames frames. Prints the median and the 10th-90th percentile per size.
// Not a test: speed targets live in benchmarks.
#include "CanvasWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

void mouse(QWidget& widget, QEvent::Type type, const QPointF& at) {
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, widget.mapToGlobal(at), button, held, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

// The k-th point of a long scribble: loops that wander over the whole pad.
QPointF scribble(long k, const QSize& size) {
    const double t = k * 0.013;
    return {size.width() * (0.5 + 0.4 * std::sin(t) * std::cos(t * 0.071)),
            size.height() * (0.5 + 0.4 * std::cos(t * 1.3) * std::sin(t * 0.053 + 1))};
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"points", "Points in the drawing at the end.", "n", "100000"},
                       {"frames", "Frames timed at each size.", "n", "200"}});
    parser.process(app);
    const long points = parser.value("points").toLong();
    const int frames = parser.value("frames").toInt();

    digitpad::CanvasWidget canvas;
    canvas.resize(420, 420);
    canvas.show();
    QApplication::processEvents();
    long drawn = 0;
    auto addPoint = [&] {
        const QPointF at = scribble(drawn, canvas.size());
        if (drawn % 1000 == 0) mouse(canvas, QEvent::MouseButtonPress, at);
        else mouse(canvas, QEvent::MouseMove, at);
        if (drawn % 1000 == 999) mouse(canvas, QEvent::MouseButtonRelease, at);
        ++drawn;
    };
    std::printf("%10s %14s %16s\n", "points", "median ms", "p10-p90 ms");
    for (long target = points / 10; target <= points; target += points / 10) {
        while (drawn < target - frames) addPoint();
        QApplication::processEvents();
        std::vector<double> ms;
        QElapsedTimer timer;
        for (int f = 0; f < frames; ++f) {
            const QPointF from = scribble(drawn - 1, canvas.size()), to = scribble(drawn, canvas.size());
            timer.start();
            addPoint();
            // The region the new segment dirtied, painted now (a window system would do it at
            // its next frame): what one more point costs on screen.
            canvas.repaint(QRectF(from, to).normalized().adjusted(-20, -20, 20, 20).toAlignedRect());
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%10ld %14.3f %8.3f-%-8.3f\n", drawn, ms[ms.size() / 2], ms[ms.size() / 10], ms[ms.size() * 9 / 10]);
        std::fflush(stdout);
    }
    std::size_t kept = 0; // points closer than half a pixel to the one before are not kept
    for (const auto& stroke : canvas.drawing().strokes) kept += stroke.size();
    QElapsedTimer timer;
    timer.start();
    canvas.repaint();
    std::printf("the whole pad (%zu points kept) repainted: %.3f ms\n", kept, timer.nsecsElapsed() / 1e6);
    return 0;
}
