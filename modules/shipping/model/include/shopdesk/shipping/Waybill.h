#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;

namespace shopdesk::shipping {

struct ShipmentOrder;

/// One field of a waybill layout, placed in millimetres from the label's top-left corner.
struct WaybillField {
    QString field; ///< courier, barcode, tracking, recipient, address, sender, goods, order, note, line
    QRectF mm; ///< position and size in mm (a line: from top-left to bottom-right)
    double pt = 9; ///< font size in points
    double minPt = 6; ///< the text shrinks down to this size to fit
    bool bold = false;
    bool label = false; ///< prefix the field with its label (收 / 寄 / 订单号 / 留言)
};

/// A waybill layout read from a data file (resources/shipping/layouts/*.json).
struct WaybillLayout {
    QString name; ///< "100x180"
    QSizeF sizeMm;
    QList<WaybillField> fields;

    /// The layouts shipped with ShopDesk: 100x180 (the standard e-waybill, default), 100x150, 76x130.
    static QStringList names();
    static core::Result<WaybillLayout> byName(const QString &name);
    static core::Result<WaybillLayout> fromJson(const QByteArray &json, const QString &fileName);

    /// The page it prints on, for a PDF, a printer or a preview alike: its size exactly, portrait,
    /// no margins.
    QPageLayout pageLayout() const;
};

/// What one waybill shows.
struct WaybillData {
    QString courier; ///< shown name, e.g. 申通快递
    QString tracking;
    QString name, phone, address, postcode;
    QString sender; ///< "name phone address"
    QString goods; ///< "model/colour/size×qty; …"
    QString orderNo;
    QString note; ///< the buyer's message

    /// From an order: the address joined as 省 市 区 street, the phone masked when asked.
    static WaybillData fromOrder(const ShipmentOrder &order, const QString &sender, bool maskPhone);
    /// 138****5678
    static QString maskPhone(const QString &phone);
};

/// Draws one waybill with QPainter (vector barcode, text) on any paint device.
class WaybillPainter {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::WaybillPainter)
public:
    explicit WaybillPainter(WaybillLayout layout);
    /// Paints `data` into the page rectangle `pageDevice` (device units) of `painter`.
    core::Status paint(QPainter &painter, const QRectF &pageDevice, const WaybillData &data) const;
    const WaybillLayout &layout() const { return mLayout; }
    /// The font family used for Chinese text (an installed CJK font, embedded into PDFs).
    static QString fontFamily();

private:
    WaybillLayout mLayout;
};

/// Writes waybills to a PDF one page at a time (nothing is held: 10,000 pages take the memory of one).
class WaybillPdf {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::WaybillPdf)
public:
    WaybillPdf(const QString &path, const WaybillLayout &layout, int copies = 1);
    ~WaybillPdf();
    core::Status add(const WaybillData &data);
    /// Closes the file; the PDF is complete only after this.
    core::Status finish();
    int pages() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace shopdesk::shipping
