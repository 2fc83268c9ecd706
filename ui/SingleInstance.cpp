#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>

#include <QLocalSocket>

namespace digitpad {
namespace {

const QByteArray kActivate = "activate\n";

} // namespace

QString SingleInstance::keyFor(const QString& user, const QString& home, const QString& display) {
    // A short hash: local socket names are limited in length, and a path has characters they refuse.
    const QByteArray session = (user + '\n' + home + '\n' + display).toUtf8();
    return QStringLiteral("digitpad-") + QString::fromLatin1(QCryptographicHash::hash(session, QCryptographicHash::Sha1).toHex().left(16));
}

QString SingleInstance::keyForThisSession() {
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY", qEnvironmentVariable("DISPLAY"));
    return keyFor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", "user")), QDir::homePath(), display);
}

SingleInstance::SingleInstance(const QString& key, QObject* parent) : QObject(parent), key_(key) {
    listen();
    connect(&server_, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = server_.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("activate")) emit activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void SingleInstance::listen() {
    // Ask first: Qt may replace an existing socket file when it listens, even a live one.
    QLocalSocket probe;
    probe.connectToServer(key_);
    if (probe.waitForConnected(500)) return; // a DigitPad is running
    QLocalServer::removeServer(key_);        // left behind by a crash, if anything
    server_.setSocketOptions(QLocalServer::UserAccessOption);
    server_.listen(key_);
}

bool SingleInstance::activatePrimary(int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(key_);
    if (!socket.waitForConnected(timeoutMs)) return false;
    socket.write(kActivate);
    return socket.waitForBytesWritten(timeoutMs);
}

} // namespace digitpad
