#pragma once
// Where DigitPad finds MNIST when nobody named a folder: the one lookup the app's pages and
// every digitpad-cli command share.
#include <string>
#include <vector>

namespace digitpad {

// The places a copy of MNIST is looked for, in order, for a program that lives in
// `programDir`: a source checkout's data/mnist (from the working directory, then from
// build/bin), then the copy each installer carries: share/digitpad/mnist beside bin/ (.deb,
// .tar.gz), mnist/ beside the executable (Windows), Resources/mnist in the app bundle (macOS).
std::vector<std::string> mnistFolderCandidates(const std::string& programDir);

// The first candidate that holds usable MNIST data, or an empty string when none does.
std::string findMnistFolder(const std::string& programDir);

// What a person who installed DigitPad can do about a missing or broken data folder.
std::string mnistRemedy();

} // namespace digitpad
