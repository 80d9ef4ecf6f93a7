#pragma once

#include "KpiView.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace shopdesk::core {
class FrontGate;
class RecordTableModel;
} // namespace shopdesk::core

namespace shopdesk::kpi {

/// Why sales moved (销售额变动原因): the change between two periods split into visitors,
/// conversion and average order value, and the residual the three do not explain.
class WhyView : public KpiView {
    Q_OBJECT
public:
    explicit WhyView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The kind of comparison chosen.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    /// Shows the comparison of `kind` ending `day`.
    void showComparison(Comparison::Kind kind, QDate day);
    const Decomposition &decomposition() const { return mDecomposition; }
    /// Writes the decomposition chart as .png or .pdf.
    bool exportChart(const QString &path);

protected:
    void retranslateUi() override;

private:
    /// Worked out when the view first comes to the front (a tab behind the daily report).
    core::FrontGate *mGate = nullptr;
    void loadDecomposition();

    bool mLoading = false;
    bool mReady = false;
    QComboBox *mCompare;
    QLabel *mEnding;
    QDateEdit *mDay;
    QChartView *mView;
    QLabel *mText;
    core::RecordTableModel *mModel;
    QPushButton *mPng, *mPdf;
    Decomposition mDecomposition;
};

} // namespace shopdesk::kpi
