#include "SetTargetsCommand.h"

namespace shopdesk::kpi {

SetTargetsCommand::SetTargetsCommand(const core::PanelContext &context, int year, QList<SalesTarget> targets,
    QList<SalesTarget> previous, const QString &text, Done done)
    : core::UndoCommand(text, context.events)
    , mDb(context.db)
    , mYear(year)
    , mTargets(std::move(targets))
    , mPrevious(std::move(previous))
{
    setDone(std::move(done));
}

core::Status SetTargetsCommand::apply() { return KpiRepository(mDb).replaceTargets(mYear, mTargets); }

core::Status SetTargetsCommand::revert() { return KpiRepository(mDb).replaceTargets(mYear, mPrevious); }

} // namespace shopdesk::kpi
