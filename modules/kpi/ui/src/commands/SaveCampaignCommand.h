#pragma once

#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>
#include <optional>

namespace shopdesk::kpi {

/// Adds or replaces one campaign's figures for a day; undo restores what was there.
class SaveCampaignCommand : public core::UndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    SaveCampaignCommand(const core::PanelContext &context, CampaignDay row, std::optional<CampaignDay> previous,
        const QString &text, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    const core::Database &mDb;
    CampaignDay mRow;
    std::optional<CampaignDay> mPrevious;
};

} // namespace shopdesk::kpi
