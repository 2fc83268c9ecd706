#pragma once
#include "model/Inspection.h"

#include <QWidget>

namespace digitpad {

// A layer's feature maps as a grid of small grey pictures, as many columns as fit the width.
class FeatureMapGrid : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapGrid(QWidget* parent = nullptr);

    void setMaps(const FeatureMaps& maps);
    void clear();
    int mapCount() const { return static_cast<int>(images_.size()); }

    QSize sizeHint() const override { return {300, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<QImage> images_;
};

} // namespace digitpad
