#include "SetTargetsCommand.h"

namespace shopdesk::kpi {

SetTargetsCommand::SetTargetsCommand(const core::Database &db, int year, QList<SalesTarget> targets,
    QList<SalesTarget> previous, const QString &text, Done done)
    : mDb(db)
    , mYear(year)
    , mTargets(std::move(targets))
    , mPrevious(std::move(previous))
    , mDone(std::move(done))
{
    setText(text);
}

void SetTargetsCommand::redo() { mDone(KpiRepository(mDb).replaceTargets(mYear, mTargets)); }

void SetTargetsCommand::undo() { mDone(KpiRepository(mDb).replaceTargets(mYear, mPrevious)); }

} // namespace shopdesk::kpi
