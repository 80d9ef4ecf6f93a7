#pragma once

#include "shopdesk/kpi/KpiRepository.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace shopdesk::kpi {

/// Adds or replaces one campaign's figures for a day; undo restores what was there.
class SaveCampaignCommand : public QUndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    SaveCampaignCommand(
        const core::Database &db, CampaignDay row, std::optional<CampaignDay> previous, const QString &text, Done done);

    void redo() override;
    void undo() override;

private:
    const core::Database &mDb;
    CampaignDay mRow;
    std::optional<CampaignDay> mPrevious;
    Done mDone;
};

} // namespace shopdesk::kpi
