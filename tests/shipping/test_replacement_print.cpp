// Replacement parcels (补发: an exchange's new goods, a lost parcel sent again) on the print view:
// listed with their order number, printed on the order's waybill layout (barcode decodable),
// marked printed, a reprint asks for its reason; the CLI prints them in a batch too. A batch
// leaves out an order whose lines are not all matched to a SKU (有未匹配的货品).

#include "PrintView.h"
#include "QueueView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/shipping/ShippingCommands.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::runTool;
using shopdesk::test::scalar;

namespace {
constexpr int kFormat = 19; // this migration's number (the replacement parcel's printed mark)

const QString k567 = QStringLiteral("3012345678901234567"); // STO 773000000001: TX002 白色/L ×2, NZK001 深蓝/30
const QString kParcel = QStringLiteral("773000000202"); // its replacement: TX002 白色/L ×1

qint64 idOf(const core::Database &db, const QString &sql) { return scalar(db, sql).toLongLong(); }

// The fixtures' shop, order …567 shipped with 773000000001 and a replacement parcel of it waiting.
struct ReplacementShop {
    test::TestShop shop;
    qint64 parcelId = 0;
    ReplacementShop()
    {
        test::addFixtureCatalog(shop.db());
        test::importFixtures(shop.db());
        shipping::ShippingService service(shop.db());
        REQUIRE(service
                    .shipOrder(k567, QStringLiteral("773000000001"), QStringLiteral("STO"), 900,
                        QStringLiteral("packer-a"), QStringLiteral("clerk"))
                    .ok());
        shipping::ExtraParcel p;
        p.orderId = idOf(shop.db(), QStringLiteral("SELECT id FROM orders WHERE order_no = '%1'").arg(k567));
        p.courier = QStringLiteral("STO");
        p.trackingNo = kParcel;
        p.reference = QStringLiteral("SH-20261201-001");
        p.lines = { { idOf(shop.db(), QStringLiteral("SELECT id FROM skus WHERE barcode = '6901234500042'")), 1 } };
        auto id = service.addExtraParcel(p, QStringLiteral("service-a"));
        REQUIRE(id.ok());
        parcelId = *id;
    }
    const core::Database &db() const { return shop.db(); }
    QString parcel(const QString &column) const
    {
        return scalar(
            db(), QStringLiteral("SELECT %1 FROM shipping_extra_parcels WHERE id = %2").arg(column).arg(parcelId))
            .toString();
    }
};

core::CliOutcome run(const test::TestShop &shop, const QString &name, const QStringList &args)
{
    for (const core::CliCommand &c : shipping::cliCommands())
        if (c.name == name) {
            core::CliInvocation in;
            in.dbPath = shop.path();
            in.args = args;
            in.json = true;
            in.actor = QStringLiteral("cli");
            return c.run(in);
        }
    FAIL("no command " << name.toStdString());
    return {};
}

QStringList row(const QTableWidget *t, int r)
{
    QStringList out;
    for (int c = 0; c < t->columnCount(); ++c)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}
} // namespace

TEST_CASE("a replacement parcel's waybill prints from the print view, is marked printed, and a reprint asks")
{
    ReplacementShop s;
    test::ShippingBench bench(s.db(), QStringLiteral("clerk"));
    QStringList done, errors;
    QObject::connect(&bench.events, &core::ShopEvents::done, [&](const QString &m) { done << m; });
    QObject::connect(&bench.events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    REQUIRE(bench.show());
    bench.raise("print");
    shipping::PrintView *view = bench.bench->printing();
    QTableWidget *list = view->parcelList();
    REQUIRE(list->rowCount() == 1);
    CHECK(row(list, 0)
        == QStringList { k567, QStringLiteral("Replacement"), kParcel, QStringLiteral("STO Express"),
            QStringLiteral("not printed") });

    // The parcel selected in the list (the queue's selection empty): it alone prints.
    view->findChild<QCheckBox *>(QStringLiteral("unprintedOnly"))->setChecked(false);
    bench.bench->queue()->table()->clearSelection();
    view->selectParcels({ kParcel });
    const QString pdf = s.shop.file(QStringLiteral("parcel.pdf"));
    view->savePdf(pdf);
    CHECK(errors.isEmpty());
    CHECK(
        done == QStringList { QStringLiteral("1 waybill printed. Written to %1.").arg(QDir::toNativeSeparators(pdf)) });
    CHECK(s.parcel(QStringLiteral("print_count")) == QStringLiteral("1"));
    CHECK_FALSE(s.parcel(QStringLiteral("printed_at")).isEmpty());
    // The order's own waybill record is untouched: the parcel is not the order.
    CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM shipping_prints")).toInt() == 0);
    CHECK(row(list, 0).last() == QStringLiteral("printed 1 time"));

    // The order's standard waybill layout (100 × 180 mm), its receiver, the parcel's goods and
    // number, marked 补发; the barcode decodes at a thermal printer's 203 dpi.
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { pdf }));
    CAPTURE(info.toStdString());
    CHECK(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Page size:\\s+283(\\.\\d+)? x 510(\\.\\d+)? pts")).match(info).hasMatch());
    const QString text = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
    CAPTURE(text.toStdString());
    CHECK(text.contains(QString::fromUtf8("3012345678901234567 补发")));
    CHECK(text.contains(QString::fromUtf8("TX002/白色/L×1")));
    CHECK_FALSE(text.contains(QString::fromUtf8("深蓝")));
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("203"), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
            s.shop.file(QStringLiteral("parcel")) });
    const QStringList pngs = QDir(s.shop.dir()).entryList({ QStringLiteral("parcel*.png") }, QDir::Files);
    REQUIRE(pngs.size() == 1);
    const QString decoded = QString::fromUtf8(runTool(
        QStringLiteral("zbarimg"), { QStringLiteral("--quiet"), QStringLiteral("--raw"), s.shop.file(pngs[0]) }));
    const QStringList codes = decoded.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(codes.isEmpty());
    for (const QString &c : codes)
        CHECK(c == kParcel);

    // Printed again: the view asks why; no reason, no print.
    QStringList asked;
    QString answer;
    view->setAskText([&](const QString &title, const QString &question) {
        asked << title + QStringLiteral(": ") + question;
        return answer;
    });
    done.clear();
    view->selectParcels({ kParcel });
    view->savePdf(s.shop.file(QStringLiteral("again.pdf")));
    CHECK(asked
        == QStringList { QStringLiteral("Print again: The waybill of 3012345678901234567 replacement 773000000202 was "
                                        "printed before. Why is it printed again (e.g. paper jam)?\n\nWithout a reason "
                                        "it is not printed.") });
    CHECK(done.isEmpty());
    CHECK(errors
        == QStringList { QStringLiteral("None of these waybills can be printed: see the list under the buttons.") });
    CHECK(view->findChild<QLabel *>(QStringLiteral("printSkipped"))->text()
        == QStringLiteral("Not printed:\n3012345678901234567 replacement 773000000202: printed before, and a reprint "
                          "needs a reason"));
    CHECK(s.parcel(QStringLiteral("print_count")) == QStringLiteral("1"));
    // With a reason it prints, and the reason is kept.
    answer = QStringLiteral("paper jam");
    errors.clear();
    view->selectParcels({ kParcel });
    view->savePdf(s.shop.file(QStringLiteral("again.pdf")));
    CHECK(errors.isEmpty());
    CHECK(done.size() == 1);
    CHECK(s.parcel(QStringLiteral("print_count")) == QStringLiteral("2"));
    CHECK(s.parcel(QStringLiteral("reprint_reason")) == QStringLiteral("paper jam"));
    CHECK(row(list, 0).last() == QStringLiteral("printed 2 times"));

    // Once it has left, the list no longer holds it.
    REQUIRE(bench.bench->desk()
                .service()
                .shipExtraParcel(s.parcelId, 300, QStringLiteral("packer-a"), QStringLiteral("clerk"))
                .ok());
    bench.events.notifyChanged(core::Topic::Stock);
    CHECK(list->rowCount() == 0);
}

TEST_CASE("the print view's unprinted batch takes the replacement parcels never printed, in Chinese 补发")
{
    ReplacementShop s;
    core::language::install(QStringLiteral("zh_CN"));
    {
        test::ShippingBench bench(s.db(), QStringLiteral("clerk"));
        QStringList done;
        QObject::connect(&bench.events, &core::ShopEvents::done, [&](const QString &m) { done << m; });
        REQUIRE(bench.show());
        shipping::PrintView *view = bench.bench->printing();
        REQUIRE(view->parcelList()->rowCount() == 1);
        CHECK(row(view->parcelList(), 0)
            == QStringList {
                k567, QString::fromUtf8("补发"), kParcel, QString::fromUtf8("申通快递"), QString::fromUtf8("未打印") });
        // All unprinted: the queue's orders with a number, and the parcel; those without a number are listed.
        REQUIRE(view->findChild<QCheckBox *>(QStringLiteral("unprintedOnly"))->isChecked());
        const QString pdf = s.shop.file(QStringLiteral("all.pdf"));
        view->savePdf(pdf);
        REQUIRE(done.size() == 1);
        CHECK(done.first().startsWith(QString::fromUtf8("已打印 1 张快递单。")));
        CHECK(s.parcel(QStringLiteral("print_count")) == QStringLiteral("1"));
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("shopdesk-cli waybills prints replacement parcels by number and with the unprinted")
{
    ReplacementShop s;
    const QString pdf = s.shop.file(QStringLiteral("w.pdf"));
    auto unknown = run(s.shop, QStringLiteral("waybills"),
        { QStringLiteral("--out"), pdf, QStringLiteral("--parcel"), QStringLiteral("773000000999") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.text == QStringLiteral("There is no replacement parcel with the tracking number 773000000999."));

    auto printed = run(
        s.shop, QStringLiteral("waybills"), { QStringLiteral("--out"), pdf, QStringLiteral("--parcel"), kParcel });
    INFO(printed.text.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json.value(QStringLiteral("pages")).toInt() == 1);
    CHECK(printed.json.value(QStringLiteral("parcels")).toArray() == QJsonArray { kParcel });
    CHECK(printed.json.value(QStringLiteral("orders")).toArray().isEmpty());
    CHECK(s.parcel(QStringLiteral("print_count")) == QStringLiteral("1"));
    // Again without a reason: skipped and said why; with one, printed.
    auto again = run(
        s.shop, QStringLiteral("waybills"), { QStringLiteral("--out"), pdf, QStringLiteral("--parcel"), kParcel });
    CHECK(again.exitCode == 1);
    CHECK(again.text
        == QStringLiteral("No waybill was printed. 1 order skipped: 3012345678901234567 replacement 773000000202 "
                          "(printed before, and a reprint needs a reason)."));
    auto reason = run(s.shop, QStringLiteral("waybills"),
        { QStringLiteral("--out"), pdf, QStringLiteral("--parcel"), kParcel, QStringLiteral("--reason"),
            QStringLiteral("paper jam") });
    REQUIRE(reason.exitCode == 0);
    CHECK(s.parcel(QStringLiteral("print_count")) == QStringLiteral("2"));

    // A second parcel, never printed, comes with --unprinted (the queue's orders without a number stay out).
    ReplacementShop t;
    auto all = run(t.shop, QStringLiteral("waybills"), { QStringLiteral("--out"), pdf, QStringLiteral("--unprinted") });
    INFO(all.text.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.json.value(QStringLiteral("parcels")).toArray() == QJsonArray { kParcel });
    CHECK(t.parcel(QStringLiteral("print_count")) == QStringLiteral("1"));
}

TEST_CASE("a batch print leaves out an order with goods not matched to a SKU: 有未匹配的货品")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    shipping::ShippingRepository repo(shop.db());
    const qint64 id568
        = idOf(shop.db(), QStringLiteral("SELECT id FROM orders WHERE order_no = '3012345678901234568'"));
    REQUIRE(repo.setTracking(id568, QStringLiteral("SF"), QStringLiteral("SF1440000000001")).ok());
    const qint64 line
        = idOf(shop.db(), QStringLiteral("SELECT MIN(id) FROM order_lines WHERE order_id = %1").arg(id568));
    REQUIRE(repo.matchLine(line, std::nullopt).ok());
    core::language::install(QStringLiteral("zh_CN"));
    shipping::ShippingService::PrintJob job;
    job.orders = repo.ordersByNumber({ QStringLiteral("3012345678901234568") }).value();
    auto plan = shipping::ShippingService(shop.db()).planJob(job);
    core::language::install(QStringLiteral("en"));
    REQUIRE(plan.ok());
    CHECK(plan->job.orders.isEmpty());
    REQUIRE(plan->skipped.size() == 1);
    CHECK(plan->skipped.first().orderNo == QStringLiteral("3012345678901234568"));
    CHECK(plan->skipped.first().reason == QString::fromUtf8("有未匹配的货品"));
}

TEST_CASE("format 19: a format-18 shop's replacement parcels are unprinted")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v18.shopdesk"));
    {
        const QString name = QStringLiteral("raw_parcel_printed");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (order_no, status, created_at) "
                                          "VALUES ('7001', 'shipped', '2026-11-20 09:00:00')")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO shipping_extra_parcels (order_id, courier, tracking_no, "
                                          "created_at) SELECT id, 'STO', '773000000301', '2026-11-21 09:00:00' "
                                          "FROM orders")));
            CHECK_FALSE(q.exec(QStringLiteral("SELECT print_count FROM shipping_extra_parcels")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(scalar(**db,
              QStringLiteral("SELECT print_count || '/' || coalesce(printed_at, '-') || '/' || reprint_reason || '.' "
                             "FROM shipping_extra_parcels"))
              .toString()
        == QStringLiteral("0/-/."));
    auto waiting = shipping::ShippingService(**db).replacementParcels();
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->first().order.orderNo == QStringLiteral("7001"));
    CHECK(waiting->first().printCount == 0);
}
