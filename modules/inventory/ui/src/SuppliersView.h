#pragma once

#include "shopdesk/inventory/SupplierService.h"

#include <shopdesk/core/PanelContract.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace shopdesk::core {
class FrontGate;
class RecordTableModel;
} // namespace shopdesk::core

namespace shopdesk::inventory {

/// The suppliers (供应商): name, contact, phone, city, note and the items each supplies (linked
/// to it or on its posted receiving notes). A supplier is added, or the selected one edited, from
/// the form below the list; both are undoable. A supplier the shop no longer buys from is archived
/// (归档) after a question shown above the form (what it affects), or unarchived, both undoable;
/// archived suppliers are listed only when "Show archived" is ticked.
class SuppliersView : public core::View {
    Q_OBJECT
public:
    SuppliersView(
        const core::PanelContext &context, SupplierService &service, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Reads nothing until the view first comes to the front.
    void reload() override;
    void retranslateUi() override;
    /// The list has been read (the view came to the front).
    bool computed() const;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    /// Adds the supplier typed in the form (undoable).
    core::Status addSupplier();
    /// Writes the form over the selected supplier (undoable).
    core::Status saveSupplier();
    void select(int row);
    /// Asks, in the bar above the form, whether to archive the selected supplier and what that
    /// affects. An error when none is selected or it is archived already.
    core::Status askArchive();
    /// Archives the supplier the question is about (undoable).
    core::Status confirmArchive();
    /// Takes the selected archived supplier out of the archive (undoable).
    core::Status unarchiveSupplier();
    void setShowArchived(bool show);
    /// The item with the code typed under the list also comes from the selected supplier (an
    /// item's further supplier, e.g. a second factory for a hot item), or no longer does; both
    /// undoable. The item's own supplier stays as it is.
    core::Status linkItem();
    core::Status unlinkItem();

Q_SIGNALS:
    /// A supplier was added or changed: the views that choose a supplier re-read the list.
    void suppliersChanged();

private:
    core::Supplier fromForm() const;
    void pushed(const core::Status &s);
    core::Status pushArchived(const core::Supplier &supplier, bool archived);
    core::Status pushLink(bool link);
    void hideArchiveQuestion();
    void updateButtons();
    /// The items column: the first kItemsShown codes, then how many there are in all.
    static QString itemsText(const QStringList &codes);
    static constexpr int kItemsShown = 20;
    /// The version of the supplier as last read; none when it is not in the list.
    std::optional<qint64> versionOf(qint64 id) const;

    core::PanelContext mContext;
    SupplierService &mService;
    core::FrontGate *mGate;
    QUndoStack *mUndo;
    QList<SupplierRow> mRows;
    QHash<qint64, qint64> mVersions; ///< each supplier's row version, read before mRows
    core::Status mLast;
    bool mPushing = false; ///< a push reports its result to the caller; undo and redo here
    QLabel *mTitle, *mNameLabel, *mContactLabel, *mPhoneLabel, *mCityLabel, *mNoteLabel, *mItemLabel;
    QLineEdit *mItemCode;
    QPushButton *mLinkItem, *mUnlinkItem;
    QLineEdit *mName, *mContact, *mPhone, *mCity, *mNote;
    QPushButton *mAdd, *mSave, *mArchive, *mUnarchive, *mConfirmArchive, *mCancelArchive;
    QCheckBox *mShowArchived;
    QWidget *mArchiveBar;
    QLabel *mArchiveAsk;
    qint64 mPendingArchive = 0; ///< the supplier the archive question is about
    core::RecordTableModel *mModel;
    QTableView *mView;
};

} // namespace shopdesk::inventory
