#include "RepliesView.h"

#include "shopdesk/aftersale/AftersaleTerms.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::aftersale {

using core::ColumnKind;

RepliesView::RepliesView(const core::PanelContext &context, AftersaleService &service, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
{
    setObjectName(QStringLiteral("aftersaleReplies"));
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mLabel = new QLabel(this);
    mCopy = new QPushButton(this);
    mCopy->setObjectName(QStringLiteral("copyReply"));
    connect(mCopy, &QPushButton::clicked, this, &RepliesView::copyCurrent);
    bar->addWidget(mLabel, 1);
    bar->addWidget(mCopy);
    v->addLayout(bar);
    mModel = new core::RecordTableModel(
        { { [] { return tr("Case no."); }, ColumnKind::Text }, { [] { return tr("Buyer"); }, ColumnKind::Text },
            { [] { return tr("Kind"); }, ColumnKind::Text }, { [] { return tr("State"); }, ColumnKind::Text },
            { [] { return tr("Reply"); }, ColumnKind::Text }, { [] { return tr("Text to send"); }, ColumnKind::Text } },
        this);
    mTable = core::newRecordView(mModel, QStringLiteral("caseReplies"), this, QAbstractItemView::SingleSelection);
    v->addWidget(mTable, 1);
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic t) {
        if (t == core::Topic::Orders || t == core::Topic::Replies || t == core::Topic::Stock
            || t == core::Topic::Everything)
            reload();
    });
    retranslateUi();
}

void RepliesView::retranslateUi()
{
    mCopy->setText(tr("&Copy the reply"));
    mModel->retranslate();
    reload();
}

void RepliesView::reload()
{
    auto replies = mService.openCaseReplies();
    if (!replies) {
        mContext.events.reportError(replies.errorMessage());
        return;
    }
    mReplies = *replies;
    QList<QVariantList> rows;
    for (const CaseReply &r : std::as_const(mReplies))
        rows.append({ r.kase.caseNo, r.kase.buyerNick, AftersaleTerms::kind(r.kase.kind),
            AftersaleTerms::state(r.kase.state), r.replyTitle, r.text.isEmpty() ? r.problem : r.text });
    mModel->setRows(rows);
    mTable->resizeColumnsToContents();
    mLabel->setText(tr("Open after-sale cases with the reply for the buyer: %1").arg(mReplies.size()));
}

void RepliesView::copyCurrent()
{
    const QModelIndex i = mTable->selectionModel()->currentIndex();
    if (!i.isValid() || i.row() >= mReplies.size())
        return;
    const CaseReply &r = mReplies.at(i.row());
    if (r.text.isEmpty()) {
        mContext.events.reportError(r.problem);
        return;
    }
    QGuiApplication::clipboard()->setText(r.text);
}

} // namespace shopdesk::aftersale
