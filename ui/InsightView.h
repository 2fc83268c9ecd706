#pragma once
#include "data/Image28.h"
#include "model/Inspection.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace digitpad {

class FeatureMapGrid;

// "See why": where the network looked (a saliency overlay on the 28x28 input: how much each
// pixel moves the chosen digit's probability) and what its convolution layers saw (their
// feature maps), for the drawing on the canvas, updated with every recognition. Asked why one
// digit and not another, it shows the pixels that separate the two and the evidence for each.
class InsightView : public QWidget {
    Q_OBJECT
public:
    explicit InsightView(QWidget* parent = nullptr);

    void showInspection(const Inspection& inspection, const Image28& input);
    void showUnavailable(const QString& why);
    void clear();

    bool hasInspection() const { return current_.has_value(); }
    // The digit the shown inspection is contrasted with, -1 for none.
    int contrastedWith() const;
    QString caption() const;
    int shownMapCount() const;
    QComboBox* layerBox() const { return layer_; }

private:
    void showLayer(int index);

    void showContrast(const Contrast& contrast, int digit, const Image28& input);

    QLabel* saliency_;
    QLabel* caption_;
    QWidget* evidence_; // the evidence for each of the two digits, shown with a contrast
    QLabel* evidenceFor_;
    QLabel* evidenceAgainst_;
    QLabel* evidenceForTitle_;
    QLabel* evidenceAgainstTitle_;
    QComboBox* layer_;
    FeatureMapGrid* grid_;
    QWidget* maps_ = nullptr; // the layer list and the grid
    std::optional<Inspection> current_;
};

} // namespace digitpad
