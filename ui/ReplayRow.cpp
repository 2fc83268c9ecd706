#include "ReplayRow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace digitpad {

ReplayRow::ReplayRow(QWidget* parent)
    : QWidget(parent), slider_(new QSlider(Qt::Horizontal, this)), label_(new QLabel(this)),
      onPad_(new QCheckBox(tr("Read my drawings with it"), this)), evaluate_(new QPushButton(tr("Evaluate it"), this)) {
    // Two lines, so that the slider keeps a usable length in an 800-pixel window.
    auto* epochs = new QHBoxLayout;
    epochs->addWidget(new QLabel(tr("Replay:"), this));
    epochs->addWidget(slider_, 1);
    epochs->addWidget(label_);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(onPad_);
    actions->addWidget(evaluate_);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(epochs);
    rows->addLayout(actions);
    slider_->setAccessibleName(tr("Epoch to replay"));
    slider_->setMinimumWidth(160);
    slider_->setPageStep(1);
    slider_->setTickPosition(QSlider::TicksBelow);
    slider_->setToolTip(tr("Which epoch of the run to look at: marked on the charts, read on the Draw page "
                           "when you tick the box, taken by Use and Save"));
    onPad_->setToolTip(tr("The Draw page reads your drawing with the epoch shown, so you can watch it go from "
                          "wrong to right; untick to go back to the model in use"));
    evaluate_->setToolTip(tr("Score the epoch shown on the 10,000 test images, on the Evaluate page"));
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(tr("epoch 100 of 100")) + 8);
    connect(slider_, &QSlider::valueChanged, this, &ReplayRow::epochChosen);
    connect(onPad_, &QCheckBox::toggled, this, &ReplayRow::padToggled);
    connect(evaluate_, &QPushButton::clicked, this, &ReplayRow::evaluateRequested);
}

int ReplayRow::epoch() const { return slider_->value(); }

void ReplayRow::setKept(int last, bool follow) {
    const QSignalBlocker quiet(slider_);
    slider_->setRange(1, last);
    if (follow) slider_->setValue(last);
}

void ReplayRow::setLabel(int epoch, int last) { label_->setText(tr("epoch %1 of %2").arg(epoch).arg(last)); }

bool ReplayRow::readsOnPad() const { return onPad_->isChecked(); }

void ReplayRow::stopReadingOnPad() {
    const QSignalBlocker quiet(onPad_);
    onPad_->setChecked(false);
}

} // namespace digitpad
