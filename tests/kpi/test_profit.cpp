// Profit (毛利 / 利润) on hand-computed shops: each line's price paid − the SKU's cost at the time of
// sale (the moving average of the cost history) − its share of the order's freight (the courier's
// bill when checked, else the estimate) − the platform fee − refunds; the month beside the month
// before (the seeds' 20% → 21%); the KPI margin measured; the stock value at cost; shop format 12.

#include "ProfitShop.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/StockOnHandRepository.h>
#include <shopdesk/kpi/KpiReport.h>
#include <shopdesk/kpi/ProfitRepository.h>
#include <shopdesk/kpi/ProfitService.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using Catch::Approx;
using core::Money;

namespace {
constexpr int kFormat = 12; // this migration's number: the cost history and the courier's billed fees

const ProfitRow *rowFor(const ProfitReport &r, const QString &key)
{
    for (const ProfitRow &row : r.rows)
        if (row.key == key)
            return &row;
    return nullptr;
}
} // namespace

TEST_CASE("profit per item: cost at the time of sale, freight shares, billed freight, fee and refunds")
{
    core::language::install(QStringLiteral("en"));
    test::ProfitShop s;
    auto r = ProfitService(s.db()).monthReport(2026, 11, ProfitGrouping::Item);
    REQUIRE(r.ok());
    CHECK(r->feeRate == 0.05);
    REQUIRE(r->rows.size() == 2);

    // Jeans: O1 2 × 100 at the cost before the receipt (40), O2 1 × 100 at the new average (43) but
    // returned intact: refunded, and its cost back on the shelf. Freight: O1's 10 ¥ shared 200 : 50,
    // O2's billed 6 ¥ (not the 8 ¥ estimate). Fee 5% of the 200 ¥ the buyers kept.
    const ProfitRow *jeans = rowFor(*r, QStringLiteral("NZK-1"));
    REQUIRE(jeans);
    CHECK(jeans->title == QString::fromUtf8("牛仔裤 直筒"));
    CHECK(jeans->units == 3);
    CHECK(jeans->sales == Money::fromYuan(300));
    CHECK(jeans->refunds == Money::fromYuan(100));
    CHECK(jeans->cost == Money::fromYuan(80));
    CHECK(jeans->grossProfit() == Money::fromYuan(120));
    CHECK(jeans->freight == Money::fromYuan(14));
    CHECK(jeans->fee == Money::fromYuan(10));
    CHECK(jeans->profit() == Money::fromYuan(96));
    CHECK(jeans->profitRate() == Approx(0.48));

    const ProfitRow *tee = rowFor(*r, QStringLiteral("TX-1"));
    REQUIRE(tee);
    CHECK(tee->sales == Money::fromYuan(50));
    CHECK(tee->cost == Money::fromYuan(20));
    CHECK(tee->freight == Money::fromYuan(2));
    CHECK(tee->fee == Money::fromFen(250));
    CHECK(tee->profit() == Money::fromFen(2550));

    // Most profit first; the total is the sum, the unpaid and closed orders left out.
    CHECK(r->rows.first().key == QStringLiteral("NZK-1"));
    CHECK(r->total.sales == Money::fromYuan(350));
    CHECK(r->total.netSales() == Money::fromYuan(250));
    CHECK(r->total.cost == Money::fromYuan(100));
    CHECK(r->total.freight == Money::fromYuan(16));
    CHECK(r->total.fee == Money::fromFen(1250));
    CHECK(r->total.profit() == Money::fromFen(12150));
    CHECK(r->total.profitRate() == Approx(0.486));
    CHECK(r->total.uncostedUnits == 0);
    REQUIRE(r->measuredMargin.has_value());
    CHECK(*r->measuredMargin == Approx(0.486));

    // October beside it: one T-shirt, 50 − 20 − 2.50 fee = 27.50 ¥ (55%).
    CHECK(r->previousLabel == QStringLiteral("2026-10"));
    CHECK(r->previous.profit() == Money::fromFen(2750));
    CHECK(r->previous.profitRate() == Approx(0.55));
}

TEST_CASE("profit per day and per category add up to the month")
{
    test::ProfitShop s;
    ProfitService service(s.db());
    auto days = service.monthReport(2026, 11, ProfitGrouping::Day);
    REQUIRE(days.ok());
    REQUIRE(days->rows.size() == 2);
    CHECK(days->rows[0].key == QStringLiteral("2026-11-05"));
    CHECK(days->rows[0].profit() == Money::fromFen(12750)); // 250 − 100 − 10 − 12.50
    CHECK(days->rows[1].key == QStringLiteral("2026-11-15"));
    CHECK(days->rows[1].profit() == Money::fromYuan(-6)); // refunded, the billed freight lost
    auto categories = service.monthReport(2026, 11, ProfitGrouping::Category);
    REQUIRE(categories.ok());
    REQUIRE(categories->rows.size() == 2);
    CHECK(categories->rows[0].key == QString::fromUtf8("裤装"));
    CHECK(categories->rows[0].profit() == Money::fromYuan(96));
    CHECK(categories->rows[1].key == QString::fromUtf8("上衣"));
    CHECK(categories->total.profit() == days->total.profit());
}

TEST_CASE("the cost history keeps the moving average and the cost before it")
{
    test::ProfitShop s;
    core::CostHistoryRepository history(s.db());
    auto changes = history.history(1);
    REQUIRE(changes.ok());
    REQUIRE(changes->size() == 1);
    CHECK(changes->at(0).before == Money::fromYuan(40));
    CHECK(changes->at(0).after == Money::fromYuan(43));
    CHECK(changes->at(0).onHandBefore == 10);
    CHECK(changes->at(0).reference == QStringLiteral("RK-1"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT cost_fen FROM skus WHERE id = 1")).toLongLong() == 4300);
    CHECK(*history.costAt(1, QDateTime(QDate(2026, 11, 5), QTime(12, 0))) == Money::fromYuan(40));
    CHECK(*history.costAt(1, QDateTime(QDate(2026, 11, 10), QTime(10, 0))) == Money::fromYuan(43));
    CHECK(*history.costAt(2, QDateTime(QDate(2026, 11, 10), QTime(10, 0))) == Money::fromYuan(20));

    // 3 more at 44.01 onto 18 on hand at 43: (18 × 43 + 3 × 44.01) / 21 = 43.144… → 43.14 ¥.
    REQUIRE(history
                .receive({ { 1, 3, Money::fromFen(4401) } }, QStringLiteral("RK-2"),
                    QDateTime(QDate(2026, 11, 25), QTime(9, 0)))
                .ok());
    CHECK(*history.costAt(1, QDateTime(QDate(2026, 11, 26), QTime(9, 0))) == Money::fromFen(4314));
    // A line at the SKU's own cost, or without one, changes nothing.
    REQUIRE(history
                .receive({ { 1, 3, Money::fromFen(4314) }, { 2, 4, Money() } }, QStringLiteral("RK-3"),
                    QDateTime(QDate(2026, 11, 27), QTime(9, 0)))
                .ok());
    CHECK(history.history(1)->size() == 2);
    CHECK(history.history(2)->isEmpty());
}

TEST_CASE("stock value at cost per category, at the start and the end of the month")
{
    test::ProfitShop s;
    auto r = ProfitService(s.db()).monthReport(2026, 11, ProfitGrouping::Item);
    REQUIRE(r.ok());
    REQUIRE(r->stockValue.size() == 2);
    // Sorted by category name: 上衣 before 裤装.
    const CategoryValue &tops = r->stockValue[0];
    CHECK(tops.category == QString::fromUtf8("上衣"));
    CHECK(tops.openingUnits == 9);
    CHECK(tops.opening == Money::fromYuan(180));
    CHECK(tops.closingUnits == 8);
    CHECK(tops.closing == Money::fromYuan(160));
    const CategoryValue &pants = r->stockValue[1];
    CHECK(pants.openingUnits == 10);
    CHECK(pants.opening == Money::fromYuan(400)); // 10 × 40
    CHECK(pants.closingUnits == 18); // 10 + 10 − 2 − 1 + 1 returned
    CHECK(pants.closing == Money::fromYuan(774)); // 18 × 43
    CHECK(pants.change() == Money::fromYuan(374));
    CHECK(r->stockOpening() == Money::fromYuan(580));
    CHECK(r->stockClosing() == Money::fromYuan(934));
}

TEST_CASE("the stock value reads the ledger rows since per SKU or all at once, the same figures")
{
    using Reading = ProfitRepository::StockValueReading;
    test::ProfitShop s;
    const ProfitRepository repo(s.db());
    const auto text = [](const QList<CategoryValue> &values) {
        QStringList out;
        for (const CategoryValue &v : values)
            out << QStringLiteral("%1:%2:%3:%4:%5")
                       .arg(v.category)
                       .arg(v.openingUnits)
                       .arg(v.opening.fen())
                       .arg(v.closingUnits)
                       .arg(v.closing.fen());
        return out.join(QLatin1Char(' '));
    };
    // The shop's rows are written in SQL, past the kept sums' bookmark; then taken in.
    for (bool caughtUp : { false, true }) {
        CAPTURE(caughtUp);
        if (caughtUp)
            REQUIRE(core::StockOnHandRepository(s.db()).catchUp().ok());
        // November (this test shop's month) and October, whose rows since include November's.
        for (const auto &[before, last] : { std::pair { QDate(2026, 10, 31), QDate(2026, 11, 30) },
                 std::pair { QDate(2026, 9, 30), QDate(2026, 10, 31) } }) {
            CAPTURE(last.month());
            auto each = repo.valueByCategory(before, last, Reading::SkuBySku);
            auto once = repo.valueByCategory(before, last, Reading::RowsSince);
            REQUIRE(each.ok());
            REQUIRE(once.ok());
            CHECK(text(*once) == text(*each));
        }
        auto november = repo.valueByCategory(QDate(2026, 10, 31), QDate(2026, 11, 30), Reading::RowsSince);
        REQUIRE(november.ok());
        CHECK(text(*november) == QString::fromUtf8("上衣:9:18000:8:16000 裤装:10:40000:18:77400"));
    }
}

TEST_CASE("the profit rate month on month, the seeds' 20% → 21%, and the KPI margin measured from it")
{
    test::TestShop shop;
    const core::Database &d = shop.db();
    test::sql(d,
        QString::fromUtf8(
            "INSERT INTO items (id, code, title, category, price_fen, cost_fen, created_at, updated_at) "
            "VALUES (1, 'WZ-1', '棉袜', '袜子', 1000, 800, '2026-09-01 09:00:00', '2026-09-01 09:00:00')"));
    test::sql(d, QStringLiteral("INSERT INTO skus (id, item_id, barcode) VALUES (1, 1, '2000000000015')"));
    test::sql(d,
        QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at) VALUES "
                       "(1, 'receive', 100, '2026-09-01 09:00:00')"));
    test::sql(d,
        QStringLiteral("INSERT INTO orders (id, order_no, status, created_at, paid_at) VALUES "
                       "(1, 'A', 'finished', '2026-10-15 10:00:00', '2026-10-15 10:00:00'), "
                       "(2, 'B', 'finished', '2026-11-10 10:00:00', '2026-11-10 10:00:00')"));
    test::sql(d,
        QStringLiteral("INSERT INTO order_lines (order_id, sku_id, quantity, price_fen) VALUES (1, 1, 100, 1000), "
                       "(2, 1, 100, 1000)"));
    // 1 November: 100 more at 7.80 onto the 100 on hand at 8.00 → 7.90.
    REQUIRE(core::CostHistoryRepository(d)
                .receive({ { 1, 100, Money::fromFen(780) } }, QStringLiteral("RK-1"),
                    QDateTime(QDate(2026, 11, 1), QTime(9, 0)))
                .ok());
    test::sql(d, QStringLiteral("INSERT INTO shop_settings (name, value) VALUES ('kpi.margin', '0.3')"));

    auto r = ProfitService(d).monthReport(2026, 11, ProfitGrouping::Month);
    REQUIRE(r.ok());
    CHECK(r->total.profit() == Money::fromYuan(210));
    CHECK(r->total.profitRate() == Approx(0.21));
    CHECK(r->previous.profit() == Money::fromYuan(200));
    CHECK(r->previous.profitRate() == Approx(0.20));

    // The KPI report's traffic value takes the measured margin; a month without costs the setting.
    auto november = buildMonthReport(d, 2026, 11);
    REQUIRE(november.ok());
    CHECK(november->marginMeasured);
    CHECK(november->margin == Approx(0.21));
    auto september = buildMonthReport(d, 2026, 9);
    REQUIRE(september.ok());
    CHECK_FALSE(september->marginMeasured);
    CHECK(september->margin == Approx(0.3));
}

TEST_CASE("lines without a SKU or a cost are counted apart and the margin falls back")
{
    test::TestShop shop;
    const core::Database &d = shop.db();
    test::sql(d,
        QStringLiteral("INSERT INTO orders (id, order_no, status, created_at, paid_at) VALUES "
                       "(1, 'A', 'paid', '2026-11-15 10:00:00', '2026-11-15 10:00:00')"));
    test::sql(d, QStringLiteral("INSERT INTO order_lines (order_id, quantity, price_fen) VALUES (1, 2, 1500)"));
    auto r = ProfitService(d).monthReport(2026, 11, ProfitGrouping::Item);
    REQUIRE(r.ok());
    REQUIRE(r->rows.size() == 1);
    CHECK(r->rows[0].key.isEmpty());
    CHECK(r->total.uncostedUnits == 2);
    CHECK(r->total.profit() == Money::fromYuan(30));
    CHECK_FALSE(r->measuredMargin.has_value());
    auto kpi = buildMonthReport(d, 2026, 11);
    REQUIRE(kpi.ok());
    CHECK_FALSE(kpi->marginMeasured);
    CHECK(kpi->margin == Approx(kDefaultMargin));
}

TEST_CASE("shopdesk-cli profit --month --by --json carries every row and last month")
{
    core::language::install(QStringLiteral("en"));
    test::ProfitShop s;
    QProcess p;
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json"), QStringLiteral("profit"),
            QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--by"), QStringLiteral("category") });
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    CHECK(j.value(QStringLiteral("by")).toString() == QStringLiteral("category"));
    const QJsonArray rows = j.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(QStringLiteral("key")).toString() == QString::fromUtf8("裤装"));
    CHECK(rows[0].toObject().value(QStringLiteral("profit")).toDouble() == 96.0);
    CHECK(j.value(QStringLiteral("total")).toObject().value(QStringLiteral("profit")).toDouble() == 121.5);
    CHECK(j.value(QStringLiteral("previous")).toObject().value(QStringLiteral("key")).toString()
        == QStringLiteral("2026-10"));
    CHECK(j.value(QStringLiteral("stock_closing")).toDouble() == 934.0);

    QProcess bad;
    bad.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("profit"), QStringLiteral("--month"),
            QStringLiteral("2026-13") });
    REQUIRE(bad.waitForFinished(60000));
    CHECK(bad.exitCode() == 2);
}

TEST_CASE("shop format 12 adds the cost history and the billed fees and keeps the ledger")
{
    test::TestShop fresh; // opened through Database: migrated to the latest format
    const QString path = fresh.file(QStringLiteral("old.shopdesk"));
    const QString name = QStringLiteral("raw_format_9");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO items (id, code, title, cost_fen, created_at, updated_at) VALUES "
                                      "(1, 'A', 'a', 800, '2026-01-01 00:00:00', '2026-01-01 00:00:00')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO skus (id, item_id, barcode) VALUES (1, 1, '1')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at) VALUES "
                                      "(1, 'receive', 7, '2026-01-02 00:00:00')")));
        REQUIRE(core::Migrator::migrate(raw, kFormat).ok());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == kFormat);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sku_costs")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM shipping_bill_fees")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT sum(quantity) FROM stock_moves WHERE sku_id = 1")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 7);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'stock_moves_sku_time'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        // A SKU without history costs what the item says.
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(
        *core::CostHistoryRepository(**db).costAt(1, QDateTime(QDate(2026, 1, 3), QTime(0, 0))) == Money::fromYuan(8));
}
