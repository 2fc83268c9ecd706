#pragma once
// An ONNX file as a DigitPad CNN: what DigitPad exported comes back exactly, and a network another
// program wrote (PyTorch's torch.onnx.export, say) loads when its layers are one of DigitPad's
// architectures. Read with the ONNX project's own protobuf classes and checker.
#include "cnn/CnnClassifier.h"

#include <memory>
#include <string>

namespace digitpad {

// Files larger than this are refused before parsing: the largest architecture is about 1.5 MB.
constexpr std::size_t kMaxOnnxBytes = 64u << 20;

// Reads a sequential graph of Conv, Relu, MaxPool, Flatten/Reshape, Gemm (or MatMul + Add),
// Dropout/Identity, an optional Div or Mul by a constant (a temperature) and an optional Softmax,
// whose input is [N, 1, 28, 28] and whose output is 10 scores or probabilities. Throws Error
// naming `name` and the problem: not ONNX, damaged, the first node DigitPad cannot read, or a
// stack of layers that is none of its architectures.
std::unique_ptr<CnnClassifier> cnnFromOnnx(const std::string& bytes, const std::string& name);

// Whether `name` is an ONNX file's, by its suffix.
bool isOnnxFileName(const std::string& name);

} // namespace digitpad
