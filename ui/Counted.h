#pragma once
#include <QString>

namespace digitpad {

// "1 sample", "5 samples": a count with its noun in the right number. English only, like the
// rest of the app's words; a translation would use tr()'s %n forms instead.
inline QString counted(long long n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace digitpad
