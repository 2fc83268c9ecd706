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
// feature maps), for the drawing on the canvas, updated with every recognition.
class InsightView : public QWidget {
    Q_OBJECT
public:
    explicit InsightView(QWidget* parent = nullptr);

    void showInspection(const Inspection& inspection, const Image28& input);
    void showUnavailable(const QString& why);
    void clear();

    bool hasInspection() const { return current_.has_value(); }
    int shownMapCount() const;
    QComboBox* layerBox() const { return layer_; }

private:
    void showLayer(int index);

    QLabel* saliency_;
    QLabel* caption_;
    QComboBox* layer_;
    FeatureMapGrid* grid_;
    std::optional<Inspection> current_;
};

} // namespace digitpad
