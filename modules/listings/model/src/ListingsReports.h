#pragma once

#include "Advice.h"
#include "LabelSheet.h"
#include "RelistPlanner.h"
#include "TitleChecker.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::listings {

/// The shop's own settings for this workbench (kept in the shop file), with their defaults.
struct ListingsSettings {
    QList<PeakWindow> peakWindows = RelistPlanner::defaultWindows();
    int showcaseSlots = 10;
    int mainMinimum = 30;

    static ListingsSettings load(const core::Database &db);
    /// As stored: setting name → text.
    QList<QPair<QString, QString>> values() const;
    core::Status save(const core::Database &db) const;
};

/// The reports of the workbench, read from the shop: the title check, the relist plan, the
/// advice and the Pareto ranking. The panel and shopdesk-cli both use these.
class ListingsReports {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsReports)
public:
    static core::Result<QList<TitleReportRow>> titles(const core::Database &db, bool all = false);
    /// Every on-shelf item's place in the week; main-push items ranked by their last 30 days' sales.
    static core::Result<QList<RelistSlot>> relistPlan(const core::Database &db, const QDateTime &now);
    static core::Result<QList<AdviceRow>> advice(const core::Database &db, const QDateTime &now);
    static core::Result<QList<ParetoRow>> pareto(const core::Database &db, const QDate &from, const QDate &to);
    /// One label per SKU of the given items, in their order; every item on offer when `itemIds` is empty.
    static core::Result<QList<Label>> labels(const core::Database &db, const QList<qint64> &itemIds = {});

    static void writeRelistCsvRows(const QList<RelistSlot> &plan, QStringList *header, QList<QStringList> *rows);
    static QString dayName(int day); ///< 1 = Monday
};

} // namespace shopdesk::listings
