#include "ExampleGallery.h"

#include "ImageViews.h"

#include <QPixmap>

namespace digitpad {

ExampleGallery::ExampleGallery(QWidget* parent) : QListWidget(parent) {
    setViewMode(QListView::IconMode);
    setIconSize(QSize(56, 56));
    setGridSize(QSize(68, 80));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::NoSelection);
    setMinimumHeight(100);
}

void ExampleGallery::showCell(const Dataset& test, const std::vector<std::uint8_t>& predictions, int truth,
                              int predicted) {
    clear();
    for (std::size_t i = 0; i < test.size() && i < predictions.size() && count() < kMaxShown; ++i) {
        if (test.labels[i] != truth || predictions[i] != predicted) continue;
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(test.images[i]).scaled(56, 56))),
                                         QString("#%1").arg(i), this);
        item->setToolTip(tr("Test image %1: a %2, read as %3").arg(i).arg(truth).arg(predicted));
    }
}

} // namespace digitpad
