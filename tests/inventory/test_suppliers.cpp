// Suppliers (供应商): listed with the items each supplies, added one by one, imported from CSV
// all or nothing; through the service and through shopdesk-cli suppliers list|add|import.

#include "CliRun.h"
#include "InventoryFixture.h"

#include <shopdesk/inventory/ReceivingService.h>
#include <shopdesk/inventory/SupplierService.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
QString writeFile(const InventoryShop &s, const QString &name, const QString &text)
{
    const QString path = s.shop.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

struct Run {
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const InventoryShop &s, const QStringList &args)
{
    const test::CliRun r = test::runCli(
        QStringList { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json") } + args, {}, 60000);
    INFO(r.out.toStdString() << r.err.toStdString());
    return { r.exitCode, r.json() };
}

QStringList names(const InventoryShop &s)
{
    auto rows = inventory::SupplierService(s.db()).list();
    REQUIRE(rows.ok());
    QStringList out;
    for (const inventory::SupplierRow &r : *rows)
        out << r.supplier.name;
    return out;
}
} // namespace

TEST_CASE("the suppliers list names the items each supplier supplies, from its posted receiving notes")
{
    InventoryShop s;
    inventory::ReceivingNote note;
    note.noteNo = QStringLiteral("RK-3001");
    note.supplierId = s.supplierId;
    note.receivedOn = QDate(2026, 12, 1);
    note.lines.append({ s.jeans[0], 2, core::Money::fromYuan(45) });
    note.lines.append({ s.jeans[1], 1, core::Money::fromYuan(45) });
    REQUIRE(inventory::ReceivingService(s.db()).post(note, QStringLiteral("test")).ok());
    core::Supplier other;
    other.name = QString::fromUtf8("杭州四季青");
    other.city = QString::fromUtf8("杭州");
    REQUIRE(inventory::SupplierService(s.db()).add(other).ok());

    auto rows = inventory::SupplierService(s.db()).list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const inventory::SupplierRow *shahe = nullptr, *sijiqing = nullptr;
    for (const inventory::SupplierRow &r : *rows)
        (r.supplier.id == s.supplierId ? shahe : sijiqing) = &r;
    REQUIRE(shahe);
    REQUIRE(sijiqing);
    CHECK(shahe->items == QStringList { QStringLiteral("NZK-1001") });
    CHECK(sijiqing->supplier.city == QString::fromUtf8("杭州"));
    CHECK(sijiqing->items.isEmpty());
}

TEST_CASE("a supplier's name must be given and not taken")
{
    InventoryShop s;
    inventory::SupplierService service(s.db());
    core::Supplier blank;
    blank.name = QStringLiteral("  ");
    auto a = service.add(blank);
    REQUIRE_FALSE(a.ok());
    CHECK(a.errorMessage() == QStringLiteral("A supplier needs a name."));
    core::Supplier twice;
    twice.name = QString::fromUtf8(" 广州沙河服装批发 ");
    auto b = service.add(twice);
    REQUIRE_FALSE(b.ok());
    CHECK(b.errorMessage() == QString::fromUtf8("There is already a supplier called “广州沙河服装批发”."));
    CHECK(names(s) == QStringList { QString::fromUtf8("广州沙河服装批发") });
}

TEST_CASE("suppliers import reads Chinese or English headers and refuses a bad file whole")
{
    InventoryShop s;
    inventory::SupplierService service(s.db());
    const QString zh = writeFile(s, QStringLiteral("suppliers-zh.csv"),
        QString::fromUtf8("供应商,联系人,电话,城市,备注\n"
                          "杭州四季青,王姐,13800000001,杭州,月结\n"
                          "深圳南油,李生,13800000002,深圳,\n"));
    auto n = service.importCsv(zh);
    REQUIRE(n.ok());
    CHECK(*n == 2);
    auto rows = service.list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    const core::Supplier &first = rows->at(0).supplier.name == QString::fromUtf8("杭州四季青") ? rows->at(0).supplier
        : rows->at(1).supplier.name == QString::fromUtf8("杭州四季青")                         ? rows->at(1).supplier
                                                                                               : rows->at(2).supplier;
    CHECK(first.contact == QString::fromUtf8("王姐"));
    CHECK(first.phone == QStringLiteral("13800000001"));
    CHECK(first.city == QString::fromUtf8("杭州"));
    CHECK(first.note == QString::fromUtf8("月结"));

    const QString en = writeFile(s, QStringLiteral("suppliers-en.csv"),
        QStringLiteral("name,contact,phone,city,note\nYiwu Socks,Chen,13800000003,Yiwu,\n"));
    auto m = service.importCsv(en);
    REQUIRE(m.ok());
    CHECK(*m == 1);

    const QString bad = writeFile(s, QStringLiteral("suppliers-bad.csv"),
        QString::fromUtf8("供应商,城市\n"
                          "常熟招商城,常熟\n"
                          "杭州四季青,杭州\n"));
    auto e = service.importCsv(bad);
    REQUIRE_FALSE(e.ok());
    CHECK(e.errorMessage()
        == QString::fromUtf8(
            "suppliers-bad.csv, line 3, field 供应商: there is already a supplier called “杭州四季青”."));
    CHECK(names(s).size() == 4);
    CHECK_FALSE(names(s).contains(QString::fromUtf8("常熟招商城")));

    const QString empty
        = writeFile(s, QStringLiteral("suppliers-empty.csv"), QString::fromUtf8("供应商,城市\n,常熟\n"));
    auto f = service.importCsv(empty);
    REQUIRE_FALSE(f.ok());
    CHECK(f.errorMessage()
        == QString::fromUtf8("suppliers-empty.csv, line 2, field 供应商: the supplier's name is empty."));
}

TEST_CASE("shopdesk-cli suppliers list, add and import with --json")
{
    InventoryShop s;
    Run added = cli(s,
        { QStringLiteral("suppliers"), QStringLiteral("add"), QString::fromUtf8("杭州四季青"), QStringLiteral("--city"),
            QString::fromUtf8("杭州"), QStringLiteral("--phone"), QStringLiteral("13800000001") });
    REQUIRE(added.exitCode == 0);
    CHECK(added.json.value(QStringLiteral("name")).toString() == QString::fromUtf8("杭州四季青"));

    Run list = cli(s, { QStringLiteral("suppliers"), QStringLiteral("list") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray suppliers = list.json.value(QStringLiteral("suppliers")).toArray();
    REQUIRE(suppliers.size() == 2);
    QJsonObject sijiqing;
    for (const QJsonValue &v : suppliers)
        if (v.toObject().value(QStringLiteral("name")).toString() == QString::fromUtf8("杭州四季青"))
            sijiqing = v.toObject();
    CHECK(sijiqing.value(QStringLiteral("city")).toString() == QString::fromUtf8("杭州"));
    CHECK(sijiqing.value(QStringLiteral("phone")).toString() == QStringLiteral("13800000001"));
    CHECK(sijiqing.value(QStringLiteral("items")).toArray().isEmpty());

    Run twice = cli(s, { QStringLiteral("suppliers"), QStringLiteral("add"), QString::fromUtf8("杭州四季青") });
    CHECK(twice.exitCode == 1);
    CHECK(twice.json.value(QStringLiteral("error")).toString()
        == QString::fromUtf8("There is already a supplier called “杭州四季青”."));
    CHECK(cli(s, { QStringLiteral("suppliers") }).exitCode == 2);
    CHECK(cli(s, { QStringLiteral("suppliers"), QStringLiteral("add") }).exitCode == 2);
    CHECK(cli(s, { QStringLiteral("suppliers"), QStringLiteral("import") }).exitCode == 2);

    const QString file
        = writeFile(s, QStringLiteral("s.csv"), QString::fromUtf8("供应商,联系人\n深圳南油,李生\n常熟招商城,周总\n"));
    Run imported = cli(s, { QStringLiteral("suppliers"), QStringLiteral("import"), file });
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json.value(QStringLiteral("added")).toInt() == 2);
    CHECK(names(s).size() == 4);
}
