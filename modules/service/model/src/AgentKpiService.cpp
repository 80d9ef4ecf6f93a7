#include "shopdesk/service/AgentKpiService.h"

namespace shopdesk::service {

core::Result<QList<AgentMonth>> AgentKpiService::month(QDate anyDayOfMonth) const
{
    return AgentKpiRepository(mDb).month(anyDayOfMonth);
}

core::Result<QList<PayLine>> AgentKpiService::paySheet(QDate anyDayOfMonth) const
{
    return AgentKpiRepository(mDb).paySheet(anyDayOfMonth);
}

core::Result<std::optional<AgentDay>> AgentKpiService::day(const QString &agent, QDate day) const
{
    return AgentKpiRepository(mDb).day(agent, day);
}

core::Status AgentKpiService::saveDay(const AgentDay &day) { return AgentKpiRepository(mDb).saveDay(day); }

core::Status AgentKpiService::removeDay(const QString &agent, QDate day)
{
    return AgentKpiRepository(mDb).removeDay(agent, day);
}

core::Result<int> AgentKpiService::importCsv(const QString &path) { return AgentKpiRepository(mDb).importCsv(path); }

PayRates AgentKpiService::rates() const { return AgentKpiRepository(mDb).rates(); }

core::Status AgentKpiService::setRates(const PayRates &rates) { return AgentKpiRepository(mDb).setRates(rates); }

core::Result<QPair<QString, core::Money>> AgentKpiService::levelAndBonus(
    const QString &agent, const QString &month) const
{
    AgentKpiRepository repo(mDb);
    auto levels = repo.levels();
    if (!levels)
        return levels.error();
    auto bonuses = repo.bonuses(month);
    if (!bonuses)
        return bonuses.error();
    return qMakePair(levels->value(agent, QStringLiteral("junior")), bonuses->value(agent));
}

core::Status AgentKpiService::setLevelAndBonus(
    const QString &agent, const QString &level, const QString &month, core::Money bonus)
{
    return AgentKpiRepository(mDb).setLevelAndBonus(agent, level, month, bonus);
}

} // namespace shopdesk::service
