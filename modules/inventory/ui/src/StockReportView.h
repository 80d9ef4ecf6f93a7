#pragma once

#include "shopdesk/inventory/StockService.h"

#include <shopdesk/core/PanelContract.h>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::inventory {

/// The period stock report (进销存报表): for the chosen days, per SKU, item or category, the opening
/// stock (期初), what came in (入库) and went out (出库) by kind, the closing stock (期末), in pieces and
/// at cost (库存金额); exported as xlsx or PDF.
class StockReportView : public core::View {
    Q_OBJECT
public:
    StockReportView(const core::PanelContext &context, StockService &stock, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void setPeriod(QDate from, QDate to, StockReportGrouping by);
    /// Writes the shown report to `path` (.xlsx or .pdf); false (and the error shown) on failure.
    bool exportTo(const QString &path);
    void askExport();
    const StockReport &report() const { return mReport; }
    QTableView *table() const { return mTable; }

protected:
    void retranslateUi() override;
    /// The report is worked out when the view is first shown (or a period is asked for), not when
    /// the shop opens: on a year of ledger rows it is the dearest view of the workbench.
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuildColumns();

    core::PanelContext mContext;
    StockService &mStock;
    QDateEdit *mFrom, *mTo;
    QComboBox *mBy;
    QPushButton *mExport;
    QLabel *mSummary;
    core::RecordTableModel *mModel = nullptr;
    QTableView *mTable;
    StockReport mReport;
    bool mLoaded = false;
    bool mWanted = false; ///< shown once, or a period asked for: reload() works the report out
    bool mStale = false; ///< a reload() was put off until the view is shown
    bool mLoadOnPaint = false; ///< shown behind another tab: worked out when first painted
};

} // namespace shopdesk::inventory
