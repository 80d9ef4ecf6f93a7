#include "PickupView.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/FileDialog.h>

#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk::shipping {

PickupView::PickupView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("pickupView"));
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mCourierLabel = new QLabel(this);
    mCourier = new QComboBox(this);
    mCourier->setObjectName(QStringLiteral("pickupCourier"));
    mCourierLabel->setBuddy(mCourier);
    for (const QString &c : Couriers::codes())
        mCourier->addItem(QString(), c);
    mDayLabel = new QLabel(this);
    mDay = new QDateEdit(QDate::currentDate(), this);
    mDay->setObjectName(QStringLiteral("pickupDay"));
    mDay->setCalendarPopup(true);
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDayLabel->setBuddy(mDay);
    mStubScan = new QLineEdit(this);
    mStubScan->setObjectName(QStringLiteral("stubScan"));
    connect(mStubScan, &QLineEdit::returnPressed, this, &PickupView::scanStub);
    mHandover = new QPushButton(this);
    connect(mHandover, &QPushButton::clicked, this, &PickupView::handoverSheet);
    bar->addWidget(mCourierLabel);
    bar->addWidget(mCourier);
    bar->addWidget(mDayLabel);
    bar->addWidget(mDay);
    bar->addWidget(mStubScan, 1);
    bar->addWidget(mHandover);
    v->addLayout(bar);
    auto *lists = new QGridLayout;
    mExpectedLabel = new QLabel(this);
    mScannedLabel = new QLabel(this);
    mMissingLabel = new QLabel(this);
    mExtraLabel = new QLabel(this);
    mExpected = new QListWidget(this);
    mScanned = new QListWidget(this);
    mMissing = new QListWidget(this);
    mExtra = new QListWidget(this);
    mMissing->setObjectName(QStringLiteral("pickupMissing"));
    mExtra->setObjectName(QStringLiteral("pickupExtra"));
    mMissing->setStyleSheet(core::colours::styleSheet(core::colours::Role::BadText));
    mExtra->setStyleSheet(core::colours::styleSheet(core::colours::Role::BadText));
    int c = 0;
    for (auto [label, list] : { std::pair { mExpectedLabel, mExpected }, std::pair { mScannedLabel, mScanned },
             std::pair { mMissingLabel, mMissing }, std::pair { mExtraLabel, mExtra } }) {
        lists->addWidget(label, 0, c);
        lists->addWidget(list, 1, c);
        ++c;
    }
    v->addLayout(lists, 1);
    connect(mCourier, &QComboBox::currentIndexChanged, this, &PickupView::reload);
    connect(mDay, &QDateEdit::dateChanged, this, &PickupView::reload);
    reloadOnOrderChanges(this, mContext.events);
    retranslateUi();
}

void PickupView::retranslateUi()
{
    mCourierLabel->setText(tr("&Courier:"));
    mDayLabel->setText(tr("D&ay:"));
    mStubScan->setPlaceholderText(tr("scan each stub handed over"));
    mHandover->setText(tr("&Handover sheet (PDF)…"));
    for (int i = 0; i < mCourier->count(); ++i)
        mCourier->setItemText(i, Couriers::displayName(mCourier->itemData(i).toString()));
    reload();
}

void PickupView::reload()
{
    fillCourierBox(mCourier);
    auto p = mContext.desk.pickup(mCourier->currentData().toString(), mDay->date());
    if (!p) {
        mContext.events.reportError(p.errorMessage());
        return;
    }
    auto fill = [](QListWidget *list, const QStringList &items) {
        list->clear();
        list->addItems(items);
    };
    fill(mExpected, p->expected);
    fill(mScanned, p->scanned);
    fill(mMissing, p->missing());
    fill(mExtra, p->extra());
    mExpectedLabel->setText(tr("Shipped (expected): %1").arg(p->expected.size()));
    mScannedLabel->setText(tr("Stubs scanned: %1").arg(p->scanned.size()));
    mMissingLabel->setText(tr("Missing: %1").arg(p->missing().size()));
    mExtraLabel->setText(tr("Extra: %1").arg(p->extra().size()));
}

QByteArray PickupView::saveState() const
{
    return writeViewState([this](QDataStream &out) { out << mCourier->currentData().toString(); });
}

void PickupView::restoreState(const QByteArray &state)
{
    QString courier;
    if (readViewState(state, [&](QDataStream &in) { in >> courier; }))
        if (const int i = mCourier->findData(courier); i >= 0)
            mCourier->setCurrentIndex(i);
}

void PickupView::scanStub()
{
    const QString t = mStubScan->text().trimmed();
    mStubScan->clear();
    if (t.isEmpty())
        return;
    if (core::Status s = mContext.desk.scanStub(mCourier->currentData().toString(), mDay->date(), t, mContext.actor);
        !s)
        mContext.events.reportError(s.errorMessage());
    reload();
    mStubScan->setFocus();
}

void PickupView::handoverSheet()
{
    auto p = mContext.desk.pickup(mCourier->currentData().toString(), mDay->date());
    if (!p) {
        mContext.events.reportError(p.errorMessage());
        return;
    }
    const QString path = core::FileDialog::getSaveFileName(this, tr("Save the handover sheet"),
        QStringLiteral("handover-%1-%2.pdf").arg(p->courier, core::toDbDate(p->day)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (core::Status s = mContext.desk.service().handoverPdf(*p, path); !s)
        mContext.events.reportError(s.errorMessage());
}

} // namespace shopdesk::shipping
