#pragma once

#include "shopdesk/kpi/KpiAnalysis.h"
#include "shopdesk/kpi/KpiReport.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/RecordTable.h>

class QChart;
class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace shopdesk::kpi {

/// The KPI workbench (数据报表): the daily report (entry, import, derived columns, campaigns,
/// the monthly appraisal sheet), charts, why sales moved, health, targets and the promotion calendar.
class KpiPanel : public core::ModulePanel {
    Q_OBJECT
public:
    KpiPanel(const core::PanelContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The open tab and the daily table's columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    enum Tab { DailyTab, ChartsTab, WhyTab, HealthTab, TargetsTab };
    QTabWidget *tabs() const { return mTabs; }
    QTableView *table() const { return mTable; }

    /// The month shown in the daily report ("2026-10"), or empty for every day.
    void showMonth(const QString &month);
    /// What the Import… button does after its file dialog: all or nothing, undoable.
    bool importFile(const QString &path);
    /// Saves the entry form's day (undoable).
    bool saveEnteredDay();
    /// Fills the entry form (as a click on a table row does).
    void editDay(const DailyKpi &row);
    /// Writes the month's appraisal sheet (.xlsx, .csv, .pdf).
    bool exportSheet(const QString &path);
    /// Writes the chart of the current tab (charts, why, health) as .png or .pdf.
    bool exportChart(const QString &path);
    /// Shows the comparison in the "why" tab: 0 day on day, 1 week on week, 2 month on month, ending `day`.
    void showComparison(int kind, QDate day);
    const Decomposition &decomposition() const { return mDecomposition; }
    const PeriodReport &report() const { return mReport; }

protected:
    void retranslateUi() override;

private:
    QWidget *buildDailyTab();
    QWidget *buildChartsTab();
    QWidget *buildWhyTab();
    QWidget *buildHealthTab();
    QWidget *buildTargetsTab();
    void loadDaily();
    void loadCharts();
    void loadWhy();
    void loadHealth();
    void loadTargets();
    void saveCampaign();
    void saveTargets();
    void addPromotion();
    void removePromotion();
    /// After a command: reports a failure and announces the change (`topic`) to every panel.
    void done(const core::Status &status, core::Topic topic = core::Topic::Kpi);
    std::unique_ptr<QChart> currentChart() const;
    QString askSaveFile(const QString &title, const QString &filter, const QString &suggested);

    core::PanelContext mContext;
    QTabWidget *mTabs;
    bool mLoading = false;
    bool mLastOk = true; ///< the last command's outcome

    // Daily report
    QLabel *mMonthLabel;
    QComboBox *mMonth;
    QPushButton *mImport, *mExport;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QLabel *mSummary;
    QGroupBox *mEntryBox;
    QList<QLabel *> mEntryLabels;
    QDateEdit *mDay;
    QSpinBox *mPv, *mUv, *mUnits, *mBuyers, *mPaidUv;
    QDoubleSpinBox *mSales, *mDsr, *mBounce, *mRefund, *mGood;
    QPushButton *mSaveDay;
    QGroupBox *mCampaignBox;
    core::RecordTableModel *mCampaignModel;
    QTableView *mCampaignTable;
    QDateEdit *mCampaignDay;
    QLineEdit *mCampaignName;
    QComboBox *mChannel;
    QDoubleSpinBox *mSpend, *mCampaignSales;
    QSpinBox *mCampaignUv;
    QPushButton *mAddCampaign;
    PeriodReport mReport;
    QList<DailyKpi> mMonthDays;

    // Charts
    QComboBox *mChartKind, *mMetric;
    QDateEdit *mFrom, *mTo;
    QCheckBox *mLastWeek, *mLastMonth;
    QChartView *mChartView;
    QList<QLabel *> mChartLabels;
    QPushButton *mChartPng, *mChartPdf;

    // Why sales moved
    QComboBox *mCompare;
    QDateEdit *mCompareDay;
    QLabel *mCompareLabel;
    QChartView *mWhyView;
    QLabel *mWhyText;
    core::RecordTableModel *mWhyModel;
    QPushButton *mWhyPng, *mWhyPdf;
    Decomposition mDecomposition;

    // Health
    QList<QLabel *> mLights;
    QList<QChartView *> mHealthViews;
    QList<DailyKpi> mHealthRows;
    QLabel *mHealthNote;

    // Targets
    QSpinBox *mYear;
    QDoubleSpinBox *mYearTarget;
    QList<QDoubleSpinBox *> mQuarterTargets;
    QDoubleSpinBox *mPlanConversion, *mPlanAov, *mPlanDepth;
    QTableWidget *mCategories;
    QPushButton *mAddCategory, *mSaveTargets;
    QList<QLabel *> mTargetLabels;
    core::RecordTableModel *mTargetModel;
    QLabel *mProgress;
    core::RecordTableModel *mCalendarModel;
    QTableView *mCalendarTable;
    QDateEdit *mPromoDay;
    QLineEdit *mPromoName;
    QPushButton *mAddPromo, *mRemovePromo;
    QGroupBox *mTargetBox, *mCalendarBox;
    QList<core::Promotion> mCalendar;
};

} // namespace shopdesk::kpi
