#include "RevisitView.h"

#include "RevisitTableModel.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::service {

RevisitView::RevisitView(const core::PanelContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mGate(new core::FrontGate(this, [this] { reload(); }))
    , mToday(QDate::currentDate())
{
    setObjectName(QStringLiteral("revisitView"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mDaysLabel = new QLabel(this);
    mDays = new QSpinBox(this);
    mDays->setObjectName(QStringLiteral("revisitDays"));
    mDays->setRange(1, 90);
    mDays->setValue(core::ShopSettings(mContext.db).get(Revisits::kDaysSetting));
    mDaysLabel->setBuddy(mDays);
    mCopy = new QPushButton(this);
    mCopy->setObjectName(QStringLiteral("copyRevisit"));
    row->addWidget(mDaysLabel);
    row->addWidget(mDays);
    row->addStretch();
    row->addWidget(mCopy);
    v->addLayout(row);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("revisitStatus"));
    v->addWidget(mStatus);
    mModel = new RevisitTableModel(this);
    connect(mModel, &RevisitTableModel::failed, mStatus, &QLabel::setText);
    mTable = core::newRecordView(mModel, QStringLiteral("revisits"), this, QAbstractItemView::SingleSelection);
    v->addWidget(mTable, 1);
    connect(mDays, &QSpinBox::valueChanged, this, &RevisitView::reload);
    connect(mCopy, &QPushButton::clicked, this, &RevisitView::copyCurrent);
    retranslateUi();
    reload();
}

void RevisitView::setToday(QDate day)
{
    mToday = day;
    mGate->open();
    reload();
}

bool RevisitView::computed() const { return mGate->isOpen(); }

void RevisitView::reload()
{
    if (!mGate->isOpen())
        return; // worked out when it first comes to the front
    const core::Database &db = mContext.db;
    const QDate today = mToday;
    const int days = mDays->value();
    auto count = Revisits::count(db, today, days);
    if (!count) {
        mStatus->setText(count.errorMessage());
        mModel->clear();
        return;
    }
    // The count now; each page of rows (facts, tiers, replies) when the table shows it.
    mModel->setSource(*count, [&db, today, days](qint64 offset, int limit, const RevisitDue *after) {
        return Revisits::window(db, today, days, offset, limit, after);
    });
    mStatus->setText(tr("%n buyer(s) to revisit (回访), %1 day(s) after dispatch.", nullptr, int(*count)).arg(days));
    if (*count > 0) {
        mTable->setCurrentIndex(mModel->index(0, 0));
        if (!mModel->lastError().isEmpty())
            mStatus->setText(mModel->lastError());
    }
}

bool RevisitView::copyCurrent()
{
    const RevisitDue *r = mModel->rowAt(mTable->currentIndex().row());
    if (!r || !r->message.complete())
        return false;
    QApplication::clipboard()->setText(r->message.text);
    mStatus->setText(tr("Copied the revisit message for %1.").arg(r->buyerNick));
    return true;
}

void RevisitView::retranslateUi()
{
    mDaysLabel->setText(tr("Revisit &after:"));
    mDays->setSuffix(tr(" days"));
    mCopy->setText(tr("&Copy the message"));
    mModel->retranslate();
    if (mGate->isOpen())
        reload(); // the count in the new language
}

} // namespace shopdesk::service
