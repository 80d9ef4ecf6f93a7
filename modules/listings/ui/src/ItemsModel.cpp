#include "ItemsModel.h"

#include "TitleChecker.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Vocabulary.h>

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace shopdesk::listings {

using core::Vocabulary;

void ItemsModel::setItems(QList<core::ItemOverview> items)
{
    beginResetModel();
    mItems = std::move(items);
    mHaystack.clear();
    mHaystack.reserve(mItems.size());
    for (const core::ItemOverview &o : mItems)
        mHaystack.append(QString(o.item.code + QLatin1Char(' ') + o.item.title + QLatin1Char(' ') + o.item.category
            + QLatin1Char(' ') + Vocabulary::category(o.item.category))
                             .toCaseFolded());
    endResetModel();
}

void ItemsModel::retranslate()
{
    // Shown category names change with the language: rebuild what the search looks in.
    setItems(mItems);
}

int ItemsModel::rowOf(qint64 itemId) const
{
    for (int r = 0; r < mItems.size(); ++r)
        if (mItems[r].item.id == itemId)
            return r;
    return -1;
}

int ItemsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mItems.size()); }

int ItemsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mItems.size())
        return {};
    const core::ItemOverview &o = mItems.at(index.row());
    const core::Item &i = o.item;
    if (role == kRawRole) {
        switch (index.column()) {
        case Code:
            return i.code;
        case Title:
            return i.title;
        case Category:
            return Vocabulary::category(i.category);
        case Role:
            return Vocabulary::role(i.role);
        case MainPush:
            return i.mainPush;
        case Price:
            return i.price.fen();
        case Skus:
            return o.skuCount;
        case OnHand:
            return o.onHand;
        case OnShelf:
            return i.onShelf;
        case TitleBytes:
            return TitleChecker::platformBytes(i.title);
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Code:
            return i.code;
        case Title:
            return i.title;
        case Category:
            return Vocabulary::category(i.category);
        case Role:
            return Vocabulary::role(i.role);
        case MainPush:
            return i.mainPush ? tr("Main push") : QString();
        case Price:
            return i.price.toDisplayString();
        case Skus:
            return QLocale::c().toString(o.skuCount);
        case OnHand:
            return QLocale::c().toString(o.onHand);
        case OnShelf:
            return i.onShelf ? tr("On shelf") : tr("Off shelf");
        case TitleBytes:
            return tr("%1/%2").arg(TitleChecker::platformBytes(i.title)).arg(TitleChecker::kMaxBytes);
        }
    }
    if (role == Qt::EditRole) {
        if (index.column() == Title)
            return i.title;
        if (index.column() == Price)
            return i.price.toPlainString();
    }
    if (role == Qt::CheckStateRole && index.column() == OnShelf)
        return i.onShelf ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Price && index.column() != OnShelf ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (!i.onShelf)
            return core::colours::pair(core::colours::Role::MutedText).text;
        if (index.column() == OnHand && o.onHand <= 0)
            return core::colours::pair(core::colours::Role::BadText).text;
        if (index.column() == TitleBytes && TitleChecker::platformBytes(i.title) > TitleChecker::kMaxBytes)
            return core::colours::pair(core::colours::Role::BadText).text;
    }
    return {};
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Item code");
    case Title:
        return tr("Title");
    case Category:
        return tr("Category");
    case Role:
        return tr("Role");
    case MainPush:
        return tr("Main push");
    case Price:
        return tr("Price");
    case Skus:
        return tr("SKUs");
    case OnHand:
        return tr("On hand");
    case OnShelf:
        return tr("Shelf");
    case TitleBytes:
        return tr("Title bytes");
    }
    return {};
}

Qt::ItemFlags ItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !mEdit)
        return f;
    if (index.column() == Title || index.column() == Price)
        f |= Qt::ItemIsEditable;
    if (index.column() == OnShelf)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= mItems.size() || !mEdit)
        return false;
    const core::Item item = mItems.at(index.row()).item; // a copy: the edit may reset the model
    if (role == Qt::EditRole && (index.column() == Title || index.column() == Price))
        return mEdit(item, Column(index.column()), value);
    if (role == Qt::CheckStateRole && index.column() == OnShelf)
        return mEdit(item, OnShelf, value.toInt() == Qt::Checked);
    return false;
}

QStringList ItemFilter::splitWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text.toCaseFolded().split(spaces, Qt::SkipEmptyParts);
}

bool ItemFilter::accepts(const core::ItemOverview &o, const QString &haystack) const
{
    if (!category.isEmpty() && o.item.category != category)
        return false;
    if (!role.isEmpty() && o.item.role != role)
        return false;
    if (shelf == Shelf::On && !o.item.onShelf)
        return false;
    if (shelf == Shelf::Off && o.item.onShelf)
        return false;
    if (mainPushOnly && !o.item.mainPush)
        return false;
    for (const QString &w : words)
        if (!haystack.contains(w))
            return false;
    return true;
}

void ItemsFilterModel::setFilter(ItemFilter filter)
{
    mFilter = std::move(filter);
    invalidateFilter();
}

bool ItemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *m = static_cast<const ItemsModel *>(sourceModel());
    return mFilter.accepts(m->at(sourceRow), m->haystack(sourceRow));
}

} // namespace shopdesk::listings
