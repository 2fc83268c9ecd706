#pragma once
// The colours DigitPad draws with, named by what they mean and derived from the palette a widget
// has (the system's): a light theme, a dark one and a high-contrast one each get colours that
// read on their own background. The pad is dark in every theme, its ink light, as MNIST's digits.
#include <QColor>
#include <QPalette>
#include <QString>

namespace digitpad {

struct ThemeColours {
    // The pad.
    QColor pad, padGuide, padHint, padLabelBackground;
    QColor sure, unsure; // marks on the pad: a digit read at or above the warning threshold, below it
    // Text on the window.
    QColor unsureText, warningText, errorText;
    QColor bannerBackground, bannerText; // the pad reads with another model than the one in use
    // Bars, charts, tables.
    QColor bar, barOutline, best;        // a probability bar, the one asked about, the most probable
    QColor series, good, mark;           // a chart's main series, validation or the best trial, the replayed epoch
    QColor bestRowBackground, bestRowText;
    QColor heatmapLow, heatmapHigh;      // a confusion cell at 0 % and at 100 %
    QColor focus;                        // the keyboard's frame

    static ThemeColours of(const QPalette& palette);
    // A confusion cell's colour for `rate` (0 to 1) of its row: from heatmapLow to heatmapHigh by
    // the rate's square root, which spreads the small off-diagonal rates where the errors are.
    QColor heatmapCell(double rate) const;
};

bool isDarkPalette(const QPalette& palette);
// Black on white or white on black, as high-contrast themes are: colours then never carry meaning
// alone, and text keeps the theme's own.
bool isHighContrastPalette(const QPalette& palette);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background);
// WCAG's contrast ratio of two colours, 1 to 21; text wants 4.5 or more.
double contrastRatio(const QColor& a, const QColor& b);
// The colour `t` (0 to 1) of the way from `from` to `to`.
QColor blend(const QColor& from, const QColor& to, double t);
// Text that stands in for missing content, dimmer than the theme's text on its base but still
// 4.5:1: Fusion's own placeholder colour, half transparent, reads at under 4:1 on white.
QColor placeholderText(const QPalette& palette);

namespace colours {
// For style sheets and rich text: "#rrggbb".
inline QString css(const QColor& colour) { return colour.name(); }
// Rich text shown as a caveat, in the warning colour of `palette`.
QString warningHtml(const QPalette& palette, const QString& html);
} // namespace colours

} // namespace digitpad
