#pragma once

#include "ViewContext.h"
#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/PanelContract.h>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace shopdesk::shipping {

/// The store's own freight data (运费与单号): each courier's price table (first kg + each
/// additional kg by province), edited in place or imported from a file, the number ranges its
/// couriers issued, and the couriers the shop adds. The built-in tables are only the starting
/// values: the first look at a courier's table makes it the shop's own.
class FreightView : public core::View {
    Q_OBJECT
public:
    explicit FreightView(const ViewContext &context, QWidget *parent = nullptr);

    void reload() override;

    QComboBox *courier() const { return mCourier; }
    QTableWidget *prices() const { return mPrices; }
    /// The table as edited (a row with a bad amount names it and gives nothing).
    std::optional<PriceTable> editedTable();
    /// Saves the edited table as one undoable edit.
    void saveTable();
    /// Imports price tables from a file as one undoable edit.
    void importTables(const QString &path);
    /// Imports number ranges (CSV: courier, first, last).
    void importRanges(const QString &path);
    /// Adds a courier of the shop's own as one undoable edit.
    void addCourier(const ShopCourier &courier);
    /// The number ranges as listed (each item's data is the range's id).
    QListWidget *ranges() const { return mRanges; }
    /// Deletes the number range selected in the list, as one undoable edit, after asking (the
    /// question says what it affects: the numbers not given out yet).
    void removeSelectedRange();
    /// Asks a yes/no question (title, text) → yes. By default a question box; tests answer it.
    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question ask) { mAsk = std::move(ask); }

protected:
    void retranslateUi() override;

private:
    void showTable();
    void askNewCourier();

    ViewContext mContext;
    QLabel *mHint, *mCourierLabel, *mRangesLabel;
    QComboBox *mCourier;
    QTableWidget *mPrices;
    QPushButton *mAddRow, *mRemoveRow, *mSave, *mImport, *mImportRanges, *mRemoveRange, *mNewCourier;
    Question mAsk;
    QListWidget *mRanges;
};

} // namespace shopdesk::shipping
