#include "shopdesk/core/ChangeFeed.h"

#include "WriteState.h"
#include "shopdesk/core/Database.h"
#include "shopdesk/core/SqlDialect.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace shopdesk::core {

namespace detail {

QString topicOfTable(const QString &table)
{
    static const QHash<QString, QString> exact {
        { QStringLiteral("shop_changes"), QString() },
        { QStringLiteral("items"), QStringLiteral("items") },
        { QStringLiteral("skus"), QStringLiteral("items") },
        { QStringLiteral("item_suppliers"), QStringLiteral("items") },
        { QStringLiteral("sku_costs"), QStringLiteral("items") },
        { QStringLiteral("orders"), QStringLiteral("orders") },
        { QStringLiteral("order_lines"), QStringLiteral("orders") },
        { QStringLiteral("parcels"), QStringLiteral("orders") },
        { QStringLiteral("parcel_lines"), QStringLiteral("orders") },
        { QStringLiteral("buyers"), QStringLiteral("buyers") },
        { QStringLiteral("stock_moves"), QStringLiteral("stock") },
        { QStringLiteral("stock_on_hand"), QStringLiteral("stock") },
        { QStringLiteral("stock_on_hand_upto"), QStringLiteral("stock") },
        { QStringLiteral("faulty_goods"), QStringLiteral("stock") },
        { QStringLiteral("suppliers"), QStringLiteral("stock") },
        { QStringLiteral("replies"), QStringLiteral("replies") },
        { QStringLiteral("kpi_promotions"), QStringLiteral("promotions") },
        { QStringLiteral("promotions"), QStringLiteral("promotions") },
    };
    if (const auto it = exact.constFind(table); it != exact.cend())
        return *it;
    static const QList<QPair<QString, QString>> prefixes {
        { QStringLiteral("shipping_"), QStringLiteral("orders") },
        { QStringLiteral("aftersale_"), QStringLiteral("orders") },
        { QStringLiteral("stocktake"), QStringLiteral("stock") },
        { QStringLiteral("receiving_"), QStringLiteral("stock") },
        { QStringLiteral("purchase_order"), QStringLiteral("stock") },
        { QStringLiteral("supplier_"), QStringLiteral("stock") },
        { QStringLiteral("service_"), QStringLiteral("replies") },
        { QStringLiteral("kpi_"), QStringLiteral("kpi") },
        { QStringLiteral("member"), QStringLiteral("buyers") },
        { QStringLiteral("buyer_"), QStringLiteral("buyers") },
    };
    for (const auto &[prefix, topic] : prefixes)
        if (table.startsWith(prefix))
            return topic;
    return QStringLiteral("everything");
}

QString writtenTable(const QString &statement)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:WITH\b.*?\)\s*)?(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(statement);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace detail

namespace {
QAtomicInteger<int> gFeeds;

/// Per shop (Database) a feed watches: the serials this process's own connections committed
/// per topic, not yet seen by the feed.
struct OwnCommits {
    QMutex mutex;
    QHash<const Database *, int> feeds; ///< feeds watching each shop
    QHash<const Database *, QHash<QString, QSet<qint64>>> serials;
};

OwnCommits &ownCommits()
{
    static OwnCommits registry;
    return registry;
}
} // namespace

namespace detail {

bool feedWatches(const Database *db)
{
    OwnCommits &own = ownCommits();
    QMutexLocker lock(&own.mutex);
    return own.feeds.contains(db);
}

void noteOwnCommit(const Database *db, const QHash<QString, qint64> &serials)
{
    OwnCommits &own = ownCommits();
    QMutexLocker lock(&own.mutex);
    if (!own.feeds.contains(db))
        return;
    auto &topics = own.serials[db];
    for (auto it = serials.cbegin(); it != serials.cend(); ++it)
        topics[it.key()].insert(it.value());
}

} // namespace detail

void ChangeFeed::noteWrite(const Database &db, const QString &table)
{
    detail::WriteState &state = detail::writeState(db.connection().connectionName());
    if (state.depth == 0)
        return;
    if (const QString topic = detail::topicOfTable(table); !topic.isEmpty())
        state.topics.insert(topic);
}

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , mName(QStringLiteral("shopdesk_feed_%1").arg(gFeeds.fetchAndAddRelaxed(1)))
{
    // A connection of the feed's own, like the shop's (the same driver, file or server, options).
    QSqlDatabase own = QSqlDatabase::cloneDatabase(db.connection(), mName);
    if (own.open()) {
        // A clone copies the address, not what the shop's connections set once open: on a
        // server, the schema the shop lives in first of all.
        QSqlQuery q(own);
        if (db.server() && !db.server()->schema.isEmpty())
            q.exec(QStringLiteral("SET search_path TO %1").arg(db.server()->schema)); // checked: [a-z_][a-z0-9_]*
        for (const QString &statement : SqlDialect::connectionSetup(db.engine(), true))
            q.exec(statement);
    }
    {
        OwnCommits &registry = ownCommits();
        QMutexLocker lock(&registry.mutex);
        ++registry.feeds[&db];
    }
    mDb = &db;
    connect(&mTimer, &QTimer::timeout, this, [this] { poll(); });
    // The starting point: what is there now is not news.
    mDataVersion = dataVersion();
    readTopics(false);
}

ChangeFeed::~ChangeFeed()
{
    stop();
    {
        OwnCommits &registry = ownCommits();
        QMutexLocker lock(&registry.mutex);
        if (--registry.feeds[mDb] <= 0) {
            registry.feeds.remove(mDb);
            registry.serials.remove(mDb);
        }
    }
    {
        QSqlDatabase own = QSqlDatabase::database(mName, false);
        if (own.isOpen() && mNotifications)
            own.driver()->unsubscribeFromNotification(kChannel);
        own.close();
    }
    QSqlDatabase::removeDatabase(mName);
}

void ChangeFeed::start(int intervalMs)
{
    QSqlDatabase own = QSqlDatabase::database(mName, false);
    if (own.isOpen() && own.driver()->hasFeature(QSqlDriver::EventNotifications)
        && own.driverName() != QLatin1String("QSQLITE")) {
        // PostgreSQL: LISTEN; each write transaction's NOTIFY arrives when it commits.
        if (own.driver()->subscribeToNotification(kChannel)) {
            mNotifications = true;
            connect(own.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                    if (name == kChannel)
                        readTopics(true);
                });
            return;
        }
    }
    mTimer.start(intervalMs);
}

void ChangeFeed::stop() { mTimer.stop(); }

qint64 ChangeFeed::dataVersion()
{
    QSqlDatabase own = QSqlDatabase::database(mName, false);
    if (!own.isOpen() || own.driverName() != QLatin1String("QSQLITE"))
        return -1;
    // SQLite only: the counter that moves when another connection commits to the file.
    QSqlQuery q(own);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList ChangeFeed::poll()
{
    const qint64 now = dataVersion();
    if (now >= 0 && now == mDataVersion)
        return {}; // nothing committed elsewhere: nothing read
    mDataVersion = now;
    return readTopics(true);
}

QStringList ChangeFeed::readTopics(bool announce)
{
    QSqlDatabase own = QSqlDatabase::database(mName, false);
    if (!own.isOpen())
        return {};
    QSqlQuery q(own);
    if (!q.exec(QStringLiteral("SELECT topic, serial, changed_by FROM shop_changes ORDER BY topic")))
        return {}; // a shop from before the feed: nothing to tell
    QStringList moved;
    QList<QPair<QString, QString>> news;
    OwnCommits &registry = ownCommits();
    QMutexLocker lock(&registry.mutex);
    QHash<QString, QSet<qint64>> &committedHere = registry.serials[mDb];
    while (q.next()) {
        const QString topic = q.value(0).toString();
        const qint64 serial = q.value(1).toLongLong();
        auto it = mSerials.find(topic);
        if (it != mSerials.end() && *it == serial)
            continue;
        const bool known = it != mSerials.end();
        const qint64 before = known ? *it : serial;
        mSerials.insert(topic, serial);
        // Each committed write counts the topic up by one: the change is news unless every step
        // since the last look was a commit of this window's own connections.
        bool others = false;
        QSet<qint64> &mine = committedHere[topic];
        for (qint64 step = before + 1; step <= serial; ++step)
            others = !mine.remove(step) || others;
        for (auto m = mine.begin(); m != mine.end();)
            m = *m <= serial ? mine.erase(m) : std::next(m);
        if (known && others) {
            moved << topic;
            news.append({ topic, q.value(2).toString() });
        }
    }
    lock.unlock();
    q.finish();
    // Committed by nobody but the feed's own reads: end the read transaction before telling.
    if (announce)
        for (const auto &[topic, seat] : news)
            Q_EMIT changed(topic, seat);
    return moved;
}

} // namespace shopdesk::core
