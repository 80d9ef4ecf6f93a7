#pragma once

#include "shopdesk/buyers/BuyersService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QUndoStack;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::buyers {

class BuyerTableModel;

/// Every buyer (买家) with spend, orders, returns and member tier (会员), highest spend first;
/// searched by member name, name or phone (phones masked unless “Show phones” is ticked);
/// narrowed to a segment for mass messages and exported as CSV / xlsx. The chosen buyer's page:
/// orders, size profile (身高 / 体重 / usual size), note and the flag 钢丝客户, saved undoably.
class BuyersView : public core::View {
    Q_OBJECT
public:
    BuyersView(
        const core::PanelContext &context, BuyersService &service, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    /// Re-reads now when shown, else when next shown (a change elsewhere while the dock is hidden).
    void reloadWhenShown();
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void setToday(QDate day);
    void focusSearch();
    /// Shows the buyer with this member name (clears a search that hides them).
    bool showBuyer(const QString &nick);
    /// Asks for a file and writes the buyers shown.
    void exportDialog();
    /// Writes the buyers shown to `path` (.csv or .xlsx); false (and reported) when it fails.
    bool exportTo(const QString &path);
    /// Saves the profile form of the buyer shown, as one undoable step.
    bool saveProfile();

    BuyerTableModel *model() const { return mModel; }
    BuyerFilter filter() const;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void loadRows();
    void showDetail();
    void updateSegmentFields();
    void report(const QString &message);

    core::PanelContext mContext;
    BuyersService &mService;
    QUndoStack *mUndoStack;
    QDate mToday;
    bool mStale = false;
    QString mShownNick;
    BuyerProfile mShownProfile;
    qint64 mShownVersion = 0; ///< the buyer's row version the profile form was filled from

    QLabel *mSearchLabel;
    QLineEdit *mSearch;
    QComboBox *mTier;
    QComboBox *mSegment;
    QComboBox *mCategory;
    QSpinBox *mDays;
    QCheckBox *mShowPhones;
    QPushButton *mExport;
    QLabel *mCount;
    BuyerTableModel *mModel;
    QTableView *mTable;
    QTimer *mSearchTimer;

    QLabel *mSummary;
    core::RecordTableModel *mOrders;
    QTableView *mOrdersTable;
    QLabel *mHeightLabel, *mWeightLabel, *mSizeLabel, *mNoteLabel;
    QSpinBox *mHeight;
    QDoubleSpinBox *mWeight;
    QLineEdit *mSize;
    QPlainTextEdit *mNote;
    QCheckBox *mLoyal;
    QPushButton *mSave;
};

} // namespace shopdesk::buyers
