#include "DrawPage.h"

#include "CanvasWidget.h"
#include "InsightView.h"
#include "PredictionPanel.h"
#include "ProbabilityBars.h"
#include "Recognizer.h"

#include <vector>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace digitpad {

DrawPage::DrawPage(Recognizer* recognizer, QWidget* parent)
    : QWidget(parent), recognizer_(recognizer), canvas_(new CanvasWidget(this)), panel_(new PredictionPanel(this)),
      insight_(new InsightView(this)), mode_(new QComboBox(this)) {
    auto* undo = new QPushButton(QIcon::fromTheme("edit-undo"), tr("&Undo stroke"), this);
    auto* clear = new QPushButton(QIcon::fromTheme("edit-clear"), tr("&Clear"), this);
    undo->setToolTip(tr("Remove the last stroke (Ctrl+Z)"));
    clear->setToolTip(tr("Start again (Esc or Delete)"));
    connect(undo, &QPushButton::clicked, canvas_, &CanvasWidget::undoStroke);
    connect(clear, &QPushButton::clicked, canvas_, &CanvasWidget::clear);

    // How to read the drawing: Auto decides between one digit and a number from the drawing.
    mode_->addItem(tr("Auto"), QString(readingModeName(ReadingMode::Auto)));
    mode_->addItem(tr("One digit"), QString(readingModeName(ReadingMode::OneDigit)));
    mode_->addItem(tr("Number"), QString(readingModeName(ReadingMode::Number)));
    mode_->setToolTip(tr("Auto reads one digit unless the drawing shows several; One digit never splits; "
                         "Number always splits wide groups into digits"));
    const int saved = mode_->findData(QSettings().value("draw/mode").toString());
    mode_->setCurrentIndex(saved >= 0 ? saved : 0);
    recognizer_->setMode(parseReadingMode(mode_->currentData().toString().toStdString()));
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = mode_->currentData().toString();
        QSettings().setValue("draw/mode", name);
        recognizer_->setMode(parseReadingMode(name.toStdString()));
        recognizeNow();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(undo);
    buttons->addWidget(clear);
    buttons->addStretch();
    auto* readAs = new QLabel(tr("&Read as"), this);
    readAs->setBuddy(mode_);
    buttons->addWidget(readAs);
    buttons->addWidget(mode_);
    auto* left = new QVBoxLayout;
    left->addWidget(canvas_, 1);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 5);
    layout->addWidget(panel_, 3);
    layout->addWidget(insight_, 3);

    liveTimer_.setSingleShot(true);
    liveTimer_.setInterval(60);
    connect(&liveTimer_, &QTimer::timeout, this, &DrawPage::recognizeNow);
    connect(canvas_, &CanvasWidget::strokeChanged, this, [this] {
        if (!liveTimer_.isActive()) liveTimer_.start();
    });
    connect(canvas_, &CanvasWidget::drawingChanged, this, &DrawPage::recognizeNow);
    connect(recognizer_, &Recognizer::recognized, this, &DrawPage::showResult);
    // Saying what the drawing really is: a digit key, or a click on that digit's bar.
    connect(panel_->bars(), &ProbabilityBars::digitClicked, this, &DrawPage::labelDrawing);
    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, digit] { labelDrawing(digit); });
    }
}

void DrawPage::labelDrawing(int digit) {
    if (!shownImage_ || canvas_->isEmpty()) {
        emit statusMessage(tr("Draw a digit first, then press the digit it is to save it as your handwriting"));
        return;
    }
    emit sampleLabelled(*shownImage_, digit);
}

void DrawPage::sampleSaved(int digit, int count) {
    const QString what = shownPart_.isEmpty() ? tr("your drawing") : tr("%1 of your number (the least sure)").arg(shownPart_);
    canvas_->clear();
    emit statusMessage(tr("Saved %1 as a %2 (%3 samples in all). Ctrl+Z brings the drawing back.").arg(what).arg(digit).arg(count));
}

void DrawPage::recognizeNow() {
    liveTimer_.stop();
    if (canvas_->isEmpty()) {
        shownImage_.reset();
        panel_->showEmpty(tr("Draw a digit or a number"));
        insight_->clear();
        canvas_->setDigitMarks({});
        return;
    }
    recognizer_->recognize(canvas_->drawing());
}

void DrawPage::showResult(const DrawingReading& result) {
    if (canvas_->isEmpty()) return; // cleared while this was being recognized
    panel_->showRecognition(result);
    const bool ok = !result.digits.empty();
    const Image28* focus = ok ? &result.digits[static_cast<std::size_t>(result.leastConfident())].image : nullptr;
    shownImage_ = focus ? std::optional<Image28>(*focus) : std::nullopt;
    shownPart_ = result.isNumber() ? tr("digit %1 of %2").arg(result.leastConfident() + 1).arg(result.digits.size()) : QString();
    std::vector<CanvasWidget::DigitMark> marks;
    if (result.isNumber())
        for (const DigitReading& d : result.digits)
            marks.push_back({QRectF(QPointF(d.box.left, d.box.top), QPointF(d.box.right, d.box.bottom)),
                             d.digit >= 0 ? QStringLiteral("%1 · %2%").arg(d.digit).arg(d.confidence * 100, 0, 'f', 0)
                                          : QStringLiteral("?"),
                             d.confidence >= PredictionPanel::kConfidentAbove});
    canvas_->setDigitMarks(std::move(marks));
    if (result.inspection)
        insight_->showInspection(*result.inspection, *focus);
    else if (ok)
        insight_->showUnavailable(tr("Feature maps and saliency are shown for CNN models; the active model is "
                                     "a classical one."));
    else
        insight_->clear();
}

} // namespace digitpad
