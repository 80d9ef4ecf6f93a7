#include "PrintView.h"

#include "WaybillPrinter.h"
#include "commands/SetTrackingCommand.h"
#include "shopdesk/shipping/Waybill.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

namespace shopdesk::shipping {

PrintView::PrintView(const ViewContext &context, std::function<QList<ShipmentOrder>()> selection, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mSelection(std::move(selection))
{
    setObjectName(QStringLiteral("printView"));
    auto *g = new QGridLayout(this);
    mLayoutLabel = new QLabel(this);
    mLayout = new QComboBox(this);
    mLayout->setObjectName(QStringLiteral("layoutCombo"));
    mLayoutLabel->setBuddy(mLayout);
    for (const QString &n : WaybillLayout::names())
        mLayout->addItem(QString(n).replace(QLatin1Char('x'), QStringLiteral(" × ")) + QStringLiteral(" mm"), n);
    mCopiesLabel = new QLabel(this);
    mCopies = new QSpinBox(this);
    mCopies->setObjectName(QStringLiteral("copies"));
    mCopies->setRange(1, 9);
    mCopiesLabel->setBuddy(mCopies);
    mUnprintedOnly = new QCheckBox(this);
    mUnprintedOnly->setObjectName(QStringLiteral("unprintedOnly"));
    mUnprintedOnly->setChecked(true);
    mReasonLabel = new QLabel(this);
    mReprintReason = new QLineEdit(this);
    mReprintReason->setObjectName(QStringLiteral("reprintReason"));
    mReasonLabel->setBuddy(mReprintReason);
    mPreview = new QPushButton(this);
    mPrint = new QPushButton(this);
    mPdf = new QPushButton(this);
    mPdf->setObjectName(QStringLiteral("pdfButton"));
    connect(mPreview, &QPushButton::clicked, this, [this] { print(Target::Preview); });
    connect(mPrint, &QPushButton::clicked, this, [this] { print(Target::Printer); });
    connect(mPdf, &QPushButton::clicked, this, [this] { print(Target::Pdf); });
    mAssign = new QPushButton(this);
    mAssign->setObjectName(QStringLiteral("assignRangeButton"));
    connect(mAssign, &QPushButton::clicked, this, &PrintView::assignFromRange);
    mSkipped = new QLabel(this);
    mSkipped->setObjectName(QStringLiteral("printSkipped"));
    mSkipped->setWordWrap(true);
    mSkipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSkipped->hide();
    mAsk = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    mAskText = [this](const QString &title, const QString &text) {
        return QInputDialog::getText(this, title, text).trimmed();
    };
    mParcelsLabel = new QLabel(this);
    mParcels = new QTableWidget(0, 5, this);
    mParcels->setObjectName(QStringLiteral("replacementParcels"));
    mParcels->setSelectionBehavior(QAbstractItemView::SelectRows);
    mParcels->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mParcels->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mParcels->verticalHeader()->hide();
    mParcels->horizontalHeader()->setStretchLastSection(true);
    mParcelsLabel->setBuddy(mParcels);
    mPrintHint = new QLabel(this);
    mPrintHint->setWordWrap(true);
    g->addWidget(mPrintHint, 0, 0, 1, 4);
    g->addWidget(mLayoutLabel, 1, 0);
    g->addWidget(mLayout, 1, 1);
    g->addWidget(mCopiesLabel, 2, 0);
    g->addWidget(mCopies, 2, 1);
    g->addWidget(mUnprintedOnly, 3, 0, 1, 2);
    g->addWidget(mReasonLabel, 4, 0);
    g->addWidget(mReprintReason, 4, 1, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mPreview);
    buttons->addWidget(mPrint);
    buttons->addWidget(mPdf);
    buttons->addSpacing(12);
    buttons->addWidget(mAssign);
    buttons->addStretch();
    g->addLayout(buttons, 5, 0, 1, 4);
    g->addWidget(mSkipped, 6, 0, 1, 4);
    g->addWidget(mParcelsLabel, 7, 0, 1, 4);
    g->addWidget(mParcels, 8, 0, 1, 4);
    g->setRowStretch(8, 1);
    g->setColumnStretch(3, 1);
    retranslateUi();
    reload();
    // A replacement parcel sent (an after-sale case books stock) or shipped elsewhere shows at once.
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic t) {
        if (t == core::Topic::Orders || t == core::Topic::Stock || t == core::Topic::Everything)
            reload();
    });
}

void PrintView::reload()
{
    auto waiting = mContext.desk.service().replacementParcels();
    if (!waiting) {
        mContext.events.reportError(waiting.errorMessage());
        return;
    }
    mWaiting = std::move(waiting).value();
    showParcels();
}

void PrintView::showParcels()
{
    QStringList selected;
    for (const QModelIndex &i : mParcels->selectionModel()->selectedRows())
        if (i.row() < mWaiting.size())
            selected << mParcels->item(i.row(), 2)->text();
    mParcels->clearContents();
    mParcels->setRowCount(int(mWaiting.size()));
    for (int r = 0; r < mWaiting.size(); ++r) {
        const ShipmentOrder &p = mWaiting.at(r);
        const QStringList cells
            = { p.order.orderNo, tr("Replacement", "a replacement parcel (补发) of an order that has left"),
                  p.order.trackingNo, Couriers::displayName(p.order.courier),
                  p.printCount == 0 ? tr("not printed") : tr("printed %n time(s)", nullptr, p.printCount) };
        for (int c = 0; c < cells.size(); ++c)
            mParcels->setItem(r, c, new QTableWidgetItem(cells[c]));
        mParcels->item(r, 1)->setToolTip(p.goods());
    }
    mParcels->resizeColumnsToContents();
    selectParcels(selected);
}

void PrintView::selectParcels(const QStringList &trackingNos)
{
    mParcels->clearSelection();
    for (int r = 0; r < mWaiting.size(); ++r)
        if (trackingNos.contains(mWaiting.at(r).order.trackingNo))
            mParcels->selectionModel()->select(
                mParcels->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void PrintView::retranslateUi()
{
    mLayoutLabel->setText(tr("&Layout:"));
    mCopiesLabel->setText(tr("C&opies:"));
    mUnprintedOnly->setText(tr("All &unprinted orders (otherwise the orders selected in the queue)"));
    mReasonLabel->setText(tr("Reprint &reason:"));
    mReprintReason->setPlaceholderText(tr("needed when a waybill is printed again, e.g. paper jam"));
    mPreview->setText(tr("Pre&view…"));
    mPrint->setText(tr("&Print…"));
    mPdf->setText(tr("Save as P&DF…"));
    mAssign->setText(tr("Number from ra&nge…"));
    mAssign->setToolTip(tr("Give the orders selected in the queue, and those only, the next numbers of their "
                           "courier's range; says how many and which numbers first."));
    mPrintHint->setText(tr("Waybills are printed at the layout's size, one page per order. Every print is marked "
                           "on the order; a reprint is logged with its reason."));
    mParcelsLabel->setText(tr("Replacement parcels waiting to leave (select them to print their waybills; the "
                              "unprinted ones come with all unprinted orders):"));
    mParcels->setHorizontalHeaderLabels(
        { tr("Order no."), tr("Parcel"), tr("Tracking no."), tr("Courier"), tr("Waybill") });
    showParcels();
}

QByteArray PrintView::saveState() const
{
    return writeViewState([this](QDataStream &out) {
        out << mLayout->currentData().toString() << qint32(mCopies->value()) << mUnprintedOnly->isChecked();
    });
}

void PrintView::restoreState(const QByteArray &state)
{
    QString layout;
    qint32 copies = 1;
    bool unprintedOnly = true;
    if (!readViewState(state, [&](QDataStream &in) { in >> layout >> copies >> unprintedOnly; }))
        return;
    if (const int i = mLayout->findData(layout); i >= 0)
        mLayout->setCurrentIndex(i);
    mCopies->setValue(copies);
    mUnprintedOnly->setChecked(unprintedOnly);
}

std::optional<QList<ShipmentOrder>> PrintView::ordersToPrint()
{
    reload(); // the parcels as the shop file holds them now
    if (!mUnprintedOnly->isChecked()) {
        QList<ShipmentOrder> out = mSelection();
        for (const QModelIndex &i : mParcels->selectionModel()->selectedRows())
            if (i.row() < mWaiting.size())
                out << mWaiting.at(i.row());
        return out;
    }
    auto unprinted = mContext.desk.unprinted();
    if (!unprinted) {
        mContext.events.reportError(unprinted.errorMessage());
        return std::nullopt;
    }
    QList<ShipmentOrder> out = std::move(unprinted).value();
    for (const ShipmentOrder &p : std::as_const(mWaiting))
        if (p.printCount == 0)
            out << p;
    return out;
}

void PrintView::showSkipped(const QList<ShippingService::Skipped> &skipped)
{
    mSkipped->setVisible(!skipped.isEmpty());
    mSkipped->setText(skipped.isEmpty()
            ? QString()
            : tr("Not printed:\n%1").arg(ShippingService::skippedLines(skipped).join(QLatin1Char('\n'))));
}

std::optional<ShippingService::PrintPlan> PrintView::plan(bool record)
{
    auto orders = ordersToPrint();
    if (!orders)
        return std::nullopt;
    ShippingService::PrintJob asked;
    asked.orders = *orders;
    asked.layout = mLayout->currentData().toString();
    asked.copies = mCopies->value();
    asked.reprintReason = mReprintReason->text();
    asked.record = record; // a preview is not a print: it needs no reprint reason and marks nothing
    // A replacement parcel printed before, chosen again: ask for the reprint's reason (the others
    // printed before need it typed in, as ever).
    QStringList reprinted;
    for (const ShipmentOrder &so : std::as_const(asked.orders))
        if (so.extraParcelId != 0 && so.printCount > 0)
            reprinted << ShippingService::parcelName(so);
    if (record && !reprinted.isEmpty() && asked.reprintReason.trimmed().isEmpty()) {
        const QString reason = mAskText(tr("Print again"),
            tr("The waybill of %1 was printed before. Why is it printed again (e.g. paper jam)?\n\nWithout a reason "
               "it is not printed.")
                .arg(reprinted.join(tr(", ", "between replacement parcels"))));
        if (!reason.isEmpty()) {
            asked.reprintReason = reason;
            mReprintReason->setText(reason);
        }
    }
    // The orders that cannot print are left out and listed; the others print.
    auto plan = mContext.desk.service().planJob(asked);
    if (!plan) {
        mContext.events.reportError(plan.errorMessage());
        return std::nullopt;
    }
    showSkipped(plan->skipped);
    if (plan->job.orders.isEmpty()) {
        mContext.events.reportError(plan->skipped.isEmpty()
                ? tr("There are no waybills to print.")
                : tr("None of these waybills can be printed: see the list under the buttons."));
        return std::nullopt;
    }
    return std::move(plan).value();
}

void PrintView::savePdf(const QString &path)
{
    auto plan = this->plan(true);
    if (!plan)
        return;
    auto r = mContext.desk.service().printToPdf(plan->job, path, mContext.actor);
    if (!r) {
        mContext.events.reportError(r.errorMessage());
        return;
    }
    mContext.events.reportDone(tr("%1 Written to %2.")
                                   .arg(ShippingService::batchReport(int(plan->job.orders.size()), plan->skipped),
                                       QDir::toNativeSeparators(path)));
    reload();
    Q_EMIT printed(); // the printed marks
}

void PrintView::print(Target target)
{
    if (target == Target::Pdf) {
        const QString path = core::FileDialog::getSaveFileName(
            this, tr("Save the waybills as PDF"), QStringLiteral("waybills.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
        return;
    }
    auto plan = this->plan(target != Target::Preview);
    if (!plan)
        return;
    ShippingService &service = mContext.desk.service();
    ShippingService::PrintJob job = plan->job;
    auto layout = service.checkJob(job);
    if (!layout) {
        mContext.events.reportError(layout.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    WaybillPrinter::setUp(printer, *layout, job.copies);
    if (target == Target::Preview) {
        QPrintPreviewDialog preview(&printer, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
            if (core::Status s = WaybillPrinter::paint(service, *p, job, *layout); !s)
                mContext.events.reportError(s.errorMessage());
        });
        preview.exec();
        return; // a preview is not a print
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (core::Status s = WaybillPrinter::paint(service, printer, job, *layout); !s) {
        mContext.events.reportError(s.errorMessage());
        return;
    }
    job.copies = printer.copyCount(); // as finally chosen in the print dialog
    if (core::Status s = service.recordPrinted(job, mContext.actor); !s) {
        mContext.events.reportError(s.errorMessage());
        return;
    }
    mContext.events.reportDone(ShippingService::batchReport(int(job.orders.size()), plan->skipped));
    reload();
    Q_EMIT printed();
}

void PrintView::assignFromRange()
{
    const QList<ShipmentOrder> selected = mSelection();
    if (selected.isEmpty()) {
        mContext.events.reportError(tr("Select the orders to number in the queue first."));
        return;
    }
    ShippingService &service = mContext.desk.service();
    auto plan = service.planRangeAssignment(selected);
    if (!plan) {
        mContext.events.reportError(plan.errorMessage());
        return;
    }
    showSkipped(plan->skipped);
    if (plan->count() == 0) {
        mContext.events.reportError(plan->summary());
        return;
    }
    for (const ShippingService::RangePart &part : std::as_const(plan->parts))
        if (!part.enough()) {
            mContext.events.reportError(tr("%1 has %2 numbers left, %3 are needed: import the next range it issued "
                                           "(number ranges, in the freight view) first.")
                                            .arg(Couriers::displayName(part.courier))
                                            .arg(part.left)
                                            .arg(part.orders.size()));
            return;
        }
    if (!mAsk(tr("Number from range"), tr("%1\n\nGive them these numbers?").arg(plan->summary())))
        return;
    auto assigned = service.assignFromRanges(*plan);
    if (!assigned) {
        mContext.events.reportError(assigned.errorMessage());
        return;
    }
    // The numbers are written; the edit on the undo stack takes them back (and sets them again).
    QList<SetTrackingCommand::Change> changes;
    for (const ShippingService::RangeAssigned &a : std::as_const(*assigned))
        changes.append({ a.before.orderId, a.before.orderNo, a.before.courier, a.before.trackingNo, a.after.courier,
            a.after.trackingNo });
    mContext.undoStack->push(new SetTrackingCommand(mContext.desk, mContext.events, changes));
    QStringList given;
    for (const ShippingService::RangeAssigned &a : std::as_const(*assigned))
        given << a.after.trackingNo;
    mContext.events.reportDone(tr("%n order(s) numbered from the range: %1 … %2.", nullptr, int(given.size()))
                                   .arg(given.first(), given.last()));
}

} // namespace shopdesk::shipping
