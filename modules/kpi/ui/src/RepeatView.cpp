#include "RepeatView.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>

#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::kpi {

using core::ColumnKind;

RepeatView::RepeatView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
    , mGate(new core::FrontGate(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("repeatView"));
    auto *v = new QVBoxLayout(this);
    mHeadline = new QLabel(this);
    mHeadline->setObjectName(QStringLiteral("repeatHeadline"));
    mHeadline->setWordWrap(true);
    v->addWidget(mHeadline);
    mRule = new QLabel(this);
    mRule->setWordWrap(true);
    v->addWidget(mRule);
    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Month"); }, ColumnKind::Text },
            { [] { return tr("Buyers"); }, ColumnKind::Integer },
            { [] { return tr("Repeat buyers (回头客)"); }, ColumnKind::Integer },
            { [] { return tr("Repeat rate (回头率)"); }, ColumnKind::Percent },
            { [] { return tr("On the month before"); }, ColumnKind::Text },
        },
        this);
    v->addWidget(KpiUi::readOnlyTable(mModel, this, QStringLiteral("repeatMonths")), 1);
    retranslateUi();
}

void RepeatView::setLastDay(QDate day)
{
    mLastDay = day;
    mGate->open();
    reload();
}

bool RepeatView::computed() const { return mGate->isOpen(); }

void RepeatView::reload()
{
    if (!mGate->isOpen())
        return; // worked out when it first comes to the front
    QDate last = mLastDay;
    if (!last.isValid()) {
        auto span = mService.span();
        if (!check(span.status()))
            return;
        last = span->second.isValid() ? span->second : QDate::currentDate();
    }
    const QDate month(last.year(), last.month(), 1);
    // One month more than shown: the oldest row's change needs the month before it.
    auto months = mService.repeatByMonth(month.addMonths(-12), month);
    if (!check(months.status()))
        return;
    const QLocale l;
    auto percent = [&](double v) { return QString(l.toString(v * 100.0, 'f', 2) + QLatin1Char('%')); };
    QList<QVariantList> rows;
    for (qsizetype i = months->size() - 1; i >= 1; --i) {
        const core::RepeatFigures &m = months->at(i);
        const core::RepeatFigures &before = months->at(i - 1);
        QString change;
        if (m.buyers > 0 && before.buyers > 0) {
            const double points = (m.rate() - before.rate()) * 100.0;
            change = tr("%1 points")
                         .arg(QString(points >= 0 ? QStringLiteral("+") : QString()) + l.toString(points, 'f', 2));
        }
        rows.append({ m.first.toString(QStringLiteral("yyyy-MM")), m.buyers, m.repeatBuyers,
            m.buyers > 0 ? QVariant(m.rate()) : QVariant(), change });
    }
    mModel->setRows(rows);
    const core::RepeatFigures &now = months->last();
    const core::RepeatFigures &before = months->at(months->size() - 2);
    mHeadline->setText(tr("Repeat rate (回头率) in %1: %2 (%3 of %4 buyers); %5 the month before.")
                           .arg(now.first.toString(QStringLiteral("yyyy-MM")), percent(now.rate()))
                           .arg(now.repeatBuyers)
                           .arg(now.buyers)
                           .arg(percent(before.rate())));
}

void RepeatView::retranslateUi()
{
    mRule->setText(tr("A repeat buyer (回头客) paid in the month and had paid at least two orders by its end; "
                      "回头率 = repeat buyers / buyers who paid in the month."));
    mModel->retranslate();
    if (mHeadline && !mHeadline->text().isEmpty())
        reload();
}

} // namespace shopdesk::kpi
