#include "shopdesk/core/ChangeFeed.h"

#include "WriteState.h"
#include "shopdesk/core/Database.h"

#include <QAtomicInteger>
#include <QRegularExpression>
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
} // namespace

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
    own.open();
    connect(&mTimer, &QTimer::timeout, this, [this] { poll(); });
    // The starting point: what is there now is not news.
    mDataVersion = dataVersion();
    readTopics(false);
}

ChangeFeed::~ChangeFeed()
{
    stop();
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
    while (q.next()) {
        const QString topic = q.value(0).toString();
        const qint64 serial = q.value(1).toLongLong();
        auto it = mSerials.find(topic);
        if (it != mSerials.end() && *it == serial)
            continue;
        const bool known = it != mSerials.end();
        mSerials.insert(topic, serial);
        if (known) {
            moved << topic;
            news.append({ topic, q.value(2).toString() });
        }
    }
    q.finish();
    // Committed by nobody but the feed's own reads: end the read transaction before telling.
    if (announce)
        for (const auto &[topic, seat] : news)
            Q_EMIT changed(topic, seat);
    return moved;
}

} // namespace shopdesk::core
