#include "InsightView.h"

#include "FeatureMapGrid.h"
#include "ImageViews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace digitpad {
namespace {

constexpr int kSaliencySide = 140; // 5x magnification, like the model-input preview

} // namespace

InsightView::InsightView(QWidget* parent)
    : QWidget(parent), saliency_(new QLabel(this)), caption_(new QLabel(this)), layer_(new QComboBox(this)),
      grid_(new FeatureMapGrid(this)) {
    auto* title = new QLabel(tr("<b>See why</b>"), this);
    saliency_->setFixedSize(kSaliencySide, kSaliencySide);
    saliency_->setAlignment(Qt::AlignCenter);
    saliency_->setStyleSheet("background: black; border: 1px solid palette(mid);");
    saliency_->setToolTip(tr("Where the network looked: the brighter, the more that pixel moves the probability "
                             "of the digit it chose"));
    caption_->setWordWrap(true);
    layer_->setToolTip(tr("Which convolution layer's feature maps to show"));
    // The list gets the panel's whole width, so no layer's name is cut short.
    layer_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layers = new QVBoxLayout;
    layers->setSpacing(2);
    layers->addWidget(new QLabel(tr("Feature maps of"), this));
    layers->addWidget(layer_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(saliency_, 0, Qt::AlignHCenter);
    layout->addWidget(caption_);
    layout->addLayout(layers);
    layout->addWidget(grid_, 1);
    connect(layer_, &QComboBox::currentIndexChanged, this, &InsightView::showLayer);
    clear();
}

int InsightView::shownMapCount() const { return grid_->mapCount(); }

void InsightView::showInspection(const Inspection& inspection, const Image28& input) {
    const int keep = layer_->currentIndex();
    current_ = inspection;
    saliency_->setPixmap(QPixmap::fromImage(heatOverlay(input, inspection.saliency).scaled(kSaliencySide - 2, kSaliencySide - 2)));
    caption_->setText(tr("Pixels that drive the %1 most, in red to yellow.").arg(inspection.digit));
    const QSignalBlocker quiet(layer_);
    layer_->clear();
    for (const FeatureMaps& maps : inspection.layers)
        layer_->addItem(tr("%1: %2 maps of %3×%4").arg(QString::fromStdString(maps.layer)).arg(maps.maps.size())
                            .arg(maps.width).arg(maps.height));
    layer_->setEnabled(!inspection.layers.empty());
    layer_->setCurrentIndex(keep >= 0 && keep < layer_->count() ? keep : 0);
    showLayer(layer_->currentIndex());
}

void InsightView::showLayer(int index) {
    if (!current_ || index < 0 || index >= static_cast<int>(current_->layers.size())) {
        grid_->clear();
        return;
    }
    grid_->setMaps(current_->layers[static_cast<std::size_t>(index)]);
}

void InsightView::showUnavailable(const QString& why) {
    clear();
    caption_->setText(why);
}

void InsightView::clear() {
    current_.reset();
    saliency_->clear();
    caption_->setText(tr("Draw to see which pixels decide the digit and what the first layers see."));
    layer_->clear();
    layer_->setEnabled(false);
    grid_->clear();
}

} // namespace digitpad
