#include "ExampleGallery.h"

#include "Colours.h"
#include "ImagePictures.h"

#include <QPainter>
#include <QPixmap>

namespace digitpad {

ExampleGallery::ExampleGallery(const QString& kind, QWidget* parent) : QListWidget(parent), kind_(kind) {
    setViewMode(QListView::IconMode);
    setIconSize(QSize(56, 56));
    setGridSize(QSize(68, 80));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::NoSelection);
    setMinimumHeight(100);
    // Activated: a double-click, or Enter on the item the arrow keys reached.
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int index = row(item);
        if (index >= 0 && index < static_cast<int>(shown_.size()))
            emit imageOpened(shown_[static_cast<std::size_t>(index)], item->toolTip().section('\n', 0, 0));
    });
}

void ExampleGallery::clearCell() {
    clear();
    shown_.clear();
    cellChosen_ = false;
    showEmptyText();
}

void ExampleGallery::setPlaceholderText(const QString& text) {
    placeholder_ = text;
    showEmptyText();
}

// A screen reader is told what the painted text says.
void ExampleGallery::showEmptyText() {
    setAccessibleDescription(emptyText());
    viewport()->update();
}

QString ExampleGallery::emptyText() const {
    if (count() > 0) return {};
    return cellChosen_ ? tr("This cell is empty") : placeholder_;
}

void ExampleGallery::paintEvent(QPaintEvent* event) {
    QListWidget::paintEvent(event);
    const QString text = emptyText();
    if (text.isEmpty()) return;
    QPainter painter(viewport());
    painter.setPen(placeholderText(palette()));
    // In a narrow window the gallery is one thumbnail wide: the font shrinks until every word fits.
    const QRect area = viewport()->rect().adjusted(4, 4, -4, -4);
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    QFont font = painter.font();
    while (font.pointSizeF() > 6 && !area.contains(QFontMetrics(font).boundingRect(area, flags, text))) {
        font.setPointSizeF(font.pointSizeF() - 0.5);
        painter.setFont(font);
    }
    painter.drawText(area, flags, text);
}

void ExampleGallery::showCell(const Dataset& images, const std::vector<std::uint8_t>& predictions, int truth,
                              int predicted) {
    clearCell();
    for (std::size_t i = 0; i < images.size() && i < predictions.size() && count() < kMaxShown; ++i) {
        if (images.labels[i] != truth || predictions[i] != predicted) continue;
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(images.image(i)).scaled(56, 56))),
                                         QString("#%1").arg(i + 1), this);
        item->setToolTip(tr("%1 %2: a %3, read as %4\nDouble-click to open it on the Draw page")
                             .arg(kind_).arg(i + 1).arg(truth).arg(predicted));
        shown_.push_back(images.image(i));
    }
    cellChosen_ = true;
    showEmptyText();
}

} // namespace digitpad
