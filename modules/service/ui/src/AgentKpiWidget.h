#pragma once

#include "shopdesk/service/AgentKpi.h"

#include <shopdesk/core/PanelContract.h>

#include <QWidget>

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
class AgentKpiWidget : public QWidget {
    Q_OBJECT
public:
    AgentKpiWidget(const core::PanelContext &context, QUndoStack *undo, QWidget *parent = nullptr);

    void reload();
    void setMonth(QDate anyDay);
    /// Writes the pay sheet of the shown month (.xlsx or .csv by the ending).
    core::Status exportPaySheet(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveDay();
    void saveRates();
    void saveBonus();
    void importCsv();
    void exportDialog();
    void loadRatesIntoForm();

    core::PanelContext mContext;
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
};

} // namespace shopdesk::service
