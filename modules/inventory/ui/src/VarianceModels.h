#pragma once

#include "shopdesk/inventory/StocktakeService.h"

#include <QAbstractTableModel>

namespace shopdesk::inventory {

/// The count's variance per item (货号): expected, counted, 盘盈 and 盘亏 pieces, value at cost. A
/// SKU not counted yet (未盘) adds to neither 盘盈 nor 盘亏. Blind (盲盘), only what was counted shows.
class VarianceItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Title, Expected, Counted, Surplus, Shortage, Value, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<VarianceRow> &rows, bool blind = false);
    QString itemCodeAt(int row) const;
    int rowOfItem(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct ItemLine {
        QString code, title;
        qint64 expected = 0, counted = 0, surplus = 0, shortage = 0;
        core::Money value;
    };
    QList<ItemLine> mItems;
    bool mBlind = false;
};

/// One item's SKUs laid out colour × size: each cell "counted / expected" and the difference,
/// green for 盘盈, red for 盘亏; a SKU not counted yet says 未盘 (not red: nothing is missing
/// yet); the last columns sum the colour's counted SKUs. Blind (盲盘): only the counted pieces.
class VarianceGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `itemCode`'s SKUs from `rows`.
    void setItem(const QList<VarianceRow> &rows, const QString &itemCode, bool blind = false);
    QString itemCode() const { return mItemCode; }
    /// The SKU at a cell (0 for the totals and empty cells).
    const VarianceRow *rowAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString signedPieces(qint64 v);

private:
    QString mItemCode;
    QStringList mColors, mSizes;
    QHash<QString, VarianceRow> mCells; ///< colour + '\n' + size
    bool mBlind = false;
    const VarianceRow *cell(int row, int column) const;
};

} // namespace shopdesk::inventory
