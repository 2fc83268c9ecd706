#pragma once
#include <QLocalServer>
#include <QObject>

namespace digitpad {

// One DigitPad per user session: the first launch listens on a local socket; a second launch
// asks it to come to the front and then exits, so two windows never fight over settings.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);

    // The key of one user's session on one display: another user, another home (a container, a
    // second login) or another display runs a DigitPad of its own.
    static QString keyFor(const QString& user, const QString& home, const QString& display);
    // keyFor() this process's user, home and display ($WAYLAND_DISPLAY, else $DISPLAY).
    static QString keyForThisSession();

    bool isPrimary() const { return server_.isListening(); }
    // From a second launch: asks the first one to show itself. False if nobody answered.
    bool activatePrimary(int timeoutMs = 2000);

signals:
    void activationRequested();

private:
    void listen();

    QString key_;
    QLocalServer server_;
};

} // namespace digitpad
