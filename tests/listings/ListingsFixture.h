#pragma once

// The listings workbench as the main window hosts it: every view in its own dock of a shown
// window, the report clock fixed.

#include "ListingsRepository.h"
#include "ListingsService.h"
#include "ListingsWorkbench.h"
#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/listings/ListingsModule.h>

#include <QDockWidget>
#include <QMainWindow>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

inline const QDateTime kListingsNow(QDate(2026, 11, 25), QTime(8, 0));

/// One demo shop for the whole test run (made once: the demo takes a moment).
inline QString listingsDemoShop()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.shopdesk"));
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        demo::DemoOptions options;
        options.lastDay = QDate(2026, 11, 24);
        REQUIRE(demo::DemoShop::create(**db, options).ok());
    }
    return path;
}

struct ListingsFixture {
    explicit ListingsFixture(const QString &path)
        : db(std::move(core::Database::open(path).value()))
    {
        QObject::connect(&events, &core::ShopEvents::error, [this](const QString &m) { errors << m; });
        auto made = listings::makePanelFactory()->createWorkbench(
            core::PanelContext { *db, events, QStringLiteral("test") }, &window);
        wb.reset(dynamic_cast<listings::ListingsWorkbench *>(made.release()));
        REQUIRE(wb);
        wb->setNow(kListingsNow);
        for (QDockWidget *d : wb->dockWidgets())
            window.addDockWidget(Qt::LeftDockWidgetArea, d);
        window.resize(1200, 1400);
        window.show();
        QCoreApplication::processEvents(); // the report views work themselves out once shown
    }
    listings::ItemsView *items() const { return wb->items(); }
    QUndoStack *undo() const { return wb->undoStack(); }

    std::unique_ptr<core::Database> db;
    core::ShopEvents events;
    QMainWindow window;
    std::unique_ptr<listings::ListingsWorkbench> wb;
    QStringList errors;
};

/// Books 5 pieces of the item's first SKU in and puts it on shelf (a new item starts off shelf),
/// outside the undo stack, as goods received elsewhere would.
inline void receiveAndList(ListingsFixture &f, qint64 itemId)
{
    const qint64 sku = core::ItemRepository(*f.db).skusOf(itemId).value().first().id;
    REQUIRE(core::StockLedger(*f.db).book({ 0, sku, core::codes::kMoveReceive, 5, {}, {}, {}, {}, std::nullopt }).ok());
    REQUIRE(listings::ListingsService(*f.db).setShelf({ itemId }, true, kListingsNow).ok());
    f.events.notifyChanged(core::Topic::Items);
}

/// A new item with two SKUs (蓝色 29 / 30), no barcodes yet.
inline listings::ItemWithSkus newListingsItem(const QString &code, const QString &title)
{
    listings::ItemWithSkus it;
    it.item.code = code;
    it.item.title = title;
    it.item.category = QStringLiteral("jeans");
    it.item.price = core::Money::fromYuan(99);
    for (const char *size : { "29", "30" })
        it.skus.append(
            { 0, 0, QString::fromUtf8("蓝色"), QString::fromLatin1(size), QString(), std::nullopt, std::nullopt });
    return it;
}

} // namespace shopdesk::test
