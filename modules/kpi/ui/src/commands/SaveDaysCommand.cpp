#include "SaveDaysCommand.h"

namespace shopdesk::kpi {

SaveDaysCommand::SaveDaysCommand(const core::PanelContext &context, QList<DailyKpi> rows,
    QList<QPair<QDate, std::optional<DailyKpi>>> previous, const QString &text, Done done)
    : core::UndoCommand(text, context.events)
    , mDb(context.db)
    , mRows(std::move(rows))
    , mPrevious(std::move(previous))
{
    setDone(std::move(done));
}

core::Status SaveDaysCommand::apply() { return KpiRepository(mDb).saveAll(mRows); }

core::Status SaveDaysCommand::revert() { return KpiRepository(mDb).restore(mPrevious); }

} // namespace shopdesk::kpi
