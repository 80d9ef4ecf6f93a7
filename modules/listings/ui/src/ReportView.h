#pragma once

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Result.h>

#include <QDateTime>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace shopdesk::listings {

class ListingsService;

/// What every view of the workbench is given: the one service, the shop's events, the
/// workbench's undo stack.
struct ViewContext {
    ListingsService &service;
    core::ShopEvents &events;
    QUndoStack *undoStack;
};

/// Shows a failure in the one error dialog and logs it (shopdesk.listings); true when `s` is ok.
bool reportFailure(core::ShopEvents &events, const core::Status &s);

/// A report of the workbench (title check, relist plan, advice, Pareto): a summary line over a
/// sortable table of its own model. It is computed when it is shown: a change in the shop
/// refreshes a view on screen at once and a hidden one when it is next shown.
class ReportView : public core::View {
    Q_OBJECT
public:
    ReportView(
        const ViewContext &context, core::RecordTableModel *model, const QString &tableName, QWidget *parent = nullptr);

    /// Computes the report now.
    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mTable; }
    QLabel *summary() const { return mSummary; }
    /// The time the report is made for (the clock unless set: reproducible tests and screenshots).
    void setNow(const QDateTime &now);
    QDateTime now() const { return mNow.isValid() ? mNow : QDateTime::currentDateTime(); }

protected:
    virtual void refresh() = 0;
    /// After refresh(): the columns fit their contents unless the user's widths were restored.
    void fitColumns();
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool report(const core::Status &s) { return reportFailure(mContext.events, s); }

    ViewContext mContext;
    core::RecordTableModel *mModel;

private:
    void shopChanged(core::Topic topic);

    QSortFilterProxyModel *mProxy;
    QTableView *mTable;
    QLabel *mSummary;
    QDateTime mNow;
    bool mStale = true;
    bool mLoadOnPaint = false; ///< shown behind another tab: worked out when first painted
    bool mUserWidths = false;
};

} // namespace shopdesk::listings
