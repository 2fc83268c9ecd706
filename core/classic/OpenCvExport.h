#pragma once
// Copies trained OpenCV models into DigitPad's own form. Only core and the tests include this,
// to keep OpenCV's headers away from everything else.
#include "classic/ForestClassifier.h"
#include "classic/SvmClassifier.h"

#include <opencv2/ml.hpp>

namespace digitpad {

std::vector<ForestClassifier::Tree> exportForest(const cv::ml::RTrees& forest);
// `classLabels` are TrainData::getClassLabels() of the training data.
SvmClassifier::Machine exportSvm(const cv::ml::SVM& svm, const cv::Mat& classLabels, std::size_t featureCount);

// Training data for OpenCV from row-major features; labels are digits.
cv::Ptr<cv::ml::TrainData> makeTrainData(const std::vector<float>& features, const std::vector<std::uint8_t>& labels,
                                         std::size_t featureCount);

} // namespace digitpad
