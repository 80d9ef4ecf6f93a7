// The shop format that keeps the dispatch queue's sort and filter keys in indexed columns of the
// orders: an older shop's queued orders get their deadline (发货时限) and print count from the
// migration, their courier from the store's rules the first time the queue is read.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/shipping/DispatchDeadline.h>
#include <shopdesk/shipping/ShippingDesk.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

constexpr int kFormat = 21; // this migration's number: the queue's keys

QVariant value(const core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QString shipBy(const core::Database &db, const char *orderNo)
{
    return value(db, QStringLiteral("SELECT ship_by FROM orders WHERE order_no = '%1'").arg(QLatin1String(orderNo)))
        .toString();
}

} // namespace

TEST_CASE("shop format 21 gives an older shop's queued orders their deadline, print count and courier")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery sql(raw);
        const auto order = [&](const char *no, const char *status, const char *paid, const char *province,
                               const char *message) {
            QSqlQuery q(raw);
            REQUIRE(q.prepare(QStringLiteral("INSERT INTO orders (order_no, status, created_at, paid_at, province, "
                                             "buyer_message) VALUES (?, ?, '2026-11-01 00:00:00', ?, ?, ?)")));
            q.addBindValue(QString::fromUtf8(no));
            q.addBindValue(QString::fromUtf8(status));
            q.addBindValue(paid ? QVariant(QString::fromUtf8(paid)) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(QString::fromUtf8(province));
            q.addBindValue(QString::fromUtf8(message));
            REQUIRE(q.exec());
        };
        order("1", "paid", "2026-11-20 15:59:59", "浙江省", ""); // before 16:00: that day's end
        order("2", "paid", "2026-11-20 16:00:00", "浙江省", "请发顺丰"); // from 16:00: 24 h
        order("3", "paid", "2026-11-11 16:30:00", "新疆维吾尔自治区", ""); // Double 11: 48 h
        order("4", "paid", "2026-11-25 09:00:00", "广东省", ""); // the store's own promotion: 48 h
        order("5", "shipped", "2026-11-19 10:00:00", "浙江省", ""); // not queued
        order("6", "paid", nullptr, "浙江省", ""); // no payment time: no deadline
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO kpi_promotions (day, name) VALUES ('2026-11-25', '店庆')")));
        for (int i = 0; i < 2; ++i)
            REQUIRE(sql.exec(QStringLiteral("INSERT INTO shipping_prints (order_id, printed_at, layout) SELECT id, "
                                            "'2026-11-20 17:00:00', 'a' FROM orders WHERE order_no = '2'")));
        REQUIRE(core::Migrator::migrate(raw, kFormat).ok());
        CHECK(core::Migrator::currentVersion(raw) == kFormat);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keys-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    const core::Database &shop = **db;

    // The migration: deadlines as DispatchDeadline gives them, the print count, no courier yet.
    CHECK(shipBy(shop, "1") == QStringLiteral("2026-11-20 23:59:59"));
    CHECK(shipBy(shop, "2") == QStringLiteral("2026-11-21 16:00:00"));
    CHECK(shipBy(shop, "3") == QStringLiteral("2026-11-13 16:30:00"));
    CHECK(shipBy(shop, "4") == QStringLiteral("2026-11-27 09:00:00"));
    CHECK(value(shop, QStringLiteral("SELECT ship_by IS NULL FROM orders WHERE order_no = '5'")).toInt() == 1);
    CHECK(shipBy(shop, "6") == QString());
    CHECK(value(shop,
              QStringLiteral("SELECT group_concat(print_count, ',') FROM (SELECT print_count FROM orders "
                             "ORDER BY order_no)"))
              .toString()
        == QStringLiteral("0,2,0,0,0,0"));
    CHECK(value(shop, QStringLiteral("SELECT count(*) FROM orders WHERE ship_courier IS NULL")).toInt() == 6);
    CHECK(shipping::DispatchDeadline::mustLeave(QDateTime(QDate(2026, 11, 20), QTime(15, 59, 59)))
        == QDateTime(QDate(2026, 11, 20), QTime(23, 59, 59)));
    CHECK(value(shop,
              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ("
                             "'orders_queue_ship_by', 'orders_queue_courier', 'orders_queue_amount', "
                             "'orders_queue_printed', 'orders_queue_order_no', 'orders_queue_receiver', "
                             "'orders_queue_province', 'orders_queue_tracking', 'orders_queue_flag')"))
              .toInt()
        == 9);

    // The first read of the queue applies the store's courier rules to the queued orders.
    const shipping::ShippingDesk desk(shop);
    auto rows = desk.queueWindow(QDateTime(QDate(2026, 11, 20), QTime(12, 0)))
                    .rows({}, shipping::QueueSort::OrderNo, Qt::AscendingOrder, {}, 10);
    REQUIRE(rows.ok());
    QStringList seen;
    for (const shipping::QueueRow &r : std::as_const(*rows))
        seen << r.order.order.orderNo + QLatin1Char(' ') + r.courier + QLatin1Char(' ') + r.deadlineText;
    CHECK(seen
        == QStringList { QStringLiteral("1 STO 2026-11-20 23:59"), QStringLiteral("2 SF 2026-11-21 16:00"),
            QStringLiteral("3 EMS 2026-11-13 16:30"), QStringLiteral("4 STO 2026-11-27 09:00"),
            QStringLiteral("6 STO ") });
    CHECK(value(shop, QStringLiteral("SELECT count(*) FROM orders WHERE ship_courier IS NULL")).toInt() == 1);
}
