#include "ParcelActions.h"

#include "commands/ParcelCommands.h"
#include "shopdesk/shipping/ParcelService.h"
#include "shopdesk/shipping/PickList.h"

#include <shopdesk/core/ShopSettings.h>

#include <QInputDialog>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolButton>

namespace shopdesk::shipping {

ParcelActions::ParcelActions(const ViewContext &context, QWidget *parent, Selected selected, Push push)
    : QObject(parent)
    , mContext(context)
    , mParent(parent)
    , mSelected(std::move(selected))
    , mPush(std::move(push))
    , mButton(new QToolButton(parent))
{
    mButton->setObjectName(QStringLiteral("parcelButton"));
    mButton->setPopupMode(QToolButton::InstantPopup);
    mButton->setMenu(new QMenu(mButton));
    retranslateUi();
}

void ParcelActions::retranslateUi()
{
    mButton->setText(tr("Pa&rcel"));
    QMenu *m = mButton->menu();
    m->clear();
    m->addAction(tr("Merge the selected orders into one parcel"), this, &ParcelActions::mergeSelected);
    m->addAction(tr("Split the selected order into parcels…"), this, &ParcelActions::splitSelected);
    m->addAction(tr("Put the selected order's parcels back"), this, &ParcelActions::undoSelected);
    m->addSeparator();
    m->addAction(tr("Print the pick list of the selected orders…"), this, &ParcelActions::printPickList);
    m->addAction(tr("Print the packing slips of the selected orders…"), this, &ParcelActions::printPackingSlips);
}

void ParcelActions::mergeSelected()
{
    QStringList numbers;
    for (const ShipmentOrder &so : mSelected())
        numbers << so.order.orderNo;
    if (numbers.size() < 2) {
        mContext.events.reportError(tr("Select two or more orders of one buyer to merge them."));
        return;
    }
    mPush(new MergeOrdersCommand(mContext.desk.db(), mContext.events, numbers, mContext.actor));
}

void ParcelActions::splitSelected()
{
    const QList<ShipmentOrder> sel = mSelected();
    if (sel.size() != 1) {
        mContext.events.reportError(tr("Select the one order to split."));
        return;
    }
    const ShipmentOrder &so = sel.first();
    QStringList lines;
    for (qsizetype i = 0; i < so.lines.size(); ++i) {
        const PackLine &l = so.lines.at(i);
        lines << tr("%1. %2 %3/%4 × %5")
                     .arg(i + 1)
                     .arg(l.itemCode.isEmpty() ? l.title : l.itemCode, l.color, l.size)
                     .arg(l.quantity);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(mParent, tr("Split order %1").arg(so.order.orderNo),
        tr("%1\n\nThe lines that leave in a parcel of their own (e.g. 1,2:1 = line 1, and one piece of line 2):")
            .arg(lines.join(QLatin1Char('\n'))),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    const QList<LinePick> picks = ParcelService::parsePicks(text, &error);
    if (picks.isEmpty()) {
        mContext.events.reportError(error);
        return;
    }
    mPush(new SplitOrderCommand(mContext.desk.db(), mContext.events, so.order.orderNo, picks, mContext.actor));
}

void ParcelActions::undoSelected()
{
    const QList<ShipmentOrder> sel = mSelected();
    if (sel.size() != 1) {
        mContext.events.reportError(tr("Select the one order whose parcels go back."));
        return;
    }
    ParcelService service(mContext.desk.db());
    auto parcels = service.parcelsOf(sel.first().order.orderNo);
    if (!parcels) {
        mContext.events.reportError(parcels.errorMessage());
        return;
    }
    for (const Parcel &p : std::as_const(*parcels)) {
        if (p.status != QLatin1String("open"))
            continue;
        const QString orderNo = sel.first().order.orderNo;
        const core::Database &db = mContext.desk.db();
        const QString actor = mContext.actor;
        if (p.kind == QLatin1String("merged")) {
            const QStringList numbers = p.orderNos();
            const qint64 id = p.id;
            auto newId = std::make_shared<qint64>(id);
            mPush(new core::CallCommand(
                tr("Let orders %1 leave one by one").arg(numbers.join(QStringLiteral(", "))), mContext.events,
                core::Topic::Orders, [&db, newId] { return ParcelService(db).unmerge(*newId); },
                [&db, numbers, actor, newId] {
                    auto again = ParcelService(db).merge(numbers, actor);
                    if (again)
                        *newId = *again;
                    return again.status();
                }));
        } else {
            mPush(new core::CallCommand(
                tr("Let order %1 leave in one parcel").arg(orderNo), mContext.events, core::Topic::Orders,
                [&db, orderNo] { return ParcelService(db).unsplit(orderNo); },
                [] { return core::Status(core::Error { tr("Split the order again from the Parcel menu.") }); }));
        }
        return;
    }
    mContext.events.reportError(tr("Order %1 is not in a parcel.").arg(sel.first().order.orderNo));
}

void ParcelActions::printPickList()
{
    const QList<ShipmentOrder> sel = mSelected();
    if (sel.isEmpty()) {
        mContext.events.reportError(tr("Select the orders to pick."));
        return;
    }
    auto batch = ParcelService(mContext.desk.db()).withParcels(sel);
    if (!batch) {
        mContext.events.reportError(batch.errorMessage());
        return;
    }
    const PickList pick = PickList::build(*batch);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, mParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (core::Status s = pick.paint(printer, printer.printerName()); !s)
        mContext.events.reportError(s.errorMessage());
}

void ParcelActions::printPackingSlips()
{
    const QList<ShipmentOrder> sel = mSelected();
    if (sel.isEmpty()) {
        mContext.events.reportError(tr("Select the orders to pick."));
        return;
    }
    auto batch = ParcelService(mContext.desk.db()).withParcels(sel);
    if (!batch) {
        mContext.events.reportError(batch.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    QPrintDialog dialog(&printer, mParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString shop = core::ShopSettings(mContext.desk.db()).value(core::ShopSettings::kShopName);
    if (core::Status s = PackingSlips::paint(printer, *batch, shop, printer.printerName()); !s)
        mContext.events.reportError(s.errorMessage());
}

} // namespace shopdesk::shipping
