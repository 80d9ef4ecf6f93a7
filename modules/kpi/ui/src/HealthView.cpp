#include "HealthView.h"

#include "shopdesk/kpi/KpiCharts.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Records.h>

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>

namespace shopdesk::kpi {

HealthView::HealthView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("healthView"));
    auto *grid = new QGridLayout(this);
    mNote = new QLabel(this);
    mNote->setWordWrap(true);
    grid->addWidget(mNote, 0, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        auto *light = new QLabel(this);
        light->setObjectName(QStringLiteral("light%1").arg(i));
        light->setWordWrap(true);
        light->setTextFormat(Qt::RichText);
        light->setMargin(6);
        mLights << light;
        grid->addWidget(light, 1, i);
        auto *view = KpiUi::chartView(this);
        mViews << view;
        grid->addWidget(view, 2, i);
    }
    grid->setRowStretch(2, 1);
    retranslateUi();
    mReady = true;
    reload();
}

void HealthView::reload()
{
    auto review = mService.health();
    if (!check(review.status()))
        return;
    mRecent = review->recent;
    const QList<HealthCheck> &checks = review->checks;
    const QLocale l;
    for (int i = 0; i < 3 && i < checks.size(); ++i) {
        const HealthCheck &c = checks.at(i);
        const bool percent = c.metric != HealthMetric::Dsr;
        const QString value = !c.latest ? tr("not recorded")
            : percent                   ? l.toString(*c.latest * 100.0, 'f', 2) + QLatin1Char('%')
                                        : l.toString(*c.latest, 'f', 2);
        QString text = QStringLiteral("<b>%1</b>: %2 (%3)")
                           .arg(HealthCheck::metricName(c.metric), value, HealthCheck::ruleText(c.metric));
        if (c.red)
            text += QStringLiteral("<br>") + tr("Red since %1").arg(core::toDbDate(c.since));
        else if (c.lastCrossed.isValid())
            text += QStringLiteral("<br>") + tr("Last on the wrong side on %1").arg(core::toDbDate(c.lastCrossed));
        else if (c.latest)
            text += QStringLiteral("<br>") + tr("Green");
        mLights[i]->setText(text);
        mLights[i]->setStyleSheet(
            QStringLiteral("%1 border:1px solid %2;")
                .arg(core::colours::styleSheet(c.red ? core::colours::Role::Shortage : core::colours::Role::Surplus),
                    core::colours::pair(c.red ? core::colours::Role::Shortage : core::colours::Role::Surplus)
                        .text.name()));
        KpiUi::setChart(mViews[i], KpiCharts::health(mRecent, c.metric));
    }
}

bool HealthView::exportChart(const QString &path)
{
    return check(KpiCharts::exportCharts(KpiCharts::healthPanel(mRecent), path, QSize(600, 600)));
}

void HealthView::retranslateUi()
{
    mNote->setText(tr("Platform health (天猫考核): DSR below 4.2, refund-dispute rate above 3% or good-rating rate "
                      "below 98.5% put the store at risk. Charts show the last 90 days."));
    if (mReady)
        reload(); // the lights' texts and the charts' titles follow the language
}

} // namespace shopdesk::kpi
