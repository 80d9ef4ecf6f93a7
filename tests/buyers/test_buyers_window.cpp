// The buyer list a window at a time over the buyer summary (shop format 20), on the hand-computed
// shop (BuyersFixture.h): the exact rows of each window, the count and sums from one aggregate,
// the order of a sorted column, a segment; the summary following an import and a refund (a paid
// order the platform closed); the migration filling it for an older shop; the views reading
// nothing until their dock is in front.

#include "BuyerTableModel.h"
#include "BuyersFixture.h"
#include "BuyersView.h"
#include "BuyersWorkbench.h"
#include "MembersView.h"

#include <shopdesk/buyers/BuyersModule.h>
#include <shopdesk/buyers/BuyersService.h>
#include <shopdesk/core/BuyerSummaryRepository.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

constexpr int kFormat = 20; // this migration's number

using namespace shopdesk;
using buyers::BuyerFilter;
using buyers::BuyerRow;
using buyers::BuyersRepository;
using buyers::BuyersService;
using buyers::TierCount;
using core::MemberTier;
using test::BuyersShop;
using test::u8;

namespace {
/// "nick spend orders returns first last" of a window's row.
QString shown(const QVariantList &r)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(r.at(BuyersRepository::Nick).toString())
        .arg(r.at(BuyersRepository::Spend).toLongLong())
        .arg(r.at(BuyersRepository::Orders).toLongLong())
        .arg(r.at(BuyersRepository::Returns).toLongLong())
        .arg(
            r.at(BuyersRepository::FirstPaid).toString().left(10), r.at(BuyersRepository::LastPaid).toString().left(10))
        .trimmed();
}

/// Every window of `limit` rows until the last, each as its rows' member names joined by ",".
QStringList windows(const BuyersService &service, const BuyerFilter &f, int limit, int sortColumn = -1,
    Qt::SortOrder order = Qt::AscendingOrder)
{
    QStringList out;
    QList<QVariantList> held;
    for (;;) {
        core::RowWindow w;
        w.offset = held.size();
        w.limit = limit;
        w.last = held.isEmpty() ? nullptr : &held.last();
        w.sortColumn = sortColumn;
        w.sortOrder = order;
        auto rows = service.window(f, w);
        REQUIRE(rows.ok());
        if (rows->isEmpty())
            return out;
        QStringList nicks;
        for (const QVariantList &r : std::as_const(*rows))
            nicks << r.at(BuyersRepository::Nick).toString();
        out << nicks.join(QLatin1Char(','));
        held.append(*rows);
    }
}

/// "tier:buyers:fen" for every tier, and the whole count and spend.
QString totals(const BuyersService &service, const BuyerFilter &f = {})
{
    auto counts = service.tierTotals(f);
    REQUIRE(counts.ok());
    QStringList parts;
    qint64 buyers = 0, fen = 0;
    for (const TierCount &c : std::as_const(*counts)) {
        parts << QStringLiteral("%1:%2:%3").arg(core::Members::code(c.tier)).arg(c.buyers).arg(c.spendFen);
        buyers += c.buyers;
        fen += c.spendFen;
    }
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" = %1:%2").arg(buyers).arg(fen);
}

/// The summary's rows as text, by buyer.
QString summaryText(const core::Database &db)
{
    return test::scalar(db,
        QStringLiteral("SELECT group_concat(t, ';') FROM (SELECT b.nick || ':' || s.orders || ':' || s.spend_fen || "
                       "':' || s.first_paid || ':' || s.last_paid AS t FROM buyer_summary s JOIN buyers b ON b.id = "
                       "s.buyer_id ORDER BY s.buyer_id) AS rows_in_order"))
        .toString();
}

/// A Taobao order export (UTF-8 with BOM) with the fixture's header and these orders:
/// number, member name, status text, amount, paid time.
QString writeExport(const BuyersShop &s, const QString &name, const QList<QStringList> &orders)
{
    QFile fixture(QStringLiteral(SHOPDESK_SOURCE_DIR "/tests/shipping/data/ExportOrderList-utf8.csv"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    QString header = QString::fromUtf8(fixture.readLine()).trimmed();
    header.remove(QChar(0xFEFF));
    const QStringList columns = header.split(QLatin1Char(','));
    QString text = QChar(0xFEFF) + header + QStringLiteral("\r\n");
    for (const QStringList &o : orders) {
        QStringList row(columns.size());
        auto set = [&](const char *column, const QString &value) {
            const qsizetype at = columns.indexOf(u8(column));
            REQUIRE(at >= 0);
            row[at] = value;
        };
        set("订单编号", o.at(0));
        set("买家会员名", o.at(1));
        set("订单状态", o.at(2));
        set("买家应付货款", o.at(3));
        set("买家应付邮费", QStringLiteral("0.00"));
        set("总金额", o.at(3));
        set("买家实际支付金额", o.at(3));
        set("收货人姓名", u8("收货人"));
        set("收货地址", u8("浙江省 杭州市 西湖区 文三路100号(310012)"));
        set("联系手机", QStringLiteral("'13800000000"));
        set("订单创建时间", o.at(4));
        set("订单付款时间", o.at(4));
        set("宝贝标题", u8("高腰直筒牛仔裤"));
        set("宝贝总数量", QStringLiteral("1"));
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    const QString path = s.file(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    return path;
}

/// A module's workbench in a window, its docks tabbed behind one another.
struct TabbedWindow {
    TabbedWindow(const core::Database &db)
        : context { db, events, QStringLiteral("test") }
        , factory(buyers::makePanelFactory())
        , wb(factory->createWorkbench(context, &window))
    {
        REQUIRE(wb);
        const QList<QDockWidget *> docks = wb->dockWidgets();
        for (QDockWidget *d : docks)
            window.addDockWidget(Qt::RightDockWidgetArea, d);
        for (QDockWidget *d : docks.mid(1))
            window.tabifyDockWidget(docks.first(), d);
        window.resize(1280, 820);
    }
    core::ShopEvents events;
    core::PanelContext context;
    std::unique_ptr<core::PanelFactory> factory;
    QMainWindow window;
    std::unique_ptr<core::Workbench> wb;
};
} // namespace

TEST_CASE("the buyer list a window at a time: exact rows, the count and sums from one aggregate")
{
    BuyersShop s;
    const BuyersService service(s.db());
    CHECK(totals(service) == QStringLiteral("gift:1:32000 discount:1:10000 care:1:5800 none:3:8799 = 6:56599"));

    core::RowWindow w;
    w.limit = 4;
    auto first = service.window({}, w);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 4);
    CHECK(shown(first->first()) == s.a() + QStringLiteral(" 32000 2 0 2026-10-20 2026-11-05"));
    CHECK(shown(first->last()) == s.d() + QStringLiteral(" 5799 1 0 2026-09-01 2026-09-01"));
    w.offset = 4;
    w.last = &first->last();
    auto second = service.window({}, w);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 2);
    CHECK(shown(second->first()) == s.e() + QStringLiteral(" 3000 1 2 2026-10-15 2026-10-15"));
    CHECK(shown(second->last()) == s.f() + QStringLiteral(" 0 0 0"));
    CHECK(BuyersRepository::rowOf(second->first()).lastOrder() == QDate(2026, 10, 15));

    // Two at a time in each order the header offers, the whole list in the same order as list().
    const QStringList bySpend { s.a() + QLatin1Char(',') + s.b(), s.c() + QLatin1Char(',') + s.d(),
        s.e() + QLatin1Char(',') + s.f() };
    CHECK(windows(service, {}, 2) == bySpend);
    CHECK(windows(service, {}, 2, BuyersRepository::Spend, Qt::DescendingOrder) == bySpend);
    CHECK(windows(service, {}, 2, BuyersRepository::Spend, Qt::AscendingOrder)
        == QStringList {
            s.f() + QLatin1Char(',') + s.e(), s.d() + QLatin1Char(',') + s.c(), s.b() + QLatin1Char(',') + s.a() });
    CHECK(windows(service, {}, 2, BuyersRepository::LastPaid, Qt::DescendingOrder)
        == QStringList {
            s.b() + QLatin1Char(',') + s.c(), s.a() + QLatin1Char(',') + s.e(), s.d() + QLatin1Char(',') + s.f() });
    // Two buyers with 2 paid orders, three with 1 and one with none: the id decides between equals.
    CHECK(windows(service, {}, 4, BuyersRepository::Orders, Qt::AscendingOrder)
        == QStringList { s.f() + QLatin1Char(',') + s.c() + QLatin1Char(',') + s.d() + QLatin1Char(',') + s.e(),
            s.a() + QLatin1Char(',') + s.b() });
    CHECK_FALSE(BuyersRepository::sortable(BuyersRepository::Returns));

    // The table model: a window of 4, then the rest when the view scrolls.
    buyers::BuyerTableModel model(nullptr, 4);
    model.setFilter(service, {}, 6, service.thresholds());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.totalRows() == 6);
    CHECK(model.index(0, buyers::BuyerTableModel::Nick).data().toString() == s.a());
    CHECK(model.index(0, buyers::BuyerTableModel::Spend).data().toString() == QStringLiteral("¥320.00"));
    CHECK(model.index(3, buyers::BuyerTableModel::LastOrder).data().toString() == QStringLiteral("2026-09-01"));
    REQUIRE(model.canFetchMore());
    model.fetchMore();
    REQUIRE(model.rowCount() == 6);
    CHECK_FALSE(model.canFetchMore());
    CHECK(model.index(5, buyers::BuyerTableModel::Nick).data().toString() == s.f());
    CHECK(model.index(5, buyers::BuyerTableModel::FirstOrder).data().toString() == QString());
    CHECK(model.index(4, buyers::BuyerTableModel::Returns).data().toString() == QStringLiteral("2"));
    CHECK(model.rowOf(s.f()) == 5);
    CHECK(model.buyerAt(5)->nick == s.f());
}

TEST_CASE("a segment in SQL: the buyers of a category, counted and summed, a window of them")
{
    BuyersShop s;
    const BuyersService service(s.db());
    BuyerFilter jeans;
    jeans.segment = *buyers::Segment::parse(u8("category:牛仔裤"), BuyersShop::today());
    CHECK(totals(service, jeans) == QStringLiteral("gift:1:32000 discount:0:0 care:1:5800 none:0:0 = 2:37800"));
    CHECK(windows(service, jeans, 1) == QStringList { s.a(), s.c() });
    BuyerFilter quiet;
    quiet.segment = *buyers::Segment::parse(QStringLiteral("inactive:30"), BuyersShop::today());
    quiet.tier = MemberTier::None;
    CHECK(totals(service, quiet) == QStringLiteral("gift:0:0 discount:0:0 care:0:0 none:2:8799 = 2:8799"));
    CHECK(windows(service, quiet, 10) == QStringList { s.d() + QLatin1Char(',') + s.e() });
    BuyerFilter search;
    search.search = QStringLiteral("1390000");
    CHECK(totals(service, search) == QStringLiteral("gift:0:0 discount:1:10000 care:0:0 none:0:0 = 1:10000"));
}

TEST_CASE("the buyer summary follows an import, and a paid order the platform closed (a refund)")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    const BuyersService service(s.db());
    REQUIRE(totals(service) == QStringLiteral("gift:1:32000 discount:1:10000 care:1:5800 none:3:8799 = 6:56599"));
    const QString paid = u8("买家已付款，等待卖家发货");
    const QString path = writeExport(s, QStringLiteral("orders.csv"),
        { { QStringLiteral("3099000000000000001"), s.b(), paid, QStringLiteral("50.00"),
              QStringLiteral("2026-11-28 10:00:00") },
            { QStringLiteral("3099000000000000002"), u8("新买家"), paid, QStringLiteral("300.00"),
                QStringLiteral("2026-11-29 09:30:00") } });
    auto imported = shipping::ShippingService(s.db()).importFiles(path, {});
    REQUIRE(imported.ok());
    REQUIRE(imported->added == 2);
    // 小白 ¥100 + ¥50 (still a discount member), 新买家 ¥300 (gift).
    CHECK(totals(service) == QStringLiteral("gift:2:62000 discount:1:15000 care:1:5800 none:3:8799 = 7:91599"));
    CHECK(windows(service, {}, 3)
        == QStringList { s.a() + QLatin1Char(',') + u8("新买家") + QLatin1Char(',') + s.b(),
            s.c() + QLatin1Char(',') + s.d() + QLatin1Char(',') + s.e(), s.f() });
    core::RowWindow w;
    w.limit = 3;
    auto top = service.window({}, w);
    REQUIRE(top.ok());
    CHECK(shown(top->at(2)) == s.b() + QStringLiteral(" 15000 3 0 2026-11-03 2026-11-28"));

    // The platform closed 小白's new order (refunded): its ¥50 no longer counts, and it is a return.
    const QString again = writeExport(s, QStringLiteral("orders-closed.csv"),
        { { QStringLiteral("3099000000000000001"), s.b(), u8("交易关闭"), QStringLiteral("50.00"),
            QStringLiteral("2026-11-28 10:00:00") } });
    auto followed = shipping::ShippingService(s.db()).importFiles(again, {});
    REQUIRE(followed.ok());
    REQUIRE(followed->updated == 1);
    CHECK(totals(service) == QStringLiteral("gift:2:62000 discount:1:10000 care:1:5800 none:3:8799 = 7:86599"));
    auto after = service.window({}, w);
    REQUIRE(after.ok());
    CHECK(shown(after->at(2)) == s.b() + QStringLiteral(" 10000 2 1 2026-11-03 2026-11-20"));
    auto listed = service.list({});
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 7);
    CHECK(listed->at(2).nick == s.b());
    CHECK(listed->at(2).returns == 1);

    // Whatever wrote the orders, the kept rows are what adding them all up again gives.
    const QString kept = summaryText(s.db());
    REQUIRE(core::BuyerSummaryRepository(s.db()).rebuild().ok());
    CHECK(summaryText(s.db()) == kept);
}

TEST_CASE("format 20: an older shop's buyers get their summary, every buyer once; the profit indexes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v19.shopdesk"));
    {
        const QString name = QStringLiteral("raw_buyer_summary");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            for (const QString &sql : {
                     QStringLiteral(
                         "INSERT INTO buyers (id, nick, created_at) VALUES (1, '阿花', '2026-01-01 10:00:00'), "
                         "(2, '小白', '2026-01-01 10:00:00'), (3, '老丁', '2026-01-01 10:00:00')"),
                     QStringLiteral(
                         "INSERT INTO orders (id, order_no, buyer_id, status, total_fen, created_at, paid_at) VALUES "
                         "(1, 'O-1', 1, 'finished', 20000, '2026-10-20 09:58:00', '2026-10-20 10:00:00'), "
                         "(2, 'O-2', 1, 'paid', 12000, '2026-11-05 09:58:00', '2026-11-05 10:00:00'), "
                         "(3, 'O-3', 2, 'closed', 50000, '2026-10-02 09:58:00', '2026-10-02 10:00:00'), "
                         "(4, 'O-4', 2, 'unpaid', 4000, '2026-11-30 09:00:00', NULL), "
                         "(5, 'O-5', 2, 'shipped', 6000, '2026-11-03 09:58:00', '2026-11-03 10:00:00')"),
                 })
                REQUIRE(q.exec(sql));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(summaryText(**db)
        == u8("阿花:2:32000:2026-10-20 10:00:00:2026-11-05 10:00:00;小白:1:6000:2026-11-03 10:00:00:2026-11-03 "
              "10:00:00;老丁:0:0::"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT buyers_upto || ':' || orders_upto FROM buyer_summary_upto"))
              .toString()
        == QStringLiteral("3:5"));
    // The profit report's lookups from covering indexes, each in place of the narrower one.
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = "
                             "'index' AND tbl_name IN ('sku_costs', 'shipping_bill_fees') AND sql IS NOT NULL "
                             "ORDER BY name) AS names"))
              .toString()
        == QStringLiteral("shipping_bill_fees_cover,sku_costs_at_cover,sku_costs_reference"));
    const BuyersService service(**db);
    CHECK(totals(service) == QStringLiteral("gift:1:32000 discount:0:0 care:1:6000 none:1:0 = 3:38000"));
    auto rows = service.list({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(1).nick == u8("小白"));
    CHECK(rows->at(1).returns == 1); // closed after payment
}

TEST_CASE("the buyer list and the member tiers read nothing until their dock is in front")
{
    core::language::install(QStringLiteral("zh_CN"));
    BuyersShop s;
    TabbedWindow w(s.db());
    auto *wb = static_cast<buyers::BuyersWorkbench *>(w.wb.get());
    wb->setToday(BuyersShop::today());
    wb->raiseView(QStringLiteral("members"));
    w.window.show();
    QCoreApplication::processEvents();
    const buyers::BuyerTableModel *m = wb->buyers()->model();
    CHECK(m->rowCount() == 0); // behind the member tiers: nothing read
    CHECK(wb->members()->tiers()->rowCount() == 4);
    CHECK(wb->members()->tiers()->index(3, 3).data().toString() == QStringLiteral("3"));
    wb->raiseView(QStringLiteral("buyers"));
    QCoreApplication::processEvents();
    REQUIRE(m->rowCount() == 6);
    CHECK(m->index(0, buyers::BuyerTableModel::Nick).data().toString() == s.a());
    CHECK(w.wb->dockWidgets().first()->findChild<QLabel *>(QStringLiteral("buyerCount"))->text()
        == u8("全部买家 — 6 位买家 · 赠品会员：1 · 折扣会员：1 · 关怀会员：1"));
}
