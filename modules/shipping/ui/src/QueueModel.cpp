#include "QueueModel.h"

#include "QueueView.h"
#include "shopdesk/shipping/OrderFlags.h"
#include "shopdesk/shipping/ParcelService.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Vocabulary.h>

#include <QFont>
#include <QPalette>
#include <QWidget>

namespace shopdesk::shipping {

OrderWindowModel::OrderWindowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderWindowModel::reset(int total, Fetch fetch, Report report)
{
    // Rows out and rows in, not a model reset: the header keeps its sections' sizes and sort
    // (a sort restored with the view's state re-reads the rows while the header is restored).
    if (!mRows.isEmpty()) {
        beginRemoveRows({}, 0, int(mRows.size() - 1));
        mRows.clear();
        endRemoveRows();
    }
    mTotal = total;
    mFetch = std::move(fetch);
    mReport = std::move(report);
    if (mTotal <= 0 || !mFetch)
        return;
    auto first = mFetch(0, kPage);
    if (!first) {
        if (mReport)
            mReport(first.errorMessage());
        mTotal = 0;
        return;
    }
    if (first->isEmpty()) {
        mTotal = 0;
        return;
    }
    beginInsertRows({}, 0, int(first->size() - 1));
    mRows = std::move(first).value();
    endInsertRows();
}

const QueueRow *OrderWindowModel::rowAt(int row) const
{
    return row >= 0 && row < mRows.size() ? &mRows[row] : nullptr;
}

int OrderWindowModel::rowOf(qint64 orderId) const
{
    for (qsizetype i = 0; i < mRows.size(); ++i)
        if (mRows[i].order.order.id == orderId)
            return int(i);
    return -1;
}

int OrderWindowModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mRows.size()); }

bool OrderWindowModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && mFetch && mRows.size() < mTotal;
}

void OrderWindowModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = mFetch(int(mRows.size()), kPage);
    if (!more) {
        if (mReport)
            mReport(more.errorMessage());
        mTotal = int(mRows.size()); // stop asking: the error is reported once
        return;
    }
    if (more->isEmpty()) {
        mTotal = int(mRows.size()); // the queue shrank meanwhile
        return;
    }
    beginInsertRows({}, int(mRows.size()), int(mRows.size() + more->size() - 1));
    mRows += *more;
    endInsertRows();
}

QueueModel::QueueModel(QObject *parent)
    : OrderWindowModel(parent)
{
}

int QueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QueueSort QueueModel::sortOf(int column)
{
    switch (column) {
    case OrderNo:
        return QueueSort::OrderNo;
    case PaidAt:
        return QueueSort::PaidAt;
    case Deadline:
        return QueueSort::Deadline;
    case Recipient:
        return QueueSort::Receiver;
    case Province:
        return QueueSort::Province;
    case Courier:
        return QueueSort::Courier;
    case Tracking:
        return QueueSort::Tracking;
    case Printed:
        return QueueSort::Printed;
    case Flag:
        return QueueSort::Flag;
    default:
        return QueueSort::Queue;
    }
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (sortBy)
        sortBy(sortOf(column), order);
}

QString QueueModel::marker(const QueueRow &r)
{
    switch (r.group) {
    case QueueRow::Group::None:
        break;
    case QueueRow::Group::OneBuyer:
        return ParcelService::tr("%n orders of one buyer", nullptr, r.groupCount);
    case QueueRow::Group::OneBuyerNotMergeable:
        return ParcelService::tr("%n orders of one buyer (not mergeable)", nullptr, r.groupCount);
    case QueueRow::Group::Merged:
        return ParcelService::tr("merged: %n orders, one parcel", nullptr, r.groupCount);
    case QueueRow::Group::Split:
        return ParcelService::tr("split: %n parcels", nullptr, r.groupCount);
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderNo:
        return QueueView::tr("Order no.");
    case PaidAt:
        return QueueView::tr("Paid at");
    case Deadline:
        return QueueView::tr("Dispatch by");
    case Recipient:
        return QueueView::tr("Recipient");
    case Province:
        return QueueView::tr("Province");
    case Goods:
        return QueueView::tr("Goods");
    case Courier:
        return QueueView::tr("Courier");
    case Tracking:
        return QueueView::tr("Tracking no.");
    case Printed:
        return QueueView::tr("Printed");
    case Flag:
        return QueueView::tr("Flag");
    case Message:
        return QueueView::tr("Buyer's message");
    case Parcel:
        return QueueView::tr("Parcel");
    default:
        return {};
    }
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const QueueRow *r = rowAt(index.row());
    if (!r)
        return {};
    const core::Order &o = r->order.order;
    if (role == Qt::DisplayRole) {
        // Text is made here, for the rows the view paints, never for the whole queue.
        switch (index.column()) {
        case OrderNo:
            return o.orderNo;
        case PaidAt:
            return r->paidText;
        case Deadline:
            return r->deadlineText;
        case Recipient:
            return o.receiverName;
        case Province:
            return o.province;
        case Goods:
            return r->order.goods();
        case Courier:
            return Couriers::displayName(r->courier);
        case Tracking:
            return o.trackingNo;
        case Printed:
            return r->order.printCount;
        case Flag:
            return o.flag.isEmpty() ? QString() : core::Vocabulary::flag(o.flag);
        case Message:
            return o.buyerMessage;
        case Parcel:
            return marker(*r);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Printed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Deadline && r->due != QueueRow::Due::Later) {
        const bool overdue = r->due == QueueRow::Due::Overdue;
        const QPalette palette = view ? view->palette() : QPalette();
        if (role == Qt::BackgroundRole)
            return overdue ? palette.color(QPalette::Highlight) : QVariant();
        if (role == Qt::ForegroundRole)
            return palette.color(overdue ? QPalette::HighlightedText : QPalette::Link);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return overdue ? QueueView::tr("Overdue: this order should have left already")
                           : QueueView::tr("Must leave today");
    }
    if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole) && OrderFlags::colour(o.flag).isValid()) {
        // The flag's colours from the central palette: readable under a dark theme too.
        const auto pair = core::colours::pair(core::colours::flagRole(o.flag), view ? view->palette() : QPalette());
        return role == Qt::BackgroundRole ? pair.background : pair.text;
    }
    if (role == Qt::ToolTipRole && index.column() == Flag && !r->flagMemo.isEmpty())
        return r->flagMemo;
    return {};
}

} // namespace shopdesk::shipping
