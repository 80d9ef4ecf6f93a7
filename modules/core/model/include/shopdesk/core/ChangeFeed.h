#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace shopdesk::core {

class Database;

/// Changes made by other connections (another PC, shopdesk-cli, a second window) as they land.
/// Every write transaction counts up, in the shop's shop_changes table and in the transaction
/// itself, the topics its statements touched ("items", "orders", "stock", "replies", "buyers",
/// "kpi", "promotions", "everything"). The feed has a connection of its own and:
/// - on SQLite polls PRAGMA data_version on a timer (cheap: the file's change counter, nothing
///   read unless another connection committed) and then reads the handful of topic rows;
/// - on a server whose driver has QSqlDriver::EventNotifications (PostgreSQL), subscribes to the
///   NOTIFY each write transaction sends at commit, and reads the topic rows when one arrives.
/// A change this process's own connections to the same Database committed (the window's own
/// edit) is not told again: the panel that made it shows it already.
/// A panel never asks it directly: app/ relays changed() to ShopEvents (core::relayChanges).
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    /// The channel a server's write transactions NOTIFY and the feed LISTENs to.
    static inline const QString kChannel = QStringLiteral("shop_changes");

    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Counts `table` as written by the transaction open on this thread's connection to `db`
    /// (SqlQuery does it for every INSERT, UPDATE and DELETE it runs; a writer that goes around
    /// SqlQuery, such as BulkInsert's native path, says so here).
    static void noteWrite(const Database &db, const QString &table);

    /// Starts watching: notifications where the driver has them, else a poll every `intervalMs`.
    void start(int intervalMs = 500);
    void stop();
    /// Whether the server tells the feed (no polling).
    bool usesNotifications() const { return mNotifications; }

    /// One look now (the timer's work; tests call it): emits changed() for every topic that moved
    /// since the last look, and gives them.
    QStringList poll();

Q_SIGNALS:
    /// `topic` was changed by a write on another connection; `seat` is the seat that wrote it last.
    void changed(const QString &topic, const QString &seat);

private:
    /// Reads the topic rows; emits changed() for those whose serial moved.
    QStringList readTopics(bool announce);
    qint64 dataVersion();

    const Database *mDb = nullptr;
    QString mName; ///< the feed's own connection
    bool mNotifications = false;
    qint64 mDataVersion = -1;
    QHash<QString, qint64> mSerials;
    QTimer mTimer;
};

} // namespace shopdesk::core
