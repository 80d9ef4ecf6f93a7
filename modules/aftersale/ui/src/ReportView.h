#pragma once

#include "shopdesk/aftersale/AftersaleService.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/RecordTable.h>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace shopdesk::core {
class FrontGate;
}

namespace shopdesk::aftersale {

/// The after-sale report over a period: cases and refunds per reason (with a chart), per item (with
/// its return rate: pieces returned or exchanged ÷ units sold) and per SKU; exported as xlsx.
class ReportView : public core::View {
    Q_OBJECT
public:
    ReportView(const core::PanelContext &context, AftersaleService &service, QWidget *parent = nullptr);

    void reload() override;
    void setPeriod(QDate from, QDate to);
    const AftersaleReport &report() const { return mReport; }
    core::Status exportXlsx(const QString &path) const;
    void exportDialog();

protected:
    void retranslateUi() override;

private:
    /// Worked out when the view first comes to the front (a tab behind the cases).
    core::FrontGate *mGate = nullptr;
    void drawChart();

    core::PanelContext mContext;
    AftersaleService &mService;
    AftersaleReport mReport;
    QDateEdit *mFrom, *mTo;
    QLabel *mTotals;
    QPushButton *mExport;
    QTabWidget *mTabs;
    core::RecordTableModel *mReasons, *mItems, *mSkus;
    QTableView *mReasonTable, *mItemTable, *mSkuTable;
    QChartView *mChart;
};

} // namespace shopdesk::aftersale
