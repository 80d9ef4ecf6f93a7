// The period stock report (进销存报表) on a hand-computed ledger: opening + in − out = closing for
// every SKU, in and out by kind (reversals netted into their kind), at the moving-average cost;
// the receiving note's cost hook (the cost history and its reversal); xlsx, PDF and shopdesk-cli.

#include "InventoryBench.h"
#include "StockReportView.h"
#include "TestShop.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/StockOnHandRepository.h>
#include <shopdesk/inventory/ReceivingRepository.h>
#include <shopdesk/inventory/StockReport.h>

#include <QAbstractItemModel>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>

#include <algorithm>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::inventory;
using core::Money;

namespace {
void sql(const core::Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

/// SKU 1 and 2: jeans NZK-1 蓝/30 and 蓝/31 (裤装, 40 ¥); SKU 3: T-shirt TX-1 白/M (上衣, 20 ¥).
/// October: 10, 5 and 8 booked in, 2 of SKU 1 shipped. November (the period): receiving note RK-1
/// posts 10 of SKU 1 at 46 ¥ on the 10th (cost (8 × 40 + 10 × 46) / 18 = 43.33 ¥), 3 shipped, 1
/// returned, 1 lost at the count; SKU 2 shipped 1 and the shipment reversed, 2 found at the count;
/// SKU 3 2 faulty to the supplier, 1 replaced, 1 corrected away. December: 1 more of SKU 1 shipped.
struct LedgerShop {
    test::TestShop shop;
    qint64 supplier = 0;
    const core::Database &db() const { return shop.db(); }

    void move(
        int sku, const QString &kind, int qty, const QString &at, const QString &reverses = QStringLiteral("NULL"))
    {
        sql(db(),
            QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at, reverses) VALUES "
                           "(%1, '%2', %3, '%4', %5)")
                .arg(sku)
                .arg(kind)
                .arg(qty)
                .arg(at, reverses));
    }

    LedgerShop()
    {
        sql(db(),
            QString::fromUtf8(
                "INSERT INTO items (id, code, title, category, price_fen, cost_fen, created_at, updated_at) VALUES "
                "(1, 'NZK-1', '牛仔裤', '裤装', 10000, 4000, '2026-09-01 09:00:00', '2026-09-01 09:00:00'), "
                "(2, 'TX-1', 'T恤', '上衣', 5000, 2000, '2026-09-01 09:00:00', '2026-09-01 09:00:00')"));
        sql(db(),
            QString::fromUtf8("INSERT INTO skus (id, item_id, color, size, barcode) VALUES "
                              "(1, 1, '蓝', '30', '2000000000015'), (2, 1, '蓝', '31', '2000000000022'), "
                              "(3, 2, '白', 'M', '2000000000046')"));
        sql(db(), QString::fromUtf8("INSERT INTO suppliers (id, name) VALUES (1, '沙河')"));
        supplier = 1;
        move(1, QStringLiteral("receive"), 10, QStringLiteral("2026-10-01 09:00:00"));
        move(2, QStringLiteral("receive"), 5, QStringLiteral("2026-10-01 09:00:00"));
        move(3, QStringLiteral("receive"), 8, QStringLiteral("2026-10-01 09:00:00"));
        move(1, QStringLiteral("ship"), -2, QStringLiteral("2026-10-15 15:00:00"));

        ReceivingNote note;
        note.noteNo = QStringLiteral("RK-1");
        note.supplierId = supplier;
        note.receivedOn = QDate(2026, 11, 10);
        note.lines = { { 1, 10, Money::fromYuan(46) } };
        auto id = ReceivingRepository(db()).addDraft(note);
        REQUIRE(id.ok());
        REQUIRE(ReceivingRepository(db())
                    .post(*id, QStringLiteral("test"), QDateTime(QDate(2026, 11, 10), QTime(10, 0)))
                    .ok());

        move(1, QStringLiteral("ship"), -3, QStringLiteral("2026-11-12 15:00:00"));
        move(1, QStringLiteral("return"), 1, QStringLiteral("2026-11-20 10:00:00"));
        move(1, QStringLiteral("stocktake"), -1, QStringLiteral("2026-11-28 18:00:00"));
        move(2, QStringLiteral("ship"), -1, QStringLiteral("2026-11-05 15:00:00"));
        const QString shipped = test::scalar(db(), QStringLiteral("SELECT max(id) FROM stock_moves")).toString();
        move(2, QStringLiteral("ship"), 1, QStringLiteral("2026-11-06 09:00:00"), shipped);
        move(2, QStringLiteral("stocktake"), 2, QStringLiteral("2026-11-28 18:00:00"));
        move(3, QStringLiteral("exchange_out"), -2, QStringLiteral("2026-11-08 11:00:00"));
        move(3, QStringLiteral("exchange_in"), 1, QStringLiteral("2026-11-18 11:00:00"));
        move(3, QStringLiteral("correction"), -1, QStringLiteral("2026-11-25 11:00:00"));
        move(1, QStringLiteral("ship"), -1, QStringLiteral("2026-12-02 15:00:00"));
    }
};

const StockReportRow *rowFor(const StockReport &r, const QString &key)
{
    for (const StockReportRow &row : r.rows)
        if (row.key == key)
            return &row;
    return nullptr;
}
} // namespace

TEST_CASE("the period stock report: opening + in − out = closing for every SKU, by kind and at cost")
{
    core::language::install(QStringLiteral("en"));
    LedgerShop s;
    auto r = StockReportRepository(s.db()).report(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Sku);
    REQUIRE(r.ok());
    REQUIRE(r->rows.size() == 3);
    for (const StockReportRow &row : r->rows) {
        CAPTURE(row.key);
        CHECK(row.opening + row.inTotal() - row.outTotal() == row.closing);
        const qint64 ledger = test::scalar(s.db(),
            QStringLiteral("SELECT sum(m.quantity) FROM stock_moves m JOIN skus k ON k.id = m.sku_id WHERE k.barcode = "
                           "'%1' AND m.moved_at < '2026-12-01'")
                .arg(row.key))
                                  .toLongLong();
        CHECK(row.closing == ledger);
    }
    // Sorted by item code, colour, size.
    CHECK(r->rows[0].key == QStringLiteral("2000000000015"));
    CHECK(r->rows[1].key == QStringLiteral("2000000000022"));
    CHECK(r->rows[2].key == QStringLiteral("2000000000046"));

    const StockReportRow &a = r->rows[0];
    CHECK(a.opening == 8);
    CHECK(a.in[int(StockIn::Receive)] == 10);
    CHECK(a.in[int(StockIn::Return)] == 1);
    CHECK(a.inTotal() == 11);
    CHECK(a.out[int(StockOut::Ship)] == 3);
    CHECK(a.out[int(StockOut::CountLoss)] == 1);
    CHECK(a.outTotal() == 4);
    CHECK(a.closing == 15);
    CHECK(a.openingValue == Money::fromYuan(320)); // 8 × 40
    CHECK(a.inValue == Money::fromFen(47663)); // 11 × 43.33
    CHECK(a.outValue == Money::fromFen(17332)); // 4 × 43.33
    CHECK(a.closingValue == Money::fromFen(64995)); // 15 × 43.33
    CHECK(a.costChange() == Money::fromFen(2664)); // the 8 on hand revalued from 40 to 43.33

    const StockReportRow &b = r->rows[1];
    CHECK(b.out[int(StockOut::Ship)] == 0); // shipped and reversed
    CHECK(b.in[int(StockIn::CountGain)] == 2);
    CHECK(b.closing == 7);
    CHECK(b.closingValue == Money::fromYuan(280));

    const StockReportRow &c = r->rows[2];
    CHECK(c.in[int(StockIn::ExchangeIn)] == 1);
    CHECK(c.out[int(StockOut::ExchangeOut)] == 2);
    CHECK(c.out[int(StockOut::Other)] == 1);
    CHECK(c.closing == 6);

    CHECK(r->total.opening == 21);
    CHECK(r->total.closing == 28);
    CHECK(r->total.opening + r->total.inTotal() - r->total.outTotal() == r->total.closing);
}

namespace {
/// Every figure of the two reports' rows and totals, the same.
void checkSame(const StockReport &a, const StockReport &b)
{
    REQUIRE(a.rows.size() == b.rows.size());
    QList<StockReportRow> rows = a.rows;
    rows << a.total;
    QList<StockReportRow> others = b.rows;
    others << b.total;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StockReportRow &x = rows.at(i), &y = others.at(i);
        CAPTURE(x.key);
        CHECK(x.key == y.key);
        CHECK(x.opening == y.opening);
        CHECK(x.in == y.in);
        CHECK(x.out == y.out);
        CHECK(x.closing == y.closing);
        CHECK(x.openingValue == y.openingValue);
        CHECK(x.inValue == y.inValue);
        CHECK(x.outValue == y.outValue);
        CHECK(x.closingValue == y.closingValue);
    }
}
} // namespace

TEST_CASE("the stock report reads the kept stock on hand less the rows since its first day, the same figures")
{
    using Reading = StockReportRepository::Reading;
    LedgerShop s;
    // SKU 4 (TX-1 白/L) first moves after the period: not a line of November's report either way.
    sql(s.db(),
        QString::fromUtf8("INSERT INTO skus (id, item_id, color, size, barcode) VALUES (4, 2, '白', 'L', "
                          "'2000000000053')"));
    s.move(4, QStringLiteral("receive"), 6, QStringLiteral("2026-12-03 09:00:00"));
    const StockReportRepository repo(s.db());
    const QDate from(2026, 11, 1), to(2026, 11, 30);

    // The rows inserted here lie past the kept sums' bookmark (read from the ledger), then, after
    // the catch-up, inside them.
    for (bool caughtUp : { false, true }) {
        CAPTURE(caughtUp);
        if (caughtUp)
            REQUIRE(core::StockOnHandRepository(s.db()).catchUp().ok());
        auto whole = repo.report(from, to, StockReportGrouping::Sku, Reading::WholeLedger);
        auto since = repo.report(from, to, StockReportGrouping::Sku, Reading::SinceFirstDay);
        REQUIRE(whole.ok());
        REQUIRE(since.ok());
        REQUIRE(since->rows.size() == 3);
        CHECK(rowFor(*since, QStringLiteral("2000000000053")) == nullptr);
        checkSame(*whole, *since);
        CHECK(since->rows[0].opening == 8);
        CHECK(since->rows[0].closing == 15);
        CHECK(since->rows[1].in[int(StockIn::CountGain)] == 2);
        CHECK(since->rows[2].out[int(StockOut::Other)] == 1);
        CHECK(since->total.closing == 28);

        // December: SKU 4 is in, with its 6 pieces received; SKU 1's last shipment is out.
        auto decWhole
            = repo.report(QDate(2026, 12, 1), QDate(2026, 12, 31), StockReportGrouping::Item, Reading::WholeLedger);
        auto decSince
            = repo.report(QDate(2026, 12, 1), QDate(2026, 12, 31), StockReportGrouping::Item, Reading::SinceFirstDay);
        REQUIRE(decWhole.ok());
        REQUIRE(decSince.ok());
        checkSame(*decWhole, *decSince);
        REQUIRE(decSince->rows.size() == 2);
        CHECK(decSince->rows[1].key == QStringLiteral("TX-1"));
        CHECK(decSince->rows[1].in[int(StockIn::Receive)] == 6);
        CHECK(decSince->rows[1].closing == 12);
        CHECK(decSince->rows[0].out[int(StockOut::Ship)] == 1);
        CHECK(decSince->rows[0].closing == 21);
    }
}

TEST_CASE("the stock report per item and per category sums its SKUs")
{
    LedgerShop s;
    StockReportRepository repo(s.db());
    auto items = repo.report(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Item);
    REQUIRE(items.ok());
    REQUIRE(items->rows.size() == 2);
    const StockReportRow *jeans = rowFor(*items, QStringLiteral("NZK-1"));
    REQUIRE(jeans);
    CHECK(jeans->opening == 13);
    CHECK(jeans->closing == 22);
    CHECK(jeans->opening + jeans->inTotal() - jeans->outTotal() == jeans->closing);
    CHECK(jeans->color.isEmpty());
    auto categories = repo.report(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Category);
    REQUIRE(categories.ok());
    REQUIRE(categories->rows.size() == 2);
    CHECK(categories->rows[0].key == QString::fromUtf8("上衣"));
    CHECK(categories->rows[1].key == QString::fromUtf8("裤装"));
    CHECK(categories->rows[1].closingValue == Money::fromFen(64995 + 28000));
    // December only: the one shipment after the period.
    auto december = repo.report(QDate(2026, 12, 1), QDate(2026, 12, 31), StockReportGrouping::Sku);
    REQUIRE(december.ok());
    CHECK(rowFor(*december, QStringLiteral("2000000000015"))->out[int(StockOut::Ship)] == 1);
    CHECK(rowFor(*december, QStringLiteral("2000000000015"))->closing == 14);
    CHECK_FALSE(repo.report(QDate(2026, 12, 2), QDate(2026, 12, 1), StockReportGrouping::Sku).ok());
}

TEST_CASE("a receiving note at another cost keeps the history; reversing it restores the cost")
{
    LedgerShop s;
    auto history = core::CostHistoryRepository(s.db()).history(1);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).before == Money::fromYuan(40));
    CHECK(history->at(0).after == Money::fromFen(4333));
    CHECK(history->at(0).onHandBefore == 8);
    CHECK(history->at(0).reference == QStringLiteral("RK-1"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT cost_fen FROM skus WHERE id = 1")).toLongLong() == 4333);

    const qint64 noteId = test::scalar(s.db(), QStringLiteral("SELECT id FROM receiving_notes")).toLongLong();
    REQUIRE(ReceivingRepository(s.db()).reverse(noteId, QStringLiteral("test")).ok());
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT cost_fen FROM skus WHERE id = 1")).toLongLong() == 4000);
    history = core::CostHistoryRepository(s.db()).history(1);
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).source == QStringLiteral("reverse"));
    CHECK(history->at(1).quantity == -10);
}

TEST_CASE("the stock report is written as xlsx and PDF, and by shopdesk-cli with --json")
{
    core::language::install(QStringLiteral("en"));
    LedgerShop s;
    auto r = StockReportRepository(s.db()).report(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Item);
    REQUIRE(r.ok());
    const QString xlsx = s.shop.file(QStringLiteral("stock.xlsx"));
    const QString pdf = s.shop.file(QStringLiteral("stock.pdf"));
    REQUIRE(r->write(xlsx).ok());
    REQUIRE(r->write(pdf).ok());
    CHECK(test::fileBytes(xlsx).startsWith("PK"));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK_FALSE(r->write(s.shop.file(QStringLiteral("stock.doc"))).ok());
    const QStringList header = r->sheetHeader();
    CHECK(header.first() == QStringLiteral("Item code"));
    CHECK(header.contains(QStringLiteral("Opening")));
    CHECK(header.contains(QStringLiteral("Closing value")));
    CHECK(r->sheetRows().last().first().toString() == QStringLiteral("Total"));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json"), QStringLiteral("stock-report"),
            QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
            QStringLiteral("2026-11-30"), QStringLiteral("--out"), s.shop.file(QStringLiteral("cli.pdf")) });
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray rows = j.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 3);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("opening")).toInt() + o.value(QStringLiteral("in")).toInt()
                - o.value(QStringLiteral("out")).toInt()
            == o.value(QStringLiteral("closing")).toInt());
    }
    const QJsonObject first = rows[0].toObject();
    CHECK(first.value(QStringLiteral("barcode")).toString() == QStringLiteral("2000000000015"));
    CHECK(first.value(QStringLiteral("in_by_kind")).toObject().value(QStringLiteral("receive")).toInt() == 10);
    CHECK(first.value(QStringLiteral("closing_value")).toDouble() == 649.95);
    CHECK(QFile::exists(s.shop.file(QStringLiteral("cli.pdf"))));

    QProcess bad;
    bad.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("stock-report"), QStringLiteral("--from"),
            QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--by"),
            QStringLiteral("colour") });
    REQUIRE(bad.waitForFinished(60000));
    CHECK(bad.exitCode() == 2);
}

TEST_CASE("the stock report view shows the period in Chinese, per category, and exports it")
{
    core::language::install(QStringLiteral("zh_CN"));
    LedgerShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    StockReportView *view = bench.wb->stockReport();
    REQUIRE(view);
    view->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Category);
    const QAbstractItemModel *m = view->table()->model();
    REQUIRE(m->rowCount() == 3); // 上衣, 裤装 and the total
    CHECK(m->headerData(6, Qt::Horizontal).toString() == QString::fromUtf8("期初"));
    CHECK(m->headerData(m->columnCount() - 1, Qt::Horizontal).toString() == QString::fromUtf8("期末金额"));
    CHECK(m->index(1, 5).data().toString() == QString::fromUtf8("裤装"));
    CHECK(m->index(1, 6).data().toString() == QStringLiteral("13"));
    CHECK(m->index(2, 5).data().toString() == QString::fromUtf8("合计"));
    CHECK(m->index(2, m->columnCount() - 1).data().toString() == QStringLiteral("¥1,049.95"));
    CHECK(view->table()->isColumnHidden(4)); // no barcode per category
    const QString out = s.shop.file(QStringLiteral("view.xlsx"));
    REQUIRE(view->exportTo(out));
    CHECK(test::fileBytes(out).startsWith("PK"));
    CHECK(errors.isEmpty());
}

TEST_CASE("the stock report's columns fit their titles and barcodes, in English and in Chinese")
{
    core::language::install(QStringLiteral("en"));
    LedgerShop s;
    core::ShopEvents events;
    test::InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    StockReportView *view = bench.wb->stockReport();
    REQUIRE(view);
    view->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Sku);
    auto cutOff = [&] {
        const QHeaderView *h = view->table()->horizontalHeader();
        const QAbstractItemView *cells = view->table(); // where sizeHintForColumn is public
        QStringList out;
        for (int c = 0; c < h->count(); ++c)
            if (!h->isSectionHidden(c)
                && h->sectionSize(c) < std::max(h->sectionSizeHint(c), cells->sizeHintForColumn(c)))
                out << view->table()->model()->headerData(c, Qt::Horizontal).toString();
        return out;
    };
    CHECK(view->table()->model()->headerData(8, Qt::Horizontal).toString() == QStringLiteral("Buyer returns"));
    CHECK(view->table()->model()->index(0, 4).data().toString() == QStringLiteral("2000000000015"));
    CHECK(cutOff() == QStringList {});
    core::language::install(QStringLiteral("zh_CN"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(view, &change);
    CHECK(view->table()->model()->headerData(6, Qt::Horizontal).toString() == QString::fromUtf8("期初"));
    CHECK(cutOff() == QStringList {});
}
