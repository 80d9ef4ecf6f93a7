// Repeat buyers (回头客) and the repeat rate (回头率) for the KPI workbench: the seeds' fourth
// factor ("销售额 = 访客数 × 转化率 × 客单价 × 回头率" in one plan), read from the orders through
// core's MemberRepository. It is shown beside the decomposition, not multiplied into it: the
// three factors already give sales, and what they do not explain stays the residual.

#include "shopdesk/kpi/KpiService.h"

#include <shopdesk/core/WriteRetry.h>

namespace shopdesk::kpi {

core::Result<RepeatComparison> KpiService::repeat(const Comparison &comparison) const
{
    const core::MemberRepository members(mDb);
    auto before = members.repeatIn(comparison.beforeFrom, comparison.beforeTo);
    if (!before)
        return before.error();
    auto after = members.repeatIn(comparison.afterFrom, comparison.afterTo);
    if (!after)
        return after.error();
    return RepeatComparison { *before, *after };
}

core::Result<QList<core::RepeatFigures>> KpiService::repeatByMonth(QDate firstMonth, QDate lastMonth) const
{
    // The months are kept once worked out (shop format 28). Failing to keep them costs only time:
    // the figures are read right all the same, and the read says what fails.
    const core::MemberRepository members(mDb);
    (void)core::retrying([&] { return members.keepRepeatMonths(firstMonth, lastMonth); });
    return members.repeatByMonth(firstMonth, lastMonth);
}

} // namespace shopdesk::kpi
