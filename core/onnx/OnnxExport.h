#pragma once
// A CNN as an ONNX model, for any ONNX runtime (onnxruntime on servers, in browsers and on
// phones, OpenCV's dnn, ...). Written with the ONNX project's own protobuf classes and checked
// with its checker.
//
// Input "image": float [N, 1, 28, 28], ink 1.0 and background 0.0, preprocessed as DigitPad does
// (kPreprocessingRecipe). Output "probabilities": [N, 10], the model's calibrated probabilities:
// the last layer's scores divided by its temperature, then Softmax.
#include "model/Classifier.h"

#include <string>

namespace digitpad {

extern const char* const kPreprocessingRecipe;

// The ONNX file's bytes. Throws Error for a model that is not a CNN: a classical model's HOG
// features and kernel machine or forest have no form among the operators a runtime is sure to have.
std::string toOnnx(const Classifier& model);

// Writes toOnnx(model) to `path` atomically.
void exportOnnx(const Classifier& model, const std::string& path);

} // namespace digitpad
