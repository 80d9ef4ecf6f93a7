#pragma once

#include "KpiView.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace shopdesk::kpi {

/// The charts (图表): a figure's trend by day (with the same days last week and last month) or the
/// 80/20 ranking of items, over a span of days; saved as PNG or PDF.
class ChartsView : public KpiView {
    Q_OBJECT
public:
    explicit ChartsView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The chart kind, metric and comparison lines chosen.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QChartView *chartView() const { return mView; }
    /// Writes the chart shown as .png or .pdf.
    bool exportChart(const QString &path);

protected:
    void retranslateUi() override;

private:
    void loadChart();
    std::unique_ptr<QChart> currentChart() const;

    bool mLoading = false;
    bool mReady = false; ///< built: a language change redraws the chart
    QComboBox *mKind, *mMetric;
    QDateEdit *mFrom, *mTo;
    QCheckBox *mLastWeek, *mLastMonth;
    QChartView *mView;
    QList<QLabel *> mLabels;
    QPushButton *mPng, *mPdf;
};

} // namespace shopdesk::kpi
