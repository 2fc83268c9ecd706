#include "SearchPanel.h"
#include "LocalNumbers.h"

#include "BackgroundJob.h"
#include "Colours.h"
#include "EnabledWhen.h"
#include "MnistFolder.h"
#include "TrialPlot.h"

#include "data/Dataset.h"
#include "util/Error.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>

#include <utility>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace digitpad {
namespace {

const ClassicModelType* typeNamed(const QString& name) { return findClassicModelType(name.toStdString()); }

// The parameters a type's trials vary, in the order the model lists them.
std::vector<ParameterInfo> searchedParameters(const QString& type) {
    const ClassicModelType* found = typeNamed(type);
    return found ? parametersOf(found->algorithm) : std::vector<ParameterInfo>{};
}

QString accuracyText(const TrialResult& trial) {
    return QStringLiteral("%1 % ± %2").arg(localNumber(trial.meanAccuracy * 100, 2)).arg(localNumber(trial.stdAccuracy * 100, 2));
}

} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent), search_(new QComboBox(this)), trialCount_(new QSpinBox(this)), folds_(new QSpinBox(this)),
      images_(new QSpinBox(this)), values_(new QLineEdit(this)), start_(new QPushButton(tr("&Search"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      trainBest_(new QPushButton(tr("Train the &best"), this)), progress_(new QProgressBar(this)),
      summary_(new QLabel(this)), table_(new QTableWidget(this)), plotParameter_(new QComboBox(this)),
      plot_(new TrialPlot(this)), job_(std::make_unique<BackgroundJob>()) {
    search_->addItem(tr("Grid: every combination of each parameter's values"), "grid");
    search_->addItem(tr("Random: draws from each parameter's range"), "random");
    trialCount_->setRange(1, 200);
    trialCount_->setValue(10);
    trialCount_->setToolTip(tr("How many parameter sets random search draws (grid search tries the whole grid)"));
    folds_->setRange(2, 10);
    folds_->setValue(3);
    folds_->setToolTip(tr("k of k-fold cross-validation: each trial trains k times and scores on the fold left out"));
    images_->setRange(100, 60000);
    images_->setSingleStep(1000);
    images_->setValue(3000);
    images_->setGroupSeparatorShown(true);
    images_->setToolTip(tr("The subset of MNIST training images the search cross-validates on"));
    summary_->setWordWrap(true);
    progress_->setVisible(false);
    table_->setAccessibleName(tr("Trials of the search"));
    table_->setTabKeyNavigation(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    values_->setToolTip(tr("The values each parameter takes: name=v1,v2,... for a grid, name=low:high for a "
                           "random search's range (log-uniform where it spans decades)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Search:"), search_);
    form->addRow(tr("Values:"), values_);
    auto* sizes = new QHBoxLayout;
    // Each label is its field's buddy: a screen reader names the field by it.
    for (const auto& [text, field] : {std::pair{tr("Trials:"), static_cast<QWidget*>(trialCount_)},
                                      std::pair{tr("Folds:"), static_cast<QWidget*>(folds_)},
                                      std::pair{tr("Images:"), static_cast<QWidget*>(images_)}}) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        sizes->addWidget(label);
        sizes->addWidget(field);
    }
    sizes->addStretch(1);
    form->addRow(sizes);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(cancel_);
    buttons->addWidget(trainBest_);
    buttons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(progress_);
    left->addWidget(summary_);
    left->addWidget(table_, 1);
    auto* right = new QVBoxLayout;
    auto* axisRow = new QHBoxLayout;
    auto* axisLabel = new QLabel(tr("Accuracy against"), this);
    axisLabel->setBuddy(plotParameter_);
    axisRow->addWidget(axisLabel);
    axisRow->addWidget(plotParameter_, 1);
    right->addLayout(axisRow);
    right->addWidget(plot_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(search_, &QComboBox::currentIndexChanged, this, [this] {
        trialCount_->setEnabled(search_->currentData().toString() == "random");
        showDefaultValues();
    });
    trialCount_->setEnabled(false);
    // Empty until a search names the parameters, so not offered as a choice before then.
    enableWhen(plotParameter_, false, tr("A search puts its parameters here"));
    connect(start_, &QPushButton::clicked, this, &SearchPanel::start);
    connect(cancel_, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(plotParameter_, &QComboBox::currentIndexChanged, this, &SearchPanel::redrawPlot);
    connect(trainBest_, &QPushButton::clicked, this, [this] {
        if (const TrialResult* best = trials_.bestTrial()) emit trainBest(searchedType_, best->parameters, searchedImages_);
    });
    setRunning(false);
    summary_->setText(tr("Search for the parameters of the model chosen above: each trial is scored by "
                         "cross-validation on a subset of the training images."));
}

SearchPanel::~SearchPanel() = default;

bool SearchPanel::isSearching() const { return job_->isRunning(); }

void SearchPanel::setModelType(const QString& name) {
    type_ = name;
    showDefaultValues();
}

TuningOptions::Search SearchPanel::searchKind() const {
    return search_->currentData().toString() == "random" ? TuningOptions::Search::Random : TuningOptions::Search::Grid;
}

void SearchPanel::showDefaultValues() {
    if (const ClassicModelType* type = typeNamed(type_)) values_->setText(QString::fromStdString(describeSearchValues(*type, searchKind())));
}

TuningOptions SearchPanel::options() const {
    TuningOptions options;
    options.search = searchKind();
    options.trials = trialCount_->value();
    options.folds = folds_->value();
    addSearchValues(values_->text().toStdString(), options); // throws Error for what cannot be read
    return options;
}

void SearchPanel::setRunning(bool running) {
    enableWhen(start_, !running, tr("A search is running"));
    enableWhen(cancel_, running, tr("Nothing is being searched"));
    enableWhen(trainBest_, !running && trials_.bestTrial(), running ? tr("Wait for the search to end") : tr("Search first"));
    for (QWidget* w : std::initializer_list<QWidget*>{search_, folds_, images_, values_}) w->setEnabled(!running);
    trialCount_->setEnabled(!running && search_->currentData().toString() == "random");
    progress_->setVisible(running);
}

void SearchPanel::start() {
    const ClassicModelType* type = typeNamed(type_);
    if (!type || isSearching()) return;
    TuningOptions o;
    std::size_t total = 0;
    try {
        o = options();
        total = searchCandidates(*type, o).size();
    } catch (const Error& e) {
        summary_->setText(tr("The values cannot be searched: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    trials_ = TuningResult{};
    searchedType_ = type_;
    searchedImages_ = images_->value();
    const std::vector<ParameterInfo> parameters = searchedParameters(type_);
    QStringList headers{tr("trial")};
    for (const ParameterInfo& p : parameters) headers << QString::fromStdString(p.name);
    headers << tr("accuracy") << tr("seconds");
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(static_cast<int>(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    {
        const QSignalBlocker quiet(plotParameter_);
        plotParameter_->clear();
        for (const ParameterInfo& p : parameters) plotParameter_->addItem(QString::fromStdString(p.name));
    }
    enableWhen(plotParameter_, true, {}, tr("Which parameter the plot puts on its horizontal axis"));
    redrawPlot();
    progress_->setRange(0, static_cast<int>(total));
    progress_->setValue(0);
    setRunning(true);
    summary_->setText(tr("%1 search over %2: %3 trials, %4-fold cross-validation on %5 training images…")
                          .arg(search_->currentData().toString() == "random" ? tr("Random") : tr("Grid"), type_)
                          .arg(total).arg(o.folds).arg(searchedImages_));
    emit statusMessage(tr("Searching the parameters of %1").arg(type_));
    job_->start(
        [this, type = *type, o, folder = mnistFolderInUse().toStdString(), images = static_cast<std::size_t>(searchedImages_)](
            const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            const Dataset data = loadMnist(folder, MnistSplit::Train, images);
            TuningResult done = tuneClassicModel(type, o, data, [&](const TrialResult& trial, std::size_t index, std::size_t total) {
                job.post([this, trial, index, total] { addTrial(trial, index, total); });
            }, &job.cancelFlag());
            return [this, done = std::move(done)] {
                trials_ = done;
                setRunning(false);
                const TrialResult* best = trials_.bestTrial();
                if (!best) return;
                summary_->setText(tr("Done: the best of %1 trials is trial %2, %3 (%4). Train the best trains it on "
                                     "these %5 images.")
                                      .arg(trials_.trials.size()).arg(trials_.best + 1).arg(accuracyText(*best))
                                      .arg(QString::fromStdString(formatParameters(best->parameters))).arg(searchedImages_));
                emit statusMessage(tr("Search finished"));
            };
        },
        [this](bool cancelled, const QString& problem) {
            setRunning(false);
            summary_->setText(cancelled ? tr("Cancelled after %1 trials; the table keeps them.").arg(trials_.trials.size())
                                        : tr("The search stopped: %1").arg(problem));
            emit statusMessage(cancelled ? tr("Search cancelled") : tr("Search stopped"));
        });
}

void SearchPanel::cancel() {
    if (!isSearching()) return;
    job_->cancel();
    enableWhen(cancel_, false, tr("Cancelling…"));
}

void SearchPanel::addTrial(const TrialResult& trial, std::size_t index, std::size_t total) {
    trials_.add(trial);
    const int row = table_->rowCount();
    table_->insertRow(row);
    table_->setItem(row, 0, new QTableWidgetItem(QString::number(index + 1)));
    int column = 1;
    for (const ParameterInfo& p : searchedParameters(searchedType_)) {
        const auto value = trial.parameters.find(p.name);
        table_->setItem(row, column++, new QTableWidgetItem(value == trial.parameters.end() ? QString("–")
                                                                                           : QString::number(value->second, 'g', 4)));
    }
    table_->setItem(row, column++, new QTableWidgetItem(accuracyText(trial)));
    table_->setItem(row, column, new QTableWidgetItem(localNumber(trial.seconds, 1)));
    table_->resizeColumnsToContents();
    table_->scrollToItem(table_->item(row, 0));
    progress_->setValue(static_cast<int>(index + 1));
    progress_->setFormat(tr("trial %1 of %2").arg(index + 1).arg(total));
    highlightBest();
    redrawPlot();
}

void SearchPanel::highlightBest() {
    const int best = bestTrial();
    const ThemeColours colours = ThemeColours::of(table_->palette());
    for (int row = 0; row < table_->rowCount(); ++row)
        for (int column = 0; column < table_->columnCount(); ++column)
            if (QTableWidgetItem* item = table_->item(row, column)) {
                QFont font = item->font();
                font.setBold(row == best);
                item->setFont(font);
                item->setBackground(row == best ? QBrush(colours.bestRowBackground) : QBrush());
                item->setForeground(row == best ? QBrush(colours.bestRowText) : QBrush());
            }
}

void SearchPanel::redrawPlot() {
    const std::vector<ParameterInfo> parameters = searchedParameters(searchedType_);
    const int chosen = plotParameter_->currentIndex();
    plot_->show(trials_, chosen >= 0 && chosen < static_cast<int>(parameters.size())
                             ? &parameters[static_cast<std::size_t>(chosen)]
                             : nullptr);
}

} // namespace digitpad
