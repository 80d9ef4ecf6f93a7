#include "ClaimsView.h"

#include <shopdesk/core/RecordTable.h>

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::shipping {

using core::ColumnKind;

ClaimsView::ClaimsView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("claimsView"));
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mLabel = new QLabel(this);
    mOpen = new QPushButton(this);
    connect(mOpen, &QPushButton::clicked, this, &ClaimsView::openClaim);
    bar->addWidget(mLabel, 1);
    bar->addWidget(mOpen);
    v->addLayout(bar);
    mModel = new core::RecordTableModel(
        { { [] { return tr("Order no."); }, ColumnKind::Text }, { [] { return tr("Courier"); }, ColumnKind::Text },
            { [] { return tr("Tracking no."); }, ColumnKind::Text },
            { [] { return tr("What happened"); }, ColumnKind::Text },
            { [] { return tr("Handed over on"); }, ColumnKind::Text },
            { [] { return tr("Opened"); }, ColumnKind::Text }, { [] { return tr("Note"); }, ColumnKind::Text } },
        this);
    mView = core::newRecordView(mModel, QStringLiteral("claims"), this);
    v->addWidget(mView, 1);
    reloadOnOrderChanges(this, mContext.events);
    retranslateUi();
}

void ClaimsView::retranslateUi()
{
    mOpen->setText(tr("&Claim for a parcel…"));
    mModel->retranslate();
    reload();
}

void ClaimsView::reload()
{
    auto claims = mContext.desk.claims();
    if (!claims) {
        mContext.events.reportError(claims.errorMessage());
        return;
    }
    QList<QVariantList> rows;
    rows.reserve(claims->size());
    for (const ShippingDesk::Claim &c : std::as_const(*claims))
        rows.append({ c.orderNo, Couriers::displayName(c.courier), c.trackingNo, Couriers::claimKindName(c.kind),
            c.stubDay.isValid() ? core::toDbDate(c.stubDay) : tr("not handed over"), core::toDbTime(c.openedAt),
            c.note });
    mModel->setRows(rows);
    if (!mColumnsRestored)
        mView->resizeColumnsToContents();
    mLabel->setText(tr("Claims for lost, damaged, undeliverable or refused parcels: %1").arg(claims->size()));
}

QByteArray ClaimsView::saveState() const { return saveColumns(mView); }

void ClaimsView::restoreState(const QByteArray &state) { mColumnsRestored = restoreColumns(mView, state); }

void ClaimsView::openClaim()
{
    bool ok = false;
    const QString tracking = QInputDialog::getText(this, tr("Claim for a parcel"),
        tr("Tracking number of the lost or damaged parcel:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || tracking.trimmed().isEmpty())
        return;
    const QStringList kinds = { tr("Lost"), tr("Damaged") };
    const QString kind
        = QInputDialog::getItem(this, tr("Claim for a parcel"), tr("What happened:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString note
        = QInputDialog::getText(this, tr("Claim for a parcel"), tr("Note:"), QLineEdit::Normal, QString(), &ok);
    auto id = mContext.desk.openClaim(
        tracking, kind == kinds[0] ? QStringLiteral("lost") : QStringLiteral("damaged"), note, mContext.actor);
    if (!id)
        mContext.events.reportError(id.errorMessage());
    reload();
}

} // namespace shopdesk::shipping
