#pragma once

#include "shopdesk/kpi/KpiService.h"

#include <shopdesk/core/UndoCommand.h>

namespace shopdesk::kpi::commands {

// Every KPI undo command calls the workbench's KpiService and nothing else; each call is one
// Transaction (core::UndoCommand drops a command whose call failed).

/// Merge ids of the field edits (one workbench, one stack: unique within the module).
enum MergeId {
    kDayFieldBase = 100, ///< + int(DayField): one field of one day (record: the day's Julian day)
    kTargetBase = 200, ///< + quarter (0 = the year): one target of one year (record: the year)
};

/// Writes days (one entered, or an imported file's); undo puts each day back as it was.
core::UndoCommand *saveDays(KpiService &service, core::ShopEvents &events, QList<DailyKpi> rows,
    QList<QPair<QDate, std::optional<DailyKpi>>> previous, core::UndoText text);
/// One field of a stored day; consecutive edits of that field of that day merge into one step.
core::UndoCommand *changeDayCount(
    KpiService &service, core::ShopEvents &events, QDate day, DayField field, qint64 from, qint64 to);
core::UndoCommand *changeDayRate(KpiService &service, core::ShopEvents &events, QDate day, DayField field,
    std::optional<double> from, std::optional<double> to);
/// Adds or replaces one campaign's figures for a day; undo restores what was there.
core::UndoCommand *saveCampaign(
    KpiService &service, core::ShopEvents &events, CampaignDay row, std::optional<CampaignDay> previous);
/// Replaces a year's targets (year, quarters, categories); undo puts the old ones back.
core::UndoCommand *replaceTargets(
    KpiService &service, core::ShopEvents &events, int year, QList<SalesTarget> targets, QList<SalesTarget> previous);
/// The year's (quarter 0) or one quarter's target; consecutive edits of it merge.
core::UndoCommand *changeTarget(
    KpiService &service, core::ShopEvents &events, int year, int quarter, core::Money from, core::Money to);
/// Adds (or removes) one of the store's own promotion dates; undo does the opposite.
core::UndoCommand *changePromotion(KpiService &service, core::ShopEvents &events, QDate day, QString name, bool add);

/// The translated name of a day's field ("Visitors (UV)").
QString dayFieldName(DayField field);

} // namespace shopdesk::kpi::commands
