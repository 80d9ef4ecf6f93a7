#pragma once

#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>
#include <optional>

namespace shopdesk::kpi {

/// Writes daily rows (one entered in the panel, or an imported file's days) in one transaction;
/// undo puts each day back as it was (or removes it when it was new).
class SaveDaysCommand : public core::UndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    SaveDaysCommand(const core::PanelContext &context, QList<DailyKpi> rows,
        QList<QPair<QDate, std::optional<DailyKpi>>> previous, const QString &text, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    const core::Database &mDb;
    QList<DailyKpi> mRows;
    QList<QPair<QDate, std::optional<DailyKpi>>> mPrevious;
};

} // namespace shopdesk::kpi
