#pragma once

#include "KpiView.h"

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::kpi {

/// Sales targets (目标): the year's target, by quarter (unset quarters spread by last year's
/// sales) and by category, the PV / UV / buyers each quarter needs at the planned conversion and
/// AOV, and the progress so far.
class TargetsView : public KpiView {
    Q_OBJECT
public:
    explicit TargetsView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The breakdown table's columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    int year() const;
    QTableView *breakdown() const { return mTable; }
    /// Saves the targets entered: one amount changed (the year's or a quarter's) is a field edit,
    /// and consecutive edits of it merge; anything more is one step.
    bool saveTargets();

Q_SIGNALS:
    void yearChanged(int year);

protected:
    void retranslateUi() override;

private:
    QList<SalesTarget> entered(bool *ok) const;

    bool mLoading = false;
    bool mReady = false;
    QGroupBox *mBox;
    QSpinBox *mYear;
    QDoubleSpinBox *mYearTarget;
    QList<QDoubleSpinBox *> mQuarters;
    QDoubleSpinBox *mConversion, *mAov, *mDepth;
    QTableWidget *mCategories;
    QPushButton *mAddCategory, *mSave;
    QList<QLabel *> mLabels;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QLabel *mProgress;
};

} // namespace shopdesk::kpi
