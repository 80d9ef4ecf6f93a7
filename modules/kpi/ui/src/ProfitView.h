#pragma once

#include "KpiView.h"
#include "shopdesk/kpi/ProfitService.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace shopdesk::core {
class FrontGate;
class RecordTableModel;
} // namespace shopdesk::core

namespace shopdesk::kpi {

/// Profit (毛利 / 利润) of a month by item, category or day, its profit rate (利润率) beside last
/// month's, and the stock value at cost (库存金额) per category with its change over the month.
class ProfitView : public KpiView {
    Q_OBJECT
public:
    explicit ProfitView(const KpiViewContext &context, QWidget *parent = nullptr);

    /// Reads nothing until the view first comes to the front (or a month is asked for).
    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    /// Shows the month (its first day) grouped `by`, worked out now.
    void showMonth(QDate month, ProfitGrouping by);
    /// The report has been worked out (the view came to the front, or a month was asked for).
    bool computed() const;
    const ProfitReport &report() const { return mReport; }
    QTableView *table() const { return mTable; }
    QTableView *stockTable() const { return mStock; }
    QLabel *summary() const { return mSummary; }
    /// Writes the table shown as an .xlsx workbook (ProfitReport::writeXlsx); says so in the status bar.
    bool exportTo(const QString &path);
    /// Asks where, then exportTo().
    void askExport();

protected:
    void retranslateUi() override;

private:
    void showReport();
    QString summaryHtml() const;

    QDateEdit *mMonth;
    QComboBox *mBy;
    QPushButton *mExport;
    QLabel *mSummary, *mStockTitle;
    core::RecordTableModel *mModel, *mStockModel;
    QTableView *mTable, *mStock;
    ProfitReport mReport;
    core::FrontGate *mGate;
    bool mLoaded = false;
};

} // namespace shopdesk::kpi
