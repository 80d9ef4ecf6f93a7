#include "SaveCampaignCommand.h"

namespace shopdesk::kpi {

SaveCampaignCommand::SaveCampaignCommand(
    const core::Database &db, CampaignDay row, std::optional<CampaignDay> previous, const QString &text, Done done)
    : mDb(db)
    , mRow(std::move(row))
    , mPrevious(std::move(previous))
    , mDone(std::move(done))
{
    setText(text);
}

void SaveCampaignCommand::redo() { mDone(KpiRepository(mDb).saveCampaign(mRow)); }

void SaveCampaignCommand::undo()
{
    KpiRepository repo(mDb);
    mDone(mPrevious ? repo.saveCampaign(*mPrevious) : repo.removeCampaign(mRow.day, mRow.campaign));
}

} // namespace shopdesk::kpi
