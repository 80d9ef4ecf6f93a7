#include "ProfitView.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Vocabulary.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::kpi {

using core::ColumnKind;

ProfitView::ProfitView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
    , mGate(new core::FrontGate(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("profitView"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mMonth = new QDateEdit(this);
    mMonth->setObjectName(QStringLiteral("profitMonth"));
    mMonth->setDisplayFormat(QStringLiteral("yyyy-MM"));
    mMonth->setCalendarPopup(true);
    mBy = new QComboBox(this);
    mBy->setObjectName(QStringLiteral("profitBy"));
    for (ProfitGrouping g : { ProfitGrouping::Item, ProfitGrouping::Category, ProfitGrouping::Day })
        mBy->addItem(QString(), int(g));
    row->addWidget(mMonth);
    row->addWidget(mBy);
    row->addStretch(1);
    mExport = new QPushButton(this);
    mExport->setObjectName(QStringLiteral("profitExport"));
    connect(mExport, &QPushButton::clicked, this, &ProfitView::askExport);
    row->addWidget(mExport);
    v->addLayout(row);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("profitSummary"));
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setWordWrap(true);
    v->addWidget(mSummary);
    mModel = new core::RecordTableModel(
        {
            { [this] { return ProfitReport::groupingName(mReport.by); }, ColumnKind::Text },
            { [] { return tr("Title"); }, ColumnKind::Text },
            { [] { return tr("Units sold"); }, ColumnKind::Integer },
            { [] { return tr("Sales"); }, ColumnKind::Money },
            { [] { return tr("Refunds"); }, ColumnKind::Money },
            { [] { return tr("Cost"); }, ColumnKind::Money },
            { [] { return tr("Gross profit"); }, ColumnKind::Money },
            { [] { return tr("Freight"); }, ColumnKind::Money },
            { [] { return tr("Platform fee"); }, ColumnKind::Money },
            { [] { return tr("Profit"); }, ColumnKind::Money },
            { [] { return tr("Profit rate"); }, ColumnKind::Percent },
        },
        this);
    mTable = KpiUi::readOnlyTable(mModel, this, QStringLiteral("profit"));
    v->addWidget(mTable, 3);
    mStockTitle = new QLabel(this);
    v->addWidget(mStockTitle);
    mStockModel = new core::RecordTableModel(
        {
            { [] { return tr("Category"); }, ColumnKind::Text },
            { [] { return tr("Pieces at the start"); }, ColumnKind::Integer },
            { [] { return tr("Stock value at the start"); }, ColumnKind::Money },
            { [] { return tr("Pieces at the end"); }, ColumnKind::Integer },
            { [] { return tr("Stock value at the end"); }, ColumnKind::Money },
            { [] { return tr("Change"); }, ColumnKind::Money },
        },
        this);
    mStock = KpiUi::readOnlyTable(mStockModel, this, QStringLiteral("stockValue"));
    v->addWidget(mStock, 1);

    auto span = mService.span();
    const QDate last = span.ok() && span->second.isValid() ? span->second : QDate::currentDate();
    mMonth->setDate(QDate(last.year(), last.month(), 1));
    connect(mMonth, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(mBy, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    retranslateUi();
    mLoaded = true;
    reload();
}

void ProfitView::showMonth(QDate month, ProfitGrouping by)
{
    mGate->open();
    const bool was = mLoaded;
    mLoaded = false;
    mMonth->setDate(QDate(month.year(), month.month(), 1));
    mBy->setCurrentIndex(std::max(0, mBy->findData(int(by))));
    mLoaded = was;
    reload();
}

bool ProfitView::computed() const { return mGate->isOpen(); }

void ProfitView::reload()
{
    if (!mLoaded || !mGate->isOpen())
        return; // worked out when it first comes to the front
    const QDate m = mMonth->date();
    auto r = mService.profit(m.year(), m.month(), ProfitGrouping(mBy->currentData().toInt()));
    if (!check(r.status()))
        return;
    mReport = *r;
    showReport();
}

void ProfitView::showReport()
{
    QList<QVariantList> rows;
    auto add = [&](const ProfitRow &p, const QString &key) {
        rows.append({ key, p.title, p.units, p.sales.fen(), p.refunds.fen(), p.cost.fen(), p.grossProfit().fen(),
            p.freight.fen(), p.fee.fen(), p.profit().fen(), p.profitRate() });
    };
    for (const ProfitRow &p : std::as_const(mReport.rows)) {
        if (p.key.isEmpty() && mReport.by != ProfitGrouping::Day)
            add(p, mReport.by == ProfitGrouping::Item ? tr("(lines without a SKU)") : tr("(no category)"));
        else
            add(p, mReport.by == ProfitGrouping::Category ? core::Vocabulary::category(p.key) : p.key);
    }
    if (!mReport.rows.isEmpty())
        add(mReport.total, tr("Total"));
    mModel->setRows(rows);
    mModel->retranslate();
    mTable->setColumnHidden(1, mReport.by != ProfitGrouping::Item);
    QList<QVariantList> stock;
    for (const CategoryValue &c : std::as_const(mReport.stockValue))
        stock.append({ c.category.isEmpty() ? tr("(no category)") : core::Vocabulary::category(c.category),
            c.openingUnits, c.opening.fen(), c.closingUnits, c.closing.fen(), c.change().fen() });
    mStockModel->setRows(stock);
    mSummary->setText(summaryHtml());
}

QString ProfitView::summaryHtml() const
{
    const QLocale l;
    auto pct = [&](double v) -> QString { return l.toString(v * 100.0, 'f', 1) + QLatin1Char('%'); };
    const ProfitRow &t = mReport.total;
    QString html = tr("<b>%1</b>: sales %2 · refunds %3 · gross profit %4 · profit %5 · profit rate <b>%6</b> "
                      "(%7: %8)")
                       .arg(mReport.label, core::format::moneyKpi(t.sales), core::format::moneyKpi(t.refunds),
                           core::format::moneyKpi(t.grossProfit()), core::format::moneyKpi(t.profit()),
                           pct(t.profitRate()), mReport.previousLabel, pct(mReport.previous.profitRate()));
    html += QStringLiteral("<br>")
        + tr("Platform fee %1 of what the buyers kept · freight from the courier's bill where it was checked, "
             "else the estimate")
              .arg(pct(mReport.feeRate));
    if (t.uncostedUnits > 0)
        html += QStringLiteral("<br>")
            + tr("%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.")
                  .arg(core::format::number(t.uncostedUnits));
    html += QStringLiteral("<br>")
        + tr("Stock at cost: %1 at the start of the month, %2 at its end (%3)")
              .arg(core::format::moneyKpi(mReport.stockOpening()), core::format::moneyKpi(mReport.stockClosing()),
                  core::format::moneyKpi(mReport.stockClosing() - mReport.stockOpening()));
    return html;
}

bool ProfitView::exportTo(const QString &path)
{
    if (!mGate->isOpen()) { // exported before it was ever shown
        mGate->open();
        reload();
    }
    if (!check(mReport.writeXlsx(path)))
        return false;
    mEvents.reportDone(
        tr("The profit table of %1 is written to %2.").arg(mReport.label, QDir::toNativeSeparators(path)));
    return true;
}

void ProfitView::askExport()
{
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Export the profit table"), tr("profit-%1.xlsx").arg(mReport.label), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

QByteArray ProfitView::saveState() const
{
    return KpiUi::packState({ { QStringLiteral("columns"), mTable->horizontalHeader()->saveState() },
        { QStringLiteral("by"), mBy->currentData() } });
}

void ProfitView::restoreState(const QByteArray &state)
{
    const QVariantMap m = KpiUi::unpackState(state);
    if (const QByteArray h = m.value(QStringLiteral("columns")).toByteArray(); !h.isEmpty())
        mTable->horizontalHeader()->restoreState(h);
    if (const int i = mBy->findData(m.value(QStringLiteral("by"))); i >= 0)
        mBy->setCurrentIndex(i);
}

void ProfitView::retranslateUi()
{
    for (int i = 0; i < mBy->count(); ++i)
        mBy->setItemText(i, tr("By %1").arg(ProfitReport::groupingName(ProfitGrouping(mBy->itemData(i).toInt()))));
    mMonth->setToolTip(tr("Month"));
    mExport->setText(tr("&Export to Excel…"));
    mExport->setToolTip(tr("The table shown, as an .xlsx workbook"));
    mStockTitle->setText(tr("Stock value at cost per category (moving-average cost)"));
    mModel->retranslate();
    mStockModel->retranslate();
    if (mLoaded && mGate->isOpen()) {
        reload(); // the rows name categories and the total in the new language
        mSummary->setText(summaryHtml());
    }
}

} // namespace shopdesk::kpi
