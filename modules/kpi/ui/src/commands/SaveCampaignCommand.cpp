#include "SaveCampaignCommand.h"

namespace shopdesk::kpi {

SaveCampaignCommand::SaveCampaignCommand(const core::PanelContext &context, CampaignDay row,
    std::optional<CampaignDay> previous, const QString &text, Done done)
    : core::UndoCommand(text, context.events)
    , mDb(context.db)
    , mRow(std::move(row))
    , mPrevious(std::move(previous))
{
    setDone(std::move(done));
}

core::Status SaveCampaignCommand::apply() { return KpiRepository(mDb).saveCampaign(mRow); }

core::Status SaveCampaignCommand::revert()
{
    KpiRepository repo(mDb);
    return mPrevious ? repo.saveCampaign(*mPrevious) : repo.removeCampaign(mRow.day, mRow.campaign);
}

} // namespace shopdesk::kpi
