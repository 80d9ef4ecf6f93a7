#pragma once

#include "KpiView.h"

#include <QDate>

class QLabel;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::kpi {

/// Repeat buyers (回头客) and the repeat rate (回头率) per month, from the orders: the last twelve
/// months up to the last day with figures (or today), newest first, with the change on the month
/// before. A repeat buyer paid in the month and had paid at least two orders by its end.
class RepeatView : public KpiView {
    Q_OBJECT
public:
    explicit RepeatView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The newest month shown is the month of `day` (else the last day with figures, or today).
    void setLastDay(QDate day);
    core::RecordTableModel *model() const { return mModel; }

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    QDate mLastDay;
    bool mShown = false; ///< read when first shown (13 months of orders: not at start-up behind a tab)
    QLabel *mHeadline;
    QLabel *mRule;
    core::RecordTableModel *mModel;
};

} // namespace shopdesk::kpi
