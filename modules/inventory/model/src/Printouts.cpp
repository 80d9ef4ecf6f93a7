#include "Printouts.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PrintFont.h>

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace shopdesk::inventory {

namespace {
/// A simple table page writer: title, a few text lines, a table, signatures.
class Sheet {
public:
    explicit Sheet(QPdfWriter &pdf)
        : mPdf(pdf)
    {
        mOk = mPainter.begin(&mPdf);
        mPage = mPdf.pageLayout().paintRectPixels(mPdf.resolution());
        mBody = core::PrintFont::font(mPainter.font());
        mBody.setPointSize(9);
    }
    bool ok() const { return mOk; }
    bool end() { return mPainter.end(); }
    void newPage()
    {
        mPdf.newPage();
        mY = 0;
    }
    void title(const QString &text)
    {
        QFont f = mBody;
        f.setPointSize(15);
        f.setBold(true);
        mPainter.setFont(f);
        mPainter.drawText(QRect(0, mY, mPage.width(), 60), Qt::AlignCenter, text);
        mY += 70;
    }
    void text(const QString &line)
    {
        mPainter.setFont(mBody);
        mPainter.drawText(QRect(0, mY, mPage.width(), 34), Qt::AlignLeft | Qt::AlignVCenter, line);
        mY += 34;
    }
    void row(const QStringList &cells, const QList<double> &widths, bool bold)
    {
        QFont f = mBody;
        f.setBold(bold);
        mPainter.setFont(f);
        const int h = 36;
        if (mY + h > mPage.height())
            newPage();
        double x = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            const int w = int(widths[i] * mPage.width());
            mPainter.drawRect(int(x), mY, w, h);
            mPainter.drawText(QRect(int(x) + 6, mY, w - 12, h),
                int(i >= 4 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                mPainter.fontMetrics().elidedText(cells[i], Qt::ElideRight, w - 12));
            x += w;
        }
        mY += h;
    }
    void gap(int px) { mY += px; }

private:
    QPdfWriter &mPdf;
    QPainter mPainter;
    QRect mPage;
    QFont mBody;
    int mY = 0;
    bool mOk = false;
};

core::Status writeError(const QString &path)
{
    return core::Error { Printouts::tr("%1 cannot be written.").arg(QFileInfo(path).fileName()) };
}
} // namespace

core::Status Printouts::receivingNotePdf(const QString &path, const ReceivingNote &note, const QString &supplierName,
    const QList<PrintedLine> &lines, const QString &shopName)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Receiving note %1").arg(note.noteNo));
    Sheet sheet(pdf);
    if (!sheet.ok())
        return writeError(path);
    sheet.title(tr("%1 Receiving note").arg(shopName).trimmed());
    sheet.text(tr("Note %1 · Supplier: %2 · Received: %3")
                   .arg(note.noteNo, supplierName, note.receivedOn.toString(QStringLiteral("yyyy-MM-dd"))));
    sheet.gap(10);
    const QList<double> widths = { 0.13, 0.3, 0.1, 0.08, 0.1, 0.14, 0.15 };
    sheet.row({ tr("Item code"), tr("Title"), tr("Colour"), tr("Size"), tr("Quantity"), tr("Unit cost"), tr("Amount") },
        widths, true);
    core::Money goods;
    int pieces = 0;
    for (const PrintedLine &l : lines) {
        const core::Money amount = l.unitCost * l.quantity;
        goods += amount;
        pieces += l.quantity;
        sheet.row({ l.itemCode, l.itemTitle, l.color, l.size, QString::number(l.quantity), l.unitCost.toPlainString(),
                      amount.toPlainString() },
            widths, false);
    }
    sheet.row(
        { tr("Total"), QString(), QString(), QString(), QString::number(pieces), QString(), goods.toPlainString() },
        widths, true);
    sheet.gap(20);
    const core::Money total = goods + note.freight;
    sheet.text(tr("Goods %1 + freight %2 = %3 · paid %4 · owed %5")
                   .arg(goods.toDisplayString(), note.freight.toDisplayString(), total.toDisplayString(),
                       note.paid.toDisplayString(), (total - note.paid).toDisplayString()));
    sheet.gap(30);
    sheet.text(tr("Received by: ____________    Buyer: ____________    Date: ____________"));
    if (!sheet.end())
        return writeError(path);
    core::Database::makeOwnerOnly(path);
    return {};
}

core::Status Printouts::exchangeListPdf(const QString &path, const SupplierExchange &exchange, const QString &shopName)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Supplier exchange list %1").arg(exchange.exchangeNo));
    Sheet sheet(pdf);
    if (!sheet.ok())
        return writeError(path);
    const QStringList copies = { tr("Copy for the buyer"), tr("Copy for the warehouse") };
    const QList<double> widths = { 0.13, 0.27, 0.1, 0.08, 0.1, 0.12, 0.2 };
    for (int c = 0; c < copies.size(); ++c) {
        if (c > 0)
            sheet.newPage();
        sheet.title(tr("%1 Supplier exchange list").arg(shopName).trimmed());
        sheet.text(tr("List %1 · Supplier: %2 · %3 · %4")
                       .arg(exchange.exchangeNo, exchange.supplierName,
                           exchange.createdAt.toString(QStringLiteral("yyyy-MM-dd")), copies[c]));
        sheet.gap(10);
        sheet.row(
            { tr("Item code"), tr("Title"), tr("Colour"), tr("Size"), tr("Quantity"), tr("Replaced"), tr("Fault") },
            widths, true);
        int pieces = 0;
        for (const ExchangeLine &l : exchange.lines) {
            pieces += l.quantity;
            sheet.row({ l.itemCode, l.itemTitle, l.color, l.size, QString::number(l.quantity),
                          QString::number(l.replaced), l.reason },
                widths, false);
        }
        sheet.row({ tr("Total"), QString(), QString(), QString(), QString::number(pieces), QString(), QString() },
            widths, true);
        sheet.gap(30);
        sheet.text(tr("Warehouse: ____________    Buyer: ____________    Supplier: ____________"));
    }
    if (!sheet.end())
        return writeError(path);
    core::Database::makeOwnerOnly(path);
    return {};
}

} // namespace shopdesk::inventory
