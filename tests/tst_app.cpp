// The installed-app behaviours that need real processes: a second launch hands over to the
// running DigitPad and exits; --version; a model given on the command line.
#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QProcessEnvironment isolatedEnvironment(const QString& home, const QString& user, const QString& display = ":91") {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DISPLAY", display); // with the user and the home, names the single-instance socket
    env.remove("WAYLAND_DISPLAY");
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", home);
    env.insert("XDG_CONFIG_HOME", home + "/config");
    env.insert("XDG_DATA_HOME", home + "/data");
    env.insert("USER", user); // keeps this test's socket to itself
    return env;
}

// Starts DigitPad for `user` in `home` on display :91 and waits until it listens as the primary,
// however slow the machine is.
bool startPrimary(QProcess& app, const QString& home, const QString& user) {
    app.setProcessEnvironment(isolatedEnvironment(home, user, ":91"));
    app.start(DIGITPAD_GUI, {});
    if (!app.waitForStarted()) return false;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QLocalSocket probe;
        probe.connectToServer(digitpad::SingleInstance::keyFor(user, home, ":91"));
        if (probe.waitForConnected(200)) return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestApp : public QObject {
    Q_OBJECT
private slots:
    void secondLaunchActivatesTheFirst();
    void versionOption();
    void anotherDisplayRunsItsOwn();
};

void TestApp::secondLaunchActivatesTheFirst() {
    QTemporaryDir home;
    const QString user = QString("test-%1").arg(QCoreApplication::applicationPid());
    QProcess first;
    QVERIFY(startPrimary(first, home.path(), user));
    QCOMPARE(first.state(), QProcess::Running);

    QProcess second;
    second.setProcessEnvironment(isolatedEnvironment(home.path(), user));
    second.start(DIGITPAD_GUI, {});
    QVERIFY2(second.waitForFinished(10000), "the second launch kept running");
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains("already running"));
    QCOMPARE(first.state(), QProcess::Running); // the first one is untouched

    first.terminate();
    QVERIFY(first.waitForFinished(10000));

    // After the first has gone, a new launch is the primary again.
    QProcess third;
    third.setProcessEnvironment(isolatedEnvironment(home.path(), user));
    third.start(DIGITPAD_GUI, {});
    QVERIFY(!third.waitForFinished(5000));
    third.terminate();
    third.waitForFinished(10000);
}

void TestApp::versionOption() {
    QTemporaryDir home;
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(home.path(), "digitpad-version-test"));
    app.start(DIGITPAD_GUI, {"--version"});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(QString::fromUtf8(app.readAllStandardOutput()).contains(QRegularExpression("DigitPad \\d+\\.\\d+\\.\\d+")));
}

// Another display (or another user, or another home) is another session: a launch there must
// not hand over to a window it cannot see.
void TestApp::anotherDisplayRunsItsOwn() {
    QCOMPARE(digitpad::SingleInstance::keyFor("ann", "/home/ann", ":0"), digitpad::SingleInstance::keyFor("ann", "/home/ann", ":0"));
    QVERIFY(digitpad::SingleInstance::keyFor("ann", "/home/ann", ":0") != digitpad::SingleInstance::keyFor("ann", "/home/ann", ":1"));
    QVERIFY(digitpad::SingleInstance::keyFor("ann", "/home/ann", ":0") != digitpad::SingleInstance::keyFor("bob", "/home/bob", ":0"));
    QVERIFY(digitpad::SingleInstance::keyFor("ann", "/home/ann", ":0") != digitpad::SingleInstance::keyFor("ann", "/tmp/box", ":0"));

    QTemporaryDir home;
    const QString user = QString("display-%1").arg(QCoreApplication::applicationPid());
    QProcess first;
    QVERIFY(startPrimary(first, home.path(), user));
    QProcess elsewhere;
    elsewhere.setProcessEnvironment(isolatedEnvironment(home.path(), user, ":92"));
    elsewhere.start(DIGITPAD_GUI, {});
    QVERIFY2(!elsewhere.waitForFinished(5000), "a launch on another display handed over and quit");
    for (QProcess* p : {&elsewhere, &first}) {
        p->terminate();
        p->waitForFinished(10000);
    }
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
