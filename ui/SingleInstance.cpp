#include "SingleInstance.h"

#include <QLocalSocket>

namespace digitpad {
namespace {

const QByteArray kActivate = "activate\n";

} // namespace

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
