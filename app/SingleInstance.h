#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace shopdesk::app {

/// One ShopDesk window per shop file and user: the window that has a shop open listens on a local
/// socket named after the user and the file's canonical path; opening that shop again (a second
/// `shopdesk FILE`, File → Open, a recent file) asks that window to come forward instead of
/// opening a second one. The CLI and other programs are not concerned: they open the file as before.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for `shopPath` (the user and the canonical path, hashed: safe as a file name).
    static QString serverName(const QString &shopPath);
    /// Asks the window of another ShopDesk process that has `shopPath` open to come forward; true
    /// when one answered. False (at once) when no window has it, or when it is this process's own.
    static bool handOver(const QString &shopPath);

    /// Listens for `shopPath` from now on (the previous shop's name is given up); an empty path
    /// stops listening. False when another window already listens for it.
    bool listen(const QString &shopPath);
    /// The shop path listened for, or empty.
    QString listeningPath() const { return mPath; }

Q_SIGNALS:
    /// Another launch asked for the shop this window has open.
    void raiseRequested();

private:
    void stop();
    void answer();

    QLocalServer *mServer = nullptr;
    QString mPath;
    QString mName;
};

} // namespace shopdesk::app
