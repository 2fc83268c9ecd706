#include "support/GuiDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <limits>

namespace digitpad::testing {

void drawWithMouse(QWidget* canvas, const Drawing& drawing, double share) {
    double minX = std::numeric_limits<double>::max(), minY = minX, maxX = -minX, maxY = -minX;
    for (const Stroke& s : drawing.strokes)
        for (const StrokePoint& p : s) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
    const double side = std::min(canvas->width(), canvas->height()) * share;
    const double scale = side / std::max({maxX - minX, maxY - minY, 1.0});
    const QPointF origin((canvas->width() - (maxX - minX) * scale) / 2, (canvas->height() - (maxY - minY) * scale) / 2);
    auto map = [&](const StrokePoint& p) {
        return QPoint(static_cast<int>(origin.x() + (p.x - minX) * scale), static_cast<int>(origin.y() + (p.y - minY) * scale));
    };
    for (const Stroke& s : drawing.strokes) {
        if (s.empty()) continue;
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, map(s.front()));
        for (const StrokePoint& p : s) {
            QMouseEvent move(QEvent::MouseMove, map(p), canvas->mapToGlobal(map(p)), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QCoreApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, map(s.back()));
    }
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

} // namespace digitpad::testing
