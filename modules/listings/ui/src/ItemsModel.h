#pragma once

#include "ListingsService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace shopdesk::listings {

/// The items table: one row per item (not archived), with its SKU count and on-hand. Title and
/// price are edited in place and the shelf state is a check box: setData() hands the edit to the
/// view's handler, which pushes an undo command; the row changes when the shop announces it.
class ItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Title, Category, Role, MainPush, Price, Skus, OnHand, OnShelf, TitleBytes, ColumnCount };
    static constexpr int kRawRole = Qt::UserRole;

    /// Takes an in-place edit of `column` (Title: QString, Price: text in yuan, OnShelf: bool);
    /// false when it was refused.
    using EditHandler = std::function<bool(const core::Item &item, Column column, const QVariant &value)>;

    using QAbstractTableModel::QAbstractTableModel;
    void setEditHandler(EditHandler handler) { mEdit = std::move(handler); }

    void setItems(QList<core::ItemOverview> items);
    /// The items' versions, read just before the items (core::RowVersions): what an edit carries.
    void setVersions(QHash<qint64, qint64> versions) { mVersions = std::move(versions); }
    std::optional<qint64> version(qint64 itemId) const
    {
        const auto it = mVersions.constFind(itemId);
        return it == mVersions.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
    const core::ItemOverview &at(int row) const { return mItems.at(row); }
    /// Lower-cased code, title and category (code and shown name): what the search looks in.
    const QString &haystack(int row) const { return mHaystack.at(row); }
    int rowOf(qint64 itemId) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    EditHandler mEdit;
    QList<core::ItemOverview> mItems;
    QHash<qint64, qint64> mVersions;
    QStringList mHaystack;
};

/// The filters above the items table. Every word typed must appear (item code, title words,
/// category); the other filters narrow by category, role, shelf state and main push.
struct ItemFilter {
    enum class Shelf { Any, On, Off };
    QStringList words; ///< lower-cased
    QString category; ///< stored code; empty = any
    QString role; ///< stored code; empty = any
    Shelf shelf = Shelf::Any;
    bool mainPushOnly = false;

    static QStringList splitWords(const QString &text);
    bool accepts(const core::ItemOverview &o, const QString &haystack) const;
};

class ItemsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(ItemFilter filter);
    const ItemFilter &filter() const { return mFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ItemFilter mFilter;
};

} // namespace shopdesk::listings
