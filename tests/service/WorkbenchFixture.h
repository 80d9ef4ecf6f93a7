#pragma once

// The service workbench in a window, as the app hosts it, for the tests of its views.

#include "ServiceFixture.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/service/ReplyRepository.h>
#include <shopdesk/service/ServiceModule.h>

#include <QDockWidget>
#include <QMainWindow>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

inline void addReplies(const core::Database &db)
{
    service::ReplyRepository r(db);
    REQUIRE(r.add({ 0, QStringLiteral("presale"), QStringLiteral("hy"), u8("欢迎语"), u8("亲，欢迎光临{店铺}呢～"), 1 })
                .ok());
    REQUIRE(r.add({ 0, QStringLiteral("logistics"), QStringLiteral("wl"), u8("发货通知"),
                      u8("亲，宝贝已于{发货日期}发出，{快递}单号{运单号}哦～"), 2 })
                .ok());
    REQUIRE(r.add({ 0, QStringLiteral("logistics"), QStringLiteral("wl2"), u8("物流未更新"),
                      u8("亲，物流更新会有延迟哦"), 3 })
                .ok());
    REQUIRE(r.add({ 0, QStringLiteral("restock"), QStringLiteral("dh"), u8("到货通知"),
                      u8("亲，{买家}，{宝贝}{颜色}{尺码}到货了哦"), 4 })
                .ok());
    REQUIRE(
        r.add({ 0, QStringLiteral("payment"), QStringLiteral("cf"), u8("催付"), u8("亲，订单{订单号}还没付款呢"), 5 })
            .ok());
}

// The workbench in a window, its docks side by side (as in the app, built by the factory).
struct Panel {
    explicit Panel(const core::Database &db)
        : context { db, events, QStringLiteral("test") }
        , factory(service::makePanelFactory())
        , wb(factory->createWorkbench(context, &window))
    {
        REQUIRE(wb);
        for (QDockWidget *d : wb->dockWidgets())
            window.addDockWidget(Qt::RightDockWidgetArea, d);
        window.resize(900, 1400);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    template<typename T>
    T *child(const char *name) const
    {
        for (QDockWidget *d : wb->dockWidgets())
            if (auto *w = d->findChild<T *>(QString::fromLatin1(name)))
                return w;
        FAIL("no " << name << " in the service docks");
        return nullptr;
    }
    QUndoStack *undo() const { return wb->undoStack(); }
    QMainWindow window;
    core::ShopEvents events;
    core::PanelContext context;
    std::unique_ptr<core::PanelFactory> factory;
    std::unique_ptr<core::Workbench> wb;
};

} // namespace shopdesk::test
