#include "WhyView.h"

#include "shopdesk/kpi/KpiCharts.h"

#include <shopdesk/core/Format.h>
#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace shopdesk::kpi {

using core::ColumnKind;

WhyView::WhyView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("whyView"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mCompare = new QComboBox(this);
    mCompare->setObjectName(QStringLiteral("compare"));
    for (int kind : { Comparison::DayOnDay, Comparison::WeekOnWeek, Comparison::MonthOnMonth })
        mCompare->addItem(QString(), kind);
    mCompare->setCurrentIndex(Comparison::MonthOnMonth);
    mEnding = new QLabel(this);
    mDay = new QDateEdit(this);
    mDay->setObjectName(QStringLiteral("compareDay"));
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDay->setCalendarPopup(true);
    mEnding->setBuddy(mDay);
    mPng = new QPushButton(this);
    mPdf = new QPushButton(this);
    row->addWidget(mCompare);
    row->addWidget(mEnding);
    row->addWidget(mDay);
    row->addStretch();
    row->addWidget(mPng);
    row->addWidget(mPdf);
    v->addLayout(row);
    mText = new QLabel(this);
    mText->setObjectName(QStringLiteral("whyText"));
    mText->setWordWrap(true);
    v->addWidget(mText);
    mView = KpiUi::chartView(this);
    mView->setObjectName(QStringLiteral("whyChart"));
    v->addWidget(mView, 1);
    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Factor"); }, ColumnKind::Text },
            { [] { return tr("Before"); }, ColumnKind::Text },
            { [] { return tr("After"); }, ColumnKind::Text },
            { [] { return tr("Contribution"); }, ColumnKind::Money },
            { [] { return tr("Share of the change"); }, ColumnKind::Percent },
        },
        this);
    auto *parts = KpiUi::readOnlyTable(mModel, this, QStringLiteral("parts"));
    parts->setMaximumHeight(170);
    v->addWidget(parts);
    auto reloadWhy = [this] {
        if (!mLoading)
            loadDecomposition();
    };
    connect(mCompare, &QComboBox::currentIndexChanged, this, reloadWhy);
    connect(mDay, &QDateEdit::dateChanged, this, reloadWhy);
    KpiUi::connectChartButtons(
        this, mPng, mPdf, [] { return QStringLiteral("decompose"); },
        [this](const QString &path) { return exportChart(path); });
    retranslateUi();
    mReady = true;
    mGate = new core::FrontGate(this, [this] { reload(); });
}

void WhyView::reload()
{
    if (!mGate || !mGate->isOpen())
        return;
    auto span = mService.span();
    if (!check(span.status()))
        return;
    if (span->first.isValid()
        && (mDay->date() == QDate(2000, 1, 1) || mDay->date() > span->second || mDay->date() < span->first)) {
        mLoading = true;
        mDay->setDate(span->second);
        mLoading = false;
    }
    loadDecomposition();
}

void WhyView::showComparison(Comparison::Kind kind, QDate day)
{
    mGate->open(); // asked for by code: worked out now
    mLoading = true;
    mCompare->setCurrentIndex(mCompare->findData(int(kind)));
    mDay->setDate(day);
    mLoading = false;
    loadDecomposition();
}

void WhyView::loadDecomposition()
{
    const auto kind = Comparison::Kind(mCompare->currentData().toInt());
    const Comparison comparison = Comparison::ending(kind, mDay->date());
    auto decomposition = mService.decompose(comparison);
    if (!check(decomposition.status()))
        return;
    mDecomposition = *decomposition;
    const Decomposition &d = mDecomposition;
    mText->setText(d.summary());
    const QLocale l;
    auto share
        = [&](qint64 part) { return d.changeFen != 0 ? QVariant(double(part) / double(d.changeFen)) : QVariant(); };
    auto percent = [&](double v) { return QString(l.toString(v * 100.0, 'f', 2) + QLatin1Char('%')); };
    auto yuan = [](double v) { return core::format::money(core::Money::fromFen(std::llround(v * 100.0))); };
    QList<QVariantList> rows {
        { Decomposition::factorName(Factor::Visitors), l.toString(qint64(d.before.visitors)),
            l.toString(qint64(d.after.visitors)), d.visitorsFen, share(d.visitorsFen) },
        { Decomposition::factorName(Factor::Conversion), percent(d.before.conversion), percent(d.after.conversion),
            d.conversionFen, share(d.conversionFen) },
        { Decomposition::factorName(Factor::Aov), yuan(d.before.aov), yuan(d.after.aov), d.aovFen, share(d.aovFen) },
        { tr("Not explained (residual)"), QString(), QString(), d.residualFen, share(d.residualFen) },
        { tr("Change in sales"), d.before.sales.toDisplayString(), d.after.sales.toDisplayString(), d.changeFen,
            share(d.changeFen) },
    };
    // The seeds' fourth factor, 回头率, beside the three: read from the orders, not part of the split.
    if (auto repeat = mService.repeat(comparison); check(repeat.status())) {
        rows.insert(3,
            { tr("Repeat rate (回头率)"), percent(repeat->before.rate()), percent(repeat->after.rate()), QVariant(),
                QVariant() });
        mText->setText(d.summary() + QLatin1Char('\n')
            + tr("Repeat rate (回头率) %1 → %2 (%3 of %4 buyers came back), shown beside the three factors.")
                  .arg(percent(repeat->before.rate()), percent(repeat->after.rate()))
                  .arg(repeat->after.repeatBuyers)
                  .arg(repeat->after.buyers));
    }
    mModel->setRows(rows);
    KpiUi::setChart(mView, KpiCharts::decomposition(d));
}

bool WhyView::exportChart(const QString &path)
{
    return check(KpiCharts::exportChart(KpiCharts::decomposition(mDecomposition), path));
}

QByteArray WhyView::saveState() const
{
    return KpiUi::packState({ { QStringLiteral("compare"), mCompare->currentData() } });
}

void WhyView::restoreState(const QByteArray &state)
{
    const QVariantMap s = KpiUi::unpackState(state);
    if (const int i = mCompare->findData(s.value(QStringLiteral("compare"))); i >= 0)
        mCompare->setCurrentIndex(i);
}

void WhyView::retranslateUi()
{
    mCompare->setItemText(0, tr("Day on day"));
    mCompare->setItemText(1, tr("Week on week"));
    mCompare->setItemText(2, tr("Month on month"));
    mEnding->setText(tr("&ending"));
    KpiUi::retranslateChartButtons(mPng, mPdf);
    mModel->retranslate();
    if (mReady && !mLoading)
        loadDecomposition(); // the summary and the factors' names follow the language
}

} // namespace shopdesk::kpi
