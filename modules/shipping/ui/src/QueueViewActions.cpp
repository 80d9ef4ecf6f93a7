// The queue's actions: importing, tracking numbers (typed, from a list, from a number range),
// the freight bill, matching lines and flags. QueueView.cpp builds the view and fills it.
#include "OrderImportJob.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "commands/MatchLineCommand.h"
#include "commands/SetTrackingCommand.h"
#include "shopdesk/shipping/QueueRepository.h"
#include "shopdesk/shipping/ShippingService.h"

#include <shopdesk/core/FileDialog.h>

#include <QComboBox>
#include <QFileInfo>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QUndoStack>

namespace shopdesk::shipping {

void QueueView::chooseImportFiles()
{
    const QString orders = core::FileDialog::getOpenFileName(
        this, tr("The order report (ExportOrderList….csv)"), QString(), tr("CSV files (*.csv)"));
    if (orders.isEmpty())
        return;
    const QString items
        = core::FileDialog::getOpenFileName(this, tr("The item report (ExportOrderDetailList….csv), or Cancel"),
            QFileInfo(orders).absolutePath(), tr("CSV files (*.csv)"));
    startImport(orders, items);
}

bool QueueView::importRunning() const { return mImport->running(); }

void QueueView::startImport(const QString &ordersPath, const QString &itemsPath)
{
    if (mImport->running())
        return;
    // Another shop's export (its 店铺名称): only when the clerk says so.
    auto other = mContext.desk.service().otherShopOf(ordersPath);
    if (!other) {
        mSummary->setText(other.errorMessage());
        mContext.events.reportError(other.errorMessage());
        Q_EMIT importFinished(false, other.errorMessage());
        return;
    }
    bool otherShopAgreed = false;
    if (!other->isEmpty()) {
        const QString own = mContext.desk.service().shopName();
        otherShopAgreed = mAskOtherShop ? mAskOtherShop(*other, own)
                                        : QMessageBox::question(this, tr("Another shop's orders"),
                                              tr("These orders are of the shop “%1”, but the open shop is “%2”. "
                                                 "Import them into “%2” all the same?")
                                                  .arg(*other, own),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        if (!otherShopAgreed) {
            const QString text = tr("Nothing was imported: the orders are of the shop “%1”.").arg(*other);
            mSummary->setText(text);
            Q_EMIT importFinished(false, text);
            return;
        }
    }
    if (!mImport->start(ordersPath, itemsPath, otherShopAgreed))
        return;
    mProgress->setRange(0, 0);
    mProgress->show();
    mCancelImport->show();
    mImportButton->setEnabled(false);
}

void QueueView::importDone()
{
    mProgress->hide();
    mCancelImport->hide();
    mImportButton->setEnabled(true);
    const core::Result<ImportSummary> &r = mImport->result();
    if (!r) {
        mSummary->setText(r.errorMessage());
        mContext.events.reportError(r.errorMessage());
        Q_EMIT importFinished(false, r.errorMessage());
        return;
    }
    QString text;
    if (r->cancelled) {
        text = tr("Import cancelled: nothing was imported.");
    } else {
        // The queue's own counts (orders to ship, their unmatched lines), as the panel shows them.
        text = tr("%1 new orders (%2 for dispatch, %3 shipped, %4 closed, %5 unpaid); %6 already in the shop; "
                  "%7 updated. Orders to ship now: %8, with %9 lines not matched to a SKU.")
                   .arg(r->added)
                   .arg(r->queued)
                   .arg(r->byStatus.value(core::codes::kOrderShipped) + r->byStatus.value(core::codes::kOrderFinished))
                   .arg(r->byStatus.value(core::codes::kOrderClosed))
                   .arg(r->byStatus.value(core::codes::kOrderUnpaid))
                   .arg(r->unchanged)
                   .arg(r->updated)
                   .arg(r->queueOrders)
                   .arg(r->queueUnmatched);
    }
    mSummary->setText(text);
    mContext.events.notifyChanged(core::Topic::Orders); // every view of the shop reloads, this one too
    Q_EMIT importFinished(!r->cancelled, text);
}

void QueueView::setTrackingFromField()
{
    const QString t = mTracking->text().trimmed();
    const auto sel = selectedOrders();
    if (t.isEmpty() || sel.size() != 1) {
        mContext.events.reportError(tr("Select one order in the queue and type or scan its tracking number."));
        return;
    }
    const QString courier = mCourier->currentData().toString();
    const core::Order &o = sel.first().order;
    // The order after it, to move on to once the number is set (the queue reloads meanwhile).
    const int row = mView->currentIndex().row();
    const QueueRow *next = mModel->rowAt(row + 1);
    const qint64 nextId = next ? next->order.order.id : 0;
    if (!push(new SetTrackingCommand(
            mContext.desk, mContext.events, { { o.id, o.orderNo, o.courier, o.trackingNo, courier, t } }))) {
        mTracking->selectAll(); // the next scan replaces the refused number
        return;
    }
    mTracking->clear();
    // Move on to the next order, so a stack of waybills can be scanned in turn.
    int at = nextId ? mModel->rowOf(nextId) : -1;
    if (at < 0 && row >= 0 && row < mModel->rowCount()
        && mModel->rowAt(row)->order.order.id != o.id) // the order left the rows shown: the next is in its place
        at = row;
    if (at >= 0)
        mView->selectRow(at);
}

void QueueView::chooseTrackingList()
{
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Tracking numbers (CSV: order, tracking)"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importTrackingList(path);
}

void QueueView::importTrackingList(const QString &path)
{
    QList<int> lines;
    auto list = Couriers::readTrackingList(path, &lines);
    if (!list) {
        mContext.events.reportError(list.errorMessage());
        return;
    }
    // The orders of the list, read from the queue by number (not the whole queue).
    QueueFilter byNumber;
    for (const auto &[orderNo, tracking] : std::as_const(*list))
        byNumber.orderNos << orderNo;
    QHash<QString, QueueRow> queued;
    if (!byNumber.orderNos.isEmpty()) {
        auto found = window().rows(byNumber, QueueSort::Queue, Qt::AscendingOrder, {}, int(byNumber.orderNos.size()));
        if (!found) {
            mContext.events.reportError(found.errorMessage());
            return;
        }
        for (const QueueRow &r : std::as_const(*found))
            queued.insert(r.order.order.orderNo, r);
    }
    QList<SetTrackingCommand::Change> changes;
    for (qsizetype row = 0; row < list->size(); ++row) {
        const auto &[orderNo, tracking] = list->at(row);
        auto it = queued.constFind(orderNo.trimmed());
        if (it == queued.cend()) {
            mContext.events.reportError(tr("%1: the order %2 is not waiting for dispatch.").arg(path, orderNo));
            return;
        }
        const core::Order &o = it->order.order;
        // A number that does not fit its order's courier: named with its file and line.
        if (core::Status bad = ShippingService::checkTracking({ { o.id, o.orderNo, it->courier, tracking } }); !bad) {
            mContext.events.reportError(tr("%1, line %2, field tracking: %3")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(lines.value(row))
                                            .arg(bad.errorMessage()));
            return;
        }
        changes.append({ o.id, o.orderNo, o.courier, o.trackingNo, it->courier, tracking });
    }
    if (!changes.isEmpty())
        push(new SetTrackingCommand(mContext.desk, mContext.events, changes));
}

void QueueView::assignFromRange()
{
    const QString courier = mCourier->currentData().toString();
    // Only the orders selected, and only after saying how many (issue 17): a click never numbers
    // orders the clerk did not choose.
    const QList<ShipmentOrder> orders = selectedOrders();
    if (orders.isEmpty()) {
        showMessage(tr("Select the orders to number first; only the selected orders get numbers from the range."));
        return;
    }
    if (QMessageBox::question(this, tr("Number from range"),
            tr("Give the %n selected order(s) the next numbers of the %1 range?", nullptr, int(orders.size()))
                .arg(Couriers::displayName(courier)))
        != QMessageBox::Yes)
        return;
    auto left = mContext.desk.rangeLeft(courier);
    if (!left) {
        mContext.events.reportError(left.errorMessage());
        return;
    }
    if (*left < orders.size()) {
        bool ok = false;
        const QString range = QInputDialog::getText(this, tr("Number range"),
            tr("%1 has %2 numbers left, %3 are needed. Enter the next range it issued (first and last number):")
                .arg(Couriers::displayName(courier))
                .arg(*left)
                .arg(orders.size()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QStringList ends = range.split(QRegularExpression(QStringLiteral("[\\s,，~～-]+")), Qt::SkipEmptyParts);
        if (ends.size() != 2) {
            mContext.events.reportError(
                tr("Enter the first and the last number of the range, e.g. 773000000001 773000000999."));
            return;
        }
        if (core::Status s = mContext.desk.service().addTrackingRange(courier, ends[0], ends[1]); !s) {
            mContext.events.reportError(s.errorMessage());
            return;
        }
    }
    QList<qint64> ids;
    for (const ShipmentOrder &so : std::as_const(orders))
        ids << so.order.id;
    // Reserve the numbers (one transaction), then record them as one undoable edit.
    auto numbers = mContext.desk.assignFromRange(courier, ids);
    if (!numbers) {
        mContext.events.reportError(numbers.errorMessage());
        return;
    }
    QList<SetTrackingCommand::Change> changes;
    for (qsizetype i = 0; i < orders.size(); ++i)
        changes.append({ orders[i].order.id, orders[i].order.orderNo, orders[i].order.courier,
            orders[i].order.trackingNo, courier, numbers->at(i) });
    push(new SetTrackingCommand(mContext.desk, mContext.events, changes));
}

void QueueView::showMessage(const QString &text) { mSummary->setText(text); }

void QueueView::checkFreightBill()
{
    const QString courier = mCourier->currentData().toString();
    const QString path = core::FileDialog::getOpenFileName(this,
        tr("%1's monthly bill (CSV: tracking, weight, fee)").arg(Couriers::displayName(courier)), QString(),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto check = mContext.desk.service().settleBill(courier, path);
    if (!check) {
        mContext.events.reportError(check.errorMessage());
        return;
    }
    QStringList lines;
    for (const BillMismatch &m : std::as_const(check->mismatches))
        lines << tr("line %1, %2: %3").arg(m.line).arg(m.trackingNo, m.problem);
    for (const BillDeduction &d : std::as_const(check->deductions))
        lines << tr("line %1, %2 (order %3, %4): deducted %5")
                     .arg(d.line)
                     .arg(d.trackingNo, d.orderNo, Couriers::claimKindName(d.kind), d.total().toDisplayString());
    QMessageBox box(this);
    box.setWindowTitle(tr("Freight bill"));
    box.setText(check->mismatches.isEmpty()
            ? tr("The bill matches the price table.")
            : tr("%n lines of the bill do not match the price table.", nullptr, int(check->mismatches.size())));
    box.setInformativeText(
        tr("Billed %1, deducted %2: %3 owed.")
            .arg(check->billed.toDisplayString(), check->deducted.toDisplayString(), check->owed().toDisplayString()));
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void QueueView::matchSelectedLine()
{
    const int row = mUnmatched->currentRow();
    const QString barcode = mMatch->text().trimmed();
    if (row < 0 || row >= mUnmatchedLines.size() || barcode.isEmpty()) {
        mContext.events.reportError(tr("Select a line that is not matched, then scan or type the barcode of its SKU."));
        return;
    }
    auto sku = mContext.desk.skuByBarcode(barcode);
    if (!sku) {
        mContext.events.reportError(sku.errorMessage());
        return;
    }
    if (!sku->has_value()) {
        mContext.events.reportError(tr("No SKU has the barcode %1.").arg(barcode));
        mMatch->selectAll();
        return;
    }
    const UnmatchedLine &line = mUnmatchedLines[row];
    mMatch->clear();
    auto *command = new MatchLineCommand(
        mContext.desk, mContext.events, line.lineId, (*sku)->sku.id, line.orderNo, barcode, mContext.actor);
    if (push(command))
        mSummary->setText(tr("Matched to %1 and remembered: %n line(s) like it matched.", nullptr,
            int(command->change().matchedLines.size()))
                              .arg(barcode));
}

void QueueView::setFlag(const QString &flag)
{
    QList<ShippingService::FlagChange> previous;
    for (const ShipmentOrder &so : selectedOrders())
        previous.append({ so.order.id, so.order.orderNo, so.order.flag });
    if (previous.isEmpty())
        return;
    if (push(new SetFlagCommand(mContext.desk, mContext.events, previous, flag)) && flag == QLatin1String("yellow"))
        mSummary->setText(
            tr("%n order(s) flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.",
                nullptr, int(previous.size())));
}

} // namespace shopdesk::shipping
