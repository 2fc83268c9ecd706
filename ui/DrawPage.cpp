#include "DrawPage.h"
#include "LocalNumbers.h"

#include "CanvasWidget.h"
#include "Colours.h"
#include "ImagePictures.h"
#include "InsightView.h"
#include "PredictionPanel.h"
#include "ProbabilityBars.h"
#include "Recognizer.h"
#include "SettingsKeys.h"

#include "preprocess/GrayImage.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <utility>
#include <vector>

#include <QEvent>
#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QVBoxLayout>

namespace digitpad {

DrawPage::DrawPage(Recognizer* recognizer, QWidget* parent)
    : QWidget(parent), recognizer_(recognizer), canvas_(new CanvasWidget(this)), panel_(new PredictionPanel(this)),
      insight_(new InsightView(this)), mode_(new QComboBox(this)), replayBanner_(new QWidget(this)),
      replayText_(new QLabel(replayBanner_)) {
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
    const int saved = mode_->findData(QSettings().value(settings_key::kDrawMode).toString());
    mode_->setCurrentIndex(saved >= 0 ? saved : 0);
    recognizer_->setMode(parseReadingMode(mode_->currentData().toString().toStdString()));
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = mode_->currentData().toString();
        QSettings().setValue(settings_key::kDrawMode, name);
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
    auto* back = new QPushButton(tr("&Back to the model in use"), replayBanner_);
    connect(back, &QPushButton::clicked, this, &DrawPage::replayEndRequested);
    auto* banner = new QHBoxLayout(replayBanner_);
    banner->setContentsMargins(6, 2, 2, 2);
    replayText_->setWordWrap(true);
    banner->addWidget(replayText_, 1);
    banner->addWidget(back);
    replayBanner_->setAutoFillBackground(true);
    followTheme();
    replayBanner_->hide();
    auto* left = new QVBoxLayout;
    left->addWidget(replayBanner_);
    left->addWidget(canvas_, 1);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 5);
    layout->addWidget(panel_, 3);
    layout->addWidget(insight_, 3);

    setAcceptDrops(true); // a picture of a digit dropped on the page is read like a test image
    liveTimer_.setSingleShot(true);
    liveTimer_.setInterval(60);
    connect(&liveTimer_, &QTimer::timeout, this, &DrawPage::recognizeNow);
    connect(canvas_, &CanvasWidget::strokeChanged, this, [this] {
        lastSaved_ = 0; // drawing anew: the last save stays
        if (!liveTimer_.isActive()) liveTimer_.start();
    });
    connect(canvas_, &CanvasWidget::clearUndone, this, &DrawPage::takeBackSave);
    connect(canvas_, &CanvasWidget::drawingChanged, this, &DrawPage::recognizeNow);
    connect(recognizer_, &Recognizer::recognized, this, &DrawPage::showResult);
    // Saying what the drawing really is: a digit key, or a double-click on that digit's bar.
    connect(panel_->bars(), &ProbabilityBars::digitClicked, this, &DrawPage::labelDrawing);
    connect(panel_->bars(), &ProbabilityBars::digitAsked, this, &DrawPage::askWhyNot);
    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, digit] { labelDrawing(digit); });
    }
}

namespace {

// A picture from the clipboard or a drop, as a PNG file's bytes: core decodes every picture.
QByteArray pngBytes(const QMimeData& data) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qvariant_cast<QImage>(data.imageData()).save(&buffer, "PNG");
    return png;
}

// The file a drop or the clipboard names, when the first thing it names is a local file.
QString localFileOf(const QMimeData& data) {
    return data.hasUrls() && data.urls().first().isLocalFile() ? data.urls().first().toLocalFile() : QString();
}

QString joined(const std::vector<int>& digits, const QString& separator) {
    QStringList parts;
    for (const int d : digits) parts << QString::number(d);
    return parts.join(separator);
}

} // namespace

void DrawPage::labelDrawing(int digit) {
    if (opened_ && canvas_->isEmpty()) {
        emit statusMessage(tr("That is not your handwriting: draw your own %1 over it, then press its key to save it")
                               .arg(digit));
        return;
    }
    if (shownDigits_.empty() || canvas_->isEmpty()) {
        emit statusMessage(tr("Draw a digit first, then press the digit it is to save it as your handwriting"));
        return;
    }
    // A number is labelled digit by digit, left to right, and saved when every digit has one.
    typedLabels_.push_back(digit);
    if (typedLabels_.size() < shownDigits_.size()) {
        QString typed = joined(typedLabels_, QString());
        typed += QString(static_cast<int>(shownDigits_.size() - typedLabels_.size()), QChar('_'));
        emit statusMessage(tr("Labelling your number: %1. Type digit %2 of %3.")
                               .arg(typed).arg(typedLabels_.size() + 1).arg(shownDigits_.size()));
        return;
    }
    const std::vector<int> digits = std::exchange(typedLabels_, {});
    emit samplesLabelled(shownDigits_, digits);
}

void DrawPage::samplesSaved(const std::vector<int>& digits, int count) {
    canvas_->clear();
    lastSaved_ = static_cast<int>(digits.size());
    const QString what = digits.size() == 1 ? tr("your drawing as a %1").arg(digits.front())
                                            : tr("the %1 digits of your number as %2").arg(digits.size()).arg(joined(digits, ", "));
    const QString total = count == 1 ? tr("your first sample") : tr("%1 samples in all").arg(count);
    emit statusMessage(tr("Saved %1 (%2). Ctrl+Z takes it back.").arg(what, total));
}

void DrawPage::takeBackSave() {
    if (lastSaved_ == 0) return;
    emit samplesTakenBack(std::exchange(lastSaved_, 0));
}

void DrawPage::askWhyNot(int digit) {
    const bool back = digit == panel_->shownDigit() || digit == recognizer_->contrast();
    recognizer_->setContrast(back ? -1 : digit);
    panel_->bars()->setAsked(back ? -1 : digit);
    // Not recognizeNow(): the drawing is the same, so digits typed for a number still apply.
    readAgain();
}

// The pad is where a person's focus is while drawing: its description changes with each reading
// and screen readers say it (Qt 6.4 has no announcement event of its own).
void DrawPage::announce(const QString& reading) {
    if (canvas_->accessibleDescription() == reading) return;
    canvas_->setAccessibleDescription(reading);
    QAccessibleEvent changed(canvas_, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void DrawPage::readAgain() {
    if (!canvas_->isEmpty())
        recognizer_->recognize(canvas_->drawing());
    else if (opened_)
        recognizer_->recognizeImage(*opened_, openedKind_);
}

void DrawPage::showReplay(const QString& what) {
    replayText_->setText(tr("Reading with %1 of the training run, not the model in use.").arg(what));
    replayBanner_->setVisible(!what.isEmpty());
}

bool DrawPage::openPicture(const QByteArray& bytes, const QString& name) {
    try {
        const Preprocessed input = preprocessImage(decodeImage(bytes.toStdString(), name.toStdString()));
        if (!input.ok()) {
            emit statusMessage(tr("Nothing to read in %1: %2").arg(name, QString::fromStdString(input.problem)));
            return false;
        }
        openImage(*input.image, tr("The picture %1").arg(name), ImagesOf::People);
        return true;
    } catch (const Error& e) {
        emit statusMessage(tr("Could not open the picture: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

bool DrawPage::openPictureFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("Could not open the picture %1: %2").arg(path, file.errorString()));
        return false;
    }
    return openPicture(file.readAll(), QFileInfo(path).fileName());
}

bool DrawPage::pastePicture() {
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    if (data && data->hasImage()) return openPicture(pngBytes(*data), tr("from the clipboard"));
    if (const QString file = data ? localFileOf(*data) : QString(); !file.isEmpty()) return openPictureFile(file);
    emit statusMessage(tr("The clipboard holds no picture"));
    return false;
}

void DrawPage::dragEnterEvent(QDragEnterEvent* event) {
    const QMimeData* data = event->mimeData();
    if (data->hasImage() || !localFileOf(*data).isEmpty()) event->acceptProposedAction();
}

void DrawPage::dropEvent(QDropEvent* event) {
    const QMimeData* data = event->mimeData();
    if (const QString file = localFileOf(*data); !file.isEmpty())
        openPictureFile(file);
    else if (data->hasImage())
        openPicture(pngBytes(*data), tr("dropped"));
    event->acceptProposedAction();
}

void DrawPage::openImage(const Image28& image, const QString& what, ImagesOf kind) {
    canvas_->clear();
    opened_ = image;
    openedKind_ = kind;
    canvas_->setBackdrop(toQImage(image));
    recognizer_->setContrast(-1);
    emit statusMessage(tr("%1, on the pad. Draw over it to compare; Clear removes it.").arg(what));
    recognizeNow();
}

void DrawPage::recognizeNow() {
    liveTimer_.stop();
    if (!canvas_->hasBackdrop()) opened_.reset(); // cleared
    if (canvas_->isEmpty() && !opened_) {
        recognizer_->setContrast(-1); // a new drawing starts with plain saliency
        shownDigits_.clear();
        panel_->showEmpty(tr("Draw a digit or a number"));
        announce(tr("The pad is empty"));
        insight_->clear();
        canvas_->setDigitMarks({});
        return;
    }
    typedLabels_.clear(); // the drawing changed: what was typed for it no longer applies
    readAgain();
}

void DrawPage::showResult(const DrawingReading& result) {
    if (canvas_->isEmpty() && !opened_) return; // cleared while this was being recognized
    panel_->showRecognition(result);
    announce(PredictionPanel::spokenReading(result));
    const bool ok = !result.digits.empty();
    const Image28* focus = ok ? &result.digits[static_cast<std::size_t>(result.leastConfident())].image : nullptr;
    shownDigits_.clear();
    for (const DigitReading& d : result.digits) shownDigits_.push_back(d.image);
    std::vector<CanvasWidget::DigitMark> marks;
    if (result.isNumber())
        for (const DigitReading& d : result.digits)
            marks.push_back({QRectF(QPointF(d.box.left, d.box.top), QPointF(d.box.right, d.box.bottom)),
                             d.digit >= 0 ? QStringLiteral("%1 · %2%").arg(d.digit).arg(localNumber(d.confidence * 100, 0))
                                          : QStringLiteral("?"),
                             d.confidence >= PredictionPanel::kConfidentAbove});
    canvas_->setDigitMarks(std::move(marks));
    // Asked about the digit that is now read, there is nothing to contrast until it changes again.
    panel_->bars()->setAsked(result.inspection && result.inspection->contrast ? result.inspection->contrast->against : -1);
    if (result.inspection)
        insight_->showInspection(*result.inspection, *focus);
    else if (ok)
        insight_->showUnavailable(tr("Feature maps and saliency are shown for CNN models; the active model is "
                                     "a classical one."));
    else
        insight_->clear();
}

void DrawPage::followTheme() {
    const ThemeColours colours = ThemeColours::of(palette());
    replayBanner_->setStyleSheet(QStringLiteral("background: %1; color: %2;")
                                     .arg(colours::css(colours.bannerBackground), colours::css(colours.bannerText)));
}

void DrawPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) followTheme();
}

} // namespace digitpad
