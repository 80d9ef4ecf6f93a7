#include "ParetoView.h"

#include "ListingsService.h"

#include <shopdesk/core/Colours.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QDataStream>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace shopdesk::listings {

namespace {
enum Column { Rank, Code, Title, Sales, Units, Share, Cumulative, Carries };

QString percent(double v) { return QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 1); }

/// The ranking: shares to one decimal, the rows that carry 80% of the sales shaded.
class ParetoModel final : public core::RecordTableModel {
public:
    ParetoModel()
        : core::RecordTableModel({ { [] { return ParetoView::tr("Rank"); }, core::ColumnKind::Integer },
            { [] { return ParetoView::tr("Item code"); } }, { [] { return ParetoView::tr("Title"); } },
            { [] { return ParetoView::tr("Sales"); }, core::ColumnKind::Money },
            { [] { return ParetoView::tr("Units"); }, core::ColumnKind::Integer },
            { [] { return ParetoView::tr("Share"); }, core::ColumnKind::Percent },
            { [] { return ParetoView::tr("Cumulative"); }, core::ColumnKind::Percent },
            { [] { return ParetoView::tr("Carries 80%"); } } })
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole)
            && (index.column() == Share || index.column() == Cumulative))
            return percent(RecordTableModel::data(index, Qt::UserRole).toDouble());
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const bool head
                = !RecordTableModel::data(this->index(index.row(), Carries), Qt::UserRole).toString().isEmpty();
            const core::colours::Pair p = core::colours::pair(core::colours::Role::Highlight);
            return head ? QVariant(role == Qt::BackgroundRole ? p.background : p.text) : QVariant();
        }
        return RecordTableModel::data(index, role);
    }
};
} // namespace

ParetoView::ParetoView(const ViewContext &context, QWidget *parent)
    : ReportView(context, new ParetoModel, QStringLiteral("paretoTable"), parent)
    , mFromLabel(new QLabel(this))
    , mToLabel(new QLabel(this))
    , mFrom(new QDateEdit(this))
    , mTo(new QDateEdit(this))
    , mChart(new QChartView(this))
    , mSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("paretoView"));
    summary()->setObjectName(QStringLiteral("paretoSummary"));
    mFrom->setObjectName(QStringLiteral("paretoFrom"));
    mTo->setObjectName(QStringLiteral("paretoTo"));
    for (QDateEdit *d : { mFrom, mTo }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    mFromLabel->setBuddy(mFrom);
    mToLabel->setBuddy(mTo);
    setPeriodEndingOn(QDate::currentDate());
    auto *top = new QHBoxLayout;
    top->addWidget(mFromLabel);
    top->addWidget(mFrom);
    top->addWidget(mToLabel);
    top->addWidget(mTo);
    top->addStretch();
    mChart->setObjectName(QStringLiteral("paretoChart"));
    mChart->setRenderHint(QPainter::Antialiasing);
    mChart->setMinimumHeight(220);
    mSplitter->setObjectName(QStringLiteral("paretoSplitter"));
    mSplitter->addWidget(mChart);
    mSplitter->addWidget(table());
    mSplitter->setStretchFactor(0, 2);
    mSplitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(summary());
    layout->addWidget(mSplitter, 1);
    auto changed = [this] {
        if (isVisible())
            reload();
    };
    connect(mFrom, &QDateEdit::dateChanged, this, changed);
    connect(mTo, &QDateEdit::dateChanged, this, changed);
    retranslateUi();
}

void ParetoView::setPeriodEndingOn(const QDate &day)
{
    const QSignalBlocker b1(mFrom), b2(mTo);
    mTo->setDate(day);
    mFrom->setDate(day.addDays(-29));
}

void ParetoView::retranslateUi()
{
    mFromLabel->setText(tr("Sales &from"));
    mToLabel->setText(tr("&to"));
    ReportView::retranslateUi();
}

void ParetoView::refresh()
{
    auto rows = mContext.service.pareto(mFrom->date(), mTo->date());
    if (!report(rows.status()))
        return;
    QList<QVariantList> out;
    out.reserve(rows->size());
    int carriers = 0;
    core::Money total;
    for (const ParetoRow &p : *rows) {
        carriers += p.head;
        total += p.item.sales;
        out.append({ p.rank, p.item.code, p.item.title, p.item.sales.fen(), p.item.units, p.share, p.cumulative,
            p.head ? QString::fromUtf8("✓") : QString() });
    }
    mModel->setRows(std::move(out));
    fitColumns();
    summary()->setText(rows->isEmpty() || total.fen() == 0
            ? tr("No sales in this period.")
            : tr("%1 of %2 items (%3) carry 80% of the %4 sales from %5 to %6.")
                  .arg(carriers)
                  .arg(rows->size())
                  .arg(percent(double(carriers) / double(rows->size())), total.toDisplayString(),
                      mFrom->date().toString(Qt::ISODate), mTo->date().toString(Qt::ISODate)));
    drawChart(*rows);
}

void ParetoView::drawChart(const QList<ParetoRow> &rows)
{
    // Bars: the best sellers' sales; line: cumulative share; dashed: the 80% mark.
    constexpr int kShown = 20;
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *set = new QBarSet(tr("Sales (¥)"));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share (%)"));
    auto *mark = new QLineSeries;
    mark->setName(tr("80%"));
    QPen dashed(QColor(0xc0, 0x20, 0x20));
    dashed.setStyle(Qt::DashLine);
    mark->setPen(dashed);
    QStringList codes;
    for (int i = 0; i < rows.size() && i < kShown; ++i) {
        *set << double(rows[i].item.sales.fen()) / 100.0;
        cumulative->append(i, rows[i].cumulative * 100.0);
        codes << rows[i].item.code;
    }
    mark->append(-0.5, 80);
    mark->append(std::max<qsizetype>(codes.size(), 1) - 0.5, 80);
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    chart->addSeries(mark);
    auto *x = new QBarCategoryAxis;
    x->append(codes);
    x->setLabelsAngle(-90);
    auto *money = new QValueAxis;
    money->setLabelFormat(QStringLiteral("%.0f"));
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(money);
    money->setMin(0);
    if (money->max() <= 0)
        money->setMax(1); // no sales yet: an empty chart, not a range of nothing
    money->applyNiceNumbers();
    for (QLineSeries *l : { cumulative, mark }) {
        l->attachAxis(x);
        l->attachAxis(share);
    }
    QChart *old = mChart->chart();
    mChart->setChart(chart);
    delete old;
}

QByteArray ParetoView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << ReportView::saveState() << mSplitter->saveState();
    return state;
}

void ParetoView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray table, splitter;
    in >> version >> table >> splitter;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    ReportView::restoreState(table);
    mSplitter->restoreState(splitter);
}

} // namespace shopdesk::listings
