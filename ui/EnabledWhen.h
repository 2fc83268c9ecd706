#pragma once
#include <QString>
#include <QWidget>

namespace digitpad {

// Enables `widget`, or disables it with `why` as its tooltip (Qt shows tooltips on disabled
// widgets too), so a greyed-out control always says what it waits for. `tip` is the tooltip
// while enabled.
inline void enableWhen(QWidget* widget, bool enabled, const QString& why, const QString& tip = {}) {
    widget->setEnabled(enabled);
    widget->setToolTip(enabled ? tip : why);
}

} // namespace digitpad
