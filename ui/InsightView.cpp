#include "InsightView.h"

#include "FeatureMapGrid.h"
#include "ImagePictures.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace digitpad {
namespace {

constexpr int kSaliencySide = 140; // 5x magnification, like the model-input preview
constexpr int kEvidenceSide = 86;  // two side by side under it, at 3x

QLabel* mapLabel(int side, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setFixedSize(side, side);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet("background: black; border: 1px solid palette(mid);");
    return label;
}

QPixmap magnified(const QImage& image, int side) { return QPixmap::fromImage(image.scaled(side - 2, side - 2)); }

} // namespace

InsightView::InsightView(QWidget* parent)
    : QWidget(parent), saliency_(mapLabel(kSaliencySide, this)), caption_(new QLabel(this)), evidence_(new QWidget(this)),
      evidenceFor_(mapLabel(kEvidenceSide, evidence_)), evidenceAgainst_(mapLabel(kEvidenceSide, evidence_)),
      evidenceForTitle_(new QLabel(evidence_)), evidenceAgainstTitle_(new QLabel(evidence_)), layer_(new QComboBox(this)),
      grid_(new FeatureMapGrid(this)) {
    auto* title = new QLabel(tr("<b>See why</b>"), this);
    saliency_->setToolTip(tr("Where the network looked: the brighter, the more that pixel moves the probability "
                             "of the digit it chose"));
    caption_->setWordWrap(true);
    evidenceFor_->setToolTip(tr("The ink that speaks for the digit the model chose"));
    evidenceAgainst_->setToolTip(tr("The ink that speaks for the digit you asked about"));
    auto* evidence = new QGridLayout(evidence_);
    evidence->setContentsMargins(0, 0, 0, 0);
    evidence->setVerticalSpacing(2);
    evidence->addWidget(evidenceForTitle_, 0, 0, Qt::AlignHCenter);
    evidence->addWidget(evidenceAgainstTitle_, 0, 1, Qt::AlignHCenter);
    evidence->addWidget(evidenceFor_, 1, 0, Qt::AlignHCenter);
    evidence->addWidget(evidenceAgainst_, 1, 1, Qt::AlignHCenter);
    layer_->setToolTip(tr("Which convolution layer's feature maps to show"));
    // The list gets the panel's whole width, so no layer's name is cut short.
    layer_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The maps' part, hidden as a whole for a model that has none (the classical ones).
    maps_ = new QWidget(this);
    auto* layers = new QVBoxLayout(maps_);
    layers->setContentsMargins(0, 0, 0, 0);
    layers->setSpacing(2);
    auto* layerLabel = new QLabel(tr("Feature maps of"), maps_);
    layerLabel->setWordWrap(true);
    layerLabel->setBuddy(layer_);
    layers->addWidget(layerLabel);
    layers->addWidget(layer_);
    layer_->setParent(maps_);
    grid_->setParent(maps_);
    layers->addWidget(grid_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(saliency_, 0, Qt::AlignHCenter);
    layout->addWidget(caption_);
    layout->addWidget(evidence_);
    layout->addWidget(maps_, 1);
    connect(layer_, &QComboBox::currentIndexChanged, this, &InsightView::showLayer);
    clear();
}

int InsightView::shownMapCount() const { return grid_->mapCount(); }

void InsightView::showInspection(const Inspection& inspection, const Image28& input) {
    const int keep = layer_->currentIndex();
    current_ = inspection;
    saliency_->show();
    maps_->show();
    if (inspection.contrast) {
        showContrast(*inspection.contrast, inspection.digit, input);
    } else {
        evidence_->hide();
        saliency_->setPixmap(magnified(heatOverlay(input, inspection.saliency), kSaliencySide));
        caption_->setText(tr("Pixels that drive the %1 most, in red to yellow. Click another digit's bar to see "
                             "why not that one.").arg(inspection.digit));
    }
    const QSignalBlocker quiet(layer_);
    layer_->clear();
    for (const FeatureMaps& maps : inspection.layers)
        layer_->addItem(tr("%1: %2 maps of %3×%4").arg(QString::fromStdString(maps.layer)).arg(maps.maps.size())
                            .arg(maps.width).arg(maps.height));
    layer_->setEnabled(!inspection.layers.empty());
    layer_->setCurrentIndex(keep >= 0 && keep < layer_->count() ? keep : 0);
    showLayer(layer_->currentIndex());
}

void InsightView::showContrast(const Contrast& contrast, int digit, const Image28& input) {
    saliency_->setPixmap(magnified(signedOverlay(input, contrast.separation), kSaliencySide));
    caption_->setText(tr("Why %1 and not %2: orange pixels push towards the %1, blue ones towards the %2 (on blank "
                         "paper: ink drawn there would). Click the %2's bar again to go back.")
                          .arg(digit).arg(contrast.against));
    evidenceFor_->setPixmap(magnified(heatOverlay(input, contrast.evidenceFor), kEvidenceSide));
    evidenceAgainst_->setPixmap(magnified(heatOverlay(input, contrast.evidenceAgainst), kEvidenceSide));
    evidenceForTitle_->setText(tr("for the %1").arg(digit));
    evidenceAgainstTitle_->setText(tr("for the %1").arg(contrast.against));
    evidence_->show();
}

int InsightView::contrastedWith() const { return current_ && current_->contrast ? current_->contrast->against : -1; }

QString InsightView::caption() const { return caption_->text(); }

void InsightView::showLayer(int index) {
    if (!current_ || index < 0 || index >= static_cast<int>(current_->layers.size())) {
        grid_->clear();
        return;
    }
    grid_->setMaps(current_->layers[static_cast<std::size_t>(index)]);
}

void InsightView::showUnavailable(const QString& why) {
    clear();
    // No black box and no empty list: the words say why there is nothing to see.
    saliency_->hide();
    maps_->hide();
    caption_->setText(why);
}

void InsightView::clear() {
    current_.reset();
    saliency_->clear();
    saliency_->show();
    maps_->show();
    evidence_->hide();
    caption_->setText(tr("Draw to see which pixels decide the digit and what the first layers see."));
    layer_->clear();
    layer_->setEnabled(false);
    grid_->clear();
}

} // namespace digitpad
