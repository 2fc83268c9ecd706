#pragma once
#include "data/Image28.h"

#include <QImage>

namespace digitpad {

// An Image28 as an 8-bit picture, white ink on black as MNIST stores it.
QImage toQImage(const Image28& image);

} // namespace digitpad
