// Dispatch deadlines (shared/DOMAIN.md: 24 h, paid before 16:00 leaves the same day, 48 h on a
// promotion day): the rule on hand-picked times, and the queue's 发货期限 column, its colours
// (from the palette) and its filter.

#include "PlatformExport.h"
#include "QueueView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/shipping/DispatchDeadline.h>
#include <shopdesk/shipping/ShippingDesk.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QLabel>
#include <QTableView>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shipping::DispatchDeadline;

namespace {
QDateTime at(int month, int day, int h, int m, int s = 0) { return QDateTime(QDate(2026, month, day), QTime(h, m, s)); }
} // namespace

TEST_CASE("when a paid order must leave")
{
    // Paid before 16:00: the same day.
    CHECK(DispatchDeadline::mustLeave(at(11, 20, 10, 2, 11)) == at(11, 20, 23, 59, 59));
    CHECK(DispatchDeadline::mustLeave(at(11, 20, 0, 0)) == at(11, 20, 23, 59, 59));
    CHECK(DispatchDeadline::mustLeave(at(11, 20, 15, 59, 59)) == at(11, 20, 23, 59, 59));
    // From 16:00: within 24 h.
    CHECK(DispatchDeadline::mustLeave(at(11, 20, 16, 0)) == at(11, 21, 16, 0));
    CHECK(DispatchDeadline::mustLeave(at(11, 20, 21, 30)) == at(11, 21, 21, 30));
    CHECK(DispatchDeadline::mustLeave(at(12, 31, 23, 10)) == QDateTime(QDate(2027, 1, 1), QTime(23, 10)));
    // On a promotion day: 48 h, whatever the hour.
    const QSet<QDate> promotions { QDate(2026, 11, 11) };
    CHECK(DispatchDeadline::mustLeave(at(11, 11, 10, 0), promotions) == at(11, 13, 10, 0));
    CHECK(DispatchDeadline::mustLeave(at(11, 11, 23, 59), promotions) == at(11, 13, 23, 59));
    CHECK(DispatchDeadline::mustLeave(at(11, 12, 10, 0), promotions) == at(11, 12, 23, 59, 59));
    CHECK_FALSE(DispatchDeadline::mustLeave(QDateTime()).isValid());

    using U = DispatchDeadline::Urgency;
    CHECK(DispatchDeadline::urgency(at(11, 20, 23, 59, 59), at(11, 20, 12, 0)) == U::Today);
    CHECK(DispatchDeadline::urgency(at(11, 20, 23, 59, 59), at(11, 21, 0, 0)) == U::Overdue);
    CHECK(DispatchDeadline::urgency(at(11, 21, 16, 0), at(11, 20, 17, 0)) == U::Later);
    CHECK(DispatchDeadline::urgency(at(11, 21, 16, 0), at(11, 21, 8, 0)) == U::Today);
    CHECK(DispatchDeadline::urgency(at(11, 21, 16, 0), at(11, 21, 16, 0, 1)) == U::Overdue);
}

TEST_CASE("the queue shows each order's deadline, the urgent ones in the palette's colours, and filters them")
{
    test::TestShop shop;
    auto paidAt = [](const char *no, const char *paid) {
        test::ExportOrder o;
        o.orderNo = QString::fromLatin1(no);
        o.paid = o.created = QString::fromLatin1(paid);
        return o;
    };
    auto oneLine = [](const char *no) {
        return test::ExportLine { QString::fromLatin1(no), QString::fromUtf8("纯棉T恤"), QStringLiteral("59.00"),
            QString::fromUtf8("颜色分类：白色;尺码：L"), QString(), 1 };
    };
    const auto [orders, items] = test::writeExport(shop.dir(), QStringLiteral("202611201200"),
        { paidAt("5000000000000000001", "2026-11-11 10:00:00"), paidAt("5000000000000000002", "2026-11-19 10:00:00"),
            paidAt("5000000000000000003", "2026-11-20 09:00:00"),
            paidAt("5000000000000000004", "2026-11-20 17:00:00") },
        { oneLine("5000000000000000001"), oneLine("5000000000000000002"), oneLine("5000000000000000003"),
            oneLine("5000000000000000004") });
    REQUIRE(shipping::ShippingService(shop.db()).importFiles(orders, items).ok());

    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    shipping::QueueView &queue = *bench.bench->queue();
    queue.setNow([] { return at(11, 20, 12, 0); });
    queue.reload();
    QAbstractItemModel *model = queue.table()->model();
    REQUIRE(model->rowCount() == 4);
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Dispatch by"));
    QStringList deadlines;
    for (int r = 0; r < 4; ++r)
        deadlines << model->index(r, 2).data().toString();
    // Double 11: 48 h; 19th and 20th before 16:00: that day; the 20th at 17:00: 24 h.
    CHECK(deadlines
        == QStringList { QStringLiteral("2026-11-13 10:00"), QStringLiteral("2026-11-19 23:59"),
            QStringLiteral("2026-11-20 23:59"), QStringLiteral("2026-11-21 17:00") });
    CHECK(queue.findChild<QLabel *>(QStringLiteral("queueCount"))->text()
        == QStringLiteral("Orders to ship: 4 (must leave today: 1, overdue: 2)"));

    // The colours are the table's palette's, so a dark theme gives its own.
    QPalette dark;
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    queue.table()->setPalette(dark);
    CHECK(model->index(0, 2).data(Qt::BackgroundRole).value<QColor>() == QColor(0x2a, 0x82, 0xda));
    CHECK(model->index(0, 2).data(Qt::ForegroundRole).value<QColor>() == QColor(0xff, 0xff, 0xff));
    CHECK(model->index(0, 2).data(Qt::ToolTipRole).toString()
        == QStringLiteral("Overdue: this order should have left already"));
    CHECK(model->index(2, 2).data(Qt::ForegroundRole).value<QColor>() == QColor(0x8a, 0xb4, 0xf8));
    CHECK_FALSE(model->index(2, 2).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(2, 2).data(Qt::ToolTipRole).toString() == QStringLiteral("Must leave today"));
    CHECK_FALSE(model->index(3, 2).data(Qt::ForegroundRole).isValid());

    queue.showOnly(shipping::QueueView::Showing::Overdue);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("5000000000000000001"));
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("5000000000000000002"));
    queue.showOnly(shipping::QueueView::Showing::Today);
    REQUIRE(model->rowCount() == 1);
    queue.table()->selectRow(0);
    REQUIRE(queue.selectedOrders().size() == 1);
    CHECK(queue.selectedOrders().first().order.orderNo == QStringLiteral("5000000000000000003"));
    queue.showOnly(shipping::QueueView::Showing::All);
    CHECK(model->rowCount() == 4);
}

TEST_CASE("the store's own promotion date gives 48 h in the queue")
{
    test::TestShop shop;
    REQUIRE(core::PromotionRepository(shop.db()).add(QDate(2026, 11, 20), QString::fromUtf8("店庆")).ok());
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    shipping::ShippingDesk desk(shop.db());
    auto rows = desk.queueWindow(at(11, 20, 12, 0, 0)).rows({}, shipping::QueueSort::Queue, Qt::AscendingOrder, {}, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK(rows->at(0).order.order.orderNo == QStringLiteral("3012345678901234567"));
    CHECK(rows->at(0).deadlineText == QStringLiteral("2026-11-22 10:02")); // paid 2026-11-20 10:02:11
}
