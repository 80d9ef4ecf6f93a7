// The shipping workbench as the window hosts it: one dock per view with stable names and Chinese
// titles, its actions with their shortcuts (acting where its docks have the focus), each view's
// saved state; and the rules the views share, written once in the model (flags, the courier).

#include "PickupView.h"
#include "PrintView.h"
#include "QueueView.h"
#include "ScanStation.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
QAction *action(const shipping::ShippingWorkbench &wb, const char *name)
{
    for (QAction *a : wb.actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}
} // namespace

TEST_CASE("the shipping workbench: a dock per view, named dock.shipping.<view>, titled in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    {
        test::TestShop shop;
        test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
        QStringList names, titles;
        for (QDockWidget *d : b.bench->dockWidgets()) {
            names << d->objectName();
            titles << d->windowTitle();
        }
        CHECK(names
            == QStringList { QStringLiteral("dock.shipping.queue"), QStringLiteral("dock.shipping.print"),
                QStringLiteral("dock.shipping.scan"), QStringLiteral("dock.shipping.pickup"),
                QStringLiteral("dock.shipping.claims"), QStringLiteral("dock.shipping.couriers"),
                QStringLiteral("dock.shipping.mappings"), QStringLiteral("dock.shipping.freight"),
                QStringLiteral("dock.shipping.shipped") });
        CHECK(titles
            == QStringList { QString::fromUtf8("待发货订单"), QString::fromUtf8("打印快递单"),
                QString::fromUtf8("扫描三查"), QString::fromUtf8("揽收交接"), QString::fromUtf8("索赔"),
                QString::fromUtf8("快递规则"), QString::fromUtf8("商品对应关系"), QString::fromUtf8("运费与单号"),
                QString::fromUtf8("已发货订单") });
        CHECK(b.bench->view(QStringLiteral("scan")) == b.bench->station());
        CHECK(action(*b.bench, "shippingPrint")->text() == QString::fromUtf8("打印快递单(&P)…"));
        core::language::install(QStringLiteral("en"));
        QCoreApplication::processEvents(); // LanguageChange reaches the docks and the window
        CHECK(b.dock("queue")->windowTitle() == QStringLiteral("Orders to ship"));
        CHECK(action(*b.bench, "shippingPrint")->text() == QStringLiteral("&Print waybills…"));
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("the shipping workbench's actions, each with its shortcut")
{
    test::TestShop shop;
    test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
    QStringList shortcuts;
    for (QAction *a : b.bench->actions())
        shortcuts << a->objectName() + QLatin1Char('=') + a->shortcut().toString(QKeySequence::PortableText);
    CHECK(shortcuts
        == QStringList { QStringLiteral("shippingReload=F5"), QStringLiteral("shippingImport=Ctrl+I"),
            QStringLiteral("shippingTrackingList=Ctrl+Shift+I"), QStringLiteral("shippingPrint=Ctrl+P"),
            QStringLiteral("shippingPreview=Ctrl+Shift+P"), QStringLiteral("shippingPdf=Ctrl+E"),
            QStringLiteral("shippingScan=F8"), QStringLiteral("shippingBill="), QStringLiteral("shippingHandover="),
            QStringLiteral("shippingClaim="), QStringLiteral("shippingExportShipped=") });
    for (QAction *a : b.bench->actions()) {
        CAPTURE(a->objectName());
        CHECK(a->shortcutContext() == Qt::WidgetWithChildrenShortcut);
        for (QDockWidget *d : b.bench->dockWidgets())
            CHECK(d->actions().contains(a));
    }
}

TEST_CASE("F5 in the queue's dock reloads it; F8 brings the scan station with the focus in its field")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
    REQUIRE(b.show());
    QApplication::setActiveWindow(&b.window);
    REQUIRE(QTest::qWaitForWindowActive(&b.window));
    QTableView *table = b.bench->queue()->table();
    REQUIRE(table->model()->rowCount() == 4);
    // Shipped elsewhere (another computer, the command line): the queue does not know yet.
    REQUIRE(shipping::ShippingService(shop.db())
                .shipOrder(QStringLiteral("3012345678901234569"), QStringLiteral("773000000012"), QStringLiteral("STO"),
                    std::nullopt, QStringLiteral("a"), QStringLiteral("a"))
                .ok());
    CHECK(table->model()->rowCount() == 4);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    CHECK(table->model()->rowCount() == 3);

    QLineEdit *scan = b.bench->station()->scanField();
    // Behind the queue's tab (the dock layout moves a tab's hidden docks out of sight).
    CHECK(scan->visibleRegion().isEmpty());
    QTest::keyClick(table, Qt::Key_F8);
    QCoreApplication::processEvents();
    CHECK_FALSE(scan->visibleRegion().isEmpty());
    CHECK(scan->hasFocus());

    // Picking the station's tab (as a click on it does) puts the focus in the scan field too.
    b.raise("queue");
    table->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(table->hasFocus());
    b.raise("scan");
    QCoreApplication::processEvents();
    CHECK(scan->hasFocus());
}

TEST_CASE("each view's state (columns, layout and copies, courier, packer) comes back in a new workbench")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    QByteArray state;
    {
        test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
        b.bench->queue()->table()->horizontalHeader()->resizeSection(4, 333);
        b.bench->queue()->table()->sortByColumn(1, Qt::DescendingOrder);
        auto *layout = b.bench->printing()->findChild<QComboBox *>(QStringLiteral("layoutCombo"));
        layout->setCurrentIndex(layout->findData(QStringLiteral("76x130")));
        b.bench->printing()->findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(2);
        b.bench->printing()->findChild<QCheckBox *>(QStringLiteral("unprintedOnly"))->setChecked(false);
        auto *courier = b.bench->pickup()->findChild<QComboBox *>(QStringLiteral("pickupCourier"));
        courier->setCurrentIndex(courier->findData(QStringLiteral("YTO")));
        b.bench->station()->findChild<QLineEdit *>(QStringLiteral("packerField"))->setText(QStringLiteral("小王"));
        state = b.bench->saveState();
    }
    test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
    b.bench->restoreState(state);
    QHeaderView *header = b.bench->queue()->table()->horizontalHeader();
    CHECK(header->sectionSize(4) == 333);
    CHECK(header->sortIndicatorSection() == 1);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(b.bench->printing()->findChild<QComboBox *>(QStringLiteral("layoutCombo"))->currentData().toString()
        == QStringLiteral("76x130"));
    CHECK(b.bench->printing()->findChild<QSpinBox *>(QStringLiteral("copies"))->value() == 2);
    CHECK_FALSE(b.bench->printing()->findChild<QCheckBox *>(QStringLiteral("unprintedOnly"))->isChecked());
    CHECK(b.bench->pickup()->findChild<QComboBox *>(QStringLiteral("pickupCourier"))->currentData().toString()
        == QStringLiteral("YTO"));
    CHECK(
        b.bench->station()->findChild<QLineEdit *>(QStringLiteral("packerField"))->text() == QString::fromUtf8("小王"));
    // A reload keeps the widths the clerk chose.
    b.bench->reload();
    CHECK(header->sectionSize(4) == 333);
    // A state from elsewhere leaves the defaults.
    test::ShippingBench fresh(shop.db(), QStringLiteral("clerk"));
    fresh.bench->restoreState(QByteArray("not a state"));
    CHECK(fresh.bench->printing()->findChild<QSpinBox *>(QStringLiteral("copies"))->value() == 1);
}

TEST_CASE("the queue lists the flags of the model and shows each order in its flag's colour")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    const qint64 id = scalar(shop.db(), QStringLiteral("SELECT id FROM orders WHERE order_no = '3012345678901234568'"))
                          .toLongLong();
    REQUIRE(shipping::ShippingRepository(shop.db()).setFlag(id, QStringLiteral("purple")).ok());

    test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
    QStringList menu;
    for (QAction *a : b.bench->queue()->findChild<QToolButton *>(QStringLiteral("flagButton"))->menu()->actions())
        menu << a->text();
    CHECK(menu
        == QStringList { QStringLiteral("Red: special request"), QStringLiteral("Green: paid by bank transfer"),
            QStringLiteral("Yellow: cannot ship yet"), QStringLiteral("Blue: exchange"),
            QStringLiteral("Purple: return"), QStringLiteral("No flag") });
    QAbstractItemModel *queue = b.bench->queue()->table()->model();
    CHECK(queue->index(1, 0).data().toString() == QStringLiteral("3012345678901234568"));
    CHECK(queue->index(1, 9).data().toString() == QStringLiteral("Purple: return"));
    CHECK(queue->index(1, 0).data(Qt::BackgroundRole).value<QColor>() == QColor(0xe1, 0xbe, 0xe7));
    CHECK_FALSE(queue->index(0, 0).data(Qt::BackgroundRole).isValid());
}
