#include "DayForm.h"

#include "KpiView.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace shopdesk::kpi {

DayForm::DayForm(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("dayForm"));
    auto *grid = new QGridLayout(this);
    mDay = new QDateEdit(this);
    mDay->setObjectName(QStringLiteral("entryDay"));
    mDay->setCalendarPopup(true);
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDay->setDate(QDate::currentDate().addDays(-1));
    mPv = KpiUi::countBox(this);
    mUv = KpiUi::countBox(this);
    mSales = KpiUi::moneyBox(this);
    mUnits = KpiUi::countBox(this);
    mBuyers = KpiUi::countBox(this);
    mPaidUv = KpiUi::countBox(this);
    mDsr = new QDoubleSpinBox(this);
    mDsr->setDecimals(2);
    mDsr->setRange(0, 5);
    mDsr->setSingleStep(0.01);
    mDsr->setSpecialValueText(QStringLiteral("—"));
    mBounce = KpiUi::rateBox(this);
    mRefund = KpiUi::rateBox(this);
    mGood = KpiUi::rateBox(this);
    mPv->setObjectName(QStringLiteral("entryPv"));
    mUv->setObjectName(QStringLiteral("entryUv"));
    mSales->setObjectName(QStringLiteral("entrySales"));
    mUnits->setObjectName(QStringLiteral("entryUnits"));
    mBuyers->setObjectName(QStringLiteral("entryBuyers"));
    mPaidUv->setObjectName(QStringLiteral("entryPaidUv"));
    mDsr->setObjectName(QStringLiteral("entryDsr"));
    mBounce->setObjectName(QStringLiteral("entryBounce"));
    mRefund->setObjectName(QStringLiteral("entryRefund"));
    mGood->setObjectName(QStringLiteral("entryGood"));
    const QList<QWidget *> fields = { mDay, mPv, mUv, mSales, mUnits, mBuyers, mPaidUv, mDsr, mBounce, mRefund, mGood };
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(this);
        label->setBuddy(fields.at(i));
        mLabels << label;
        grid->addWidget(label, (i / 4) * 2, i % 4);
        grid->addWidget(fields.at(i), (i / 4) * 2 + 1, i % 4);
    }
    mSave = new QPushButton(this);
    mSave->setObjectName(QStringLiteral("saveDay"));
    grid->addWidget(mSave, 5, 3);
    mNote = new QLabel(this);
    mNote->setObjectName(QStringLiteral("dayNote"));
    mNote->setWordWrap(true);
    grid->addWidget(mNote, 5, 0, 1, 3);
    connect(mDay, &QDateEdit::dateChanged, this, [this](QDate day) {
        if (!mFilling)
            Q_EMIT dayPicked(day);
    });
    retranslateUi();
}

DailyKpi DayForm::entered() const
{
    DailyKpi d;
    d.day = mDay->date();
    d.pv = mPv->value();
    d.uv = mUv->value();
    d.sales = KpiUi::moneyOf(mSales);
    d.units = mUnits->value();
    d.paidBuyers = mBuyers->value();
    d.paidUv = mPaidUv->value();
    if (mDsr->value() > 0)
        d.dsr = mDsr->value();
    d.bounceRate = KpiUi::fractionOf(mBounce);
    d.refundDisputeRate = KpiUi::fractionOf(mRefund);
    d.goodRatingRate = KpiUi::fractionOf(mGood);
    return d;
}

void DayForm::clearFigures()
{
    DailyKpi empty;
    empty.day = mDay->date();
    showDay(empty);
}

void DayForm::setNote(const QString &text) { mNote->setText(text); }

QString DayForm::note() const { return mNote->text(); }

void DayForm::showDay(const DailyKpi &d)
{
    const QScopedValueRollback filling(mFilling, true);
    mDay->setDate(d.day);
    mPv->setValue(int(d.pv));
    mUv->setValue(int(d.uv));
    KpiUi::setMoney(mSales, d.sales);
    mUnits->setValue(int(d.units));
    mBuyers->setValue(int(d.paidBuyers));
    mPaidUv->setValue(int(d.paidUv));
    mDsr->setValue(d.dsr.value_or(0));
    mBounce->setValue(d.bounceRate.value_or(0) * 100.0);
    mRefund->setValue(d.refundDisputeRate.value_or(0) * 100.0);
    mGood->setValue(d.goodRatingRate.value_or(0) * 100.0);
}

void DayForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void DayForm::retranslateUi()
{
    setTitle(tr("Enter a day"));
    const QStringList entry
        = { tr("Date"), tr("Page views (PV)"), tr("Visitors (UV)"), tr("Sales"), tr("Units sold"), tr("Paid buyers"),
              tr("Paid visitors"), tr("DSR"), tr("Bounce rate"), tr("Refund-dispute rate"), tr("Good-rating rate") };
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels[i]->setText(entry.value(i));
    mSave->setText(tr("&Save day"));
}

} // namespace shopdesk::kpi
