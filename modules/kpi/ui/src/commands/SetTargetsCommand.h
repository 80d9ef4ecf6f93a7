#pragma once

#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::kpi {

/// Replaces a year's targets (year, quarters, categories); undo puts the old ones back.
class SetTargetsCommand : public core::UndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    SetTargetsCommand(const core::PanelContext &context, int year, QList<SalesTarget> targets,
        QList<SalesTarget> previous, const QString &text, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    const core::Database &mDb;
    int mYear;
    QList<SalesTarget> mTargets, mPrevious;
};

} // namespace shopdesk::kpi
