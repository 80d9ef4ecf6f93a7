#include "CampaignsView.h"

#include "KpiCommands.h"

#include <shopdesk/core/RecordTable.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace shopdesk::kpi {

using core::ColumnKind;

CampaignsView::CampaignsView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("campaignsView"));
    auto *v = new QVBoxLayout(this);
    mPeriod = new QLabel(this);
    mPeriod->setObjectName(QStringLiteral("campaignPeriod"));
    v->addWidget(mPeriod);
    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Campaign"); }, ColumnKind::Text },
            { [] { return tr("Channel"); }, ColumnKind::Text },
            { [] { return tr("Ad spend"); }, ColumnKind::Money },
            { [] { return tr("Paid visitors"); }, ColumnKind::Integer },
            { [] { return tr("Attributed sales"); }, ColumnKind::Money },
            { [] { return tr("ROI"); }, ColumnKind::Decimal },
            { [] { return tr("Cost per visitor"); }, ColumnKind::Money },
            { [] { return tr("Traffic value"); }, ColumnKind::Money },
        },
        this);
    mTable = KpiUi::readOnlyTable(mModel, this, QStringLiteral("campaigns"));
    v->addWidget(mTable, 1);
    auto *row = new QHBoxLayout;
    mDay = new QDateEdit(this);
    mDay->setObjectName(QStringLiteral("campaignDay"));
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDay->setCalendarPopup(true);
    mDay->setDate(QDate::currentDate().addDays(-1));
    mName = new QLineEdit(this);
    mName->setObjectName(QStringLiteral("campaignName"));
    mName->setMinimumWidth(110);
    mChannel = new QComboBox(this);
    mChannel->setObjectName(QStringLiteral("campaignChannel"));
    mChannel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mChannel->setMinimumContentsLength(5);
    for (const QString &code : { QStringLiteral("ztc"), QStringLiteral("zuanzhan"), QStringLiteral("taobaoke") })
        mChannel->addItem(QString(), code);
    mSpend = KpiUi::moneyBox(this);
    mUv = KpiUi::countBox(this);
    mSales = KpiUi::moneyBox(this);
    mSpend->setObjectName(QStringLiteral("campaignSpend"));
    mUv->setObjectName(QStringLiteral("campaignUv"));
    mSales->setObjectName(QStringLiteral("campaignSales"));
    mAdd = new QPushButton(this);
    mAdd->setObjectName(QStringLiteral("addCampaign"));
    for (QWidget *w : std::initializer_list<QWidget *> { mDay, mName, mChannel, mSpend, mUv, mSales, mAdd })
        row->addWidget(w);
    row->setStretch(1, 1);
    v->addLayout(row);
    connect(mAdd, &QPushButton::clicked, this, [this] { saveCampaign(); });
    retranslateUi();
}

void CampaignsView::showReport(const PeriodReport &report)
{
    mLabel = report.label;
    mPeriod->setText(tr("Period (as in the daily report): %1").arg(mLabel));
    QList<QVariantList> rows;
    for (const CampaignTotals &c : std::as_const(report.campaigns)) {
        const QVariant cpc
            = c.paidUv > 0 ? QVariant(qint64(std::llround(double(c.spend.fen()) / double(c.paidUv)))) : QVariant();
        rows.append({ c.campaign, KpiUi::channelName(c.channel), c.spend.fen(), c.paidUv, c.sales.fen(),
            roi(c.sales, c.spend), cpc, qint64(std::llround(report.trafficValue * 100.0)) });
    }
    mModel->setRows(rows);
}

bool CampaignsView::saveCampaign()
{
    CampaignDay c;
    c.day = mDay->date();
    c.campaign = mName->text().trimmed();
    c.channel = mChannel->currentData().toString();
    c.spend = KpiUi::moneyOf(mSpend);
    c.paidUv = mUv->value();
    c.sales = KpiUi::moneyOf(mSales);
    if (c.campaign.isEmpty()) {
        mEvents.reportError(tr("Give the campaign a name."));
        return false;
    }
    auto previous = mService.campaign(c.day, c.campaign);
    if (!check(previous.status()))
        return false;
    return push(commands::saveCampaign(mService, mEvents, c, *previous));
}

QByteArray CampaignsView::saveState() const
{
    return KpiUi::packState({ { QStringLiteral("columns"), mTable->horizontalHeader()->saveState() } });
}

void CampaignsView::restoreState(const QByteArray &state)
{
    if (const QByteArray h = KpiUi::unpackState(state).value(QStringLiteral("columns")).toByteArray(); !h.isEmpty())
        mTable->horizontalHeader()->restoreState(h);
}

void CampaignsView::retranslateUi()
{
    mModel->retranslate();
    if (!mLabel.isEmpty())
        mPeriod->setText(tr("Period (as in the daily report): %1").arg(mLabel));
    mName->setPlaceholderText(tr("Campaign name"));
    for (int i = 0; i < mChannel->count(); ++i)
        mChannel->setItemText(i, KpiUi::channelName(mChannel->itemData(i).toString()));
    mSpend->setToolTip(tr("Ad spend"));
    mUv->setToolTip(tr("Paid visitors"));
    mSales->setToolTip(tr("Attributed sales"));
    mAdd->setText(tr("&Add"));
}

} // namespace shopdesk::kpi
