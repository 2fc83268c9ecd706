#pragma once
#include <QString>

namespace digitpad {

// "1 sample", "5 samples": a count with its noun in the right number. English only, like the
// rest of the app's words; a translation would use tr()'s %n forms instead.
inline QString counted(long long n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

// "45 s", "3 min 20 s", "1 h 5 min"; "–" for a time not known (infinite, negative, over 100 h).
inline QString formatDuration(double seconds) {
    if (!(seconds >= 0) || seconds > 360000) return QStringLiteral("–");
    const int s = static_cast<int>(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
           : s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60)
                     : QStringLiteral("%1 s").arg(s);
}

} // namespace digitpad
