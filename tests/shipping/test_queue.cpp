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

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/QueueRepository.h>

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
    REQUIRE(
        q.shop.db()
            .connection()
            .exec(QStringLiteral(
                "INSERT INTO shipping_prints (order_id, printed_at, layout, copies, reprint, reason, actor) SELECT id, "
                "'2026-11-20 11:00:00', '100x180', 1, 0, '', 'clerk' FROM orders WHERE order_no = "
                "'3012345678901234573'"))
            .lastError()
            .type()
        == QSqlError::NoError);
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
    auto rows = repo.rows({}, shipping::QueueSort::Queue, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().order.order.orderNo == QStringLiteral("41"));
    CHECK(rows->first().deadlineText == QStringLiteral("2026-11-20 23:59"));
}
