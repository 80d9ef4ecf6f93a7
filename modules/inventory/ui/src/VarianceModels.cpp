#include "VarianceModels.h"

#include <shopdesk/core/Colours.h>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace shopdesk::inventory {

namespace {
using core::colours::Role;
/// 盘盈 green, 盘亏 red: a cell's background, or its text (`foreground`), from the central palette
/// in the variant that suits the palette in use (light or dark).
QVariant varianceBrush(Role role, bool foreground)
{
    const core::colours::Pair p = core::colours::pair(role);
    return QBrush(foreground ? p.text : p.background);
}
} // namespace

void VarianceItemModel::setRows(const QList<VarianceRow> &rows, bool blind)
{
    beginResetModel();
    mBlind = blind;
    mItems.clear();
    QHash<QString, int> at;
    for (const VarianceRow &r : rows) {
        int i = at.value(r.itemCode, -1);
        if (i < 0) {
            i = int(mItems.size());
            at.insert(r.itemCode, i);
            mItems.append({ r.itemCode, r.itemTitle });
        }
        ItemLine &line = mItems[i];
        line.expected += r.expected();
        line.counted += r.counted;
        if (!r.scanned)
            continue; // 未盘: not a difference yet
        if (r.variance() > 0)
            line.surplus += r.variance();
        else
            line.shortage -= r.variance();
        line.value += r.varianceValue();
    }
    endResetModel();
}

QString VarianceItemModel::itemCodeAt(int row) const
{
    return row >= 0 && row < mItems.size() ? mItems.at(row).code : QString();
}

int VarianceItemModel::rowOfItem(const QString &code) const
{
    for (int i = 0; i < mItems.size(); ++i)
        if (mItems.at(i).code == code)
            return i;
    return -1;
}

int VarianceItemModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mItems.size()); }

int VarianceItemModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VarianceItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mItems.size())
        return {};
    const ItemLine &l = mItems.at(index.row());
    // Blind: what the book says (and so every difference) stays hidden from the counters.
    if (mBlind && index.column() != Code && index.column() != Title && index.column() != Counted)
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return l.code;
        case Title:
            return l.title;
        case Expected:
            return QString::number(l.expected);
        case Counted:
            return QString::number(l.counted);
        case Surplus:
            return l.surplus ? QString::number(l.surplus) : QString();
        case Shortage:
            return l.shortage ? QString::number(l.shortage) : QString();
        case Value:
            return l.value.fen() ? l.value.toDisplayString() : QString();
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() <= Title ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        if (index.column() == Surplus && l.surplus)
            return varianceBrush(Role::Surplus, role == Qt::ForegroundRole);
        if (index.column() == Shortage && l.shortage)
            return varianceBrush(Role::Shortage, role == Qt::ForegroundRole);
    }
    return {};
}

QVariant VarianceItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Item code");
    case Title:
        return tr("Title");
    case Expected:
        return tr("Expected");
    case Counted:
        return tr("Counted");
    case Surplus:
        return tr("Surplus");
    case Shortage:
        return tr("Shortage");
    case Value:
        return tr("Value");
    }
    return {};
}

void VarianceGridModel::setItem(const QList<VarianceRow> &rows, const QString &itemCode, bool blind)
{
    beginResetModel();
    mBlind = blind;
    mItemCode = itemCode;
    mColors.clear();
    mSizes.clear();
    mCells.clear();
    for (const VarianceRow &r : rows) {
        if (r.itemCode != itemCode)
            continue;
        if (!mColors.contains(r.color))
            mColors << r.color;
        if (!mSizes.contains(r.size))
            mSizes << r.size;
        mCells.insert(r.color + QLatin1Char('\n') + r.size, r);
    }
    endResetModel();
}

const VarianceRow *VarianceGridModel::cell(int row, int column) const
{
    if (row < 0 || row >= mColors.size() || column < 0 || column >= mSizes.size())
        return nullptr;
    auto it = mCells.constFind(mColors.at(row) + QLatin1Char('\n') + mSizes.at(column));
    return it == mCells.constEnd() ? nullptr : &it.value();
}

const VarianceRow *VarianceGridModel::rowAt(const QModelIndex &index) const
{
    return index.isValid() ? cell(index.row(), index.column()) : nullptr;
}

int VarianceGridModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mColors.size()); }

int VarianceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || mSizes.isEmpty() ? 0 : int(mSizes.size()) + 2;
}

QString VarianceGridModel::signedPieces(qint64 v)
{
    if (v > 0)
        return QStringLiteral("+%1").arg(v);
    if (v < 0)
        return QStringLiteral("−%1").arg(-v);
    return QStringLiteral("0");
}

QVariant VarianceGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int sizes = int(mSizes.size());
    qint64 counted = 0, expected = 0, variance = 0;
    core::Money value;
    qint64 system = 0, moved = 0;
    bool any = false, uncounted = false;
    if (index.column() < sizes) {
        const VarianceRow *r = cell(index.row(), index.column());
        if (!r)
            return {};
        counted = r->counted;
        expected = r->expected();
        uncounted = !r->scanned;
        variance = uncounted ? 0 : r->variance();
        value = uncounted ? core::Money() : r->varianceValue();
        system = r->systemQty;
        moved = r->moved;
        any = true;
    } else {
        for (int c = 0; c < sizes; ++c)
            if (const VarianceRow *r = cell(index.row(), c)) {
                counted += r->counted;
                expected += r->expected();
                if (r->scanned) {
                    variance += r->variance();
                    value += r->varianceValue();
                }
                any = true;
            }
    }
    if (!any)
        return {};
    const bool valueColumn = index.column() == sizes + 1;
    if (mBlind) // 盲盘: the counters see what they counted, nothing of the book
        return role == Qt::DisplayRole && !valueColumn
            ? QVariant(uncounted ? tr("not counted") : QString::number(counted))
            : role == Qt::TextAlignmentRole ? QVariant(Qt::AlignCenter)
                                            : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (valueColumn)
            return value.fen() ? value.toDisplayString() : QString();
        if (uncounted)
            return tr("not counted / %1").arg(expected);
        return variance == 0 ? QStringLiteral("%1 / %2").arg(counted).arg(expected)
                             : QStringLiteral("%1 / %2  (%3)").arg(counted).arg(expected).arg(signedPieces(variance));
    case Qt::ToolTipRole:
        if (uncounted)
            return tr("Expected %1 (system %2, moved during the count %3), not counted yet")
                .arg(expected)
                .arg(system)
                .arg(signedPieces(moved));
        if (index.column() < sizes)
            return tr("Expected %1 (system %2, moved during the count %3), counted %4: %5 pieces, %6")
                .arg(expected)
                .arg(system)
                .arg(signedPieces(moved))
                .arg(counted)
                .arg(signedPieces(variance), value.toDisplayString());
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (variance > 0)
            return varianceBrush(Role::Surplus, role == Qt::ForegroundRole);
        if (variance < 0)
            return varianceBrush(Role::Shortage, role == Qt::ForegroundRole);
        return {};
    case Qt::FontRole:
        if (index.column() >= sizes) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant VarianceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < mColors.size() ? QVariant(mColors.at(section)) : QVariant();
    if (section < mSizes.size())
        return mSizes.at(section);
    if (section == mSizes.size())
        return tr("Colour total");
    return tr("Value");
}

} // namespace shopdesk::inventory
