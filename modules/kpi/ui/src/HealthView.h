#pragma once

#include "KpiView.h"

class QChartView;
class QLabel;

namespace shopdesk::kpi {

/// Platform health (店铺健康, 天猫考核): a light for DSR, refund disputes and good ratings, each
/// with the day it went red, and their last 90 days as charts.
class HealthView : public KpiView {
    Q_OBJECT
public:
    explicit HealthView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// Writes the three health charts side by side as .png or .pdf.
    bool exportChart(const QString &path);

protected:
    void retranslateUi() override;

private:
    bool mReady = false;
    QLabel *mNote;
    QList<QLabel *> mLights;
    QList<QChartView *> mViews;
    QList<DailyKpi> mRecent;
};

} // namespace shopdesk::kpi
