#pragma once

#include "KpiView.h"

#include <QDate>

class QLabel;

namespace shopdesk::core {
class FrontGate;
class RecordTableModel;
} // namespace shopdesk::core

namespace shopdesk::kpi {

/// Repeat buyers (回头客) and the repeat rate (回头率) per month, from the orders: the last twelve
/// months up to the last day with figures (or today), newest first, with the change on the month
/// before. A repeat buyer paid in the month and had paid at least two orders by its end.
class RepeatView : public KpiView {
    Q_OBJECT
public:
    explicit RepeatView(const KpiViewContext &context, QWidget *parent = nullptr);

    /// Reads nothing until the view first comes to the front (or a last day is set).
    void reload() override;
    /// The newest month shown is the month of `day` (else the last day with figures, or today);
    /// worked out now.
    void setLastDay(QDate day);
    /// The months have been worked out (the view came to the front, or a last day was set).
    bool computed() const;
    core::RecordTableModel *model() const { return mModel; }

protected:
    void retranslateUi() override;

private:
    QDate mLastDay;
    core::FrontGate *mGate; ///< read when first in front (13 months of orders: not at start-up behind a tab)
    QLabel *mHeadline;
    QLabel *mRule;
    core::RecordTableModel *mModel;
};

} // namespace shopdesk::kpi
