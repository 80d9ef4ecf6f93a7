#include "ChartsView.h"

#include "shopdesk/kpi/KpiCharts.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk::kpi {

ChartsView::ChartsView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("chartsView"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("chartKind"));
    mKind->addItem(QString(), QStringLiteral("trend"));
    mKind->addItem(QString(), QStringLiteral("pareto"));
    mMetric = new QComboBox(this);
    mMetric->setObjectName(QStringLiteral("metric"));
    for (TrendMetric m :
        { TrendMetric::Sales, TrendMetric::Uv, TrendMetric::Pv, TrendMetric::Conversion, TrendMetric::Aov })
        mMetric->addItem(QString(), int(m));
    mFrom = new QDateEdit(this);
    mTo = new QDateEdit(this);
    mFrom->setObjectName(QStringLiteral("chartFrom"));
    mTo->setObjectName(QStringLiteral("chartTo"));
    for (QDateEdit *d : { mFrom, mTo }) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    mLastWeek = new QCheckBox(this);
    mLastMonth = new QCheckBox(this);
    mLastWeek->setObjectName(QStringLiteral("lastWeek"));
    mLastMonth->setObjectName(QStringLiteral("lastMonth"));
    mLastWeek->setChecked(true);
    mLastMonth->setChecked(true);
    mPng = new QPushButton(this);
    mPdf = new QPushButton(this);
    for (int i = 0; i < 3; ++i)
        mLabels << new QLabel(this);
    mLabels[0]->setBuddy(mKind);
    row->addWidget(mLabels[0]);
    row->addWidget(mKind);
    row->addWidget(mMetric);
    row->addWidget(mLabels[1]);
    row->addWidget(mFrom);
    row->addWidget(mLabels[2]);
    row->addWidget(mTo);
    row->addWidget(mLastWeek);
    row->addWidget(mLastMonth);
    row->addStretch();
    row->addWidget(mPng);
    row->addWidget(mPdf);
    v->addLayout(row);
    mView = KpiUi::chartView(this);
    mView->setObjectName(QStringLiteral("chart"));
    v->addWidget(mView, 1);
    auto reloadChart = [this] {
        if (!mLoading)
            loadChart();
    };
    connect(mKind, &QComboBox::currentIndexChanged, this, reloadChart);
    connect(mMetric, &QComboBox::currentIndexChanged, this, reloadChart);
    connect(mFrom, &QDateEdit::dateChanged, this, reloadChart);
    connect(mTo, &QDateEdit::dateChanged, this, reloadChart);
    connect(mLastWeek, &QCheckBox::toggled, this, reloadChart);
    connect(mLastMonth, &QCheckBox::toggled, this, reloadChart);
    KpiUi::connectChartButtons(
        this, mPng, mPdf, [this] { return mKind->currentData().toString(); },
        [this](const QString &path) { return exportChart(path); });
    retranslateUi();
    mReady = true;
    reload();
}

void ChartsView::reload()
{
    auto span = mService.span();
    if (!check(span.status()))
        return;
    // The last 30 days with figures, unless the chosen span still lies within them.
    if (span->first.isValid()
        && (mTo->date() == QDate(2000, 1, 1) || mTo->date() > span->second || mTo->date() < span->first)) {
        mLoading = true;
        mTo->setDate(span->second);
        mFrom->setDate(std::max(span->first, span->second.addDays(-29)));
        mLoading = false;
    }
    loadChart();
}

void ChartsView::loadChart()
{
    const bool isTrend = mKind->currentData().toString() == QLatin1String("trend");
    mMetric->setEnabled(isTrend);
    mLastWeek->setEnabled(isTrend);
    mLastMonth->setEnabled(isTrend);
    KpiUi::setChart(mView, currentChart());
}

std::unique_ptr<QChart> ChartsView::currentChart() const
{
    const QDate from = mFrom->date(), to = std::max(mFrom->date(), mTo->date());
    if (mKind->currentData().toString() == QLatin1String("pareto")) {
        auto ranked = mService.itemPareto(from, to);
        return check(ranked.status()) ? KpiCharts::pareto(*ranked) : nullptr;
    }
    auto t = mService.trend(TrendMetric(mMetric->currentData().toInt()), from, to);
    return check(t.status()) ? KpiCharts::trend(*t, mLastWeek->isChecked(), mLastMonth->isChecked()) : nullptr;
}

bool ChartsView::exportChart(const QString &path)
{
    auto chart = currentChart();
    return chart && check(KpiCharts::exportChart(std::move(chart), path));
}

QByteArray ChartsView::saveState() const
{
    return KpiUi::packState({ { QStringLiteral("kind"), mKind->currentData() },
        { QStringLiteral("metric"), mMetric->currentData() }, { QStringLiteral("lastWeek"), mLastWeek->isChecked() },
        { QStringLiteral("lastMonth"), mLastMonth->isChecked() } });
}

void ChartsView::restoreState(const QByteArray &state)
{
    const QVariantMap s = KpiUi::unpackState(state);
    if (s.isEmpty())
        return;
    mLoading = true;
    if (const int i = mKind->findData(s.value(QStringLiteral("kind"))); i >= 0)
        mKind->setCurrentIndex(i);
    if (const int i = mMetric->findData(s.value(QStringLiteral("metric"))); i >= 0)
        mMetric->setCurrentIndex(i);
    mLastWeek->setChecked(s.value(QStringLiteral("lastWeek"), true).toBool());
    mLastMonth->setChecked(s.value(QStringLiteral("lastMonth"), true).toBool());
    mLoading = false;
    loadChart();
}

void ChartsView::retranslateUi()
{
    mKind->setItemText(0, tr("Trend"));
    mKind->setItemText(1, tr("Pareto of items (80/20)"));
    for (int i = 0; i < mMetric->count(); ++i)
        mMetric->setItemText(i, Trend::metricName(TrendMetric(mMetric->itemData(i).toInt())));
    mLabels[0]->setText(tr("C&hart:"));
    mLabels[1]->setText(tr("From"));
    mLabels[2]->setText(tr("to"));
    mLastWeek->setText(tr("Last &week"));
    mLastMonth->setText(tr("Last mo&nth"));
    KpiUi::retranslateChartButtons(mPng, mPdf);
    if (mReady && !mLoading)
        loadChart(); // chart titles follow the language
}

} // namespace shopdesk::kpi
