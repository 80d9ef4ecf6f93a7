// The dispatch queue as the clerk uses it: read from the shop a window at a time (a big queue
// shows its first rows and its exact count without loading every order), searched and filtered
// in SQL, an order's detail beside it with the flag's memo, the next order chosen after a tracking
// number, and the shipped orders for customer service. Also the shop format that adds the memo.

#include "QueueDetail.h"
#include "QueueFilterBar.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "ShippedOrdersView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/DispatchDeadline.h>
#include <shopdesk/shipping/QueueRepository.h>
#include <shopdesk/shipping/ShippingDesk.h>
#include <shopdesk/shipping/ShippingRepository.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

namespace {

constexpr int kFormat = 17; // this migration's number: the flag memo and the queue's indexes

QDateTime noon() { return QDateTime(QDate(2026, 11, 20), QTime(12, 0)); }

/// Types (or, for Chinese, as an input method does, puts) the text into a field, then Enter.
void enter(QLineEdit *field, const QString &text)
{
    field->clear();
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        QTest::keyClicks(field, text);
    else
        field->insert(text);
    QTest::keyClick(field, Qt::Key_Return);
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    return out;
}

/// `n` paid orders, one a minute from 2026-11-17 00:00 (order numbers 700000 + i), each ¥99; every
/// tenth has a line not matched to a SKU. Written straight into the shop, in one transaction.
void addQueue(const core::Database &db, int n)
{
    core::Transaction tx(db);
    REQUIRE(tx.isActive());
    QSqlQuery order(db.connection());
    REQUIRE(order.prepare(QStringLiteral(
        "INSERT INTO orders (order_no, status, receiver_name, receiver_phone, province, city, address, total_fen, "
        "created_at, paid_at) VALUES (?, 'paid', ?, ?, ?, '市', '路1号', 9900, ?, ?)")));
    QSqlQuery line(db.connection());
    REQUIRE(line.prepare(QStringLiteral("INSERT INTO order_lines (order_id, title, attributes, merchant_code, "
                                        "quantity) VALUES (?, 'T恤', '', 'X', 1)")));
    const QDateTime first(QDate(2026, 11, 17), QTime(0, 0));
    for (int i = 0; i < n; ++i) {
        const QString paid = core::toDbTime(first.addSecs(qint64(i) * 60));
        order.addBindValue(QString::number(700000 + i));
        order.addBindValue(QStringLiteral("收件人%1").arg(i));
        order.addBindValue(QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')));
        order.addBindValue(i % 2 ? QStringLiteral("广东省") : QStringLiteral("浙江省"));
        order.addBindValue(paid);
        order.addBindValue(paid);
        REQUIRE(order.exec());
        if (i % 10 == 0) {
            line.addBindValue(order.lastInsertId());
            REQUIRE(line.exec());
        }
    }
    REQUIRE(tx.commit().ok());
}

struct Queue {
    test::TestShop shop;
    std::unique_ptr<test::ShippingBench> bench;
    explicit Queue(bool fixtures = true)
    {
        if (fixtures) {
            test::addFixtureCatalog(shop.db());
            test::importFixtures(shop.db());
        }
    }
    void open()
    {
        bench = std::make_unique<test::ShippingBench>(shop.db(), QStringLiteral("clerk"));
        view()->setNow(noon);
        view()->reload();
    }
    shipping::QueueView *view() const { return bench->bench->queue(); }
    QAbstractItemModel *model() const { return view()->table()->model(); }
    template<typename T>
    T *find(const char *name) const
    {
        return view()->findChild<T *>(QLatin1String(name));
    }
    QString text(const char *label) const { return find<QLabel>(label)->text(); }
};

} // namespace

TEST_CASE("a queue of 5,000 orders shows its first window and the exact count, and reads more as it scrolls")
{
    Queue q(false);
    addQueue(q.shop.db(), 5000);
    q.open();
    REQUIRE(q.bench->show());
    // The first window only (200 rows), oldest payment first; the counts are the whole queue's.
    CHECK(q.model()->rowCount() == shipping::OrderWindowModel::kPage);
    CHECK(q.model()->canFetchMore({}));
    CHECK(q.model()->index(0, 0).data().toString() == QStringLiteral("700000"));
    CHECK(q.model()->index(199, 0).data().toString() == QStringLiteral("700199"));
    CHECK(q.model()->index(0, 1).data().toString() == QStringLiteral("2026-11-17 00:00:00"));
    CHECK(q.model()->index(0, 2).data().toString() == QStringLiteral("2026-11-17 23:59"));
    // Paid from the 19th at 16:00 on (order 3,840 on) leaves today, the rest is overdue.
    CHECK(q.text("queueCount") == QStringLiteral("Orders to ship: 5000 (must leave today: 1160, overdue: 3840)"));
    CHECK(q.text("filterCount") == QStringLiteral("5000 orders, ¥495,000.00"));
    // Of the 500 lines not matched to a SKU, the list holds the first window.
    auto *unmatched = q.find<QListWidget>("unmatched");
    CHECK(unmatched->count() == shipping::OrderWindowModel::kPage);
    CHECK(q.text("unmatchedCount") == QStringLiteral("Lines not matched to a SKU: 500 (resolve them before shipping)"));
    CHECK(unmatched->item(0)->text() == QStringLiteral("Order 700000: T恤  (merchant code X) × 1"));

    // Scrolling on: the next window.
    q.model()->fetchMore({});
    CHECK(q.model()->rowCount() == 2 * shipping::OrderWindowModel::kPage);
    CHECK(q.model()->index(399, 0).data().toString() == QStringLiteral("700399"));
    unmatched->verticalScrollBar()->setValue(unmatched->verticalScrollBar()->maximum());
    CHECK(unmatched->count() == 2 * shipping::OrderWindowModel::kPage);

    // Sorting by order number, descending: the newest first, from the shop, again one window.
    q.view()->table()->sortByColumn(shipping::QueueModel::OrderNo, Qt::DescendingOrder);
    CHECK(q.model()->rowCount() == shipping::OrderWindowModel::kPage);
    CHECK(q.model()->index(0, 0).data().toString() == QStringLiteral("704999"));
    CHECK(q.model()->index(1, 0).data().toString() == QStringLiteral("704998"));

    // A filter: Guangdong's orders that must leave today.
    auto *province = q.find<QComboBox>("filterProvince");
    province->setCurrentIndex(province->findData(QStringLiteral("广东省")));
    q.view()->showOnly(shipping::QueueView::Showing::Today);
    CHECK(q.text("filterCount") == QStringLiteral("580 orders, ¥57,420.00"));
    CHECK(q.text("queueCount") == QStringLiteral("Orders to ship: 5000 (must leave today: 1160, overdue: 3840)"));
    CHECK(q.model()->rowCount() == shipping::OrderWindowModel::kPage);
    CHECK(q.model()->index(0, 0).data().toString() == QStringLiteral("704999"));
    CHECK(q.model()->index(0, 4).data().toString() == QStringLiteral("广东省"));
}

TEST_CASE("the queue's search finds an order by number, buyer, receiver or the phone's last digits")
{
    Queue q;
    q.open();
    REQUIRE(q.model()->rowCount() == 4);
    auto *search = q.find<QLineEdit>("queueSearch");
    enter(search, QStringLiteral("6666")); // no phone ends so (the landline is not the mobile)
    CHECK(q.model()->rowCount() == 0);
    CHECK(q.text("filterCount") == QStringLiteral("0 orders, ¥0.00"));
    enter(search, QStringLiteral("1111")); // 李娜's mobile 13900001111
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234568") });
    enter(search, QStringLiteral("tb_小王"));
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234567") });
    enter(search, QStringLiteral("阿里木江"));
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234569") });
    enter(search, QStringLiteral("301234567890123457"));
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234573") });
    CHECK(q.text("filterCount") == QStringLiteral("1 order, ¥129.00"));
    CHECK(q.text("queueCount") == QStringLiteral("Orders to ship: 4 (must leave today: 4, overdue: 0)"));
    enter(search, QStringLiteral("%"));
    CHECK(q.model()->rowCount() == 0);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(q.model()->rowCount() == 4);
}

TEST_CASE("the queue's filters: courier (the rules' choice too), flag, printed, province, unmatched, paid date")
{
    Queue q;
    q.open();
    // The courier each order goes by, as the rules choose it (SF by request, EMS to Xinjiang, YTO by
    // the seller's note, STO otherwise), filtered in SQL.
    const auto rules = shipping::CourierRules::load(q.shop.db());
    CHECK(column(q.model(), shipping::QueueModel::Courier)
        == QStringList { shipping::Couriers::displayName(QStringLiteral("STO")),
            shipping::Couriers::displayName(QStringLiteral("SF")),
            shipping::Couriers::displayName(QStringLiteral("EMS")),
            shipping::Couriers::displayName(QStringLiteral("YTO")) });
    auto *courier = q.find<QComboBox>("filterCourier");
    for (const auto &[code, orderNo] : { std::pair { "SF", "3012345678901234568" }, { "EMS", "3012345678901234569" },
             { "YTO", "3012345678901234573" }, { "STO", "3012345678901234567" } }) {
        courier->setCurrentIndex(courier->findData(QString::fromLatin1(code)));
        CHECK(column(q.model(), 0) == QStringList { QString::fromLatin1(orderNo) });
    }
    courier->setCurrentIndex(0);
    CHECK(q.model()->rowCount() == 4);

    // Flag: yellow on one order; "no flag" shows the others.
    REQUIRE(q.shop.db()
                .connection()
                .exec(QStringLiteral("UPDATE orders SET flag = 'yellow' WHERE order_no = '3012345678901234569'"))
                .lastError()
                .type()
        == QSqlError::NoError);
    q.view()->reload();
    auto *flag = q.find<QComboBox>("filterFlag");
    flag->setCurrentIndex(flag->findData(QStringLiteral("yellow")));
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234569") });
    flag->setCurrentIndex(flag->findData(shipping::QueueFilter::kNoFlag));
    CHECK(column(q.model(), 0)
        == QStringList { QStringLiteral("3012345678901234567"), QStringLiteral("3012345678901234568"),
            QStringLiteral("3012345678901234573") });
    flag->setCurrentIndex(0);

    // Printed: one waybill printed.
    const qint64 printedId
        = scalar(q.shop.db(), QStringLiteral("SELECT id FROM orders WHERE order_no = '3012345678901234573'"))
              .toLongLong();
    REQUIRE(shipping::ShippingRepository(q.shop.db())
                .recordPrints({ printedId }, QStringLiteral("100x180"), 1, QString(), QStringLiteral("clerk"))
                .ok());
    q.view()->reload();
    auto *printed = q.find<QComboBox>("filterPrinted");
    printed->setCurrentIndex(1);
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234573") });
    CHECK(q.model()->index(0, shipping::QueueModel::Printed).data().toInt() == 1);
    printed->setCurrentIndex(2);
    CHECK(q.model()->rowCount() == 3);
    printed->setCurrentIndex(0);

    // Province; the list offers the queue's own provinces.
    auto *province = q.find<QComboBox>("filterProvince");
    QStringList provinces;
    for (int i = 1; i < province->count(); ++i)
        provinces << province->itemText(i);
    CHECK(provinces.size() == 4);
    province->setCurrentIndex(province->findData(QStringLiteral("新疆维吾尔自治区")));
    CHECK(column(q.model(), 0) == QStringList { QStringLiteral("3012345678901234569") });
    province->setCurrentIndex(0);

    // Unmatched lines: the fixture's one unmatched line.
    const QString unmatchedOrder = scalar(q.shop.db(),
        QStringLiteral("SELECT o.order_no FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE l.sku_id IS NULL AND o.status = 'paid'"))
                                       .toString();
    q.find<QCheckBox>("filterUnmatched")->setChecked(true);
    CHECK(column(q.model(), 0) == QStringList { unmatchedOrder });
    q.find<QCheckBox>("filterUnmatched")->setChecked(false);

    // Paid date: the 21st shows nothing, the 20th everything.
    auto *from = q.find<QDateEdit>("filterPaidFrom");
    auto *to = q.find<QDateEdit>("filterPaidTo");
    from->setDate(QDate(2026, 11, 21));
    to->setDate(QDate(2026, 11, 21));
    q.find<QCheckBox>("filterPaid")->setChecked(true);
    CHECK(q.model()->rowCount() == 0);
    from->setDate(QDate(2026, 11, 20));
    to->setDate(QDate(2026, 11, 20));
    CHECK(q.model()->rowCount() == 4);
    CHECK(q.text("filterCount") == QStringLiteral("4 orders, ¥615.00"));
}

TEST_CASE("the order's detail pane shows what service needs, and the flag's memo is kept in the shop")
{
    Queue q;
    q.open();
    q.view()->table()->selectRow(1); // 3012345678901234568, 李娜
    auto label = [&](const char *name) { return q.view()->detail()->findChild<QLabel *>(QLatin1String(name))->text(); };
    CHECK(label("detailOrderNo") == QStringLiteral("3012345678901234568"));
    CHECK(label("detailAmount") == QStringLiteral("¥99.00"));
    // 隐私面单 (the shop's default): the phone as the waybill prints it.
    CHECK(label("detailPhone") == QStringLiteral("139****1111"));
    CHECK(label("detailAddress") == QStringLiteral("李娜 北京 北京市 朝阳区 建国路88号 100022"));
    CHECK(label("detailBuyer") == QStringLiteral("jane_doe88"));
    CHECK(label("detailMessage") == QStringLiteral("请发顺丰，谢谢, 急用"));
    CHECK(label("detailNote").isEmpty());
    CHECK(label("detailFlag") == QStringLiteral("no flag"));

    auto *memo = q.view()->detail()->findChild<QLineEdit *>(QStringLiteral("flagMemo"));
    enter(memo, QStringLiteral("等买家确认尺码"));
    const QString sql = QStringLiteral("SELECT flag_memo FROM orders WHERE order_no = '3012345678901234568'");
    CHECK(scalar(q.shop.db(), sql).toString() == QStringLiteral("等买家确认尺码"));
    // The queue reloaded and kept the order chosen; the memo is the Flag column's tooltip.
    CHECK(q.view()->table()->currentIndex().row() == 1);
    CHECK(memo->text() == QStringLiteral("等买家确认尺码"));
    CHECK(q.model()->index(1, shipping::QueueModel::Flag).data(Qt::ToolTipRole).toString()
        == QStringLiteral("等买家确认尺码"));
    CHECK(q.bench->bench->undoStack()->undoText() == QStringLiteral("Flag memo of order 3012345678901234568"));
    q.bench->bench->undoStack()->undo();
    CHECK(scalar(q.shop.db(), sql).toString().isEmpty());
    CHECK(memo->text().isEmpty());
}

TEST_CASE("after a tracking number the selection moves to the next order, also when the queue is sorted")
{
    Queue q;
    q.open();
    auto *courier = q.find<QComboBox>("trackingCourier");
    courier->setCurrentIndex(courier->findData(QStringLiteral("STO")));
    q.view()->table()->selectRow(0); // 3012345678901234567
    enter(q.find<QLineEdit>("trackingField"), QStringLiteral("773000000101"));
    CHECK(scalar(q.shop.db(), QStringLiteral("SELECT tracking_no FROM orders WHERE order_no = '3012345678901234567'"))
              .toString()
        == QStringLiteral("773000000101"));
    REQUIRE(q.view()->selectedOrders().size() == 1);
    CHECK(q.view()->selectedOrders().first().order.orderNo == QStringLiteral("3012345678901234568"));
    CHECK(q.find<QLineEdit>("trackingField")->text().isEmpty());

    // Sorted by order number, descending: the next row's order is chosen.
    q.view()->table()->sortByColumn(shipping::QueueModel::OrderNo, Qt::DescendingOrder);
    CHECK(column(q.model(), 0).first() == QStringLiteral("3012345678901234573"));
    q.view()->table()->selectRow(1); // 3012345678901234569
    enter(q.find<QLineEdit>("trackingField"), QStringLiteral("773000000102"));
    REQUIRE(q.view()->selectedOrders().size() == 1);
    CHECK(q.view()->selectedOrders().first().order.orderNo == QStringLiteral("3012345678901234568"));
}

TEST_CASE("the shipped orders list finds a shipped order for customer service")
{
    Queue q;
    q.open();
    auto *shipped = q.bench->window.findChild<shipping::ShippedOrdersView *>(QStringLiteral("shippedView"));
    REQUIRE(shipped);
    QAbstractItemModel *model = shipped->table()->model();
    // Nothing is read while the dock has not come to the front (the window is not even shown).
    CHECK_FALSE(shipped->computed());
    CHECK(model->rowCount() == 0);
    auto *gate = shipped->findChild<core::FrontGate *>(QStringLiteral("frontGate"));
    REQUIRE(gate);
    gate->open(); // as when the dock comes to the front
    shipped->reload();
    CHECK(shipped->findChild<QLabel *>(QStringLiteral("shippedCount"))->text() == QStringLiteral("1 shipped order"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("3012345678901234570"));
    CHECK(model->index(0, 4).data().toString() == QStringLiteral("773001234567"));
    CHECK(model->index(0, 5).data().toString() == QStringLiteral("tb_小王"));
    auto *search = shipped->findChild<QLineEdit *>(QStringLiteral("shippedSearch"));
    enter(search, QStringLiteral("773001234567"));
    CHECK(model->rowCount() == 1);
    enter(search, QStringLiteral("jane"));
    CHECK(model->rowCount() == 0);
    CHECK(shipped->findChild<QLabel *>(QStringLiteral("shippedCount"))->text() == QStringLiteral("0 shipped orders"));
}

TEST_CASE("shop format 15 gives an older shop's orders an empty flag memo and the queue's indexes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("queue-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery sql(raw);
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO orders (order_no, status, created_at, paid_at, flag) "
                                        "VALUES ('41', 'paid', '2026-11-20 09:00:00', '2026-11-20 09:01:00', 'red')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("queue-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(scalar(**db, QStringLiteral("SELECT flag_memo FROM orders WHERE order_no = '41'")).toString().isEmpty());
    CHECK(scalar(**db, QStringLiteral("SELECT flag FROM orders WHERE order_no = '41'")).toString()
        == QStringLiteral("red"));
    CHECK(scalar(**db,
              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                             "('orders_queue', 'orders_shipped')"))
              .toInt()
        == 2);
    // The queue reads it.
    const shipping::QueueRepository repo(**db, shipping::CourierRules::load(**db), noon());
    auto rows = repo.rows({}, shipping::QueueSort::Queue, Qt::AscendingOrder, {}, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().order.order.orderNo == QStringLiteral("41"));
    CHECK(rows->first().deadlineText == QStringLiteral("2026-11-20 23:59"));
}

namespace {

/// addQueue's orders made to differ in what the queue sorts on: the amount (id % 1000 yuan + 1),
/// a request for 顺丰 (every 7th: SF), a province STO does not reach (every 11th: EMS).
void varyQueue(const core::Database &db)
{
    scalar(db, QStringLiteral("UPDATE orders SET total_fen = (id % 1000) * 100 + 100"));
    scalar(db, QStringLiteral("UPDATE orders SET buyer_message = '顺丰' WHERE id % 7 = 0"));
    scalar(db, QStringLiteral("UPDATE orders SET province = '新疆维吾尔自治区' WHERE id % 11 = 0"));
}

QStringList orderNos(const QList<shipping::QueueRow> &rows)
{
    QStringList out;
    for (const shipping::QueueRow &r : rows)
        out << r.order.order.orderNo;
    return out;
}

/// The whole queue in a sort, read as the view scrolls: window after window from the cursor.
QList<shipping::QueueRow> scrollAll(const shipping::QueueRepository &repo, shipping::QueueSort sort,
    Qt::SortOrder order, const shipping::QueueFilter &filter = {})
{
    QList<shipping::QueueRow> all;
    shipping::QueueCursor cursor;
    for (;;) {
        auto rows = repo.rows(filter, sort, order, cursor, shipping::OrderWindowModel::kPage, &cursor);
        REQUIRE(rows.ok());
        if (rows->isEmpty())
            return all;
        all += *rows;
    }
}

} // namespace

TEST_CASE("the deadline column at the edge times: 15:59:59 leaves that day, 16:00 within 24 h, promotions 48 h")
{
    test::TestShop shop;
    const auto paid = [&](const char *no, const char *at) {
        scalar(shop.db(),
            QStringLiteral(
                "INSERT INTO orders (order_no, status, created_at, paid_at) VALUES ('%1', 'paid', '%2', '%2')")
                .arg(QLatin1String(no), QLatin1String(at)));
    };
    paid("1", "2026-11-20 00:00:00");
    paid("2", "2026-11-20 15:59:59");
    paid("3", "2026-11-20 16:00:00");
    paid("4", "2026-11-20 23:59:59");
    paid("5", "2026-11-11 15:59:59"); // Double 11: 48 h, not that day's end
    paid("6", "2026-11-21 10:00:00"); // the store's own promotion, entered later
    const shipping::ShippingDesk desk(shop.db());
    const auto deadlines = [&] {
        QStringList out;
        auto rows = desk.queueWindow(noon()).rows({}, shipping::QueueSort::OrderNo, Qt::AscendingOrder, {}, 10);
        REQUIRE(rows.ok());
        for (const shipping::QueueRow &r : std::as_const(*rows))
            out << r.deadlineText;
        return out;
    };
    CHECK(deadlines()
        == QStringList { QStringLiteral("2026-11-20 23:59"), QStringLiteral("2026-11-20 23:59"),
            QStringLiteral("2026-11-21 16:00"), QStringLiteral("2026-11-21 23:59"), QStringLiteral("2026-11-13 15:59"),
            QStringLiteral("2026-11-21 23:59") });
    // The column holds the seconds, as DispatchDeadline gives them.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT ship_by FROM orders WHERE order_no = '2'")).toString()
        == core::toDbTime(shipping::DispatchDeadline::mustLeave(QDateTime(QDate(2026, 11, 20), QTime(15, 59, 59)))));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT ship_by FROM orders WHERE order_no = '3'")).toString()
        == QStringLiteral("2026-11-21 16:00:00"));
    // A promotion date entered in the KPI panel: the next read of the queue gives its orders 48 h.
    REQUIRE(core::PromotionRepository(shop.db()).add(QDate(2026, 11, 21), QString::fromUtf8("店庆")).ok());
    CHECK(deadlines().at(5) == QStringLiteral("2026-11-23 10:00"));
    // Overdue at noon on the 20th: Double 11's order only; today: the first two.
    auto totals = desk.queueWindow(noon()).totals({});
    REQUIRE(totals.ok());
    CHECK(totals->orders == 6);
    CHECK(totals->overdue == 1);
    CHECK(totals->today == 2);
}

TEST_CASE("a queue of 5,000 orders sorted by deadline, courier and amount: its exact first and last rows")
{
    test::TestShop shop;
    addQueue(shop.db(), 5000);
    varyQueue(shop.db());
    REQUIRE(core::PromotionRepository(shop.db()).add(QDate(2026, 11, 18), QString::fromUtf8("店庆")).ok());
    const shipping::ShippingDesk desk(shop.db());
    const shipping::QueueRepository repo = desk.queueWindow(noon());
    const auto ends = [&](shipping::QueueSort sort, Qt::SortOrder order) {
        const QList<shipping::QueueRow> all = scrollAll(repo, sort, order);
        REQUIRE(all.size() == 5000);
        return QStringList { all.first().order.order.orderNo, all.last().order.order.orderNo };
    };
    // Deadline: paid on the 18th (a promotion day) leaves within 48 h, among the 20th's orders.
    CHECK(ends(shipping::QueueSort::Deadline, Qt::AscendingOrder)
        == QStringList { QStringLiteral("700000"), QStringLiteral("704999") });
    CHECK(ends(shipping::QueueSort::Deadline, Qt::DescendingOrder)
        == QStringList { QStringLiteral("704999"), QStringLiteral("700000") });
    const QList<shipping::QueueRow> byDeadline = scrollAll(repo, shipping::QueueSort::Deadline, Qt::AscendingOrder);
    CHECK(byDeadline.at(4000).order.order.orderNo == QStringLiteral("702720"));
    CHECK(byDeadline.at(4000).deadlineText == QStringLiteral("2026-11-20 21:20")); // paid the 18th, 21:20
    // Courier: EMS, SF, STO, each by id.
    CHECK(ends(shipping::QueueSort::Courier, Qt::AscendingOrder)
        == QStringList { QStringLiteral("700010"), QStringLiteral("704999") });
    CHECK(ends(shipping::QueueSort::Courier, Qt::DescendingOrder)
        == QStringList { QStringLiteral("704999"), QStringLiteral("700010") });
    // Amount: ¥1 (ids 1000 … 5000), … ¥1,000 (ids 999 … 4999).
    CHECK(ends(shipping::QueueSort::Amount, Qt::AscendingOrder)
        == QStringList { QStringLiteral("700999"), QStringLiteral("704998") });
    CHECK(ends(shipping::QueueSort::Amount, Qt::DescendingOrder)
        == QStringList { QStringLiteral("704998"), QStringLiteral("700999") });
}

TEST_CASE("keyset scrolling returns the exact rows 4,000 to 4,199, in the queue's order and by amount")
{
    test::TestShop shop;
    addQueue(shop.db(), 5000);
    varyQueue(shop.db());
    const shipping::QueueRepository repo = shipping::ShippingDesk(shop.db()).queueWindow(noon());
    for (const shipping::QueueSort sort : { shipping::QueueSort::Queue, shipping::QueueSort::Amount }) {
        // Twenty windows of 200, each from the cursor the one before left; then the 21st.
        shipping::QueueCursor cursor;
        for (int w = 0; w < 20; ++w)
            REQUIRE(repo.rows({}, sort, Qt::AscendingOrder, cursor, 200, &cursor)->size() == 200);
        auto window = repo.rows({}, sort, Qt::AscendingOrder, cursor, 200, &cursor);
        REQUIRE(window.ok());
        REQUIRE(window->size() == 200);
        const QStringList nos = orderNos(*window);
        if (sort == shipping::QueueSort::Queue) {
            CHECK(nos.first() == QStringLiteral("704000"));
            CHECK(nos.last() == QStringLiteral("704199"));
        } else {
            // ¥801 (ids 800, 1800 … 4800) first; ¥840's last id, 4839, last.
            CHECK(nos.first() == QStringLiteral("700799"));
            CHECK(nos.mid(1, 4)
                == QStringList { QStringLiteral("701799"), QStringLiteral("702799"), QStringLiteral("703799"),
                    QStringLiteral("704799") });
            CHECK(nos.last() == QStringLiteral("704838"));
            CHECK(window->last().order.order.total.fen() == 84000);
        }
        CHECK(cursor.id == window->last().order.order.id);
    }
}

namespace {
/// Ships the 5,000 orders of addQueue: order 700000 + i shipped at 2026-11-20 00:00 plus i / 2
/// minutes (two orders a minute), every third one (i % 3 == 0) finished; the last hundred
/// (i ≥ 4,900) shipped on the platform without a time.
void shipQueue(const core::Database &db)
{
    core::Transaction tx(db);
    REQUIRE(tx.isActive());
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE orders SET status = ?, shipped_at = ? WHERE order_no = ?")));
    const QDateTime first(QDate(2026, 11, 20), QTime(0, 0));
    for (int i = 0; i < 5000; ++i) {
        q.addBindValue(i % 3 == 0 ? QStringLiteral("finished") : QStringLiteral("shipped"));
        q.addBindValue(i < 4900 ? QVariant(core::toDbTime(first.addSecs(qint64(i / 2) * 60)))
                                : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(QString::number(700000 + i));
        REQUIRE(q.exec());
    }
    REQUIRE(tx.commit().ok());
}
} // namespace

TEST_CASE("the shipped orders list pages by keyset: its exact first and last rows and a window far down")
{
    test::TestShop shop;
    addQueue(shop.db(), 5000);
    shipQueue(shop.db());
    const shipping::QueueRepository repo = shipping::ShippingDesk(shop.db()).queueWindow(noon());
    CHECK(*repo.shippedCount(QString()) == 5000);
    // Newest shipment first (of a minute's two orders, the later id), shipped and finished
    // together; then the hundred without a time, newest id first.
    QList<shipping::QueueRow> all;
    QList<qsizetype> sizes;
    shipping::QueueCursor cursor;
    for (int w = 0; w < 30; ++w) {
        auto window = repo.shipped(QString(), cursor, 200, &cursor);
        REQUIRE(window.ok());
        sizes << window->size();
        if (window->isEmpty())
            break;
        CHECK(cursor.id == window->last().order.order.id);
        all += *window;
    }
    CHECK(sizes.size() == 26); // 25 full windows, then an empty one
    CHECK(sizes.first() == 200);
    CHECK(sizes.at(24) == 200);
    CHECK(sizes.last() == 0);
    REQUIRE(all.size() == 5000);
    const QStringList nos = orderNos(all);
    CHECK(nos.first() == QStringLiteral("704899"));
    CHECK(
        nos.mid(1, 3) == QStringList { QStringLiteral("704898"), QStringLiteral("704897"), QStringLiteral("704896") });
    CHECK(all.first().order.order.shippedAt == QDateTime(QDate(2026, 11, 21), QTime(16, 49)));
    CHECK(all.first().order.order.status == QStringLiteral("finished")); // 704899: i % 3 == 0
    CHECK(all.at(1).order.order.status == QStringLiteral("shipped"));
    CHECK(nos.at(4899) == QStringLiteral("700000"));
    CHECK(nos.at(4900) == QStringLiteral("704999"));
    CHECK_FALSE(all.at(4900).order.order.shippedAt.isValid());
    CHECK(nos.last() == QStringLiteral("704900"));
    CHECK(QSet<QString>(nos.cbegin(), nos.cend()).size() == 5000);
    // Rows 4,000 to 4,199: the 21st window, read from the 20th's cursor.
    shipping::QueueCursor at;
    for (int w = 0; w < 20; ++w)
        REQUIRE(repo.shipped(QString(), at, 200, &at)->size() == 200);
    auto far = repo.shipped(QString(), at, 200, &at);
    REQUIRE(far.ok());
    REQUIRE(far->size() == 200);
    CHECK(orderNos(*far).first() == QStringLiteral("700899"));
    CHECK(orderNos(*far).last() == QStringLiteral("700700"));
    CHECK(far->first().order.order.shippedAt == QDateTime(QDate(2026, 11, 20), QTime(7, 29)));
    // A search keeps the order: the order numbers starting 70001 (700010 … 700019).
    auto found = repo.shipped(QStringLiteral("70001"), {}, 200);
    REQUIRE(found.ok());
    CHECK(orderNos(*found)
        == QStringList { QStringLiteral("700019"), QStringLiteral("700018"), QStringLiteral("700017"),
            QStringLiteral("700016"), QStringLiteral("700015"), QStringLiteral("700014"), QStringLiteral("700013"),
            QStringLiteral("700012"), QStringLiteral("700011"), QStringLiteral("700010") });

    // The list itself reads a window at a time from the cursor, to the last row.
    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    auto *view = bench.window.findChild<shipping::ShippedOrdersView *>(QStringLiteral("shippedView"));
    REQUIRE(view);
    view->findChild<core::FrontGate *>(QStringLiteral("frontGate"))->open();
    view->reload();
    QAbstractItemModel *model = view->table()->model();
    CHECK(model->rowCount() == 200);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("704899"));
    while (model->canFetchMore({}))
        model->fetchMore({});
    REQUIRE(model->rowCount() == 5000);
    CHECK(model->index(4000, 0).data().toString() == QStringLiteral("700899"));
    CHECK(model->index(4899, 1).data().toString() == QStringLiteral("2026-11-20 00:00:00"));
    CHECK(model->index(4999, 0).data().toString() == QStringLiteral("704900"));
    CHECK(model->index(4999, 1).data().toString() == QString());
}

TEST_CASE("the queue's totals after a filter: one aggregate, exact counts and amount")
{
    test::TestShop shop;
    addQueue(shop.db(), 5000);
    varyQueue(shop.db());
    REQUIRE(core::PromotionRepository(shop.db()).add(QDate(2026, 11, 18), QString::fromUtf8("店庆")).ok());
    const shipping::QueueRepository repo = shipping::ShippingDesk(shop.db()).queueWindow(noon());
    auto all = repo.totals({});
    REQUIRE(all.ok());
    CHECK(all->orders == 5000);
    CHECK(all->today == 1880);
    CHECK(all->overdue == 3120);
    CHECK(all->amount.fen() == 250250000);
    shipping::QueueFilter sf;
    sf.courier = QStringLiteral("SF");
    auto bySf = repo.totals(sf);
    REQUIRE(bySf.ok());
    CHECK(bySf->orders == 714);
    CHECK(bySf->today == 269);
    CHECK(bySf->overdue == 445);
    CHECK(bySf->amount.toDisplayString() == QStringLiteral("¥357,499.00"));
    sf.province = QStringLiteral("广东省");
    auto sfGuangdong = repo.totals(sf);
    REQUIRE(sfGuangdong.ok());
    CHECK(sfGuangdong->orders == 325);
    CHECK(sfGuangdong->today == 122);
    CHECK(sfGuangdong->overdue == 203);
    CHECK(sfGuangdong->amount.fen() == 16365500);
    CHECK(scrollAll(repo, shipping::QueueSort::Deadline, Qt::DescendingOrder, sf).size() == 325);
}

TEST_CASE("the write paths keep the queue's keys right: a print, a courier change")
{
    Queue q;
    const core::Database &db = q.shop.db();
    const qint64 id
        = scalar(db, QStringLiteral("SELECT id FROM orders WHERE order_no = '3012345678901234567'")).toLongLong();
    shipping::ShippingRepository repo(db);
    REQUIRE(repo.recordPrints({ id }, QStringLiteral("sto-100x180"), 1, QString(), QStringLiteral("clerk")).ok());
    CHECK(scalar(db, QStringLiteral("SELECT print_count FROM orders WHERE id = %1").arg(id)).toInt() == 1);
    shipping::QueueFilter printed;
    printed.printed = shipping::QueueFilter::Printed::Yes;
    const shipping::ShippingDesk desk(db);
    auto rows = desk.queueWindow(noon()).rows(printed, shipping::QueueSort::Printed, Qt::DescendingOrder, {}, 10);
    REQUIRE(rows.ok());
    CHECK(orderNos(*rows) == QStringList { QStringLiteral("3012345678901234567") });
    CHECK(rows->first().order.printCount == 1);
    REQUIRE(repo.setTracking(id, QStringLiteral("YTO"), QString()).ok());
    CHECK(scalar(db, QStringLiteral("SELECT ship_courier FROM orders WHERE id = %1").arg(id)).toString()
        == QStringLiteral("YTO"));
    shipping::QueueFilter yto;
    yto.courier = QStringLiteral("YTO");
    auto byYto = desk.queueWindow(noon()).rows(yto, shipping::QueueSort::Courier, Qt::AscendingOrder, {}, 10);
    REQUIRE(byYto.ok());
    CHECK(orderNos(*byYto).contains(QStringLiteral("3012345678901234567")));
}

TEST_CASE("a flagged order's row stays readable under a dark palette: its colours from the central palette")
{
    const QPalette before = QApplication::palette();
    QPalette dark(QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, Qt::white);
    for (const QPalette &palette : { before, dark }) {
        QApplication::setPalette(palette);
        CAPTURE(core::colours::isDark(palette));
        Queue q;
        REQUIRE(q.shop.db()
                    .connection()
                    .exec(QStringLiteral("UPDATE orders SET flag = 'red' WHERE order_no = '3012345678901234569'"))
                    .lastError()
                    .type()
            == QSqlError::NoError);
        q.open();
        int row = -1;
        for (int r = 0; r < q.model()->rowCount(); ++r)
            if (q.model()->index(r, 0).data().toString() == QStringLiteral("3012345678901234569"))
                row = r;
        REQUIRE(row >= 0);
        const QModelIndex cell = q.model()->index(row, shipping::QueueModel::Courier);
        const QColor text = cell.data(Qt::ForegroundRole).value<QColor>();
        const QColor background = cell.data(Qt::BackgroundRole).value<QColor>();
        const auto expected = core::colours::pair(core::colours::Role::FlagRed, palette);
        CHECK(text.name() == expected.text.name());
        CHECK(background.name() == expected.background.name());
        CHECK(core::colours::contrastRatio(text, background) >= 4.5);
        CHECK((background.lightness() < 128) == core::colours::isDark(palette));
    }
    QApplication::setPalette(before);
}
