#include "TrainingSettings.h"

#include "SettingsKeys.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace digitpad {

TrainingForm loadTrainingForm() {
    const QSettings settings;
    auto number = [&](const char* key, double fallback) {
        bool ok = false;
        const double value = settings.value(key).toDouble(&ok);
        return ok && std::isfinite(value) ? value : fallback;
    };
    // The form's spin boxes clamp what they are given, so values out of range end up in range.
    TrainingForm form;
    TrainingOptions& o = form.options;
    o.epochs = static_cast<int>(std::clamp(number(settings_key::kTrainEpochs, 3), -1e6, 1e6));
    o.batchSize = static_cast<int>(std::clamp(number(settings_key::kTrainBatch, 32), -1e6, 1e6));
    o.learningRate = static_cast<float>(number(settings_key::kTrainLearningRate, 0.001));
    o.limit = static_cast<std::size_t>(std::clamp(number(settings_key::kTrainSubset, 0), 0.0, 1e9));
    o.validationFraction = std::clamp(number(settings_key::kTrainValidation, 10), 0.0, 50.0) / 100.0;
    o.augment = settings.value(settings_key::kTrainAugment, false).toBool();
    o.threads = static_cast<std::size_t>(std::clamp(number(settings_key::kTrainThreads, 0), 0.0, 256.0)); // 0: automatic
    form.architecture = settings.value(settings_key::kTrainArchitecture, "default").toString();
    return form;
}

void saveTrainingForm(const TrainingForm& form) {
    QSettings settings;
    const TrainingOptions& o = form.options;
    settings.setValue(settings_key::kTrainArchitecture, form.architecture);
    settings.setValue(settings_key::kTrainEpochs, o.epochs);
    settings.setValue(settings_key::kTrainBatch, o.batchSize);
    settings.setValue(settings_key::kTrainLearningRate, static_cast<double>(o.learningRate));
    settings.setValue(settings_key::kTrainSubset, static_cast<qulonglong>(o.limit));
    settings.setValue(settings_key::kTrainValidation, static_cast<int>(o.validationFraction * 100 + 0.5));
    settings.setValue(settings_key::kTrainAugment, o.augment);
    settings.setValue(settings_key::kTrainThreads, static_cast<qulonglong>(o.threads));
}

} // namespace digitpad
