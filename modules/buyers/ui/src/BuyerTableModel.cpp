#include "BuyerTableModel.h"

#include <shopdesk/core/Money.h>

#include <QLocale>

namespace shopdesk::buyers {

using core::ColumnKind;
using Values = BuyersRepository;

BuyerTableModel::BuyerTableModel(QObject *parent, int windowSize)
    : core::WindowedTableModel(
        {
            { [] { return tr("Member name"); }, ColumnKind::Text },
            { [] { return tr("Name"); }, ColumnKind::Text },
            { [] { return tr("Phone"); }, ColumnKind::Text },
            { [] { return tr("Member tier"); }, ColumnKind::Text },
            { [] { return tr("Total spend"); }, ColumnKind::Money },
            { [] { return tr("Orders"); }, ColumnKind::Integer },
            { [] { return tr("Returns"); }, ColumnKind::Integer },
            { [] { return tr("First order"); }, ColumnKind::Text },
            { [] { return tr("Last order"); }, ColumnKind::Text },
            { [] { return tr("Loyal"); }, ColumnKind::Text },
        },
        windowSize, parent)
{
    QList<int> sortable;
    for (int c = 0; c < ColumnCount; ++c)
        if (BuyersRepository::sortable(c))
            sortable << c;
    setSortableColumns(sortable);
}

void BuyerTableModel::setFilter(
    const BuyersService &service, const BuyerFilter &filter, qint64 total, const core::MemberThresholds &thresholds)
{
    mThresholds = thresholds;
    const BuyersService *s = &service;
    (void)setSource([total]() -> core::Result<qint64> { return total; },
        [s, filter](const core::RowWindow &w) { return s->window(filter, w); });
}

void BuyerTableModel::setMaskPhones(bool mask)
{
    if (mask == mMask)
        return;
    mMask = mask;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Phone), index(rowCount() - 1, Phone));
}

std::optional<BuyerRow> BuyerTableModel::buyerAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return BuyersRepository::rowOf(rowAt(row));
}

int BuyerTableModel::rowOf(const QString &nick) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (rowAt(i).value(Values::Nick).toString() == nick)
            return i;
    return -1;
}

core::MemberTier BuyerTableModel::tierOf(qint64 spendFen) const
{
    return core::Members::tierFor(core::Money::fromFen(spendFen), mThresholds);
}

QVariant BuyerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QVariantList &r = rowAt(index.row());
    if (r.size() < Values::ValueCount)
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
    if (role == Qt::UserRole)
        return core::WindowedTableModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Nick:
        return r.at(Values::Nick).toString();
    case Name:
        return r.at(Values::Name).toString();
    case Phone: {
        const QString phone = r.at(Values::Phone).toString();
        return mMask ? core::Members::maskPhone(phone) : phone;
    }
    case Tier: {
        const core::MemberTier tier = tierOf(r.at(Values::Spend).toLongLong());
        return role == Qt::ToolTipRole ? core::Members::entitlement(tier) : core::Members::name(tier);
    }
    case Spend:
        return core::Money::fromFen(r.at(Values::Spend).toLongLong()).toDisplayString();
    case Orders:
        return QLocale().toString(r.at(Values::Orders).toLongLong());
    case Returns:
        return QLocale().toString(r.at(Values::Returns).toLongLong());
    case FirstOrder:
        return r.at(Values::FirstPaid).toString().left(10);
    case LastOrder:
        return r.at(Values::LastPaid).toString().left(10);
    case Loyal:
        return r.at(Values::Loyal).toInt() != 0 ? tr("Loyal") : QString();
    default:
        return {};
    }
}

void BuyerTableModel::retranslate()
{
    core::WindowedTableModel::retranslate();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace shopdesk::buyers
