// The listings workbench's views as the store manager uses them: instant search and filters, the
// SKU grid, every edit undoable, delete vs archive, live title checking, the reports.

#include "ItemDialog.h"
#include "ItemsView.h"
#include "ListingsFixture.h"
#include "ListingsRepository.h"
#include "RelistView.h"
#include "SkuGrid.h"
#include "ThermalPrinter.h"
#include "TitlesView.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/StockLedger.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
using Fixture = test::ListingsFixture;
QString demoShopPath() { return test::listingsDemoShop(); }
listings::ItemWithSkus newItem(const QString &code, const QString &title) { return test::newListingsItem(code, title); }
QString cellText(const QTableView *t, int row, int column) { return t->model()->index(row, column).data().toString(); }
} // namespace

TEST_CASE("the items table filters as the user types and by category, role, shelf and main push")
{
    Fixture f(demoShopPath());
    auto *search = f.window.findChild<QLineEdit *>(QStringLiteral("search"));
    auto *table = f.window.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(search);
    REQUIRE(table);
    const int all = table->model()->rowCount();
    CHECK(all == 46);
    QTest::keyClicks(search, QStringLiteral("nzk"));
    const int jeans = table->model()->rowCount();
    CHECK(jeans > 0);
    CHECK(jeans < all);
    for (int r = 0; r < jeans; ++r)
        CHECK(table->model()->index(r, 0).data().toString().startsWith(QStringLiteral("NZK")));
    // Title words, in any order.
    search->clear();
    search->insert(QString::fromUtf8("宽松 卫衣")); // as an input method commits it
    CHECK(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString title = table->model()->index(r, 1).data().toString();
        CHECK(title.contains(QString::fromUtf8("宽松")));
        CHECK(title.contains(QString::fromUtf8("卫衣")));
    }
    search->clear();
    CHECK(table->model()->rowCount() == all);

    auto *mainOnly = f.window.findChild<QCheckBox *>(QStringLiteral("mainPushFilter"));
    mainOnly->setChecked(true);
    const int mains = table->model()->rowCount();
    CHECK(mains > 0);
    CHECK(mains < all);
    for (int r = 0; r < mains; ++r)
        CHECK_FALSE(table->model()->index(r, 4).data().toString().isEmpty());
    mainOnly->setChecked(false);

    auto *role = f.window.findChild<QComboBox *>(QStringLiteral("roleFilter"));
    role->setCurrentIndex(role->findData(core::codes::kRoleImage));
    for (int r = 0; r < table->model()->rowCount(); ++r)
        CHECK(table->model()->index(r, 3).data().toString() == QStringLiteral("Image item"));
    role->setCurrentIndex(0);

    auto *category = f.window.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    category->setCurrentIndex(category->findData(QStringLiteral("shoes")));
    CHECK(table->model()->rowCount() > 0);
    CHECK(table->model()->rowCount() < all);
    category->setCurrentIndex(0);

    auto *shelf = f.window.findChild<QComboBox *>(QStringLiteral("shelfFilter"));
    shelf->setCurrentIndex(2); // off shelf
    const int off = table->model()->rowCount();
    shelf->setCurrentIndex(1);
    CHECK(table->model()->rowCount() + off == all);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("the SKU grid lays out colour × size with barcode, price, cost and on-hand from the ledger")
{
    Fixture f(demoShopPath());
    auto jeans = core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-1001")).value();
    REQUIRE(jeans.has_value());
    f.items()->selectItem(jeans->id);
    auto *grid = f.window.findChild<QTableWidget *>(QStringLiteral("skuGrid"));
    REQUIRE(grid);
    auto skus = core::ItemRepository(*f.db).skusOf(jeans->id).value();
    QStringList colors, sizes;
    for (const core::Sku &s : skus) {
        if (!colors.contains(s.color))
            colors << s.color;
        if (!sizes.contains(s.size))
            sizes << s.size;
    }
    REQUIRE(grid->rowCount() == colors.size());
    REQUIRE(grid->columnCount() == sizes.size());
    const core::Sku &first = skus.first();
    const qint64 onHand = core::StockLedger(*f.db).onHand(first.id).value();
    const QString text = grid->item(int(colors.indexOf(first.color)), int(sizes.indexOf(first.size)))->text();
    CHECK(text.contains(first.barcode));
    CHECK(text.contains(first.price.value_or(jeans->price).toDisplayString()));
    CHECK(text.contains(QStringLiteral("on hand %1").arg(onHand)));
    CHECK(grid->editTriggers() == QAbstractItemView::NoEditTriggers); // on-hand is the ledger's
}

TEST_CASE("add, edit, shelf and SKU changes are undo commands")
{
    test::TestShop shop;
    Fixture f(shop.path());
    QUndoStack *undo = f.undo();
    const qint64 id = f.items()->addItem(newItem(QStringLiteral("NZK-9001"), QString::fromUtf8("牛仔裤 男 直筒")));
    INFO(f.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(id > 0);
    CHECK(f.items()->visibleRowCount() == 1);
    auto skus = core::ItemRepository(*f.db).skusOf(id).value();
    REQUIRE(skus.size() == 2);
    CHECK(skus[0].barcode.startsWith(QStringLiteral("20")));
    const QString barcode = skus[0].barcode;

    undo->undo();
    CHECK(f.items()->visibleRowCount() == 0);
    CHECK_FALSE(core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value().has_value());
    undo->redo();
    CHECK(f.items()->visibleRowCount() == 1);
    CHECK(core::ItemRepository(*f.db).skusOf(id).value().first().barcode == barcode); // the same SKU back

    core::Item edited = core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value().value();
    edited.title = QString::fromUtf8("牛仔裤 男 直筒 宽松");
    edited.mainPush = true;
    f.items()->editItem(edited);
    CHECK(core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value()->mainPush);
    undo->undo();
    CHECK(core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value()->title
        == QString::fromUtf8("牛仔裤 男 直筒"));
    undo->redo();

    // A new size in the editor adds its SKUs; undo takes them away again.
    f.items()->editItem(edited, { QString::fromUtf8("蓝色"), QString::fromUtf8("黑色") }, { QStringLiteral("31") });
    auto grown = core::ItemRepository(*f.db).skusOf(id).value();
    REQUIRE(grown.size() == 6); // 蓝色/黑色 × 29/30/31
    for (const core::Sku &s : grown)
        CHECK(core::ean13::isValid(s.barcode));
    auto *grid = f.window.findChild<QTableWidget *>(QStringLiteral("skuGrid"));
    CHECK(grid->rowCount() == 2);
    CHECK(grid->columnCount() == 3);
    undo->undo();
    CHECK(core::ItemRepository(*f.db).skusOf(id).value().size() == 2);
    undo->redo();
    CHECK(core::ItemRepository(*f.db).skusOf(id).value().size() == 6);
    undo->undo();

    // A new item is off shelf until it has stock; then on shelf is one undoable step.
    CHECK_FALSE(core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value()->onShelf);
    const int steps = undo->index();
    f.items()->setShelf({ id }, true);
    CHECK(undo->index() == steps); // refused: no step
    CHECK(f.errors.takeLast()
        == QString::fromUtf8("NZK-9001 has no stock yet: it stays off shelf until goods are received."));
    REQUIRE(core::StockLedger(*f.db)
                .book({ 0, skus[1].id, core::codes::kMoveReceive, 4, {}, {}, {}, {}, std::nullopt })
                .ok());
    f.items()->setShelf({ id }, true);
    CHECK(core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value()->onShelf);
    undo->undo();
    CHECK_FALSE(core::ItemRepository(*f.db).itemByCode(QStringLiteral("NZK-9001")).value()->onShelf);

    f.items()->selectItem(id);
    core::Sku sku = core::ItemRepository(*f.db).skusOf(id).value().first();
    sku.price = core::Money::fromYuan(109);
    f.items()->skuGrid()->editSku(sku);
    CHECK(core::ItemRepository(*f.db).skusOf(id).value().first().price == core::Money::fromYuan(109));
    undo->undo();
    CHECK_FALSE(core::ItemRepository(*f.db).skusOf(id).value().first().price.has_value());

    // A clash (an item code already used) is refused and leaves nothing on the undo stack.
    undo->redo();
    const int commands = undo->count();
    CHECK(f.items()->addItem(newItem(QStringLiteral("NZK-9001"), QString::fromUtf8("另一个 标题"))) == 0);
    CHECK(undo->count() == commands);
    CHECK_FALSE(f.errors.isEmpty());
}

TEST_CASE("delete removes an item that never moved stock and archives one that did; undo brings both back")
{
    test::TestShop shop;
    Fixture f(shop.path());
    const qint64 fresh = f.items()->addItem(newItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤")));
    const qint64 moved = f.items()->addItem(newItem(QStringLiteral("B-1"), QString::fromUtf8("老款 牛仔裤")));
    REQUIRE(fresh > 0);
    REQUIRE(moved > 0);
    const qint64 sku = core::ItemRepository(*f.db).skusOf(moved).value().first().id;
    REQUIRE(core::StockLedger(*f.db).book({ 0, sku, core::codes::kMoveReceive, 5, {}, {}, {}, {}, std::nullopt }).ok());
    QStringList asked;
    f.items()->setConfirm([&asked](const QString &question) {
        asked << question;
        return true;
    });

    f.items()->deleteItem(fresh);
    CHECK(asked.isEmpty()); // nothing to lose: no question
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM items WHERE code = 'A-1'")).toInt() == 0);
    f.items()->deleteItem(moved);
    CHECK(asked.size() == 1);
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT archived FROM items WHERE code = 'B-1'")).toInt() == 1);
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM stock_moves")).toInt()
        == 1); // the ledger keeps its row
    CHECK(f.items()->visibleRowCount() == 0);
    auto *status = f.window.findChild<QLabel *>(QStringLiteral("status"));
    CHECK(status->text().contains(QStringLiteral("archived")));

    f.undo()->undo();
    f.undo()->undo();
    CHECK(f.items()->visibleRowCount() == 2);
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM skus")).toInt() == 4);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("the item editor checks the title live while the user types")
{
    core::language::install(QStringLiteral("zh_CN"));
    listings::ItemDialog dialog(listings::ItemDialog::Mode::Add, core::Item {}, listings::TitleChecker(),
        { { 1, QStringLiteral("TX-2001"), QString::fromUtf8("纯棉 短袖 T恤") } }, { QStringLiteral("jeans") });
    dialog.titleField()->insert(QString::fromUtf8("最好的 牛仔裤"));
    CHECK(dialog.titleReport()->text().contains(QString::fromUtf8("最好")));
    CHECK(dialog.titleReport()->text().contains(QString::fromUtf8("广告法")));
    dialog.titleField()->clear();
    dialog.titleField()->insert(QString::fromUtf8("纯棉 短袖 T恤"));
    CHECK(dialog.titleReport()->text().contains(QStringLiteral("TX-2001")));
    dialog.titleField()->clear();
    dialog.titleField()->insert(QString(31, QChar(0x725b)));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("titleBytes"))->text().startsWith(QStringLiteral("62/60")));
    CHECK(dialog.titleReport()->text().contains(QStringLiteral("62")));
    dialog.titleField()->clear();
    dialog.titleField()->insert(QString::fromUtf8("牛仔裤 男 修身 直筒"));
    CHECK(dialog.titleReport()->text() == QString::fromUtf8("标题符合平台规则。"));
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("the report views show the title check, relist plan, advice and Pareto ranking")
{
    Fixture f(demoShopPath());
    auto *relist = f.window.findChild<QTableView *>(QStringLiteral("relistTable"));
    const int onShelf = int(
        test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM items WHERE on_shelf = 1 AND archived = 0")).toInt());
    CHECK(relist->model()->rowCount() == onShelf);
    QSet<QString> times;
    for (int r = 0; r < relist->model()->rowCount(); ++r)
        times.insert(cellText(relist, r, 0));
    CHECK(times.size() == onShelf); // no two items at the same minute

    auto *advice = f.window.findChild<QTableView *>(QStringLiteral("adviceTable"));
    CHECK(advice->model()->rowCount() > 0);
    int showcase = 0;
    for (int r = 0; r < advice->model()->rowCount(); ++r)
        showcase += cellText(advice, r, 0) == QStringLiteral("Showcase");
    CHECK(showcase > 0);
    CHECK(showcase <= 10);

    auto *pareto = f.window.findChild<QTableView *>(QStringLiteral("paretoTable"));
    CHECK(pareto->model()->rowCount() == 46);
    CHECK(f.window.findChild<QLabel *>(QStringLiteral("paretoSummary"))->text().contains(QStringLiteral("carry 80%")));
    auto *chart = f.window.findChild<QChartView *>(QStringLiteral("paretoChart"));
    REQUIRE(chart);
    REQUIRE(chart->chart()->series().size() == 3); // sales bars, cumulative share, the 80% mark
    auto *cumulative = qobject_cast<QLineSeries *>(chart->chart()->series().at(1));
    REQUIRE(cumulative);
    CHECK(cumulative->count() == 20);
    CHECK(cumulative->at(19).y() > cumulative->at(0).y());

    auto *titles = f.window.findChild<QTableView *>(QStringLiteral("titlesTable"));
    CHECK(titles->model()->rowCount() == 0); // the demo's titles keep the rules
    CHECK(f.errors.isEmpty());
}

TEST_CASE("the relist plan exports as CSV and label sheets print from the selection")
{
    test::TestShop shop;
    Fixture f(shop.path());
    const qint64 id = f.items()->addItem(newItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤")));
    REQUIRE(id > 0);
    test::receiveAndList(f, id);
    const QString csv = shop.file(QStringLiteral("plan.csv"));
    REQUIRE(f.wb->relist()->exportTo(csv));
    CHECK(test::fileBytes(csv).contains("A-1"));
    const QString pdf = shop.file(QStringLiteral("labels.pdf"));
    REQUIRE(f.items()->printLabelsTo(pdf, { id }));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
}

TEST_CASE("a scanned barcode in the search field shows its item and SKU, ready for the next scan")
{
    Fixture f(demoShopPath());
    auto *search = f.window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setFocus();
    const QString barcode = QStringLiteral("2000000000022"); // NZK-1001 浅蓝 / 30 in the demo
    auto ref = core::ItemRepository(*f.db).skuByBarcode(barcode).value();
    REQUIRE(ref.has_value());
    QTest::keyClicks(search, barcode);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.items()->currentItemId() == ref->sku.itemId);
    CHECK(search->text() == ref->itemCode);
    CHECK(search->selectedText() == ref->itemCode);
    auto *grid = f.window.findChild<QTableWidget *>(QStringLiteral("skuGrid"));
    REQUIRE(grid->currentItem());
    CHECK(grid->currentItem()->text().contains(barcode));
    // The next scan replaces the text.
    QTest::keyClicks(search, QStringLiteral("2000000000015"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(grid->currentItem()->text().contains(QStringLiteral("2000000000015")));
}

TEST_CASE("peak hours, advice settings and the shop's own title words are undoable settings")
{
    test::TestShop shop;
    Fixture f(shop.path());
    const qint64 id = f.items()->addItem(newItem(QStringLiteral("A-1"), QString::fromUtf8("爆款 牛仔裤 男")));
    REQUIRE(id > 0);
    test::receiveAndList(f, id);
    auto *titles = f.window.findChild<QTableView *>(QStringLiteral("titlesTable"));
    CHECK(titles->model()->rowCount() == 0);
    f.wb->titles()->setShopWords(QString::fromUtf8("爆款\t店规：标题不写爆款"));
    REQUIRE(titles->model()->rowCount() == 1);
    CHECK(cellText(titles, 0, 3).contains(QString::fromUtf8("店规：标题不写爆款")));
    f.undo()->undo();
    CHECK(titles->model()->rowCount() == 0);

    auto *peak = f.window.findChild<QLineEdit *>(QStringLiteral("peakHours"));
    peak->clear();
    QTest::keyClicks(peak, QStringLiteral("20-22"));
    QTest::keyClick(peak, Qt::Key_Return);
    auto *relist = f.window.findChild<QTableView *>(QStringLiteral("relistTable"));
    REQUIRE(relist->model()->rowCount() == 1);
    const int minute
        = QTime::fromString(cellText(relist, 0, 2), QStringLiteral("HH:mm")).msecsSinceStartOfDay() / 60000;
    CHECK(minute >= 20 * 60);
    CHECK(minute < 22 * 60);
    f.undo()->undo();
    CHECK(peak->text() == QStringLiteral("9-12, 14-18"));
    peak->clear();
    QTest::keyClicks(peak, QStringLiteral("noon"));
    QTest::keyClick(peak, Qt::Key_Return);
    CHECK_FALSE(f.errors.isEmpty()); // refused, with the reason
}

TEST_CASE("changing the price of an item uploaded less than 24 hours ago shows a note, without blocking")
{
    core::Item item;
    item.id = 7;
    item.code = QStringLiteral("NZK-9001");
    item.title = QString::fromUtf8("牛仔裤 男 直筒");
    item.category = QStringLiteral("jeans");
    item.price = core::Money::fromYuan(99);
    item.listedAt = QDateTime::currentDateTime().addSecs(-3600);
    listings::ItemDialog dialog(listings::ItemDialog::Mode::Edit, item, listings::TitleChecker(), {}, {});
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("priceNote"));
    auto *price = dialog.findChild<QLineEdit *>(QStringLiteral("price"));
    REQUIRE(note);
    CHECK(note->isHidden());
    price->clear();
    QTest::keyClicks(price, QStringLiteral("89.00"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("24 hours")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.item().price == core::Money::fromYuan(89));
}

TEST_CASE("deleting an item with stock, open orders and movements asks first, naming them; cancel changes nothing")
{
    test::TestShop shop;
    Fixture f(shop.path());
    const qint64 id = f.items()->addItem(newItem(QStringLiteral("B-1"), QString::fromUtf8("老款 牛仔裤")));
    REQUIRE(id > 0);
    const auto skus = core::ItemRepository(*f.db).skusOf(id).value();
    core::StockLedger ledger(*f.db);
    REQUIRE(ledger.book({ 0, skus[0].id, core::codes::kMoveReceive, 5, {}, {}, {}, {}, std::nullopt }).ok());
    REQUIRE(ledger.book({ 0, skus[1].id, core::codes::kMoveReceive, 3, {}, {}, {}, {}, std::nullopt }).ok());
    REQUIRE(ledger.book({ 0, skus[0].id, core::codes::kMoveShip, -1, {}, {}, {}, {}, std::nullopt }).ok());
    REQUIRE(test::scalar(*f.db,
        QStringLiteral(
            "INSERT INTO orders (order_no, status, created_at) VALUES ('T-1', 'paid', '2026-11-30 10:00:00')"))
                .isNull());
    REQUIRE(test::scalar(
        *f.db, QStringLiteral("INSERT INTO order_lines (order_id, sku_id, quantity) VALUES (1, %1, 1)").arg(skus[1].id))
                .isNull());
    f.items()->reload();
    f.items()->selectItem(id);
    const int steps = f.undo()->count();

    // As the user does it: Del on the table, the question answered Cancel.
    QString question;
    f.items()->setConfirm([&question](const QString &q) {
        question = q;
        return false;
    });
    QApplication::setActiveWindow(&f.window);
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    f.items()->table()->setFocus();
    f.items()->selectItem(id);
    QTest::keyClick(f.items()->table(), Qt::Key_Delete);
    CHECK(question
        == QStringLiteral("Delete B-1? It has 7 pieces on hand, 1 open order, 3 stock movements. It will be archived, "
                          "not erased: it leaves the items list and goes off shelf; its orders and stock ledger keep "
                          "it."));
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT archived FROM items WHERE code = 'B-1'")).toInt() == 0);
    CHECK(f.undo()->count() == steps);
    CHECK(f.items()->visibleRowCount() == 1);
    CHECK(f.window.findChild<QLabel *>(QStringLiteral("status"))->text() == QStringLiteral("B-1 was kept."));

    f.items()->setConfirm([](const QString &) { return true; });
    QTest::keyClick(f.items()->table(), Qt::Key_Delete);
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT archived FROM items WHERE code = 'B-1'")).toInt() == 1);
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM stock_moves")).toInt() == 3);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("the item form refuses a code with a space, a zero price and no category, before anything is saved")
{
    core::Item item;
    listings::ItemDialog dialog(listings::ItemDialog::Mode::Add, item, listings::TitleChecker(), {}, {});
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("code"));
    auto *price = dialog.findChild<QLineEdit *>(QStringLiteral("price"));
    auto *category = dialog.findChild<QComboBox *>(QStringLiteral("category"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    auto *onShelf = dialog.findChild<QCheckBox *>(QStringLiteral("onShelf"));
    REQUIRE(code);
    REQUIRE(category);
    CHECK_FALSE(onShelf->isChecked()); // a new item starts off shelf
    CHECK_FALSE(onShelf->isEnabled());
    QTest::keyClicks(code, QStringLiteral("NZK 9001"));
    dialog.titleField()->insert(QString::fromUtf8("牛仔裤 男 直筒"));
    price->clear();
    QTest::keyClicks(price, QStringLiteral("0"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text()
        == QString::fromUtf8("Item code: “NZK 9001” contains a space; an item code is written without spaces."));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("NZK-9001"));
    dialog.accept();
    CHECK(error->text() == QStringLiteral("Category: choose the item's category."));
    QTest::keyClicks(category->lineEdit(), QStringLiteral("jeans"));
    dialog.accept();
    CHECK(error->text() == QStringLiteral("Price: ¥0.00 is not a price; it must be above zero."));
    price->clear();
    QTest::keyClicks(price, QStringLiteral("99"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.item().onShelf);

    // The service carries the same rules (shopdesk-cli and imports call it too).
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    auto bad = test::newListingsItem(QStringLiteral("A 1"), QString::fromUtf8("新品 牛仔裤"));
    CHECK(service.addItem(bad).errorMessage()
        == QString::fromUtf8("Item code: “A 1” contains a space; an item code is written without spaces."));
    bad.item.code = QStringLiteral("A-1");
    bad.item.price = core::Money();
    CHECK_FALSE(service.addItem(bad).ok());
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM items")).toInt() == 0);
    auto good = test::newListingsItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤"));
    good.item.onShelf = true;
    REQUIRE(service.addItem(good).ok());
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT on_shelf FROM items WHERE code = 'A-1'")).toInt() == 0);
}

TEST_CASE("the items dock writes the selection's thermal labels, one a page of the roll, and says so")
{
    test::TestShop shop;
    Fixture f(shop.path());
    QStringList done;
    QObject::connect(&f.events, &core::ShopEvents::done, [&done](const QString &m) { done << m; });
    const qint64 id = f.items()->addItem(newItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤")));
    REQUIRE(id > 0);
    f.items()->selectItem(id);
    const QString pdf = shop.file(QStringLiteral("thermal.pdf"));
    REQUIRE(f.items()->printThermalTo(pdf, f.items()->selectedItemIds(), QStringLiteral("50x30"), 300));
    const QString expected
        = QStringLiteral("2 thermal labels (50x30 mm, 300 dpi) written to %1.").arg(QDir::toNativeSeparators(pdf));
    CHECK(done == QStringList { expected });
    CHECK(f.window.findChild<QLabel *>(QStringLiteral("status"))->text() == expected);
    // One label a page (the item's two SKUs), at the roll's size.
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess p;
        p.start(pdfinfo, { pdf });
        REQUIRE(p.waitForFinished(60000));
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        CAPTURE(info.toStdString());
        CHECK(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")).match(info).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("Page size:\\s+142 x 85 pts")).match(info).hasMatch());
    }
    // A size the roll does not come in is refused, and nothing is written.
    CHECK_FALSE(f.items()->printThermalTo(shop.file(QStringLiteral("bad.pdf")), { id }, QStringLiteral("70x20"), 203));
    CHECK(f.errors
        == QStringList {
            QString::fromUtf8("“70x20” is not a label size; use one of 40x30, 50x30, 60x40 (mm) or a4.") });
    CHECK_FALSE(QFile::exists(shop.file(QStringLiteral("bad.pdf"))));
}

TEST_CASE("thermal labels go to the chosen printer with the roll's label as its page")
{
    test::TestShop shop;
    Fixture f(shop.path());
    QStringList done;
    QObject::connect(&f.events, &core::ShopEvents::done, [&done](const QString &m) { done << m; });
    const qint64 id = f.items()->addItem(newItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤")));
    REQUIRE(id > 0);
    // A printer as the print dialog hands it back; here one writing a PDF (offscreen, no printer).
    const QString pdf = shop.file(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    listings::ThermalPrinter::setUp(printer, listings::LabelStock::byName(QStringLiteral("40x30")).value());
    CHECK(printer.pageLayout().pageSize().size(QPageSize::Millimeter) == QSizeF(40, 30));
    CHECK(printer.pageLayout().orientation() == QPageLayout::Portrait);
    CHECK(printer.pageLayout().margins() == QMarginsF(0, 0, 0, 0));
    CHECK(printer.fullPage());
    REQUIRE(f.items()->printThermalOn(printer, { id }));
    CHECK(f.errors.isEmpty());
    CHECK(done
        == QStringList {
            QStringLiteral("2 thermal labels (40 × 30 mm) sent to %1.").arg(QDir::toNativeSeparators(pdf)) });
    // The pages the printer got: the item's two SKUs, each on a 40 × 30 mm label (113 × 85 pt).
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess p;
        p.start(pdfinfo, { pdf });
        REQUIRE(p.waitForFinished(60000));
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        CAPTURE(info.toStdString());
        CHECK(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")).match(info).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("Page size:\\s+113 x 85 pts")).match(info).hasMatch());
    }
}
