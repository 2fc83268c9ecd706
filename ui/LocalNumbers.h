#pragma once
#include <QLocale>
#include <QString>

#include <cstddef>

namespace digitpad {

// A number as the interface's language writes it: "98.12" in English, "98,12" in German and
// French (QLocale's default, which the chosen language sets). Files, JSON and the CLI keep C's.
inline QString localNumber(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }
// A count the same way: "10,000" in English, "10.000" in German, "10 000" in French.
inline QString localCount(std::size_t count) { return QLocale().toString(static_cast<qulonglong>(count)); }

} // namespace digitpad
