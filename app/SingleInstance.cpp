#include "SingleInstance.h"

#include <shopdesk/core/Database.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMutex>
#include <QSet>

namespace shopdesk::app {

namespace {
const QByteArray kRaise = QByteArrayLiteral("SHOPDESK-RAISE 1\n");
const QByteArray kDone = QByteArrayLiteral("OK\n");
// A window that is alive answers within milliseconds; this only bounds a hung one.
constexpr int kAnswerMs = 3000;

// Names this process listens on: a window never knocks at its own door (it would wait for
// itself), and two windows of one process (tests) may share a file.
QMutex ownMutex;
QSet<QString> &ownNames()
{
    static QSet<QString> names;
    return names;
}

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() { stop(); }

QString SingleInstance::serverName(const QString &shopPath)
{
    // A shop on a server is the same shop however its address is spelt (and never with a password).
    const auto server = core::ServerAddress::parse(shopPath);
    const QFileInfo fi(shopPath);
    const QString canonical = server ? server->url() : (fi.exists() ? fi.canonicalFilePath() : fi.absoluteFilePath());
    const QByteArray key = (userName() + QLatin1Char('\n') + canonical).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("shopdesk-") + QString::fromLatin1(hash);
}

bool SingleInstance::handOver(const QString &shopPath)
{
    const QString name = serverName(shopPath);
    {
        QMutexLocker lock(&ownMutex);
        if (ownNames().contains(name))
            return false;
    }
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kAnswerMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(kAnswerMs))
        return false;
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(kAnswerMs))
        reply += socket.readAll();
    return reply == kDone;
}

bool SingleInstance::listen(const QString &shopPath)
{
    const QString name = shopPath.isEmpty() ? QString() : serverName(shopPath);
    if (!name.isEmpty() && name == mName)
        return true;
    stop();
    if (name.isEmpty())
        return true;
    {
        QMutexLocker lock(&ownMutex);
        if (ownNames().contains(name))
            return false; // another window of this process has it
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // A socket left by a ShopDesk that crashed answers nobody: take its place. One that
        // answers belongs to a live window, which keeps it.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(kAnswerMs)) {
            delete server;
            return false;
        }
        QLocalServer::removeServer(name);
        if (!server->listen(name)) {
            delete server;
            return false;
        }
    }
    mServer = server;
    mName = name;
    mPath = shopPath;
    {
        QMutexLocker lock(&ownMutex);
        ownNames().insert(name);
    }
    connect(mServer, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::stop()
{
    if (!mServer)
        return;
    {
        QMutexLocker lock(&ownMutex);
        ownNames().remove(mName);
    }
    mServer->close();
    delete mServer;
    mServer = nullptr;
    mName.clear();
    mPath.clear();
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = mServer->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto read = [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine(256);
            if (line == kRaise) {
                Q_EMIT raiseRequested();
                socket->write(kDone);
                socket->flush();
            }
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        read(); // the request may be here already
    }
}

} // namespace shopdesk::app
