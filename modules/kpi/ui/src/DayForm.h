#pragma once

#include "shopdesk/kpi/KpiService.h"

#include <QGroupBox>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace shopdesk::kpi {

/// The daily view's form for one day of the daily report (填写日报): what it shows is what
/// "Save day" writes.
class DayForm : public QGroupBox {
    Q_OBJECT
public:
    explicit DayForm(QWidget *parent = nullptr);

    /// The day as entered.
    DailyKpi entered() const;
    /// Fills the form (as a click on a table row does).
    void showDay(const DailyKpi &day);
    /// Empties the figures, keeping the date.
    void clearFigures();
    /// The line under the form: what picking the day found, or what Save will do.
    void setNote(const QString &text);
    QString note() const;
    QPushButton *saveButton() const { return mSave; }

Q_SIGNALS:
    /// The user picked another day in the date field (not showDay()).
    void dayPicked(QDate day);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QLabel *> mLabels;
    QDateEdit *mDay;
    QSpinBox *mPv, *mUv, *mUnits, *mBuyers, *mPaidUv;
    QDoubleSpinBox *mSales, *mDsr, *mBounce, *mRefund, *mGood;
    QPushButton *mSave;
    QLabel *mNote;
    bool mFilling = false;
};

} // namespace shopdesk::kpi
