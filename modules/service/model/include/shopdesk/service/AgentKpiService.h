#pragma once

#include "shopdesk/service/AgentKpi.h"

namespace shopdesk::service {

/// What the agent-KPI view needs of the shop: the month's KPIs and pay sheet, the day entry, the
/// manager's rates, levels and bonuses. Made once by the workbench and handed to its view.
class AgentKpiService {
public:
    explicit AgentKpiService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<AgentMonth>> month(QDate anyDayOfMonth) const;
    core::Result<QList<PayLine>> paySheet(QDate anyDayOfMonth) const;
    core::Result<std::optional<AgentDay>> day(const QString &agent, QDate day) const;
    core::Status saveDay(const AgentDay &day);
    core::Status removeDay(const QString &agent, QDate day);
    core::Result<int> importCsv(const QString &path);

    PayRates rates() const;
    core::Status setRates(const PayRates &rates);
    /// The agent's level ("junior" when none is set) and bonus for the month (yyyy-MM).
    core::Result<QPair<QString, core::Money>> levelAndBonus(const QString &agent, const QString &month) const;
    core::Status setLevelAndBonus(const QString &agent, const QString &level, const QString &month, core::Money bonus);

    static core::Status exportPaySheet(const QString &path, const QString &month, const QList<PayLine> &lines)
    {
        return AgentKpiRepository::exportPaySheet(path, month, lines);
    }
    static QStringList paySheetHeader() { return AgentKpiRepository::paySheetHeader(); }
    static QStringList levelCodes() { return AgentKpiRepository::levelCodes(); }
    static QString levelName(const QString &code) { return AgentKpiRepository::levelName(code); }

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
