#include "TrainingSettings.h"

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
    o.epochs = static_cast<int>(std::clamp(number("train/epochs", 3), -1e6, 1e6));
    o.batchSize = static_cast<int>(std::clamp(number("train/batch", 32), -1e6, 1e6));
    o.learningRate = static_cast<float>(number("train/learningRate", 0.001));
    o.limit = static_cast<std::size_t>(std::clamp(number("train/subset", 0), 0.0, 1e9));
    o.validationFraction = std::clamp(number("train/validation", 10), 0.0, 50.0) / 100.0;
    o.augment = settings.value("train/augment", false).toBool();
    o.threads = static_cast<std::size_t>(std::clamp(number("train/threads", 0), 0.0, 256.0)); // 0: automatic
    form.architecture = settings.value("train/architecture", "default").toString();
    return form;
}

void saveTrainingForm(const TrainingForm& form) {
    QSettings settings;
    const TrainingOptions& o = form.options;
    settings.setValue("train/architecture", form.architecture);
    settings.setValue("train/epochs", o.epochs);
    settings.setValue("train/batch", o.batchSize);
    settings.setValue("train/learningRate", static_cast<double>(o.learningRate));
    settings.setValue("train/subset", static_cast<qulonglong>(o.limit));
    settings.setValue("train/validation", static_cast<int>(o.validationFraction * 100 + 0.5));
    settings.setValue("train/augment", o.augment);
    settings.setValue("train/threads", static_cast<qulonglong>(o.threads));
}

} // namespace digitpad
