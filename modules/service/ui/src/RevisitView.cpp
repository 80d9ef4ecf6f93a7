#include "RevisitView.h"

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

using core::ColumnKind;

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
    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Due"); }, ColumnKind::Text },
            { [] { return tr("Order"); }, ColumnKind::Text },
            { [] { return tr("Buyer"); }, ColumnKind::Text },
            { [] { return tr("Member tier"); }, ColumnKind::Text },
            { [] { return tr("Message"); }, ColumnKind::Text },
        },
        this);
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
    auto due = Revisits::due(mContext.db, mToday, mDays->value());
    if (!due) {
        mStatus->setText(due.errorMessage());
        mDue.clear();
        mModel->setRows({});
        return;
    }
    mDue = *due;
    QList<QVariantList> rows;
    for (const RevisitDue &r : std::as_const(mDue))
        rows.append({ r.dueOn.toString(Qt::ISODate), r.orderNo, r.buyerNick, core::Members::name(r.tier),
            r.message.complete() ? r.message.text : ReplyFiller::refusal(r.message) });
    mModel->setRows(rows);
    mStatus->setText(
        tr("%n buyer(s) to revisit (回访), %1 day(s) after dispatch.", nullptr, int(mDue.size())).arg(mDays->value()));
    if (!mDue.isEmpty())
        mTable->setCurrentIndex(mModel->index(0, 0));
}

bool RevisitView::copyCurrent()
{
    const int row = mTable->currentIndex().row();
    if (row < 0 || row >= mDue.size() || !mDue[row].message.complete())
        return false;
    QApplication::clipboard()->setText(mDue[row].message.text);
    mStatus->setText(tr("Copied the revisit message for %1.").arg(mDue[row].buyerNick));
    return true;
}

void RevisitView::retranslateUi()
{
    mDaysLabel->setText(tr("Revisit &after:"));
    mDays->setSuffix(tr(" days"));
    mCopy->setText(tr("&Copy the message"));
    mModel->retranslate();
    if (mModel->rowCount() > 0)
        reload(); // the count and the tiers in the new language
}

} // namespace shopdesk::service
