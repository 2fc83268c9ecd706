#pragma once
// What a screen reader sees of the probability bars: a list of ten items, "7: 12.4%", each with
// a press action that asks why not that digit, the keyboard's current one focused and the digit
// asked about selected.
#include <QAccessibleWidget>

#include <array>

namespace digitpad {

class ProbabilityBars;

class ProbabilityBarsAccessible : public QAccessibleWidget {
public:
    explicit ProbabilityBarsAccessible(ProbabilityBars* bars);
    ~ProbabilityBarsAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    // Makes Qt ask this class for every ProbabilityBars (Qt's factories are process-wide: once).
    static void install();

private:
    ProbabilityBars* bars() const;
    mutable std::array<QAccessible::Id, 10> items_{};
};

} // namespace digitpad
