#include "BuyerTableModel.h"

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Vocabulary.h>

#include <QLocale>

#include <algorithm>

namespace shopdesk::buyers {

BuyerTableModel::BuyerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BuyerTableModel::setRows(QVector<BuyerRow> rows, const core::MemberThresholds &thresholds)
{
    beginResetModel();
    mRows = std::move(rows);
    mThresholds = thresholds;
    endResetModel();
}

void BuyerTableModel::setMaskPhones(bool mask)
{
    if (mask == mMask)
        return;
    mMask = mask;
    if (!mRows.isEmpty())
        Q_EMIT dataChanged(index(0, Phone), index(int(mRows.size()) - 1, Phone));
}

const BuyerRow *BuyerTableModel::rowAt(int row) const { return row >= 0 && row < mRows.size() ? &mRows[row] : nullptr; }

int BuyerTableModel::rowOf(const QString &nick) const
{
    for (qsizetype i = 0; i < mRows.size(); ++i)
        if (mRows[i].nick == nick)
            return int(i);
    return -1;
}

int BuyerTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mRows.size()); }

int BuyerTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

core::MemberTier BuyerTableModel::tierOf(const BuyerRow &r) const
{
    return core::Members::tierFor(core::Money::fromFen(r.spendFen), mThresholds);
}

QVariant BuyerTableModel::data(const QModelIndex &index, int role) const
{
    const BuyerRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Spend:
        case Orders:
        case Returns:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Nick:
        return r->nick;
    case Name:
        return r->name;
    case Phone:
        return mMask ? core::Members::maskPhone(r->phone) : r->phone;
    case Tier:
        return role == Qt::ToolTipRole ? core::Members::entitlement(tierOf(*r)) : core::Members::name(tierOf(*r));
    case Spend:
        return core::Money::fromFen(r->spendFen).toDisplayString();
    case Orders:
        return QLocale().toString(r->orders);
    case Returns:
        return QLocale().toString(r->returns);
    case FirstOrder:
        return r->firstDay ? r->firstOrder().toString(Qt::ISODate) : QString();
    case LastOrder:
        return r->lastDay ? r->lastOrder().toString(Qt::ISODate) : QString();
    case Loyal:
        return r->loyal ? tr("Loyal") : QString();
    default:
        return {};
    }
}

QVariant BuyerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Nick:
        return tr("Member name");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Tier:
        return tr("Member tier");
    case Spend:
        return tr("Total spend");
    case Orders:
        return tr("Orders");
    case Returns:
        return tr("Returns");
    case FirstOrder:
        return tr("First order");
    case LastOrder:
        return tr("Last order");
    case Loyal:
        return tr("Loyal");
    default:
        return {};
    }
}

void BuyerTableModel::sort(int column, Qt::SortOrder order)
{
    auto key = [column](const BuyerRow &a, const BuyerRow &b) -> int {
        auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (column) {
        case Nick:
            return a.nick.compare(b.nick);
        case Name:
            return a.name.compare(b.name);
        case Phone:
            return a.phone.compare(b.phone);
        case Tier:
        case Spend:
            return cmp(a.spendFen, b.spendFen);
        case Orders:
            return cmp(a.orders, b.orders);
        case Returns:
            return cmp(a.returns, b.returns);
        case FirstOrder:
            return cmp(a.firstDay, b.firstDay);
        case LastOrder:
            return cmp(a.lastDay, b.lastDay);
        case Loyal:
            return cmp(int(a.loyal), int(b.loyal));
        default:
            return 0;
        }
    };
    Q_EMIT layoutAboutToBeChanged();
    std::stable_sort(mRows.begin(), mRows.end(), [&](const BuyerRow &a, const BuyerRow &b) {
        const int c = key(a, b);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a.id < b.id;
    });
    Q_EMIT layoutChanged();
}

void BuyerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!mRows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(mRows.size()) - 1, ColumnCount - 1));
}

} // namespace shopdesk::buyers
