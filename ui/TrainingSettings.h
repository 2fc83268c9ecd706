#pragma once
// The Train page's form as the person last left it, kept in the settings.
#include "train/Trainer.h"

#include <QString>

namespace digitpad {

struct TrainingForm {
    TrainingOptions options;
    QString architecture = "default";
};

// Corrupt or missing values fall back to the defaults (3 epochs, batch 32, rate 0.001, all
// images, 10 % validation, no augmentation, the default architecture).
TrainingForm loadTrainingForm();
void saveTrainingForm(const TrainingForm& form);

} // namespace digitpad
