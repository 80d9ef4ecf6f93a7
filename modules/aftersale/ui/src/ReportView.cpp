#include "ReportView.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/FrontGate.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shopdesk::aftersale {

using core::ColumnKind;

ReportView::ReportView(const core::PanelContext &context, AftersaleService &service, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
{
    setObjectName(QStringLiteral("aftersaleReport"));
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    mFrom = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    mTo = new QDateEdit(today, this);
    for (QDateEdit *e : { mFrom, mTo }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(e, &QDateEdit::dateChanged, this, &ReportView::reload);
    }
    mExport = new QPushButton(this);
    mExport->setObjectName(QStringLiteral("exportReport"));
    connect(mExport, &QPushButton::clicked, this, &ReportView::exportDialog);
    bar->addWidget(mFrom);
    bar->addWidget(mTo);
    bar->addStretch(1);
    bar->addWidget(mExport);
    v->addLayout(bar);
    mTotals = new QLabel(this);
    mTotals->setObjectName(QStringLiteral("reportTotals"));
    v->addWidget(mTotals);
    mChart = new QChartView(this);
    mChart->setObjectName(QStringLiteral("reasonChart"));
    mChart->setMinimumHeight(220);
    mChart->setRenderHint(QPainter::Antialiasing);
    v->addWidget(mChart, 1);
    const auto counted = [] {
        return QList<core::ColumnSpec> { { [] { return tr("Cases"); }, ColumnKind::Integer },
            { [] { return tr("Pieces"); }, ColumnKind::Integer }, { [] { return tr("Refunds"); }, ColumnKind::Money } };
    };
    mReasons = new core::RecordTableModel(
        QList<core::ColumnSpec> { { [] { return tr("Reason"); }, ColumnKind::Text } } + counted(), this);
    mItems = new core::RecordTableModel(QList<core::ColumnSpec> { { [] { return tr("Item code"); }, ColumnKind::Text },
                                            { [] { return tr("Title"); }, ColumnKind::Text } }
            + counted()
            + QList<core::ColumnSpec> { { [] { return tr("Units sold"); }, ColumnKind::Integer },
                { [] { return tr("Returned or exchanged"); }, ColumnKind::Integer },
                { [] { return tr("Return rate"); }, ColumnKind::Percent } },
        this);
    mSkus = new core::RecordTableModel(QList<core::ColumnSpec> { { [] { return tr("Barcode"); }, ColumnKind::Text },
                                           { [] { return tr("SKU"); }, ColumnKind::Text } }
            + counted(),
        this);
    mTabs = new QTabWidget(this);
    mReasonTable = core::newRecordView(mReasons, QStringLiteral("byReason"), mTabs);
    mItemTable = core::newRecordView(mItems, QStringLiteral("byItem"), mTabs);
    mSkuTable = core::newRecordView(mSkus, QStringLiteral("bySku"), mTabs);
    mTabs->addTab(mReasonTable, QString());
    mTabs->addTab(mItemTable, QString());
    mTabs->addTab(mSkuTable, QString());
    v->addWidget(mTabs, 1);
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic t) {
        if (t == core::Topic::Orders || t == core::Topic::Everything)
            reload();
    });
    mGate = new core::FrontGate(this, [this] { reload(); });
    retranslateUi();
}

void ReportView::retranslateUi()
{
    mExport->setText(tr("&Export xlsx…"));
    mTabs->setTabText(0, tr("By reason"));
    mTabs->setTabText(1, tr("By item"));
    mTabs->setTabText(2, tr("By SKU"));
    for (core::RecordTableModel *m : { mReasons, mItems, mSkus })
        m->retranslate();
    reload();
}

void ReportView::setPeriod(QDate from, QDate to)
{
    mGate->open(); // asked for by code: worked out now
    mFrom->setDate(from);
    mTo->setDate(to);
    reload();
}

void ReportView::reload()
{
    if (!mGate || !mGate->isOpen())
        return;
    auto r = mService.report(mFrom->date(), mTo->date());
    if (!r) {
        mContext.events.reportError(r.errorMessage());
        return;
    }
    mReport = *r;
    QList<QVariantList> reasons, items, skus;
    for (const AftersaleReport::Row &row : std::as_const(mReport.byReason))
        reasons.append({ row.key, row.cases, row.units, row.refund.fen() });
    for (const AftersaleReport::Row &row : std::as_const(mReport.byItem))
        items.append({ row.key, row.title, row.cases, row.units, row.refund.fen(), row.sold, row.returned,
            row.sold > 0 ? QVariant(row.returnRate()) : QVariant() });
    for (const AftersaleReport::Row &row : std::as_const(mReport.bySku))
        skus.append({ row.key, row.title, row.cases, row.units, row.refund.fen() });
    mReasons->setRows(reasons);
    mItems->setRows(items);
    mSkus->setRows(skus);
    for (QTableView *t : { mReasonTable, mItemTable, mSkuTable })
        t->resizeColumnsToContents();
    mTotals->setText(
        tr("%1 to %2: %n case(s), refunds %3.", nullptr, mReport.cases)
            .arg(core::toDbDate(mFrom->date()), core::toDbDate(mTo->date()), mReport.refund.toDisplayString()));
    drawChart();
}

void ReportView::drawChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Cases per reason"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Cases"));
    QStringList reasons;
    int most = 0;
    for (const AftersaleReport::Row &row : std::as_const(mReport.byReason)) {
        *set << row.cases;
        reasons << row.key;
        most = std::max(most, row.cases);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(reasons);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, most));
    y->setTickCount(std::min(std::max(2, most + 1), 6));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = mChart->chart();
    mChart->setChart(chart);
    delete old;
}

core::Status ReportView::exportXlsx(const QString &path) const
{
    return AftersaleService::writeReportXlsx(mReport, path);
}

void ReportView::exportDialog()
{
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Export the after-sale report"), QString(), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto s = exportXlsx(path); !s)
        mContext.events.reportError(s.errorMessage());
}

} // namespace shopdesk::aftersale
