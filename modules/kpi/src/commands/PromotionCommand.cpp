#include "PromotionCommand.h"

namespace shopdesk::kpi {

PromotionCommand::PromotionCommand(
    const core::Database &db, QDate day, QString name, bool add, const QString &text, Done done)
    : mDb(db)
    , mDay(day)
    , mName(std::move(name))
    , mAdd(add)
    , mDone(std::move(done))
{
    setText(text);
}

void PromotionCommand::apply(bool add)
{
    core::PromotionRepository repo(mDb);
    mDone(add ? repo.add(mDay, mName) : repo.remove(mDay, mName));
}

void PromotionCommand::redo() { apply(mAdd); }

void PromotionCommand::undo() { apply(!mAdd); }

} // namespace shopdesk::kpi
