#include "PromotionCommand.h"

namespace shopdesk::kpi {

PromotionCommand::PromotionCommand(
    const core::PanelContext &context, QDate day, QString name, bool add, const QString &text, Done done)
    : core::UndoCommand(text, context.events)
    , mDb(context.db)
    , mDay(day)
    , mName(std::move(name))
    , mAdd(add)
{
    setDone(std::move(done));
}

core::Status PromotionCommand::change(bool add)
{
    core::PromotionRepository repo(mDb);
    return add ? repo.add(mDay, mName) : repo.remove(mDay, mName);
}

core::Status PromotionCommand::apply() { return change(mAdd); }

core::Status PromotionCommand::revert() { return change(!mAdd); }

} // namespace shopdesk::kpi
