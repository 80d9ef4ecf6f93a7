#pragma once

#include "shopdesk/buyers/BuyersRepository.h"

#include <shopdesk/core/Members.h>

#include <QAbstractTableModel>

namespace shopdesk::buyers {

/// The buyer list over the service's compact rows (a QVector of 200,000 small records, no item
/// per cell): every text is made when the view asks for a visible cell. Sorting reorders the vector.
class BuyerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Nick, Name, Phone, Tier, Spend, Orders, Returns, FirstOrder, LastOrder, Loyal, ColumnCount };

    explicit BuyerTableModel(QObject *parent = nullptr);

    void setRows(QVector<BuyerRow> rows, const core::MemberThresholds &thresholds);
    void setMaskPhones(bool mask);
    const QVector<BuyerRow> &rows() const { return mRows; }
    const BuyerRow *rowAt(int row) const;
    /// The row of the buyer with this member name, or -1.
    int rowOf(const QString &nick) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void retranslate();

private:
    core::MemberTier tierOf(const BuyerRow &r) const;

    QVector<BuyerRow> mRows;
    core::MemberThresholds mThresholds;
    bool mMask = true;
};

} // namespace shopdesk::buyers
