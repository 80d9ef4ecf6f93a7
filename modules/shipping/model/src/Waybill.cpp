#include "shopdesk/shipping/Waybill.h"

#include "Papers.h"
#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ShippingRepository.h"

#include <shopdesk/core/Barcode.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/PrintFont.h>

#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::Status;

namespace {
const QString kLayoutDir = QStringLiteral(":/shopdesk/shipping/layouts/");
constexpr int kPdfDpi = 300;
} // namespace

QStringList WaybillLayout::names()
{
    return { QStringLiteral("100x180"), QStringLiteral("100x150"), QStringLiteral("76x130") };
}

Result<WaybillLayout> WaybillLayout::byName(const QString &name)
{
    const QString n = name.isEmpty() ? QStringLiteral("100x180")
                                     : name.trimmed().toLower().replace(QChar(0x00D7), QLatin1Char('x'));
    QFile f(kLayoutDir + n + QStringLiteral(".json"));
    if (!names().contains(n) || !f.open(QIODevice::ReadOnly))
        return Error { WaybillPainter::tr("“%1” is not a waybill layout; use one of %2.")
                           .arg(name, names().join(QStringLiteral(", "))) };
    return fromJson(f.readAll(), n + QStringLiteral(".json"));
}

Result<WaybillLayout> WaybillLayout::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error { WaybillPainter::tr("%1: not a waybill layout (%2).").arg(fileName, err.errorString()) };
    const QJsonObject o = doc.object();
    WaybillLayout l;
    l.name = o.value(QStringLiteral("name")).toString();
    l.sizeMm = QSizeF(o.value(QStringLiteral("width_mm")).toDouble(), o.value(QStringLiteral("height_mm")).toDouble());
    if (l.sizeMm.isEmpty())
        return Error { WaybillPainter::tr("%1: the layout has no size.").arg(fileName) };
    // A label a thermal or office printer can take; fields inside it, in type a person can read.
    constexpr double kMinMm = 20, kMaxMm = 300;
    if (!(l.sizeMm.width() >= kMinMm && l.sizeMm.width() <= kMaxMm && l.sizeMm.height() >= kMinMm
            && l.sizeMm.height() <= kMaxMm))
        return Error { WaybillPainter::tr("%1: a label of %2 × %3 mm cannot be printed; width and height must be "
                                          "from 20 to 300 mm.")
                           .arg(fileName)
                           .arg(l.sizeMm.width())
                           .arg(l.sizeMm.height()) };
    static const QStringList known = { QStringLiteral("courier"), QStringLiteral("barcode"), QStringLiteral("tracking"),
        QStringLiteral("recipient"), QStringLiteral("address"), QStringLiteral("sender"), QStringLiteral("goods"),
        QStringLiteral("order"), QStringLiteral("note"), QStringLiteral("line") };
    for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        WaybillField field;
        field.field = f.value(QStringLiteral("field")).toString();
        if (!known.contains(field.field))
            return Error { WaybillPainter::tr("%1: “%2” is not a waybill field.").arg(fileName, field.field) };
        field.mm = QRectF(f.value(QStringLiteral("x")).toDouble(), f.value(QStringLiteral("y")).toDouble(),
            f.value(QStringLiteral("w")).toDouble(), f.value(QStringLiteral("h")).toDouble());
        field.pt = f.value(QStringLiteral("pt")).toDouble(9);
        field.minPt = f.value(QStringLiteral("minPt")).toDouble(std::min(6.0, field.pt));
        field.bold = f.value(QStringLiteral("bold")).toBool();
        field.label = f.value(QStringLiteral("label")).toBool();
        const QRectF &r = field.mm; // a rule is a field of no height
        if (!(r.x() >= 0 && r.y() >= 0 && r.width() >= 0 && r.height() >= 0 && r.right() <= l.sizeMm.width() + 1e-6
                && r.bottom() <= l.sizeMm.height() + 1e-6))
            return Error { WaybillPainter::tr("%1: the field “%2” at %3, %4 (%5 × %6 mm) lies outside the %7 × %8 mm "
                                              "label.")
                               .arg(fileName, field.field)
                               .arg(field.mm.x())
                               .arg(field.mm.y())
                               .arg(field.mm.width())
                               .arg(field.mm.height())
                               .arg(l.sizeMm.width())
                               .arg(l.sizeMm.height()) };
        if (!(field.pt >= 4 && field.pt <= 72 && field.minPt >= 4 && field.minPt <= field.pt))
            return Error { WaybillPainter::tr("%1: the field “%2” has a type size of %3 pt (at least %4 pt); sizes "
                                              "must be from 4 to 72 pt, the smallest no larger than the size.")
                               .arg(fileName, field.field)
                               .arg(field.pt)
                               .arg(field.minPt) };
        l.fields.append(field);
    }
    return l;
}

QString WaybillData::maskPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.size() < 7)
        return p;
    return p.left(3) + QStringLiteral("****") + p.right(4);
}

WaybillData WaybillData::fromOrder(const ShipmentOrder &so, const QString &sender, bool mask)
{
    const core::Order &o = so.order;
    WaybillData d;
    d.courier = Couriers::displayName(o.courier);
    d.tracking = o.trackingNo;
    d.name = o.receiverName;
    d.phone = mask ? maskPhone(o.receiverPhone) : o.receiverPhone;
    QStringList parts;
    for (const QString &p : { o.province, o.city, o.district, o.address })
        if (!p.isEmpty())
            parts << p;
    d.address = parts.join(QLatin1Char(' '));
    d.postcode = o.postcode;
    d.sender = sender;
    d.goods = so.goods();
    d.orderNo = o.orderNo;
    d.note = o.buyerMessage;
    return d;
}

QString WaybillPainter::fontFamily()
{
    const QString family = core::PrintFont::family();
    return family.isEmpty() ? QFont().family() : family;
}

WaybillPainter::WaybillPainter(WaybillLayout layout)
    : mLayout(std::move(layout))
{
}

Status WaybillPainter::paint(QPainter &painter, const QRectF &page, const WaybillData &data) const
{
    const double kx = page.width() / mLayout.sizeMm.width();
    const double ky = page.height() / mLayout.sizeMm.height();
    auto toDevice = [&](const QRectF &mm) {
        return QRectF(page.left() + mm.x() * kx, page.top() + mm.y() * ky, mm.width() * kx, mm.height() * ky);
    };
    // Font sizes in points are physical: convert them to this device's units (the page is mapped to mm).
    const double pxPerPt = kx * 25.4 / 72.0;
    std::optional<core::Barcode> barcode;
    // The courier reads the waybill: its words are Chinese whatever the UI language.
    const auto paper = [](const char *source) { return papers::text("shopdesk::shipping::WaybillPainter", source); };
    painter.save();
    painter.setPen(QPen(Qt::black, std::max(1.0, 0.3 * kx)));
    for (const WaybillField &f : mLayout.fields) {
        const QRectF r = toDevice(f.mm);
        if (f.field == QLatin1String("line")) {
            painter.drawLine(r.topLeft(), r.bottomRight());
            continue;
        }
        if (f.field == QLatin1String("barcode")) {
            if (data.tracking.isEmpty())
                continue;
            if (!barcode) {
                auto b = core::Barcode::encode(core::Barcode::Symbology::Code128, data.tracking);
                if (!b) {
                    painter.restore();
                    return b.status();
                }
                barcode = std::move(*b);
            }
            barcode->paint(painter, r, false);
            continue;
        }
        QString text;
        int align = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        if (f.field == QLatin1String("courier")) {
            text = papers::courier(data.courier);
            align = Qt::AlignLeft | Qt::AlignVCenter;
        } else if (f.field == QLatin1String("tracking")) {
            text = data.tracking;
            align = Qt::AlignHCenter | Qt::AlignVCenter;
        } else if (f.field == QLatin1String("recipient")) {
            text = data.name + QStringLiteral("  ") + data.phone;
            if (f.label)
                text = paper(QT_TR_NOOP("To: %1")).arg(text);
        } else if (f.field == QLatin1String("address")) {
            text = data.address;
            if (!data.postcode.isEmpty())
                text += QStringLiteral(" (") + data.postcode + QLatin1Char(')');
        } else if (f.field == QLatin1String("sender")) {
            text = f.label ? paper(QT_TR_NOOP("From: %1")).arg(data.sender) : data.sender;
        } else if (f.field == QLatin1String("goods")) {
            text = f.label ? paper(QT_TR_NOOP("Goods: %1")).arg(data.goods) : data.goods;
        } else if (f.field == QLatin1String("order")) {
            text = f.label ? paper(QT_TR_NOOP("Order %1")).arg(data.orderNo) : data.orderNo;
            align = Qt::AlignRight | Qt::AlignVCenter;
        } else if (f.field == QLatin1String("note")) {
            if (data.note.isEmpty())
                continue;
            text = f.label ? paper(QT_TR_NOOP("Buyer's note: %1")).arg(data.note) : data.note;
        }
        if (text.isEmpty())
            continue;
        QFont font = core::PrintFont::font(QFont(fontFamily()));
        font.setBold(f.bold);
        double pt = f.pt;
        for (;;) {
            font.setPixelSize(std::max(1, int(std::lround(pt * pxPerPt))));
            painter.setFont(font);
            if (pt <= f.minPt || !(align & Qt::TextWordWrap))
                break;
            const QRectF need = painter.boundingRect(r, align, text);
            if (need.height() <= r.height() + 0.5 && need.width() <= r.width() + 0.5)
                break;
            pt = std::max(f.minPt, pt - 1);
        }
        painter.drawText(r, align, text);
    }
    painter.restore();
    return {};
}

struct WaybillPdf::Private {
    QPdfWriter writer;
    WaybillPainter painter;
    QPainter qp;
    int copies = 1;
    int pages = 0;
    bool failed = false;
    QString path;
    Private(const QString &p, const WaybillLayout &l)
        : writer(p)
        , painter(l)
        , path(p)
    {
    }
};

QPageLayout WaybillLayout::pageLayout() const
{
    return QPageLayout(QPageSize(sizeMm, QPageSize::Millimeter, name, QPageSize::ExactMatch), QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

WaybillPdf::WaybillPdf(const QString &path, const WaybillLayout &layout, int copies)
    : d(std::make_unique<Private>(path, layout))
{
    d->copies = std::max(1, copies);
    d->writer.setResolution(kPdfDpi);
    d->writer.setPageLayout(layout.pageLayout());
    d->writer.setCreator(QStringLiteral("ShopDesk"));
    d->writer.setTitle(tr("Waybills"));
}

WaybillPdf::~WaybillPdf()
{
    if (d->qp.isActive())
        d->qp.end();
}

Status WaybillPdf::add(const WaybillData &data)
{
    for (int c = 0; c < d->copies; ++c) {
        if (d->pages == 0) {
            if (!d->qp.begin(&d->writer))
                return Error { tr("“%1” cannot be written.").arg(d->path) };
        } else if (!d->writer.newPage()) {
            return Error { tr("“%1” cannot be written.").arg(d->path) };
        }
        const QRectF page(0, 0, d->writer.width(), d->writer.height());
        if (Status s = d->painter.paint(d->qp, page, data); !s)
            return Error { tr("Order %1: %2").arg(data.orderNo, s.errorMessage()) };
        ++d->pages;
    }
    return {};
}

Status WaybillPdf::finish()
{
    if (d->pages == 0)
        return Error { tr("There are no waybills to print.") };
    if (d->qp.isActive() && !d->qp.end())
        return Error { tr("“%1” cannot be written.").arg(d->path) };
    core::Database::makeOwnerOnly(d->path); // waybills carry buyers' names, phones and addresses
    return {};
}

int WaybillPdf::pages() const { return d->pages; }

} // namespace shopdesk::shipping
