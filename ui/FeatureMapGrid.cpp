#include "FeatureMapGrid.h"

#include "ImagePictures.h"

#include <QPainter>

#include <cmath>

namespace digitpad {

FeatureMapGrid::FeatureMapGrid(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 160);
    setToolTip(tr("Each square is one filter's response to your drawing: bright where it found its pattern"));
}

void FeatureMapGrid::setMaps(const FeatureMaps& maps) {
    images_.clear();
    for (const std::vector<float>& map : maps.maps) images_.push_back(featureMapImage(map, maps.width, maps.height));
    update();
}

void FeatureMapGrid::clear() {
    images_.clear();
    update();
}

void FeatureMapGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (images_.empty()) return;
    // The largest square cells that fit every map in the widget.
    const int count = static_cast<int>(images_.size());
    int columns = 1;
    int cell = 0;
    for (int c = 1; c <= count; ++c) {
        const int rows = (count + c - 1) / c;
        const int size = std::min(width() / c, height() / rows);
        if (size > cell) {
            cell = size;
            columns = c;
        }
    }
    const int gap = cell >= 12 ? 2 : 0;
    for (int i = 0; i < count; ++i) {
        const QRect target((i % columns) * cell, (i / columns) * cell, cell - gap, cell - gap);
        painter.drawImage(target, images_[static_cast<std::size_t>(i)]);
    }
}

} // namespace digitpad
