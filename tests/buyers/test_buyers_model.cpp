// The buyers workbench's model on a hand-computed shop (BuyersFixture.h): spend, orders, returns,
// member tiers from the store's thresholds, repeat buyers (回头率), segments and their files, the
// size profile, and shop format 9 (the buyers' profile columns).

#include "BuyersFixture.h"

#include <shopdesk/buyers/BuyersService.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Members.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/Xlsx.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/Revisits.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

constexpr int kFormat = 9; // this migration's number
constexpr int kReturnsFormat = 24; // the orders' buyer index with the order number

using namespace shopdesk;
using buyers::BuyerFilter;
using buyers::BuyerRow;
using buyers::BuyersService;
using buyers::Segment;
using core::Members;
using core::MemberTier;
using test::BuyersShop;
using test::u8;

namespace {
const BuyerRow &rowOf(const QVector<BuyerRow> &rows, const QString &nick)
{
    for (const BuyerRow &r : rows)
        if (r.nick == nick)
            return r;
    FAIL("no buyer " << nick.toStdString());
    return rows.first();
}

QStringList nicks(const QVector<BuyerRow> &rows)
{
    QStringList out;
    for (const BuyerRow &r : rows)
        out << r.nick;
    return out;
}

QVector<BuyerRow> listed(const BuyersShop &s, BuyerFilter f = {})
{
    auto rows = BuyersService(s.db()).list(f);
    REQUIRE(rows.ok());
    return *rows;
}
} // namespace

TEST_CASE("tiers follow total spend in paid orders against the store's thresholds (≥300, ≥100, ≥58)")
{
    const core::MemberThresholds t;
    CHECK(Members::tierFor(core::Money::fromFen(30000), t) == MemberTier::Gift);
    CHECK(Members::tierFor(core::Money::fromFen(29999), t) == MemberTier::Discount);
    CHECK(Members::tierFor(core::Money::fromFen(10000), t) == MemberTier::Discount);
    CHECK(Members::tierFor(core::Money::fromFen(9999), t) == MemberTier::Care);
    CHECK(Members::tierFor(core::Money::fromFen(5800), t) == MemberTier::Care);
    CHECK(Members::tierFor(core::Money::fromFen(5799), t) == MemberTier::None);
    CHECK(Members::tierFor(core::Money(), t) == MemberTier::None);
    CHECK(Members::maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
}

TEST_CASE("the buyer list adds up every buyer's paid orders, returns and days, highest spend first")
{
    BuyersShop s;
    const QVector<BuyerRow> rows = listed(s);
    CHECK(nicks(rows) == QStringList { s.a(), s.b(), s.c(), s.d(), s.e(), s.f() });
    const BuyerRow &a = rowOf(rows, s.a());
    CHECK(a.spendFen == 32000);
    CHECK(a.orders == 2);
    CHECK(a.firstOrder() == QDate(2026, 10, 20));
    CHECK(a.lastOrder() == QDate(2026, 11, 5));
    CHECK(a.returns == 0);
    CHECK(a.name == u8("王阿花"));
    CHECK(a.phone == QStringLiteral("13812345678"));
    CHECK(rowOf(rows, s.b()).spendFen == 10000);
    CHECK(rowOf(rows, s.b()).orders == 2);
    CHECK(rowOf(rows, s.c()).spendFen == 5800);
    CHECK(rowOf(rows, s.c()).returns == 1); // goods booked back against O-C1
    CHECK(rowOf(rows, s.d()).spendFen == 5799);
    const BuyerRow &e = rowOf(rows, s.e());
    CHECK(e.spendFen == 3000); // the refunded ¥500 does not count
    CHECK(e.orders == 1);
    CHECK(e.returns == 2); // refunded after payment + flagged purple
    const BuyerRow &f = rowOf(rows, s.f());
    CHECK(f.spendFen == 0);
    CHECK(f.orders == 0);
    CHECK(f.firstDay == 0);

    const BuyersService service(s.db());
    const QList<buyers::TierCount> counts = BuyersService::tierCounts(rows, service.thresholds());
    REQUIRE(counts.size() == 4);
    CHECK((counts[0].tier == MemberTier::Gift && counts[0].buyers == 1 && counts[0].spendFen == 32000));
    CHECK((counts[1].tier == MemberTier::Discount && counts[1].buyers == 1 && counts[1].spendFen == 10000));
    CHECK((counts[2].tier == MemberTier::Care && counts[2].buyers == 1 && counts[2].spendFen == 5800));
    CHECK((counts[3].tier == MemberTier::None && counts[3].buyers == 3 && counts[3].spendFen == 8799));
}

TEST_CASE("new thresholds are kept as shop settings and every tier follows at once")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    const BuyersService service(s.db());
    core::MemberThresholds t;
    t.care = core::Money::fromYuan(50);
    t.discount = core::Money::fromYuan(120);
    t.gift = core::Money::fromYuan(350);
    REQUIRE(service.setThresholds(t).ok());
    CHECK(core::ShopSettings(s.db()).value(Members::kGiftSetting) == QStringLiteral("350.00"));
    CHECK(service.thresholds() == t);
    const QVector<BuyerRow> rows = listed(s);
    CHECK(service.tierOf(rowOf(rows, s.a())) == MemberTier::Discount); // ¥320 < ¥350
    CHECK(service.tierOf(rowOf(rows, s.b())) == MemberTier::Care); // ¥100 < ¥120
    CHECK(service.tierOf(rowOf(rows, s.d())) == MemberTier::Care); // ¥57.99 ≥ ¥50

    core::MemberThresholds bad = t;
    bad.discount = core::Money::fromYuan(40);
    const core::Status refused = service.setThresholds(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QStringLiteral("The discount tier's threshold (¥40.00) must be above the care tier's (¥50.00)."));
    CHECK(service.thresholds() == t); // nothing written

    BuyerFilter gift;
    gift.tier = MemberTier::Gift;
    CHECK(listed(s, gift).isEmpty());
}

TEST_CASE("a buyer's standing for the service panel: tier, spend, what the next tier needs")
{
    BuyersShop s;
    auto a = core::MemberRepository(s.db()).standingOf(s.a());
    REQUIRE(a.ok());
    REQUIRE(a->has_value());
    CHECK((*a)->tier == MemberTier::Gift);
    CHECK((*a)->spend == core::Money::fromFen(32000));
    CHECK((*a)->orders == 2);
    CHECK_FALSE((*a)->toNextTier.has_value());
    auto c = core::MemberRepository(s.db()).standingOf(s.c());
    REQUIRE(c.ok());
    CHECK((*c)->tier == MemberTier::Care);
    CHECK((*c)->toNextTier == core::Money::fromFen(4200));
    auto nobody = core::MemberRepository(s.db()).standingOf(QStringLiteral("nobody"));
    REQUIRE(nobody.ok());
    CHECK_FALSE(nobody->has_value());
}

TEST_CASE("repeat rate per month: buyers who paid in the month with two paid orders by its end")
{
    BuyersShop s;
    auto months = core::MemberRepository(s.db()).repeatByMonth(QDate(2026, 9, 1), QDate(2026, 11, 1));
    REQUIRE(months.ok());
    REQUIRE(months->size() == 3);
    CHECK(months->at(0).first == QDate(2026, 9, 1));
    CHECK(months->at(0).last == QDate(2026, 9, 30));
    CHECK((months->at(0).buyers == 1 && months->at(0).repeatBuyers == 0));
    CHECK((months->at(1).buyers == 2 && months->at(1).repeatBuyers == 0)); // 阿花's first, 小鄂's refund not counted
    CHECK((months->at(2).buyers == 3 && months->at(2).repeatBuyers == 2)); // 阿花 (October), 小白 (twice)
    CHECK(months->at(2).rate() == 2.0 / 3.0);
    auto week = core::MemberRepository(s.db()).repeatIn(QDate(2026, 11, 15), QDate(2026, 11, 21));
    REQUIRE(week.ok());
    CHECK((week->buyers == 1 && week->repeatBuyers == 1)); // 小白's second order
}

TEST_CASE("segments: a category, a tier, not bought for N days, waiting for a restock, loyal")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    auto segment = [&](const QString &text) {
        auto parsed = Segment::parse(text, BuyersShop::today());
        REQUIRE(parsed.ok());
        BuyerFilter f;
        f.segment = *parsed;
        return nicks(listed(s, f));
    };
    CHECK(segment(u8("category:牛仔裤")) == QStringList { s.a(), s.c() }); // 小鄂's jeans were refunded
    CHECK(segment(u8("category:T恤")) == QStringList { s.b(), s.d(), s.e() });
    CHECK(segment(QStringLiteral("tier:discount")) == QStringList { s.b() });
    CHECK(segment(QStringLiteral("inactive:30")) == QStringList { s.d(), s.e() }); // last 09-01, 10-15
    CHECK(segment(QStringLiteral("inactive:80")) == QStringList { s.d() });
    QSqlQuery wait(s.db().connection());
    REQUIRE(
        wait.exec(QStringLiteral("INSERT INTO service_waitlist (buyer_nick, sku_id, registered_at) VALUES ('小陈', 1, "
                                 "'2026-11-25 10:00:00'), ('小白', 1, '2026-11-25 10:00:00')")));
    REQUIRE(wait.exec(
        QStringLiteral("UPDATE service_waitlist SET contacted_at = '2026-11-26 10:00:00' WHERE buyer_nick = '小白'")));
    CHECK(segment(QStringLiteral("waiting")) == QStringList { s.c() });
    buyers::BuyerProfile loyal;
    loyal.loyal = true;
    REQUIRE(BuyersService(s.db()).setProfile(s.d(), loyal).ok());
    CHECK(segment(QStringLiteral("loyal")) == QStringList { s.d() });

    BuyerFilter search;
    search.search = QStringLiteral("1390000");
    CHECK(nicks(listed(s, search)) == QStringList { s.b() });
    search.search = u8("王阿");
    CHECK(nicks(listed(s, search)) == QStringList { s.a() });
    search.search = QStringLiteral("%");
    CHECK(listed(s, search).isEmpty());

    const auto bad = Segment::parse(QStringLiteral("inactive:soon"), BuyersShop::today());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage() == QStringLiteral("--segment inactive: needs a number of days above 0, not “soon”."));
}

TEST_CASE("a segment is written as CSV or xlsx, phones masked unless asked for")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    const BuyersService service(s.db());
    BuyerFilter f;
    f.segment = *Segment::parse(u8("category:牛仔裤"), BuyersShop::today());
    const QVector<BuyerRow> rows = listed(s, f);
    const QString csv = s.file(QStringLiteral("jeans.csv"));
    auto written = service.exportRows(rows, csv, false);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QChar(0xFEFF));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    CHECK(text
        == u8("Member name,Name,Phone,Member tier,Total spend,Orders,Last order,Loyal\n"
              "阿花,王阿花,138****5678,Gift member,320.00,2,2026-11-05,No\n"
              "小陈,陈小陈,137****2222,Care member,58.00,1,2026-11-10,No\n"));
    const QString full = s.file(QStringLiteral("jeans-full.csv"));
    REQUIRE(service.exportRows(rows, full, true).ok());
    QFile fullFile(full);
    REQUIRE(fullFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(fullFile.readAll()).contains(QStringLiteral(",13812345678,")));
    const QString xlsx = s.file(QStringLiteral("jeans.xlsx"));
    REQUIRE(service.exportRows(rows, xlsx, false).ok());
    CHECK(QFile(xlsx).size() > 0);
    auto refused = service.exportRows(rows, s.file(QStringLiteral("jeans.txt")), false);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(QFile::exists(s.file(QStringLiteral("jeans.txt"))));
}

namespace {
/// The first sheet of an .xlsx file as text lines, fields joined by "|".
QStringList sheetLines(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto sheet = core::Xlsx::readSheet(f.readAll(), path);
    INFO(sheet.errorMessage().toStdString());
    REQUIRE(sheet.ok());
    QStringList out;
    for (const core::CsvRecord &r : sheet->rows)
        out << QStringLiteral("%1: %2").arg(r.line).arg(r.fields.join(QLatin1Char('|')));
    return out;
}
} // namespace

TEST_CASE("a segment's workbook, written a row at a time, holds exactly the rows the list shows")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    const BuyersService service(s.db());
    const QStringList expected {
        QStringLiteral("1: Member name|Name|Phone|Member tier|Total spend|Orders|Last order|Loyal"),
        u8("2: 阿花|王阿花|138****5678|Gift member|320|2|2026-11-05|No"),
        u8("3: 小陈|陈小陈|137****2222|Care member|58|1|2026-11-10|No"),
    };
    BuyerFilter f;
    f.segment = *Segment::parse(u8("category:牛仔裤"), BuyersShop::today());
    // Streamed from the buyer list (the CLI's --out and the panel's export) …
    const QString streamed = s.file(QStringLiteral("jeans-each.xlsx"));
    QStringList seen;
    auto n = service.exportEach(f, streamed, false, [&](const BuyerRow &r) {
        seen << r.nick;
        return core::Status {};
    });
    REQUIRE(n.ok());
    CHECK(*n == 2);
    CHECK(seen == QStringList { BuyersShop::a(), BuyersShop::c() });
    CHECK(sheetLines(streamed) == expected);
    CHECK_FALSE(QFile::exists(streamed + QStringLiteral(".part")));
    // Written row by row, the sheet still keeps its header in view with a filter over the rows,
    // and every column as wide as its content.
    QFile file(streamed);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto xml = core::Xlsx::part(file.readAll(), streamed, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE(xml.ok());
    const QString sheet = QString::fromUtf8(*xml);
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:H3\"/>")));
    CHECK(sheet.contains(
        QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    CHECK(sheet.count(QStringLiteral("customWidth=\"1\"")) == 8);
    // … and from rows in hand: the same workbook.
    const QString listedFile = s.file(QStringLiteral("jeans-rows.xlsx"));
    REQUIRE(service.exportRows(listed(s, f), listedFile, false).ok());
    CHECK(sheetLines(listedFile) == expected);
    // Every buyer: one row each, the header first.
    const QString all = s.file(QStringLiteral("all.xlsx"));
    auto everyone = service.exportEach({}, all, false, {});
    REQUIRE(everyone.ok());
    CHECK(*everyone == 6);
    CHECK(sheetLines(all).size() == 7);
}

TEST_CASE("a buyer's page: orders newest first with goods and returns; the size profile is checked and kept")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    const BuyersService service(s.db());
    auto detail = service.detail(s.e());
    REQUIRE(detail.ok());
    REQUIRE(detail->has_value());
    const buyers::BuyerDetail &d = **detail;
    REQUIRE(d.orders.size() == 2);
    CHECK(d.orders[0].orderNo == QStringLiteral("O-E2"));
    CHECK(d.orders[0].goods == QStringLiteral("TX-2001/") + u8("白色") + QStringLiteral("/M×1"));
    CHECK(d.orders[0].returned);
    CHECK(d.orders[1].returned);
    CHECK(d.row.spendFen == 3000);
    CHECK(d.row.returns == 2);

    buyers::BuyerProfile p;
    p.heightCm = 165;
    p.weightKg = 52.5;
    p.usualSize = QStringLiteral("M");
    p.note = u8("喜欢宽松款");
    p.loyal = true;
    REQUIRE(service.setProfile(s.e(), p).ok());
    auto again = service.detail(s.e());
    REQUIRE(again.ok());
    CHECK((*again)->profile == p);
    CHECK((*again)->row.loyal);

    buyers::BuyerProfile tall = p;
    tall.heightCm = 300;
    const core::Status refused = service.setProfile(s.e(), tall);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage() == QStringLiteral("Height must be between 50 and 250 cm (it is 300)."));
    CHECK((*service.detail(s.e()))->profile == p);
    const core::Status missing = service.setProfile(QStringLiteral("nobody"), p);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage() == QStringLiteral("There is no buyer nobody in this shop."));
}

TEST_CASE("the revisit list: orders shipped N days ago, each with the 售后回访 reply filled in")
{
    BuyersShop s;
    REQUIRE(service::ReplyLibrary::installStarter(s.db()).ok());
    auto due = service::Revisits::due(s.db(), BuyersShop::today(), 7); // shipped 2026-11-18 … 11-24
    REQUIRE(due.ok());
    REQUIRE(due->size() == 3);
    CHECK(due->at(0).orderNo == QStringLiteral("O-B2")); // shipped 11-21
    CHECK(due->at(0).dueOn == QDate(2026, 11, 28));
    CHECK(due->at(0).tier == MemberTier::Discount);
    CHECK(due->at(1).orderNo == QStringLiteral("O-A2")); // shipped 11-24
    CHECK(due->at(1).dueOn == QDate(2026, 12, 1));
    CHECK(due->at(1).tier == MemberTier::Gift);
    CHECK(due->at(1).message.complete());
    CHECK(due->at(1).message.text == u8("亲，宝贝收到了吗？用着还合适吗？有任何问题随时联系我们哦～"));
    CHECK(due->at(2).orderNo == QStringLiteral("O-C1"));
    auto later = service::Revisits::due(s.db(), QDate(2026, 12, 8), 7); // shipped 11-25 … 12-01: none
    REQUIRE(later.ok());
    CHECK(later->isEmpty());
}

TEST_CASE("format 9: an older shop's buyers are kept, with no profile and not loyal")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.shopdesk"));
    {
        const QString name = QStringLiteral("raw_buyers");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO buyers (nick, name, phone, note, created_at) VALUES "
                                          "('阿花', '王阿花', '13812345678', '老顾客', '2026-01-01 10:00:00')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT nick || ':' || name || ':' || phone || ':' || note || ':' || "
                             "COALESCE(height_cm, 'none') || ':' || COALESCE(weight_kg, 'none') || ':' || usual_size "
                             "|| ':' || loyal FROM buyers"))
              .toString()
        == u8("阿花:王阿花:13812345678:老顾客:none:none::0"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'buyers_orders_cover'"))
              .toInt()
        == 1);
    auto rows = BuyersService(**db).list({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->at(0).orders == 0);
}

TEST_CASE("format 24: the orders' buyer index carries the order number; each return is counted once")
{
    SHOPDESK_FILES_ONLY(); // builds an older shop file by hand; the count itself runs on both engines above
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v23.shopdesk"));
    {
        const QString name = QStringLiteral("raw_returns");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kReturnsFormat - 1).ok());
            QSqlQuery q(raw);
            for (const QString &sql :
                {
                    QStringLiteral("INSERT INTO items (id, code, title, created_at, updated_at) VALUES (1, 'NZK-1', "
                                   "'牛仔裤', '2026-01-01 09:00:00', '2026-01-01 09:00:00')"),
                    QStringLiteral("INSERT INTO skus (id, item_id, barcode) VALUES (1, 1, '2000000000015')"),
                    QStringLiteral(
                        "INSERT INTO buyers (id, nick, created_at) VALUES (1, '阿花', '2026-01-01 10:00:00'), "
                        "(2, '小白', '2026-01-01 10:00:00')"),
                    // 阿花: refunded after payment; goods back; both at once; kept; exchanged (blue).
                    QStringLiteral(
                        "INSERT INTO orders (id, order_no, buyer_id, status, flag, total_fen, created_at, "
                        "paid_at) VALUES "
                        "(1, 'O-1', 1, 'closed', '', 100, '2026-11-01 09:00:00', '2026-11-01 09:01:00'), "
                        "(2, 'O-2', 1, 'finished', '', 100, '2026-11-02 09:00:00', '2026-11-02 09:01:00'), "
                        "(3, 'O-3', 1, 'closed', 'purple', 100, '2026-11-03 09:00:00', '2026-11-03 09:01:00'), "
                        "(4, 'O-4', 1, 'finished', '', 100, '2026-11-04 09:00:00', '2026-11-04 09:01:00'), "
                        "(5, 'O-5', 1, 'finished', 'blue', 100, '2026-11-05 09:00:00', '2026-11-05 09:01:00'), "
                        "(6, 'O-6', 2, 'closed', '', 100, '2026-11-06 09:00:00', NULL), "
                        "(7, 'O-7', 2, 'finished', '', 100, '2026-11-07 09:00:00', '2026-11-07 09:01:00')"),
                    QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, reference, moved_at) VALUES "
                                   "(1, 'return', 1, 'O-2', '2026-11-10 10:00:00'), (1, 'return', 1, 'O-3', "
                                   "'2026-11-10 10:00:00'), (1, 'ship', -1, 'O-7', '2026-11-07 12:00:00')"),
                    QStringLiteral("INSERT INTO faulty_goods (sku_id, quantity, source, reference, recorded_at) VALUES "
                                   "(1, 1, 'damaged_return', 'O-3', '2026-11-10 10:00:00')"),
                })
                REQUIRE(q.exec(sql));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kReturnsFormat);
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info('orders_buyer') "
                             "ORDER BY seqno) AS c"))
              .toString()
        == QStringLiteral("buyer_id,order_no"));
    auto rows = BuyersService(**db).list({});
    REQUIRE(rows.ok());
    // O-1, O-2, O-3 (refunded, flagged and with goods back twice: once) and O-5; O-4 is kept. 小白's
    // unpaid closed order is no refund, and a shipment is no return.
    CHECK(rowOf(*rows, u8("阿花")).returns == 4);
    CHECK(rowOf(*rows, u8("小白")).returns == 0);
}
