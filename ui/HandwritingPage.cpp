#include "HandwritingPage.h"

#include "AdaptationPanel.h"
#include "AppDataPaths.h"
#include "EnabledWhen.h"

#include "FileDialogs.h"
#include "ImagePictures.h"
#include "SampleEvaluationView.h"

#include "data/Dataset.h"
#include "personal/PersonalDataset.h"
#include "util/Error.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace digitpad {
HandwritingPage::HandwritingPage(const QString& folder, QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), gallery_(new QListWidget(this)),
      delete_(new QPushButton(tr("&Delete selected"), this)), export_(new QPushButton(tr("E&xport…"), this)),
      adaptation_(new AdaptationPanel(this)), evaluation_(new SampleEvaluationView(this)) {
    const QString path = folder.isEmpty() ? personalSamplesFolder() : folder;
    try {
        samples_ = std::make_unique<PersonalDataset>(path.toStdString());
    } catch (const Error& e) {
        // Damaged files are left as they are for the user to look at; new samples go nowhere.
        loadProblem_ = QString::fromUtf8(e.what());
    }
    summary_->setWordWrap(true);
    gallery_->setAccessibleName(tr("Your saved drawings"));
    gallery_->setViewMode(QListView::IconMode);
    gallery_->setIconSize(QSize(56, 56));
    gallery_->setGridSize(QSize(72, 84));
    gallery_->setResizeMode(QListView::Adjust);
    gallery_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    gallery_->setMovement(QListView::Static);

    auto* files = new QHBoxLayout;
    files->addWidget(delete_);
    files->addWidget(export_);
    files->addStretch(1);
    auto* samples = new QVBoxLayout;
    samples->addWidget(summary_);
    samples->addWidget(gallery_, 1);
    samples->addLayout(files);
    samples->addWidget(adaptation_);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(samples, 1);
    layout->addWidget(evaluation_, 1);

    connect(delete_, &QPushButton::clicked, this, &HandwritingPage::deleteSelected);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, gallery_);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &HandwritingPage::deleteSelected);
    connect(export_, &QPushButton::clicked, this, &HandwritingPage::exportSamples);
    connect(adaptation_, &AdaptationPanel::adaptRequested, this, &HandwritingPage::startAdapting);
    connect(adaptation_, &AdaptationPanel::useModel, this, &HandwritingPage::useModel);
    connect(adaptation_, &AdaptationPanel::statusMessage, this, &HandwritingPage::statusMessage);
    connect(adaptation_, &AdaptationPanel::adaptingChanged, this, [this](bool adapting) {
        if (adapting) enableWhen(delete_, false, tr("Adapting…"));
        else refresh(false); // the samples are the same: their evaluation stays
    });
    connect(evaluation_, &SampleEvaluationView::evaluateRequested, this, &HandwritingPage::evaluateSamples);
    connect(evaluation_, &SampleEvaluationView::imageOpened, this, &HandwritingPage::imageOpened);
    connect(gallery_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { // double-click or Enter
        const int index = gallery_->row(item);
        if (!samples_ || index < 0 || index >= static_cast<int>(samples_->size())) return;
        const Dataset& data = samples_->samples();
        emit imageOpened(data.image(static_cast<std::size_t>(index)),
                         tr("Your sample %1, labelled %2").arg(index + 1).arg(data.labels[static_cast<std::size_t>(index)]));
    });
    refresh();
}

void HandwritingPage::evaluateSamples() {
    if (!samples_ || samples_->size() == 0 || !model_) {
        evaluation_->showMessage(tr("Save some drawings first: draw on the Draw page and press the digit they are."));
        return;
    }
    // A copy: the model in use is busy reading the canvas on another thread.
    evaluation_->evaluate(model_->clone(), samples_->samples());
}

HandwritingPage::~HandwritingPage() = default;

QPushButton* HandwritingPage::adaptButton() const { return adaptation_->adaptButton(); }
QPushButton* HandwritingPage::keepButton() const { return adaptation_->keepButton(); }
QPushButton* HandwritingPage::discardButton() const { return adaptation_->discardButton(); }
QLabel* HandwritingPage::resultLabel() const { return adaptation_->resultLabel(); }
QPushButton* HandwritingPage::evaluateButton() const { return evaluation_->evaluateButton(); }
QLabel* HandwritingPage::evaluationLabel() const { return evaluation_->evaluationLabel(); }
ConfusionHeatmap* HandwritingPage::heatmap() const { return evaluation_->heatmap(); }
ExampleGallery* HandwritingPage::cellGallery() const { return evaluation_->cellGallery(); }

int HandwritingPage::sampleCount() const { return samples_ ? static_cast<int>(samples_->size()) : 0; }

bool HandwritingPage::isAdapting() const { return adaptation_->isAdapting(); }

void HandwritingPage::refresh(bool samplesChanged) {
    gallery_->clear();
    // An evaluation of other samples would mislead: it is done again on request.
    if (samplesChanged) evaluation_->clear();
    if (!samples_) {
        summary_->setText(tr("Your samples could not be read: %1").arg(loadProblem_));
        for (QPushButton* b : {delete_, export_})
            enableWhen(b, false, tr("Your samples could not be read: %1").arg(loadProblem_));
        adaptation_->setSampleCount(-1, loadProblem_);
        evaluation_->setAvailable(false, tr("Your samples could not be read: %1").arg(loadProblem_));
        return;
    }
    const Dataset& data = samples_->samples();
    for (std::size_t i = 0; i < data.size(); ++i) {
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(data.image(i)).scaled(56, 56))),
                                         QString::number(data.labels[i]));
        item->setToolTip(tr("Sample %1, labelled %2\nDouble-click to open it on the Draw page").arg(i + 1).arg(data.labels[i]));
        gallery_->addItem(item);
    }
    summary_->setText(tr("<b>%1 of your handwriting.</b> On the Draw page, press the right digit key (0-9) or "
                         "double-click the right digit on the chart to add your drawing here, above all when DigitPad "
                         "reads it wrong. Kept in %2.")
                          .arg(tr("%n sample(s)", nullptr, static_cast<int>(data.size())))
                          .arg(QDir::toNativeSeparators(QString::fromStdString(samples_->folder()))));
    const QString none = tr("No samples yet: draw a digit on the Draw page and press its key");
    for (QPushButton* b : {delete_, export_}) enableWhen(b, !data.empty(), none);
    evaluation_->setAvailable(!data.empty(), none);
    adaptation_->setSampleCount(static_cast<long long>(data.size()));
    if (adaptation_->isAdapting()) enableWhen(delete_, false, tr("Adapting…"));
}

bool HandwritingPage::addSample(const Image28& image, int digit) {
    return addSamples({image}, {digit});
}

bool HandwritingPage::addSamples(const std::vector<Image28>& images, const std::vector<int>& digits) {
    if (!samples_) {
        emit statusMessage(tr("Cannot save samples: %1").arg(loadProblem_));
        return false;
    }
    try {
        Dataset more;
        for (std::size_t i = 0; i < images.size() && i < digits.size(); ++i)
            more.add(images[i], static_cast<std::uint8_t>(digits[i]));
        samples_->add(more);
    } catch (const Error& e) {
        emit statusMessage(tr("Could not save the sample: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh();
    return true;
}

bool HandwritingPage::removeLastSamples(int count) {
    if (!samples_ || count <= 0) return false;
    try {
        if (!samples_->takeBackLastSave(static_cast<std::size_t>(count))) {
            emit statusMessage(tr("The save can no longer be taken back: your samples changed since"));
            return false;
        }
    } catch (const Error& e) {
        emit statusMessage(tr("Could not take the save back: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh();
    return true;
}

void HandwritingPage::deleteSelected() {
    if (!samples_) return;
    std::vector<std::size_t> rows;
    for (const QModelIndex& index : gallery_->selectionModel()->selectedIndexes())
        rows.push_back(static_cast<std::size_t>(index.row()));
    try {
        samples_->remove(rows);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Delete samples"), QString::fromUtf8(e.what()));
    }
    refresh();
}

void HandwritingPage::exportSamples() {
    const QString folder = askFolder(this, tr("Export samples as MNIST-style IDX files"), FileKind::Samples);
    if (folder.isEmpty() || !samples_) return;
    try {
        samples_->exportTo(folder.toStdString());
        emit statusMessage(tr("Exported %1 to %2")
                               .arg(tr("%n sample(s)", nullptr, static_cast<int>(samples_->size())), folder));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export samples"), QString::fromUtf8(e.what()));
    }
}

void HandwritingPage::startAdapting() {
    if (samples_ && model_) adaptation_->start(*model_, samples_->samples());
}

} // namespace digitpad
