#include "RelistView.h"

#include "ListingsService.h"
#include "commands/ChangeSettingsCommand.h"

#include <shopdesk/core/FileDialog.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::listings {

core::RecordTableModel *RelistView::newModel()
{
    return new core::RecordTableModel(
        { { [] { return tr("Next relist"); } }, { [] { return tr("Weekday"); } }, { [] { return tr("Time"); } },
            { [] { return tr("Item code"); } }, { [] { return tr("Title"); } }, { [] { return tr("Main push"); } } });
}

RelistView::RelistView(const ViewContext &context, QWidget *parent)
    : ReportView(context, newModel(), QStringLiteral("relistTable"), parent)
    , mPeakLabel(new QLabel(this))
    , mPeak(new QLineEdit(this))
    , mApply(new QPushButton(this))
    , mExport(new QPushButton(this))
{
    setObjectName(QStringLiteral("relistView"));
    mPeak->setObjectName(QStringLiteral("peakHours"));
    mPeakLabel->setBuddy(mPeak);
    mExport->setObjectName(QStringLiteral("relistExport"));
    auto *top = new QHBoxLayout;
    top->addWidget(mPeakLabel);
    top->addWidget(mPeak, 1);
    top->addWidget(mApply);
    top->addWidget(mExport);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(summary());
    layout->addWidget(table(), 1);
    connect(mApply, &QPushButton::clicked, this, &RelistView::applyPeakHours);
    connect(mPeak, &QLineEdit::returnPressed, this, &RelistView::applyPeakHours);
    connect(mExport, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getSaveFileName(
            this, tr("Export the relist plan"), tr("relist-plan.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    retranslateUi();
}

void RelistView::retranslateUi()
{
    mPeakLabel->setText(tr("Buyers' &peak hours:"));
    mPeak->setToolTip(tr("Ranges of hours, e.g. 9-12, 14-18 or 20:30-22"));
    mApply->setText(tr("&Apply"));
    mExport->setText(tr("E&xport CSV…"));
    ReportView::retranslateUi();
}

void RelistView::applyPeakHours()
{
    auto windows = RelistPlanner::parseWindows(mPeak->text());
    if (!report(windows.status()))
        return;
    ListingsSettings s = mContext.service.settings();
    const auto before = s.values();
    s.peakWindows = *windows;
    if (s.values() != before)
        mContext.undoStack->push(new ChangeSettingsCommand(
            mContext.service, mContext.events,
            [w = RelistPlanner::windowsText(*windows)] { return tr("Peak hours %1").arg(w); }, before, s.values()));
}

bool RelistView::exportTo(const QString &path) { return report(mContext.service.exportRelistPlan(path, now())); }

void RelistView::refresh()
{
    mPeak->setText(RelistPlanner::windowsText(mContext.service.settings().peakWindows));
    auto plan = mContext.service.relistPlan(now());
    if (!report(plan.status()))
        return;
    QList<QVariantList> rows;
    rows.reserve(plan->size());
    for (const RelistSlot &s : *plan)
        rows.append({ s.next.toString(QStringLiteral("yyyy-MM-dd HH:mm")), ListingsReports::dayName(s.day),
            s.timeText(), s.item.code, s.item.title, s.item.mainPush ? tr("Main push") : QString() });
    mModel->setRows(std::move(rows));
    fitColumns();
    summary()->setText(
        tr("%n on-shelf item(s), each relisted every 7 days at its own minute; main-push items hold the best times.",
            nullptr, int(plan->size())));
}

} // namespace shopdesk::listings
