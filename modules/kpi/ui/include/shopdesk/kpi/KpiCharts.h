#pragma once

// The KPI charts (Qt Charts), built from the pure analyses, and their export as PNG or PDF.
// Rendering goes through a QGraphicsScene into a QPainter (QImage / QPdfWriter), so it works
// offscreen, from the panel, the command line and tests alike (a QApplication must exist).

#include "shopdesk/kpi/KpiAnalysis.h"
#include "shopdesk/kpi/KpiChartRequest.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QSize>

#include <memory>
#include <vector>

class QChart;

namespace shopdesk::kpi {

class KpiCharts {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiCharts)
public:
    /// The metric by day, its 7-day average, and (when asked) the same days last week / last month.
    static std::unique_ptr<QChart> trend(const Trend &trend, bool lastWeek = true, bool lastMonth = true);
    /// Bars for the contributions of visitors, conversion and AOV, and the residual, in yuan.
    static std::unique_ptr<QChart> decomposition(const Decomposition &d);
    /// Items by sales (bars, biggest first, at most `maxItems`) with the cumulative share (line)
    /// and the 80% mark.
    static std::unique_ptr<QChart> pareto(const Pareto &p, int maxItems = 25);
    /// One health figure by day with its red line; days on the wrong side are marked red.
    static std::unique_ptr<QChart> health(const QList<DailyKpi> &rows, HealthMetric metric);

    /// The three health charts (DSR, refund disputes, good ratings), side by side.
    static std::vector<std::unique_ptr<QChart>> healthPanel(const QList<DailyKpi> &rows);

    /// Writes the chart as .png or .pdf (by the file's ending).
    static core::Status exportChart(std::unique_ptr<QChart> chart, const QString &path, QSize size = { 1200, 700 });
    /// The charts a request asks for, written as .png or .pdf (the exporter `kpi chart` uses).
    static core::Status exportRequest(const ChartRequest &request, const QString &path);
    /// Writes several charts side by side, each `size`, as one .png or .pdf.
    static core::Status exportCharts(
        std::vector<std::unique_ptr<QChart>> charts, const QString &path, QSize size = { 1200, 700 });
};

} // namespace shopdesk::kpi
