#include "SaveDaysCommand.h"

namespace shopdesk::kpi {

SaveDaysCommand::SaveDaysCommand(const core::Database &db, QList<DailyKpi> rows,
    QList<QPair<QDate, std::optional<DailyKpi>>> previous, const QString &text, Done done)
    : mDb(db)
    , mRows(std::move(rows))
    , mPrevious(std::move(previous))
    , mDone(std::move(done))
{
    setText(text);
}

void SaveDaysCommand::redo() { mDone(KpiRepository(mDb).saveAll(mRows)); }

void SaveDaysCommand::undo() { mDone(KpiRepository(mDb).restore(mPrevious)); }

} // namespace shopdesk::kpi
