#include "Colours.h"

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

QColor rgb(QRgb value) { return QColor::fromRgb(value); }

// WCAG's relative luminance, for choosing text that reads on a colour.
double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

ThemeColours padColours() {
    ThemeColours c;
    c.pad = rgb(0xff111827);
    c.padGuide = rgb(0xff374151);
    c.padHint = rgb(0xff9ca3af);
    c.padLabelBackground = QColor(17, 24, 39, 220);
    c.sure = rgb(0xff34d399);
    c.unsure = rgb(0xfff59e0b);
    return c;
}

ThemeColours light() {
    ThemeColours c = padColours();
    c.unsureText = rgb(0xff92400e);
    c.warningText = rgb(0xff9a3412);
    c.errorText = rgb(0xffb91c1c);
    c.bannerBackground = rgb(0xfffef3c7);
    c.bannerText = rgb(0xff451a03);
    c.bar = rgb(0xff60a5fa);
    c.barOutline = rgb(0xff1d4ed8);
    c.best = rgb(0xff22c55e);
    c.series = rgb(0xff1d4ed8);
    c.good = rgb(0xff16a34a);
    c.mark = rgb(0xffea580c);
    c.bestRowBackground = rgb(0xffdcfce7);
    c.bestRowText = rgb(0xff14532d);
    c.heatmapLow = rgb(0xfff8fafc);
    c.heatmapHigh = rgb(0xff1e3a8a);
    return c;
}

ThemeColours dark() {
    ThemeColours c = padColours();
    c.unsureText = rgb(0xfffbbf24);
    c.warningText = rgb(0xfffdba74);
    c.errorText = rgb(0xfffca5a5);
    c.bannerBackground = rgb(0xff78350f);
    c.bannerText = rgb(0xfffef3c7);
    c.bar = rgb(0xff3b82f6);
    c.barOutline = rgb(0xffbfdbfe);
    c.best = rgb(0xff22c55e);
    c.series = rgb(0xff93c5fd);
    c.good = rgb(0xff4ade80);
    c.mark = rgb(0xfffb923c);
    c.bestRowBackground = rgb(0xff14532d);
    c.bestRowText = rgb(0xffdcfce7);
    c.heatmapLow = rgb(0xff1f2937);
    c.heatmapHigh = rgb(0xff93c5fd);
    return c;
}

// The theme's own text and highlight colours for everything that carries meaning.
ThemeColours highContrast(const QPalette& palette, bool darkTheme) {
    ThemeColours c = darkTheme ? dark() : light();
    const QColor text = palette.color(QPalette::WindowText), highlight = palette.color(QPalette::Highlight);
    c.unsureText = c.warningText = c.errorText = text;
    c.bannerBackground = palette.color(QPalette::Base);
    c.bannerText = text;
    c.bar = c.series = c.mark = highlight;
    c.best = c.good = text;
    c.barOutline = text;
    c.bestRowBackground = highlight;
    c.bestRowText = palette.color(QPalette::HighlightedText);
    c.heatmapLow = palette.color(QPalette::Base);
    c.heatmapHigh = text;
    return c;
}

} // namespace

bool isDarkPalette(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

double contrastRatio(const QColor& a, const QColor& b) {
    const double lighter = std::max(luminance(a), luminance(b)), darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

bool isHighContrastPalette(const QPalette& palette) {
    // Pure black on pure white is 21; the usual light and dark themes stay below 19.
    return contrastRatio(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= 20.0;
}

QColor textOn(const QColor& background) {
    const QColor black(Qt::black), white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QColor blend(const QColor& from, const QColor& to, double t) {
    return QColor::fromRgbF(from.redF() + t * (to.redF() - from.redF()), from.greenF() + t * (to.greenF() - from.greenF()),
                            from.blueF() + t * (to.blueF() - from.blueF()));
}

QColor placeholderText(const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const QColor dimmed = blend(text, base, 0.35);
    return contrastRatio(dimmed, base) >= 4.5 ? dimmed : text;
}

QColor ThemeColours::heatmapCell(double rate) const {
    return blend(heatmapLow, heatmapHigh, std::sqrt(std::clamp(rate, 0.0, 1.0)));
}

ThemeColours ThemeColours::of(const QPalette& palette) {
    const bool darkTheme = isDarkPalette(palette);
    ThemeColours c = isHighContrastPalette(palette) ? highContrast(palette, darkTheme) : darkTheme ? dark() : light();
    c.focus = palette.color(QPalette::Highlight);
    return c;
}

namespace colours {
QString warningHtml(const QPalette& palette, const QString& html) {
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(css(ThemeColours::of(palette).warningText), html);
}
} // namespace colours

} // namespace digitpad
