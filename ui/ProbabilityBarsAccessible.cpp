#include "ProbabilityBarsAccessible.h"

#include "ProbabilityBars.h"

#include <QPointer>

#include <mutex>

namespace digitpad {
namespace {

class BarItem : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    BarItem(ProbabilityBars* bars, int digit) : bars_(bars), digit_(digit) {}

    bool isValid() const override { return !bars_.isNull(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return bars_ ? bars_->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(bars_.data()); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString&) override {}

    QString text(QAccessible::Text t) const override {
        if (!bars_) return {};
        if (t == QAccessible::Name) return bars_->rowText(digit_);
        if (t == QAccessible::Description)
            return ProbabilityBars::tr("Enter shows why the model did not choose this digit; Shift+Enter saves the "
                                       "drawing as this digit");
        return {};
    }

    QRect rect() const override {
        if (!bars_) return {};
        const QRect row = bars_->rowRect(digit_).toAlignedRect();
        return {bars_->mapToGlobal(row.topLeft()), row.size()};
    }

    QAccessible::State state() const override {
        QAccessible::State s;
        s.focusable = s.selectable = true;
        s.focused = bars_ && bars_->hasFocus() && bars_->current() == digit_;
        s.selected = bars_ && bars_->asked() == digit_;
        s.disabled = bars_ && !bars_->hasValues();
        return s;
    }

    void* interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    QStringList keyBindingsForAction(const QString&) const override { return {QStringLiteral("Return")}; }
    void doAction(const QString& name) override {
        if (bars_ && name == pressAction()) bars_->ask(digit_);
    }

private:
    QPointer<ProbabilityBars> bars_;
    int digit_;
};

QAccessibleInterface* barsFactory(const QString& className, QObject* object) {
    if (className == QLatin1String("digitpad::ProbabilityBars") && object && object->isWidgetType())
        return new ProbabilityBarsAccessible(static_cast<ProbabilityBars*>(object));
    return nullptr;
}

} // namespace

ProbabilityBarsAccessible::ProbabilityBarsAccessible(ProbabilityBars* bars) : QAccessibleWidget(bars, QAccessible::List) {}

ProbabilityBarsAccessible::~ProbabilityBarsAccessible() {
    for (QAccessible::Id id : items_)
        if (id) QAccessible::deleteAccessibleInterface(id);
}

ProbabilityBars* ProbabilityBarsAccessible::bars() const { return static_cast<ProbabilityBars*>(widget()); }

int ProbabilityBarsAccessible::childCount() const { return static_cast<int>(items_.size()); }

QAccessibleInterface* ProbabilityBarsAccessible::child(int index) const {
    if (index < 0 || index >= childCount()) return nullptr;
    QAccessible::Id& id = items_[static_cast<std::size_t>(index)];
    if (!id) id = QAccessible::registerAccessibleInterface(new BarItem(bars(), index));
    return QAccessible::accessibleInterface(id);
}

int ProbabilityBarsAccessible::indexOfChild(const QAccessibleInterface* item) const {
    for (int i = 0; i < childCount(); ++i)
        if (items_[static_cast<std::size_t>(i)] && QAccessible::accessibleInterface(items_[static_cast<std::size_t>(i)]) == item)
            return i;
    return -1;
}

QAccessibleInterface* ProbabilityBarsAccessible::childAt(int x, int y) const {
    const QPoint local = bars()->mapFromGlobal(QPoint(x, y));
    for (int d = 0; d < childCount(); ++d)
        if (bars()->rowRect(d).contains(local)) return child(d);
    return nullptr;
}

void ProbabilityBarsAccessible::install() {
    static std::once_flag installed;
    std::call_once(installed, [] { QAccessible::installFactory(barsFactory); });
}

} // namespace digitpad
