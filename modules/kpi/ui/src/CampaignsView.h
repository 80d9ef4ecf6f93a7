#pragma once

#include "KpiView.h"
#include "shopdesk/kpi/KpiReport.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::kpi {

/// Paid traffic per campaign (直通车 / 钻展 / 淘宝客) with its ROI, for the period the daily
/// view shows, and the row that enters a campaign's day.
class CampaignsView : public KpiView {
    Q_OBJECT
public:
    explicit CampaignsView(const KpiViewContext &context, QWidget *parent = nullptr);

    /// The daily view's report gives this view its rows (it reloads them).
    void reload() override { }
    void showReport(const PeriodReport &report);
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mTable; }
    /// Saves the entry row's campaign day (undoable).
    bool saveCampaign();

protected:
    void retranslateUi() override;

private:
    QLabel *mPeriod;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QDateEdit *mDay;
    QLineEdit *mName;
    QComboBox *mChannel;
    QDoubleSpinBox *mSpend, *mSales;
    QSpinBox *mUv;
    QPushButton *mAdd;
    QString mLabel;
};

} // namespace shopdesk::kpi
