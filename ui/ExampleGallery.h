#pragma once
#include "data/Dataset.h"

#include <QListWidget>

#include <cstdint>
#include <vector>

namespace digitpad {

// Thumbnails of test images, e.g. all the 4s the model read as 9s. Double-clicking one opens
// it on the Draw page (imageOpened).
class ExampleGallery : public QListWidget {
    Q_OBJECT
public:
    static constexpr int kMaxShown = 300;

    // `kind` names what the images are in tooltips and messages: "Test image", "Your sample".
    explicit ExampleGallery(const QString& kind, QWidget* parent = nullptr);
    // Shows the images of `images` whose label is `truth` and prediction `predicted`.
    void showCell(const Dataset& images, const std::vector<std::uint8_t>& predictions, int truth, int predicted);
    void clearCell();
    // What an empty gallery says, in place of a blank box: `text` before a cell is chosen, and
    // that the cell is empty once an empty one is.
    void setPlaceholderText(const QString& text);
    QString emptyText() const;

signals:
    // `what`: a line that says which image it is ("Test image 412: a 4, read as 9").
    void imageOpened(const digitpad::Image28& image, const QString& what);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showEmptyText();

    QString kind_;
    QString placeholder_;
    bool cellChosen_ = false;
    std::vector<Image28> shown_; // the images of the items, in order
};

} // namespace digitpad
