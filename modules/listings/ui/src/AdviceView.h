#pragma once

#include "ReportView.h"

class QLabel;
class QSpinBox;

namespace shopdesk::listings {

/// 建议: what to take off shelf (out of stock, no sale in 30 days, out of season), which main
/// items get the showcase slots (橱窗推荐), what to reorder; the slots and the main items'
/// minimum stock are shop settings, changed here as undo commands.
class AdviceView : public ReportView {
    Q_OBJECT
public:
    explicit AdviceView(const ViewContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    static core::RecordTableModel *newModel();
    void saveSettings();

    QLabel *mSlotsLabel, *mMinimumLabel;
    QSpinBox *mSlots, *mMinimum;
};

} // namespace shopdesk::listings
