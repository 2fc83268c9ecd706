#pragma once
#include <QLabel>

namespace digitpad {

// A one-line label that shortens its text with "…" when it has less room than the text needs,
// and shows the whole text as its tooltip: the status bar's model name never pushes the window
// wider than the screen nor hides the status messages beside it.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    // `mode`: where the "…" goes; a path keeps its start and its end (Qt::ElideMiddle).
    explicit ElidedLabel(QWidget* parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString& text);
    QString fullText() const { return fullText_; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString fullText_;
    Qt::TextElideMode mode_;
};

} // namespace digitpad
