#include "RevisitTableModel.h"

#include <limits>

namespace shopdesk::service {

RevisitTableModel::RevisitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevisitTableModel::setSource(qint64 count, ReadPage read)
{
    beginResetModel();
    mCount = count;
    mRead = std::move(read);
    mPages.clear();
    mRecent.clear();
    mError.clear();
    endResetModel();
}

void RevisitTableModel::clear() { setSource(0, {}); }

void RevisitTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (mCount > 0) // the tiers and the refusals are named in the new language
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const QList<RevisitDue> *RevisitTableModel::page(qint64 number) const
{
    if (const auto held = mPages.constFind(number); held != mPages.cend()) {
        mRecent.removeOne(number);
        mRecent.append(number);
        return &*held;
    }
    if (!mRead)
        return nullptr;
    // Next to a page held: a keyset step after its last row; else a jump by offset.
    const auto before = mPages.constFind(number - 1);
    const RevisitDue *after = before != mPages.cend() && before->size() == kPage ? &before->last() : nullptr;
    auto rows = mRead(number * kPage, kPage, after);
    if (!rows) {
        mError = rows.errorMessage();
        Q_EMIT failed(mError);
        return nullptr;
    }
    mError.clear();
    while (mRecent.size() >= kPagesHeld)
        mPages.remove(mRecent.takeFirst());
    mRecent.append(number);
    return &*mPages.insert(number, *rows);
}

const RevisitDue *RevisitTableModel::rowAt(int row) const
{
    if (row < 0 || row >= mCount)
        return nullptr;
    const QList<RevisitDue> *rows = page(row / kPage);
    const int at = row % kPage;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

int RevisitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(mCount, std::numeric_limits<int>::max()));
}

int RevisitTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RevisitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RevisitDue *r = rowAt(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case Due:
        return r->dueOn.toString(Qt::ISODate);
    case Order:
        return r->orderNo;
    case Buyer:
        return r->buyerNick;
    case Tier:
        return core::Members::name(r->tier);
    case Message:
        return r->message.complete() ? r->message.text : ReplyFiller::refusal(r->message);
    default:
        return {};
    }
}

QVariant RevisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Order:
        return tr("Order");
    case Buyer:
        return tr("Buyer");
    case Tier:
        return tr("Member tier");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace shopdesk::service
