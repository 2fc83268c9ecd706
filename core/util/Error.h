#pragma once
#include <stdexcept>
#include <string>

namespace digitpad {

// An error a user can cause (a bad file, a bad argument). The message names the file or
// value and says what is wrong, so it can be shown as-is.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown when the user cancelled a long operation; not a failure.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace digitpad
