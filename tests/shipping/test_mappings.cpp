// 商家编码 as the platform's export carries it (barcode, item code, item code + colour + size with
// any separators) and the shop's mappings (商品对应关系): resolving one line resolves every line
// like it, in this import and every later one; undo through the service; shopdesk-cli mappings;
// and this branch's migration (the mappings, exports, couriers and price tables of the shop file).

#include "PlatformExport.h"
#include "ShippingFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/shipping/MappingRepository.h>
#include <shopdesk/shipping/ShippingCommands.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::ExportLine;
using shopdesk::test::ExportOrder;
using shopdesk::test::scalar;

namespace {
constexpr int kFormat = 14; // this migration's number

const QString kPaid = QString::fromUtf8("2026-11-20 10:00:00");

qint64 skuId(const core::Database &db, const char *barcode)
{
    auto ref = core::ItemRepository(db).skuByBarcode(QString::fromLatin1(barcode));
    REQUIRE(ref.ok());
    REQUIRE(ref->has_value());
    return (*ref)->sku.id;
}

/// TX-2002 纯棉T恤 白色/XL, 白色/L, 黑色/XL and WY-88 连帽卫衣 灰色/XL.
void addCatalog(const core::Database &db)
{
    core::ItemRepository items(db);
    auto sku = [](const char *color, const char *size, const char *barcode) {
        core::Sku s;
        s.color = QString::fromUtf8(color);
        s.size = QString::fromUtf8(size);
        s.barcode = QString::fromLatin1(barcode);
        return s;
    };
    core::Item tee;
    tee.code = QStringLiteral("TX-2002");
    tee.title = QString::fromUtf8("纯棉T恤");
    tee.price = core::Money::fromYuan(59);
    REQUIRE(items
                .addItem(tee,
                    { sku("白色", "XL", "6901234600011"), sku("白色", "L", "6901234600028"),
                        sku("黑色", "XL", "6901234600035") })
                .ok());
    core::Item hoodie;
    hoodie.code = QStringLiteral("WY-88");
    hoodie.title = QString::fromUtf8("连帽卫衣");
    hoodie.price = core::Money::fromYuan(129);
    REQUIRE(items.addItem(hoodie, { sku("灰色", "XL", "6901234600042") }).ok());
}

ExportOrder paid(const char *no)
{
    ExportOrder o;
    o.orderNo = QString::fromLatin1(no);
    o.created = o.paid = kPaid;
    return o;
}

ExportLine line(const char *no, const char *title, const char *attributes, const char *code)
{
    return { QString::fromLatin1(no), QString::fromUtf8(title), QStringLiteral("59.00"), QString::fromUtf8(attributes),
        QString::fromUtf8(code), 1 };
}

/// The SKU barcode each line of the order got (or "-").
QString matchedBarcode(const core::Database &db, const char *orderNo)
{
    return scalar(db,
        QStringLiteral("SELECT coalesce(s.barcode, '-') FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "LEFT JOIN skus s ON s.id = l.sku_id WHERE o.order_no = '%1'")
            .arg(QString::fromLatin1(orderNo)))
        .toString();
}

const char *kHoodie = "颜色分类：灰色;尺码：XL";
} // namespace

TEST_CASE("商家编码 matches as the barcode, the item code, or item code + colour + size with any separators")
{
    test::TestShop shop;
    addCatalog(shop.db());
    const auto [orders, items] = test::writeExport(shop.dir(), QStringLiteral("202611201530"),
        { paid("4000000000000000001"), paid("4000000000000000002"), paid("4000000000000000003"),
            paid("4000000000000000004"), paid("4000000000000000005"), paid("4000000000000000006"),
            paid("4000000000000000007"), paid("4000000000000000008") },
        {
            line("4000000000000000001", "纯棉短袖T恤 夏季", "颜色分类：白色;尺码：XL", "6901234600011"), // barcode
            line("4000000000000000002", "纯棉短袖T恤 夏季", "颜色分类：白色;尺码：L", "TX-2002"), // item code
            line("4000000000000000003", "纯棉短袖T恤 夏季", "颜色分类：白色;尺码：XL", "TX-2002-白色-XL"),
            line("4000000000000000004", "纯棉短袖T恤 夏季", "颜色:黑色;尺码:XL", "tx2002/黑色/xl"),
            line("4000000000000000005", "纯棉短袖T恤 夏季", "", "TX_2002 白色 L"),
            line("4000000000000000006", "秋冬加绒连帽卫衣", kHoodie, "HOODIE-GRAY-XL"), // the shop's old code
            line("4000000000000000007", "秋冬加绒连帽卫衣", kHoodie, "HOODIE-GRAY-XL"),
            line("4000000000000000008", "秋冬加绒连帽卫衣 男", kHoodie, ""), // no code, another title
        });
    shipping::ShippingService service(shop.db());
    auto summary = service.importFiles(orders, items);
    INFO(summary.errorMessage());
    REQUIRE(summary.ok());
    CHECK(summary->added == 8);
    CHECK(matchedBarcode(shop.db(), "4000000000000000001") == QStringLiteral("6901234600011"));
    CHECK(matchedBarcode(shop.db(), "4000000000000000002") == QStringLiteral("6901234600028"));
    CHECK(matchedBarcode(shop.db(), "4000000000000000003") == QStringLiteral("6901234600011"));
    CHECK(matchedBarcode(shop.db(), "4000000000000000004") == QStringLiteral("6901234600035"));
    CHECK(matchedBarcode(shop.db(), "4000000000000000005") == QStringLiteral("6901234600028"));
    REQUIRE(summary->unmatched.size() == 3);
    CHECK(summary->unmatched[0].merchantCode == QStringLiteral("HOODIE-GRAY-XL"));

    shipping::ShippingRepository repo(shop.db());
    auto unmatched = repo.unmatchedLines();
    REQUIRE(unmatched.ok());
    REQUIRE(unmatched->size() == 3);

    SECTION("resolving one line resolves every line like it, now and in every later import")
    {
        shipping::MappingRepository mappings(shop.db());
        const qint64 hoodie = skuId(shop.db(), "6901234600042");
        auto change = mappings.resolveLine(unmatched->at(0).lineId, hoodie, QStringLiteral("仓管小李"));
        INFO(change.errorMessage());
        REQUIRE(change.ok());
        CHECK(change->matchedLines.size() == 2);
        CHECK_FALSE(change->before.has_value());
        CHECK(matchedBarcode(shop.db(), "4000000000000000006") == QStringLiteral("6901234600042"));
        CHECK(matchedBarcode(shop.db(), "4000000000000000007") == QStringLiteral("6901234600042"));
        CHECK(matchedBarcode(shop.db(), "4000000000000000008") == QStringLiteral("-")); // not alike: no code
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT kind || '|' || source || '|' || color || '|' || size || '|' || actor FROM "
                                 "shipping_mappings"))
                  .toString()
            == QString::fromUtf8("code|HOODIE-GRAY-XL|灰色|XL|仓管小李"));

        // Undo through the service: the mapping is gone and both lines wait again.
        REQUIRE(mappings.undo(*change, QStringLiteral("仓管小李")).ok());
        CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_mappings")).toInt() == 0);
        CHECK(matchedBarcode(shop.db(), "4000000000000000006") == QStringLiteral("-"));
        CHECK(matchedBarcode(shop.db(), "4000000000000000007") == QStringLiteral("-"));
        REQUIRE(mappings.resolveLine(unmatched->at(0).lineId, hoodie, QStringLiteral("仓管小李")).ok());

        // The title line is its own mapping.
        auto byTitle = mappings.resolveLine(unmatched->at(2).lineId, hoodie, QStringLiteral("仓管小李"));
        REQUIRE(byTitle.ok());
        CHECK(byTitle->matchedLines.size() == 1);
        auto list = mappings.list();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 2);
        CHECK(list->at(1).key.kind == QStringLiteral("title"));
        CHECK(list->at(1).key.source == QString::fromUtf8("秋冬加绒连帽卫衣 男"));
        CHECK(list->at(1).itemCode == QStringLiteral("WY-88"));
        CHECK(list->at(1).barcode == QStringLiteral("6901234600042"));

        // The next day's export: both forms match at once.
        const auto [orders2, items2] = test::writeExport(shop.dir(), QStringLiteral("202611211530"),
            { paid("4000000000000000011"), paid("4000000000000000012") },
            { line("4000000000000000011", "秋冬加绒连帽卫衣", kHoodie, "HOODIE-GRAY-XL"),
                line("4000000000000000012", "秋冬加绒连帽卫衣 男", "颜色分类:灰色;尺码:XL", "") });
        auto next = service.importFiles(orders2, items2);
        REQUIRE(next.ok());
        CHECK(next->added == 2);
        CHECK(next->unmatched.isEmpty());
        CHECK(matchedBarcode(shop.db(), "4000000000000000011") == QStringLiteral("6901234600042"));
        CHECK(matchedBarcode(shop.db(), "4000000000000000012") == QStringLiteral("6901234600042"));
        CHECK(repo.unmatchedLines()->isEmpty());
    }

    SECTION("a mapping given another SKU, or deleted, is undone to what it was")
    {
        shipping::MappingRepository mappings(shop.db());
        const shipping::MappingKey key { QStringLiteral("code"), QStringLiteral("HOODIE-GRAY-XL"),
            QString::fromUtf8("灰色"), QStringLiteral("XL") };
        auto made = mappings.set(key, skuId(shop.db(), "6901234600042"), QStringLiteral("cli"));
        REQUIRE(made.ok());
        CHECK(made->matchedLines.size() == 2);
        auto edited = mappings.set(key, skuId(shop.db(), "6901234600035"), QStringLiteral("cli"));
        REQUIRE(edited.ok());
        CHECK(edited->before == skuId(shop.db(), "6901234600042"));
        CHECK(edited->matchedLines.isEmpty()); // the lines were matched already
        auto removed = mappings.set(key, std::nullopt, QStringLiteral("cli"));
        REQUIRE(removed.ok());
        CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_mappings")).toInt() == 0);
        REQUIRE(mappings.undo(*removed, QStringLiteral("cli")).ok());
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT s.barcode FROM shipping_mappings m JOIN skus s ON s.id = "
                                 "m.sku_id"))
                  .toString()
            == QStringLiteral("6901234600035"));
        REQUIRE(mappings.undo(*edited, QStringLiteral("cli")).ok());
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT s.barcode FROM shipping_mappings m JOIN skus s ON s.id = "
                                 "m.sku_id"))
                  .toString()
            == QStringLiteral("6901234600042"));
    }
}

TEST_CASE("shopdesk-cli mappings list, add and remove")
{
    test::TestShop shop;
    addCatalog(shop.db());
    const auto [orders, items] = test::writeExport(shop.dir(), QStringLiteral("202611201530"),
        { paid("4000000000000000008") }, { line("4000000000000000008", "秋冬加绒连帽卫衣 男", kHoodie, "") });
    REQUIRE(shipping::ShippingService(shop.db()).importFiles(orders, items).ok());
    auto run = [&](const QStringList &args) {
        for (const core::CliCommand &c : shipping::cliCommands())
            if (c.name == QLatin1String("mappings")) {
                core::CliInvocation in;
                in.dbPath = shop.path();
                in.args = args;
                in.json = true;
                in.actor = QStringLiteral("cli");
                return c.run(in);
            }
        FAIL("no mappings command");
        return core::CliOutcome {};
    };
    auto added = run({ QStringLiteral("add"), QStringLiteral("--title"), QString::fromUtf8("秋冬加绒连帽卫衣 男"),
        QStringLiteral("--color"), QString::fromUtf8("灰色"), QStringLiteral("--size"), QStringLiteral("XL"),
        QStringLiteral("--barcode"), QStringLiteral("6901234600042") });
    INFO(added.text);
    REQUIRE(added.exitCode == 0);
    CHECK(added.json.value(QStringLiteral("matched_lines")).toInt() == 1);
    CHECK(matchedBarcode(shop.db(), "4000000000000000008") == QStringLiteral("6901234600042"));
    auto listed = run({ QStringLiteral("list") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = listed.json.value(QStringLiteral("mappings")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("title"));
    CHECK(rows[0].toObject().value(QStringLiteral("item_code")).toString() == QStringLiteral("WY-88"));
    CHECK(rows[0].toObject().value(QStringLiteral("actor")).toString() == QStringLiteral("cli"));
    auto unknown = run({ QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("X1"),
        QStringLiteral("--barcode"), QStringLiteral("0000") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.text == QStringLiteral("No SKU has the barcode 0000."));
    CHECK(run({ QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("X1") }).exitCode == 2);
    CHECK(
        run({ QStringLiteral("remove"), QStringLiteral("--title"), QString::fromUtf8("秋冬加绒连帽卫衣 男"),
                QStringLiteral("--color"), QString::fromUtf8("灰色"), QStringLiteral("--size"), QStringLiteral("XL") })
            .exitCode
        == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_mappings")).toInt() == 0);
    CHECK(run({ QStringLiteral("remove"), QStringLiteral("--code"), QStringLiteral("X1") }).exitCode == 1);
}

TEST_CASE("format 14: an older shop gains empty mappings, exports, couriers and price tables, its data kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        const QString name = QStringLiteral("raw_format9");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            REQUIRE(
                q.exec(QStringLiteral("INSERT INTO items (code, title, created_at, updated_at) "
                                      "VALUES ('WY-88', '连帽卫衣', '2026-01-01 09:00:00', '2026-01-01 09:00:00')")));
            REQUIRE(q.exec(QStringLiteral(
                "INSERT INTO skus (item_id, color, size, barcode) VALUES (1, '灰色', 'XL', '6901234600042')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(scalar(**db, QStringLiteral("SELECT barcode FROM skus")).toString() == QStringLiteral("6901234600042"));
    for (const char *table : { "shipping_mappings", "shipping_exports", "shipping_couriers", "shipping_prices" })
        CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toInt() == 0);
    shipping::MappingRepository mappings(**db);
    REQUIRE(mappings.set({ QStringLiteral("code"), QStringLiteral("HOODIE"), {}, {} }, 1, QStringLiteral("x")).ok());
    CHECK(mappings.list()->size() == 1);
    // A mapping names a SKU of the shop.
    CHECK_FALSE(
        mappings.set({ QStringLiteral("code"), QStringLiteral("HOODIE"), {}, {} }, 99, QStringLiteral("x")).ok());
}
