#pragma once
#include <QString>

namespace digitpad {

// "45 s", "3 min 20 s", "1 h 5 min"; "–" for a time not known (infinite, negative, over 100 h).
inline QString formatDuration(double seconds) {
    if (!(seconds >= 0) || seconds > 360000) return QStringLiteral("–");
    const int s = static_cast<int>(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
           : s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60)
                     : QStringLiteral("%1 s").arg(s);
}

} // namespace digitpad
