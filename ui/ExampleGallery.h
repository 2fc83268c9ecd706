#pragma once
#include "data/Dataset.h"

#include <QListWidget>

#include <cstdint>
#include <vector>

namespace digitpad {

// Thumbnails of test images, e.g. all the 4s the model read as 9s.
class ExampleGallery : public QListWidget {
    Q_OBJECT
public:
    static constexpr int kMaxShown = 300;

    explicit ExampleGallery(QWidget* parent = nullptr);
    // Shows the images of `test` whose label is `truth` and prediction `predicted`.
    void showCell(const Dataset& test, const std::vector<std::uint8_t>& predictions, int truth, int predicted);
};

} // namespace digitpad
