#pragma once

#include "KpiView.h"
#include "shopdesk/kpi/KpiReport.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::kpi {

class DayForm;

/// The daily report (日报表), the workbench's main view: a month's days with their derived
/// columns and the comparison with the shop's orders, the month's summary, and the form that
/// enters or corrects a day. Import of the platform's export and the appraisal sheet start here.
class DailyView : public KpiView {
    Q_OBJECT
public:
    explicit DailyView(const KpiViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    /// The month shown, the table's columns and the split between table and form.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mTable; }
    DayForm *form() const { return mForm; }
    const PeriodReport &report() const { return mReport; }
    /// The month shown ("2026-10"), or empty for every day.
    void showMonth(const QString &month);
    QString month() const;

    /// Asks for the platform's daily export and imports it.
    void askImport();
    /// What the Import… button does after its file dialog: all or nothing, undoable.
    Q_INVOKABLE bool importFile(const QString &path);
    /// Saves the form's day: one field changed on a stored day is a field edit (consecutive ones
    /// merge); a new day or several fields are one step.
    bool saveEnteredDay();
    /// Answers the view's questions instead of a message box (tests); it gets the question's text.
    void setConfirm(std::function<bool(const QString &question)> confirm) { mConfirm = std::move(confirm); }
    /// Asks for a file and writes the month's appraisal sheet.
    void askExport();
    /// Writes the month's appraisal sheet (.xlsx, .csv, .pdf).
    bool exportSheet(const QString &path);

Q_SIGNALS:
    /// The report of the period now shown (the campaigns view follows it).
    void reportShown(const shopdesk::kpi::PeriodReport &report);

protected:
    void retranslateUi() override;

private:
    void loadMonths();
    void loadDays();
    QString summaryHtml() const;
    /// A day picked in the form: a stored day's figures are loaded into it.
    void dayPicked(QDate day);
    void showInForm(const DailyKpi &day);
    bool confirm(const QString &question);

    bool mLoading = false;
    bool mColumnsSized = false; ///< sized to the first rows, or restored: then the user's widths stay
    QLabel *mMonthLabel;
    QComboBox *mMonth;
    QPushButton *mImport, *mExport;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QLabel *mSummary;
    DayForm *mForm;
    QSplitter *mSplit;
    PeriodReport mReport;
    /// The stored day the form was filled from (its figures as they were then).
    std::optional<DailyKpi> mLoaded;
    std::function<bool(const QString &)> mConfirm;
};

} // namespace shopdesk::kpi
