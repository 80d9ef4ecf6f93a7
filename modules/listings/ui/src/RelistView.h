#pragma once

#include "ReportView.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace shopdesk::listings {

/// 上下架计划: every on-shelf item's place in the 7-day relist cycle, spread over the buyers' peak
/// hours (a shop setting, changed here as an undo command), exported as CSV.
class RelistView : public ReportView {
    Q_OBJECT
public:
    explicit RelistView(const ViewContext &context, QWidget *parent = nullptr);

    bool exportTo(const QString &path);
    QLineEdit *peakField() const { return mPeak; }

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    static core::RecordTableModel *newModel();
    void applyPeakHours();

    QLabel *mPeakLabel;
    QLineEdit *mPeak;
    QPushButton *mApply, *mExport;
};

} // namespace shopdesk::listings
