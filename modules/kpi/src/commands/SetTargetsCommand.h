#pragma once

#include "shopdesk/kpi/KpiRepository.h"

#include <QUndoCommand>

#include <functional>

namespace shopdesk::kpi {

/// Replaces a year's targets (year, quarters, categories); undo puts the old ones back.
class SetTargetsCommand : public QUndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    SetTargetsCommand(const core::Database &db, int year, QList<SalesTarget> targets, QList<SalesTarget> previous,
        const QString &text, Done done);

    void redo() override;
    void undo() override;

private:
    const core::Database &mDb;
    int mYear;
    QList<SalesTarget> mTargets, mPrevious;
    Done mDone;
};

} // namespace shopdesk::kpi
