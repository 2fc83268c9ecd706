#pragma once
// The colours DigitPad draws with, named by what they mean, in one place: the pad is dark in
// every theme, and "sure", "unsure" and "best" read the same on every page.
#include <QColor>
#include <QString>

namespace digitpad::colours {

// The pad.
inline constexpr QRgb kPad = 0xff111827;           // its background
inline constexpr QRgb kPadGuide = 0xff374151;      // the dashed guide lines
inline constexpr QRgb kPadHint = 0xff9ca3af;       // "draw a digit here"
inline constexpr int kPadLabelAlpha = 220;         // behind a digit's label on the pad

// What a reading says about itself.
inline constexpr QRgb kSure = 0xff34d399;          // a digit read at or above the warning threshold
inline constexpr QRgb kUnsure = 0xfff59e0b;        // below it, and the heatmap's chosen cell
inline constexpr QRgb kUnsureText = 0xffd97706;    // the same on a light background
inline constexpr QRgb kWarningText = 0xffb35900;   // a caveat under a result
inline constexpr QRgb kErrorText = 0xffdc2626;     // a problem that stops an action
inline constexpr QRgb kReplayBanner = 0xfffef3c7;  // the pad reads with another model than the one in use

// Bars and charts.
inline constexpr QRgb kBar = 0xff60a5fa;           // a probability bar, a light series
inline constexpr QRgb kBarOutline = 0xff3b82f6;    // the bar the person asked about
inline constexpr QRgb kBest = 0xff22c55e;          // the most probable digit's bar
inline constexpr QRgb kSeries = 0xff1d4ed8;        // a chart's main series
inline constexpr QRgb kGood = 0xff16a34a;          // validation, the best trial
inline constexpr QRgb kMark = 0xffea580c;          // the epoch being replayed
inline constexpr QRgb kBestRowBackground = 0xffdcfce7;
inline constexpr QRgb kBestRowText = 0xff14532d;
inline constexpr QRgb kHeatmapLow = 0xfff8fafc;  // a confusion cell at 0 %
inline constexpr QRgb kHeatmapHigh = 0xff1e3a8a; // at 100 %

// For style sheets and rich text: "#rrggbb".
inline QString css(QRgb colour) { return QColor::fromRgb(colour).name(); }
// Rich text shown as a caveat.
inline QString warningHtml(const QString& html) {
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(css(kWarningText), html);
}

} // namespace digitpad::colours
