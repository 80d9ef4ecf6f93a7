#pragma once

// What a KPI chart shows, worked out in the model; drawing it is the UI library's (Qt Charts is a
// widgets library). `kpi chart` on the command line hands the request to the exporter that the
// program installed (shopdesk-cli installs the UI library's, KpiCharts::exportRequest).

#include "shopdesk/kpi/KpiAnalysis.h"

#include <shopdesk/core/Result.h>

#include <QSize>
#include <QString>

#include <functional>
#include <optional>

namespace shopdesk::kpi {

struct ChartRequest {
    enum class Kind { Trend, Decomposition, Pareto, Health };
    Kind kind = Kind::Trend;
    std::optional<Trend> trend;
    std::optional<Decomposition> decomposition;
    std::optional<Pareto> pareto;
    QList<DailyKpi> healthRows; ///< for Kind::Health: the three health charts side by side
    QSize size { 1200, 700 }; ///< of each chart, in pixels (PNG) or points (PDF)
};

/// Writes a chart request as .png or .pdf (by the file's ending).
using ChartExporter = std::function<core::Status(const ChartRequest &request, const QString &path)>;

/// The exporter `kpi chart` uses; none until a program installs one.
void setChartExporter(ChartExporter exporter);
const ChartExporter &chartExporter();

} // namespace shopdesk::kpi
