#pragma once

#include "KpiView.h"

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::kpi {

/// The promotion calendar (促销日历): the platforms' yearly dates and the store's own, each with
/// the day by which restocking must be decided. The store's own dates are entered and removed
/// here; the stock reorder warning reads the same calendar.
class CalendarView : public KpiView {
    Q_OBJECT
public:
    explicit CalendarView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The table's columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mTable; }
    void setYear(int year);
    /// Adds the entered date (undoable).
    bool addPromotion();
    /// Removes the selected date, if it is one of the store's own (undoable).
    bool removeSelected();

protected:
    bool showsTopic(core::Topic topic) const override;
    void retranslateUi() override;

private:
    bool mLoading = false;
    QLabel *mYearLabel;
    QSpinBox *mYear;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QDateEdit *mDay;
    QLineEdit *mName;
    QPushButton *mAdd, *mRemove;
    QList<core::Promotion> mCalendar;
};

} // namespace shopdesk::kpi
