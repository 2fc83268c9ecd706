#include "ModelWords.h"

#include <QCoreApplication>

#include <map>
#include <string>

namespace digitpad {

QString classicSummary(const ClassicModelType& type) {
    static const std::map<std::string, const char*> summaries{
        {"svm-hog", QT_TRANSLATE_NOOP("digitpad::ModelWords", "RBF-kernel SVM on HOG features")},
        {"svm-raw", QT_TRANSLATE_NOOP("digitpad::ModelWords", "RBF-kernel SVM on raw pixels")},
        {"linear-svm-hog", QT_TRANSLATE_NOOP("digitpad::ModelWords", "Linear SVM on HOG features")},
        {"linear-svm-raw", QT_TRANSLATE_NOOP("digitpad::ModelWords", "Linear SVM on raw pixels")},
        {"rf-hog", QT_TRANSLATE_NOOP("digitpad::ModelWords", "Random forest on HOG features")},
        {"rf-raw", QT_TRANSLATE_NOOP("digitpad::ModelWords", "Random forest on raw pixels")},
    };
    const auto found = summaries.find(type.name);
    return found == summaries.end() ? QString::fromStdString(type.summary)
                                    : QCoreApplication::translate("digitpad::ModelWords", found->second);
}

} // namespace digitpad
