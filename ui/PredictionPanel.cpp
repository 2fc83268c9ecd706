#include "PredictionPanel.h"
#include "LocalNumbers.h"

#include "Colours.h"
#include "ImagePictures.h"
#include "ProbabilityBars.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace digitpad {
namespace {

constexpr int kPreviewSide = 112; // 4x magnification

} // namespace

PredictionPanel::PredictionPanel(QWidget* parent)
    : QWidget(parent), digitLabel_(new QLabel(this)), confidenceLabel_(new QLabel(this)),
      numberLabel_(new QLabel(this)), preview_(new QLabel(this)), bars_(new ProbabilityBars(this)) {
    QFont big = digitLabel_->font();
    big.setPointSize(64);
    big.setBold(true);
    digitLabel_->setFont(big);
    digitLabel_->setAlignment(Qt::AlignCenter);
    digitLabel_->setMinimumHeight(110);
    // A long number's big text may be cut on a small screen; the number's line below has every digit.
    digitLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    digitLabel_->setMinimumWidth(64);
    digitLabel_->setAccessibleName(tr("Recognized digit"));
    confidenceLabel_->setAlignment(Qt::AlignCenter);
    confidenceLabel_->setWordWrap(true);
    preview_->setFixedSize(kPreviewSide, kPreviewSide);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setStyleSheet("background: black; border: 1px solid palette(mid);");
    preview_->setToolTip(tr("What the model sees: your drawing scaled to 20x20 and centred by its centre of mass "
                            "in 28x28 pixels, as MNIST was made"));

    auto* previewCaption = new QLabel(tr("Model input (28x28)"), this);
    previewCaption->setWordWrap(true); // German and French captions run longer than the picture is wide
    previewCaption->setAlignment(Qt::AlignCenter);
    numberLabel_->setAlignment(Qt::AlignCenter);
    numberLabel_->setWordWrap(true);
    numberLabel_->setTextFormat(Qt::RichText);
    numberLabel_->setAccessibleName(tr("Recognized number"));
    numberLabel_->hide();
    // The model's input beside the answer, not under the bars: the panel fits an 800x600 window
    // with a doubt warning and a number's line shown.
    auto* input = new QVBoxLayout;
    input->addWidget(preview_, 0, Qt::AlignHCenter);
    input->addWidget(previewCaption);
    auto* answer = new QHBoxLayout;
    answer->addWidget(digitLabel_, 1);
    answer->addLayout(input);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(answer);
    layout->addWidget(numberLabel_);
    layout->addWidget(confidenceLabel_);
    layout->addWidget(bars_, 1);
    showEmpty(tr("Draw a digit or a number"));
}

QString PredictionPanel::digitText() const { return digitLabel_->text(); }

// The answer as large as it was meant, but never wider than its place: a long number in a narrow
// window is made smaller, not cut.
void PredictionPanel::fitAnswer() {
    QFont font = digitLabel_->font();
    const int room = digitLabel_->contentsRect().width() - 4;
    int size = answerPointSize_;
    for (font.setPointSize(size); size > 12 && QFontMetrics(font).horizontalAdvance(digitLabel_->text()) > room;)
        font.setPointSize(--size);
    digitLabel_->setFont(font);
}

void PredictionPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitAnswer();
}

QString PredictionPanel::confidenceText() const { return confidenceLabel_->text(); }

QString PredictionPanel::numberText() const { return numberLabel_->isVisible() ? numberLabel_->property("number").toString() : QString(); }

void PredictionPanel::showRecognition(const DrawingReading& result) {
    if (result.digits.empty()) {
        showEmpty(QString::fromStdString(result.problem));
        return;
    }
    const DigitReading& focus = result.digits[static_cast<std::size_t>(result.leastConfident())];
    digit_ = focus.digit;
    const float top = focus.digit >= 0 ? focus.confidence : 0.0f;
    const bool number = result.isNumber();
    answerPointSize_ = number ? std::clamp(150 / static_cast<int>(result.digits.size()), 28, 64) : 64;
    digitLabel_->setText(QString::fromStdString(result.text()));
    fitAnswer();
    const bool confident = top >= kConfidentAbove;
    const QString unsure = "color: " + colours::css(ThemeColours::of(palette()).unsureText) + ";";
    digitLabel_->setStyleSheet(confident ? QString() : unsure);
    confidenceLabel_->setText(confident ? tr("%1% sure").arg(localNumber(top * 100, 1))
                                        : tr("Not sure (%1%) – a %2? If not, double-click the right digit below or press its key.")
                                              .arg(localNumber(top * 100, 0)).arg(focus.digit));
    // Not a doubtful digit but no digit at all: ink and pieces unlike any digit's (InkEvidence.h).
    if (result.showsNoDigit()) {
        digitLabel_->setStyleSheet(unsure);
        confidenceLabel_->setText(tr("This does not look like a digit: its ink is unlike any digit's (read as %1 at %2%).")
                                      .arg(QString::fromStdString(result.text())).arg(localNumber(top * 100, 0)));
    }
    bars_->setProbabilities(focus.probabilities);
    showNumber(result);
    preview_->setPixmap(QPixmap::fromImage(toQImage(focus.image).scaled(kPreviewSide - 2, kPreviewSide - 2)));
}

QString PredictionPanel::spokenReading(const DrawingReading& result) {
    if (result.digits.empty()) return QString::fromStdString(result.problem);
    const QString text = QString::fromStdString(result.text());
    if (result.showsNoDigit())
        return tr("Read as %1, but this does not look like a digit").arg(text);
    const DigitReading& focus = result.digits[static_cast<std::size_t>(result.leastConfident())];
    const bool sure = focus.digit >= 0 && focus.confidence >= kConfidentAbove;
    if (result.isNumber())
        return sure ? tr("Read as %1").arg(text)
                    : tr("Read as %1; digit %2 doubtful").arg(text).arg(result.leastConfident() + 1);
    return sure ? tr("Read as %1, %2% sure").arg(text).arg(localNumber(focus.confidence * 100, 0))
                : tr("Read as %1, not sure (%2%)").arg(text).arg(localNumber(focus.confidence * 100, 0));
}

void PredictionPanel::showNumber(const DrawingReading& number) {
    // A number: the big label shows it all; this line gives each digit's confidence and says
    // which digit the bars and the model input below are about.
    if (!number.isNumber()) {
        numberLabel_->hide();
        return;
    }
    const QColor unsure = ThemeColours::of(palette()).unsureText;
    QString digits;
    for (const DigitReading& d : number.digits)
        digits += QStringLiteral("<span style='color:%1'>%2</span><sub>%3%</sub> ")
                      .arg(d.confidence >= kConfidentAbove ? QStringLiteral("palette(text)") : colours::css(unsure))
                      .arg(d.digit >= 0 ? QString::number(d.digit) : QStringLiteral("?"))
                      .arg(localNumber(d.confidence * 100, 0));
    const QString text = QString::fromStdString(number.text());
    numberLabel_->setProperty("number", text);
    numberLabel_->setText(tr("<div>%1</div><div><i>Below: digit %2 of %3, the least sure</i></div>")
                              .arg(digits).arg(number.leastConfident() + 1).arg(number.digits.size()));
    numberLabel_->show();
}

void PredictionPanel::showEmpty(const QString& hint) {
    numberLabel_->hide();
    digit_ = -1;
    digitLabel_->setText("?");
    answerPointSize_ = 64;
    fitAnswer();
    digitLabel_->setStyleSheet("color: palette(mid);");
    confidenceLabel_->setText(hint);
    bars_->clear();
    preview_->clear();
}

} // namespace digitpad
