#include "shopdesk/shipping/PickList.h"

#include "Papers.h"
#include "shopdesk/shipping/Waybill.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PrintFont.h>

#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace shopdesk::shipping {

using core::Error;
using core::Status;

namespace {
constexpr const char *kContext = "shopdesk::shipping::PickList";
QString paper(const char *source) { return papers::text(kContext, source); }

/// (group, number, text): 0 letter sizes by their place, 1 one size, 2 numbers, 3 anything else.
std::tuple<int, double, QString> sizeKey(const QString &size)
{
    QString s = size.trimmed().toUpper();
    if (s.endsWith(QChar(0x7801))) // 码
        s.chop(1);
    if (s.isEmpty())
        return { 3, 0, QString() };
    if (s == QStringLiteral("F") || s == QStringLiteral("FREE") || s == QStringLiteral("ONE SIZE")
        || s == QString::fromUtf8("均") || s == QString::fromUtf8("均码"))
        return { 1, 0, s };
    // M; S, XS, XXS = 2XS …; L, XL, XXL = 2XL, XXXL = 3XL …
    static const QRegularExpression letters(QStringLiteral("^(?:(\\d)X|(X*))(S|M|L)$"));
    if (const auto m = letters.match(s); m.hasMatch()) {
        const int xs = m.captured(1).isEmpty() ? int(m.captured(2).size()) : m.captured(1).toInt();
        const QString base = m.captured(3);
        if (base == QStringLiteral("M"))
            return { 0, xs == 0 ? 0.0 : 99.0, s };
        return { 0, base == QStringLiteral("S") ? -1.0 - xs : 1.0 + xs, s };
    }
    static const QRegularExpression number(QStringLiteral("^(\\d+(?:\\.\\d+)?)"));
    if (const auto m = number.match(s); m.hasMatch())
        return { 2, m.captured(1).toDouble(), s };
    return { 3, 0, s };
}
} // namespace

bool PickList::sizeLess(const QString &a, const QString &b) { return sizeKey(a) < sizeKey(b); }

PickList PickList::build(const QList<ShipmentOrder> &batch)
{
    PickList out;
    out.mWaybills = int(batch.size());
    QHash<QString, qsizetype> rowOf;
    for (const ShipmentOrder &so : batch) {
        for (const PackLine &l : so.lines) {
            const QString key = l.skuId ? QString::number(*l.skuId) : QStringLiteral("?") + l.title + l.attributes;
            auto it = rowOf.constFind(key);
            if (it == rowOf.cend()) {
                PickRow r;
                r.itemCode = l.itemCode;
                r.title = l.title;
                r.color = l.color;
                r.size = l.size;
                r.barcode = l.barcode;
                r.matched = l.skuId.has_value();
                it = rowOf.insert(key, out.mRows.size());
                out.mRows.append(r);
            }
            PickRow &r = out.mRows[*it];
            r.quantity += l.quantity;
            // A parcel's order numbers are the waybill's ("A and 2 more"): keep the first order's.
            if (r.orders.isEmpty() || r.orders.last() != so.order.orderNo)
                r.orders.append(so.order.orderNo);
        }
    }
    std::stable_sort(out.mRows.begin(), out.mRows.end(), [](const PickRow &a, const PickRow &b) {
        if (a.matched != b.matched)
            return a.matched; // lines not matched to a SKU last
        if (a.itemCode != b.itemCode)
            return a.itemCode < b.itemCode;
        if (a.color != b.color)
            return a.color < b.color;
        if (a.size != b.size)
            return sizeLess(a.size, b.size);
        return a.title < b.title;
    });
    return out;
}

int PickList::pieces() const
{
    int n = 0;
    for (const PickRow &r : mRows)
        n += r.quantity;
    return n;
}

Status PickList::paint(QPagedPaintDevice &device, const QString &deviceName, const QDateTime &atIn) const
{
    if (mRows.isEmpty())
        return Error { tr("There is nothing to pick: the batch has no goods.") };
    const QDateTime at = atIn.isValid() ? atIn : QDateTime::currentDateTime();
    QPainter p;
    if (!p.begin(&device))
        return Error { tr("The printer “%1” could not start printing.").arg(deviceName) };
    const double mm = device.logicalDpiY() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const double pxPerPt = device.logicalDpiY() / 72.0;
    QFont font = core::PrintFont::font(QFont(WaybillPainter::fontFamily()));
    auto setFont = [&](double pt, bool bold = false) {
        font.setPixelSize(std::max(1, int(pt * pxPerPt)));
        font.setBold(bold);
        p.setFont(font);
    };
    // Columns in mm across the page: 货号, 颜色, 尺码, 数量, 条码, 品名.
    const double colMm[] = { 30, 24, 16, 14, 36 };
    double x[6];
    x[0] = 0;
    for (int i = 0; i < 5; ++i)
        x[i + 1] = x[i] + colMm[i] * mm;
    const QStringList heads = { paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Item code")),
        paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Colour")),
        paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Size")),
        paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Qty")),
        paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Barcode")),
        paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Title")) };
    int pageNo = 1;
    double y = 0;
    auto header = [&] {
        setFont(16, true);
        p.drawText(QRectF(0, 0, page.width(), 10 * mm), Qt::AlignLeft | Qt::AlignVCenter,
            paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Pick list")));
        setFont(9);
        p.drawText(QRectF(0, 0, page.width(), 10 * mm), Qt::AlignRight | Qt::AlignVCenter,
            paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Printed %1 · page %2"))
                .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(pageNo));
        setFont(10);
        p.drawText(QRectF(0, 10 * mm, page.width(), 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
            paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "%1 waybills · %2 pieces · %3 SKUs"))
                .arg(mWaybills)
                .arg(pieces())
                .arg(mRows.size()));
        y = 18 * mm;
        setFont(10, true);
        for (int c = 0; c < 6; ++c)
            p.drawText(QRectF(x[c], y, (c < 5 ? x[c + 1] - x[c] : page.width() - x[c]), 6 * mm),
                Qt::AlignLeft | Qt::AlignVCenter, heads[c]);
        y += 6 * mm;
        p.drawLine(QPointF(0, y), QPointF(page.width(), y));
        y += 1 * mm;
    };
    p.setPen(QPen(Qt::black, std::max(1.0, 0.2 * mm)));
    header();
    constexpr int kShownOrders = 12;
    for (const PickRow &r : mRows) {
        QStringList shown = r.orders.mid(0, kShownOrders);
        QString orders = paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Orders (%1): %2"))
                             .arg(r.orders.size())
                             .arg(shown.join(QStringLiteral("  ")));
        if (r.orders.size() > kShownOrders)
            orders += QStringLiteral("  ")
                + paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "and %1 more"))
                      .arg(r.orders.size() - kShownOrders);
        setFont(8);
        const QRectF ordersBox(x[1], 0, page.width() - x[1], page.height());
        const double ordersH = p.boundingRect(ordersBox, Qt::TextWordWrap | Qt::AlignLeft, orders).height();
        const double rowH = 6.5 * mm + ordersH + 1.5 * mm;
        if (y + rowH > page.height() - 14 * mm) {
            if (!device.newPage()) {
                p.end();
                return Error { tr("The printer “%1” could not start a new page.").arg(deviceName) };
            }
            ++pageNo;
            header();
        }
        setFont(11);
        const QString code
            = r.matched ? r.itemCode : paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "(not matched)"));
        const QStringList cells = { code, r.color, r.size, QString::number(r.quantity), r.barcode, r.title };
        for (int c = 0; c < 6; ++c) {
            const double w = (c < 5 ? x[c + 1] - x[c] : page.width() - x[c]) - 1 * mm;
            p.drawText(QRectF(x[c], y, w, 6.5 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                c == 5 ? p.fontMetrics().elidedText(cells[c], Qt::ElideRight, int(w)) : cells[c]);
        }
        y += 6.5 * mm;
        setFont(8);
        p.drawText(QRectF(x[1], y, page.width() - x[1], ordersH), Qt::TextWordWrap | Qt::AlignLeft, orders);
        y += ordersH + 1 * mm;
        p.drawLine(QPointF(0, y), QPointF(page.width(), y));
        y += 0.5 * mm;
    }
    setFont(10);
    p.drawText(QRectF(0, page.height() - 10 * mm, page.width(), 8 * mm), Qt::AlignLeft | Qt::AlignVCenter,
        paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList",
            "Picked by: ____________    Checked by: ____________    Time: ____________")));
    if (!p.end())
        return Error { tr("The printer “%1” could not finish printing.").arg(deviceName) };
    return {};
}

Status PickList::writePdf(const QString &path, const QDateTime &at) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("ShopDesk"));
    writer.setTitle(paper(QT_TRANSLATE_NOOP("shopdesk::shipping::PickList", "Pick list")));
    if (Status s = paint(writer, path, at); !s)
        return Error { s.errorMessage() == tr("The printer “%1” could not start printing.").arg(path)
                ? tr("“%1” cannot be written.").arg(path)
                : s.errorMessage() };
    core::Database::makeOwnerOnly(path);
    return {};
}

Status PackingSlips::paint(
    QPagedPaintDevice &device, const QList<ShipmentOrder> &batch, const QString &shopName, const QString &deviceName)
{
    if (batch.isEmpty())
        return Error { PickList::tr("There is nothing to pick: the batch has no goods.") };
    const auto slip = [](const char *source) { return papers::text("shopdesk::shipping::PackingSlips", source); };
    QPainter p;
    if (!p.begin(&device))
        return Error { PickList::tr("The printer “%1” could not start printing.").arg(deviceName) };
    const double mm = device.logicalDpiY() / 25.4;
    const double pxPerPt = device.logicalDpiY() / 72.0;
    const QRectF page(0, 0, device.width(), device.height());
    QFont font = core::PrintFont::font(QFont(WaybillPainter::fontFamily()));
    const auto setFont = [&](double pt, bool bold = false) {
        font.setPixelSize(std::max(1, int(pt * pxPerPt)));
        font.setBold(bold);
        p.setFont(font);
    };
    p.setPen(QPen(Qt::black, std::max(1.0, 0.2 * mm)));
    bool first = true;
    for (const ShipmentOrder &so : batch) {
        if (!first && !device.newPage()) {
            p.end();
            return Error { PickList::tr("The printer “%1” could not start a new page.").arg(deviceName) };
        }
        first = false;
        const core::Order &o = so.order;
        double y = 0;
        const auto line = [&](const QString &text, double pt, bool bold = false, double height = 0) {
            setFont(pt, bold);
            const double h = height > 0 ? height : pt * 0.6 * mm;
            p.drawText(QRectF(0, y, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
            y += h;
        };
        line(slip(QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips", "Packing slip")), 15, true, 9 * mm);
        line(shopName, 10);
        line(slip(QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips", "Order: %1")).arg(o.orderNo), 10);
        line(slip(QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips", "Receiver: %1")).arg(o.receiverName), 10);
        if (!o.trackingNo.isEmpty())
            line(slip(QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips", "Tracking no.: %1")).arg(o.trackingNo), 10);
        y += 2 * mm;
        p.drawLine(QPointF(0, y), QPointF(page.width(), y));
        y += 1 * mm;
        int pieces = 0;
        for (const PackLine &l : so.lines) {
            pieces += l.quantity;
            setFont(10);
            const QString what
                = QStringLiteral("%1  %2 / %3").arg(l.itemCode.isEmpty() ? l.title : l.itemCode, l.color, l.size);
            p.drawText(QRectF(0, y, page.width() * 0.8, 6 * mm), Qt::AlignLeft | Qt::AlignVCenter, what);
            p.drawText(QRectF(0, y, page.width(), 6 * mm), Qt::AlignRight | Qt::AlignVCenter,
                QChar(0x00D7) + QString::number(l.quantity));
            y += 6 * mm;
            if (y > page.height() - 20 * mm)
                break; // a very long order: the rest is on the pick list and the waybill
        }
        p.drawLine(QPointF(0, y), QPointF(page.width(), y));
        y += 1 * mm;
        line(slip(QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips", "%1 pieces in this parcel")).arg(pieces), 10,
            true);
        y = page.height() - 10 * mm;
        line(slip(QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips",
                 "Thank you for your order! Please check the goods when the parcel arrives.")),
            9);
    }
    if (!p.end())
        return Error { PickList::tr("The printer “%1” could not finish printing.").arg(deviceName) };
    return {};
}

Status PackingSlips::writePdf(const QString &path, const QList<ShipmentOrder> &batch, const QString &shopName)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("ShopDesk"));
    writer.setTitle(papers::text(
        "shopdesk::shipping::PackingSlips", QT_TRANSLATE_NOOP("shopdesk::shipping::PackingSlips", "Packing slip")));
    if (Status s = paint(writer, batch, shopName, path); !s)
        return s;
    core::Database::makeOwnerOnly(path);
    return {};
}

} // namespace shopdesk::shipping
