#pragma once

#include "ListingsReports.h"
#include "ReportView.h"

class QChartView;
class QDateEdit;
class QLabel;
class QSplitter;

namespace shopdesk::listings {

/// 80/20: the items ranked by sales over a period, the few that carry 80% of them marked, with a
/// chart of the best sellers and the cumulative share.
class ParetoView : public ReportView {
    Q_OBJECT
public:
    explicit ParetoView(const ViewContext &context, QWidget *parent = nullptr);

    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    /// The period: the 30 days ending on `day`.
    void setPeriodEndingOn(const QDate &day);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    void drawChart(const QList<ParetoRow> &rows);

    QLabel *mFromLabel, *mToLabel;
    QDateEdit *mFrom, *mTo;
    QChartView *mChart;
    QSplitter *mSplitter;
};

} // namespace shopdesk::listings
