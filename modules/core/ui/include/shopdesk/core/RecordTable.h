#pragma once

#include "shopdesk/core/PanelContract.h"
#include "shopdesk/core/Result.h"

#include <QAbstractItemView>
#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace shopdesk::core {

/// How a column's raw values are shown.
enum class ColumnKind { Text, Integer, Money, Percent, Decimal };

struct ColumnSpec {
    std::function<QString()> header; ///< translated at call time, so a language change shows at once
    ColumnKind kind = ColumnKind::Text;
};

/// The house look of a read-only table of records: whole rows selected, no in-place editing,
/// alternating rows, one line per row at a compact height, no row numbers, the last column
/// filling the width. Callers choose the selection mode and sorting.
void setUpRecordView(QTableView *view);
/// Widens each shown column that is narrower than its title or than its cells in the rows in
/// sight and the 200 after them (a column the user made wider stays so, none is narrowed): for a
/// table of many columns at the default width, whose titles in a language, or barcodes, would
/// otherwise be cut off. Call it again after the rows or the titles' language change.
void widenColumnsToFit(QTableView *view);
/// A new table of records over `model` with the house look, named `objectName` (tests find it so).
QTableView *newRecordView(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr,
    QAbstractItemView::SelectionMode selection = QAbstractItemView::ExtendedSelection);

/// A read-only table of raw values (fen for Money, fractions for Percent). Sorting uses the raw
/// value (Qt::UserRole); display formats it.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit RecordTableModel(QList<ColumnSpec> columns, QObject *parent = nullptr);

    void setRows(QList<QVariantList> rows);
    /// `rows` rows whose raw values `cell` gives when the view asks for them (only the rows shown
    /// are ever asked for): for a table of a hundred thousand rows that already live in a record
    /// list, instead of a copy of every value as a QVariant. `cell` must stay valid until the next
    /// setRows() or setCells().
    void setCells(int rows, std::function<QVariant(int row, int column)> cell);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString format(ColumnKind kind, const QVariant &raw);

private:
    QList<ColumnSpec> mColumns;
    QList<QVariantList> mRows;
    int mCellRows = 0;
    std::function<QVariant(int, int)> mCell;
};

} // namespace shopdesk::core
