#pragma once

#include "shopdesk/service/AgentKpiService.h"

#include <shopdesk/core/PanelContract.h>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace shopdesk::service {

/// Agent KPIs by month (reply rate, 询单转化率, satisfaction, first response) and the pay sheet
/// (level base + personal commission + team commission + bonus), with the day entry, the CSV
/// import, the manager's rates and the xlsx/CSV export.
class AgentKpiView : public core::View {
    Q_OBJECT
public:
    AgentKpiView(const core::PanelContext &context, AgentKpiService &kpi, QUndoStack *undo, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    void setMonth(QDate anyDay);
    /// Writes the pay sheet of the shown month (.xlsx or .csv by the ending).
    core::Status exportPaySheet(const QString &path) const;

    void saveDay();
    void saveRates();
    void saveBonus();
    void importCsv();
    void exportDialog();

protected:
    void retranslateUi() override;

private:
    void loadRatesIntoForm();

    core::PanelContext mContext;
    AgentKpiService &mKpi;
    QUndoStack *mUndo;
    QDateEdit *mMonth;
    QLabel *mMonthLabel;
    QStandardItemModel *mKpiModel, *mPayModel;
    QTableView *mKpiView, *mPayView;
    QPushButton *mImport, *mExport;
    QGroupBox *mDayBox, *mRatesBox;
    QLineEdit *mAgent;
    QDateEdit *mDay;
    QSpinBox *mReceived, *mAnswered, *mPaid, *mGood, *mFirst;
    QDoubleSpinBox *mSales;
    QPushButton *mSaveDay;
    QComboBox *mLevelAgent, *mLevel;
    QDoubleSpinBox *mBase[4];
    QDoubleSpinBox *mPersonal, *mTeam, *mBonus;
    QPushButton *mSaveRates, *mSaveBonus;
    QList<QLabel *> mLabels;
    QList<PayLine> mPay;
    bool mWidthsRestored = false;
};

} // namespace shopdesk::service
